import { useId, useMemo, useState } from 'react';
import { foldString } from '../engine/text/fold';
import type { FieldState } from '../settings/merge';
import { importRoster, RosterFileError, type RosterImport } from '../settings/roster-import';
import { MAX_NAMES } from '../settings/schema';
import { download, namesCsv } from './csv-export';
import { ImportReport } from './ImportReport';
import { SchoolBadge } from './SchoolBadge';

/**
 * The pupil roster (or the staff list): import a CSV or spreadsheet export, or paste names; see
 * what was added, what was a duplicate and every row that was rejected, with its line; export and
 * clear. Thousands of names are fine: the list itself is shown only on request, filtered.
 */
interface Props {
  kind: 'pupilNames' | 'staffNames';
  title: string;
  noun: { one: string; many: string };
  own: readonly string[];
  school: readonly string[] | undefined;
  field: FieldState;
  save(names: string[] | undefined): Promise<void>;
  children?: React.ReactNode;
}

const SHOWN_NAMES = 200;

export function NamesSection({ kind, title, noun, own, school, field, save, children }: Props) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<{ report: RosterImport; added: number; source: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [filter, setFilter] = useState('');
  const editable = field.teacherMayAdd || !field.locked;
  const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? noun.one : noun.many}`;

  const add = async (text: string, source: string) => {
    setError(null);
    let result: RosterImport;
    try {
      result = importRoster(text);
    } catch (e) {
      if (e instanceof RosterFileError) return setError(`${source}: ${e.message}`);
      throw e;
    }
    const known = new Set(own.map(key));
    const fresh = result.names.filter((name) => !known.has(key(name)));
    if (own.length + fresh.length > MAX_NAMES) return setError(`That would make more than ${MAX_NAMES.toLocaleString('en-GB')} names; nothing was added.`);
    if (fresh.length > 0) await save([...own, ...fresh]);
    setReport({ report: result, added: fresh.length, source });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Read as bytes first: a workbook or an image is recognised and refused with what to do instead.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = new TextDecoder('utf-8').decode(bytes);
    await add(text, `“${file.name}”`);
  };

  const filtered = useMemo(() => {
    const wanted = key(filter);
    return wanted ? own.filter((name) => key(name).includes(wanted)) : own;
  }, [own, filter]);

  return (
    <section aria-labelledby={`${id}-h`} data-section={kind}>
      <h2 id={`${id}-h`}>
        {title} <SchoolBadge field={field} />
      </h2>
      <p data-part="count">
        {school && school.length > 0 ? `${count(school.length)} from your school; ` : ''}
        {count(own.length)} added by you.
      </p>
      {children}
      {editable ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-file`}>Import a CSV or spreadsheet export</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
              onChange={(event) => {
                void onFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            <p className="hint">One column of full names, or first and last name columns; a header row is recognised. Other columns (year, class) are ignored.</p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-paste`}>Or paste names, one per line (columns copied from a spreadsheet work too)</label>
            <textarea id={`${id}-paste`} rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} />
            <button
              type="button"
              disabled={pasted.trim() === ''}
              onClick={() =>
                void add(pasted, 'the pasted text').then(() => {
                  setPasted('');
                })
              }
            >
              Add names
            </button>
          </div>
        </>
      ) : (
        <p className="hint">Your school has locked this list.</p>
      )}
      {error && (
        <p className="error" role="alert" data-part="import-error">
          {error}
        </p>
      )}
      {report && <ImportReport {...report} />}
      {own.length > 0 && (
        <div className="actions">
          <button type="button" onClick={() => download(kind === 'pupilNames' ? 'pupil-roster.csv' : 'staff-names.csv', namesCsv(own))}>
            Export CSV
          </button>
          {confirmClear ? (
            <span role="group" aria-label="Confirm clearing">
              Remove all {count(own.length)} you added?{' '}
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void save(undefined).then(() => {
                    setConfirmClear(false);
                    setReport(null);
                  })
                }
              >
                Remove all
              </button>{' '}
              <button type="button" autoFocus onClick={() => setConfirmClear(false)}>
                Keep them
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmClear(true)} disabled={!editable}>
              Clear…
            </button>
          )}
        </div>
      )}
      {own.length > 0 && (
        <details data-part="name-list">
          <summary>Show the names you added</summary>
          <input type="search" aria-label={`Find a name among ${count(own.length)}`} placeholder="Find a name" value={filter} onChange={(event) => setFilter(event.target.value)} />
          <ul>
            {filtered.slice(0, SHOWN_NAMES).map((name) => (
              <li key={name}>
                {name}{' '}
                {editable && (
                  <button type="button" className="link" aria-label={`Remove ${name}`} onClick={() => void save(own.filter((n) => n !== name))}>
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ul>
          {filtered.length > SHOWN_NAMES && <p className="hint">{filtered.length - SHOWN_NAMES} more; type to find one.</p>}
        </details>
      )}
    </section>
  );
}

function key(name: string): string {
  return foldString(name).replace(/\s+/g, ' ').trim();
}
