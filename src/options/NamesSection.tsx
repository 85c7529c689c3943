import { useEffect, useId, useMemo, useState } from 'react';
import type { CountKey, MessageKey } from '../i18n/catalogues';
import type { LocalText } from '../i18n/format';
import type { FieldState } from '../settings/merge';
import type { RosterImport } from '../settings/roster-import';
import { MAX_NAMES } from '../settings/names';
import { useT } from '../ui/i18n';
import { FileButton } from './FileButton';
import { ImportReport, type ImportSource } from './ImportReport';
import { loadCsvExport, loadNamesTools } from './lazy-engine';
import { SchoolBadge } from './SchoolBadge';

/**
 * The pupil roster (or the staff list): import a CSV or spreadsheet export, or paste names; see
 * what was added, what was a duplicate and every row that was rejected, with its line; export and
 * clear. Thousands of names are fine: the list itself is shown only on request, filtered.
 */
interface Props {
  kind: 'pupilNames' | 'staffNames';
  own: readonly string[];
  school: readonly string[] | undefined;
  field: FieldState;
  save(names: string[] | undefined): Promise<void>;
  children?: React.ReactNode;
}

const WORDS: Record<Props['kind'], { title: MessageKey; count: CountKey; file: MessageKey }> = {
  pupilNames: { title: 'options_pupils_title', count: 'options_count_pupils', file: 'options_export_file_pupils' },
  staffNames: { title: 'options_staff_title', count: 'options_count_staff', file: 'options_export_file_staff' },
};

const SHOWN_NAMES = 200;

/** What went wrong, kept as data so its words follow the page's language. */
type ImportError = { kind: 'file'; source: ImportSource; problem: LocalText } | { kind: 'too-many' };

export function NamesSection({ kind, own, school, field, save, children }: Props) {
  const id = useId();
  const t = useT();
  const words = WORDS[kind];
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<{ report: RosterImport; added: number; source: ImportSource } | null>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [filter, setFilter] = useState('');
  const editable = field.teacherMayAdd || !field.locked;
  const count = (n: number) => t.count(words.count, n);
  // Names are compared folded, as the matchers fold them; that needs the engine's lexicons, which load after the page is drawn.
  const [fold, setFold] = useState<((name: string) => string) | null>(null);
  useEffect(() => {
    void loadNamesTools().then((tools) => setFold(() => tools.foldString));
  }, []);
  const key = (name: string) => (fold ?? simpleFold)(name).replace(/\s+/g, ' ').trim();

  const add = async (text: string, source: ImportSource) => {
    setError(null);
    const { importRoster, RosterFileError, foldString } = await loadNamesTools();
    const key = (name: string) => foldString(name).replace(/\s+/g, ' ').trim();
    let result: RosterImport;
    try {
      result = importRoster(text);
    } catch (e) {
      if (e instanceof RosterFileError) return setError({ kind: 'file', source, problem: e.local });
      throw e;
    }
    const known = new Set(own.map(key));
    const fresh = result.names.filter((name) => !known.has(key(name)));
    if (own.length + fresh.length > MAX_NAMES) return setError({ kind: 'too-many' });
    if (fresh.length > 0) await save([...own, ...fresh]);
    setReport({ report: result, added: fresh.length, source });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Read as bytes first: a workbook or an image is recognised and refused with what to do instead.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = new TextDecoder('utf-8').decode(bytes);
    await add(text, { file: file.name });
  };

  const filtered = useMemo(() => {
    const wanted = key(filter);
    return wanted ? own.filter((name) => key(name).includes(wanted)) : own;
  }, [own, filter, fold]);

  const errorText = !error
    ? null
    : error.kind === 'too-many'
      ? t.count('options_too_many_names', MAX_NAMES)
      : error.source.file === undefined
        ? t.t('options_paste_problem', t.text(error.problem))
        : t.t('options_file_problem', error.source.file, t.text(error.problem));

  return (
    <section aria-labelledby={`${id}-h`} data-section={kind}>
      <h2 id={`${id}-h`}>
        {t.t(words.title)} <SchoolBadge field={field} />
      </h2>
      <p data-part="count">{school && school.length > 0 ? t.t('options_names_school_and_own', count(school.length), count(own.length)) : t.t('options_names_own', count(own.length))}</p>
      {children}
      {editable ? (
        <>
          <div className="field">
            <label id={`${id}-file-label`} htmlFor={`${id}-file`}>
              {t.t('options_import_file_label')}
            </label>
            <FileButton id={`${id}-file`} part="import-file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" describedBy={`${id}-file-label ${id}-file-hint`} onFile={onFile} />
            <p id={`${id}-file-hint`} className="hint">
              {t.t('options_import_file_hint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-paste`}>{t.t('options_paste_label')}</label>
            <textarea id={`${id}-paste`} rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} />
            <button
              type="button"
              disabled={pasted.trim() === ''}
              onClick={() =>
                void add(pasted, {}).then(() => {
                  setPasted('');
                })
              }
            >
              {t.t('options_add_names')}
            </button>
          </div>
        </>
      ) : (
        <p className="hint">{t.t(field.pending ? 'options_checking_field' : 'options_locked_list')}</p>
      )}
      {errorText && (
        <p className="error" role="alert" data-part="import-error">
          {errorText}
        </p>
      )}
      {report && <ImportReport {...report} />}
      {own.length > 0 && (
        <div className="actions">
          <button type="button" onClick={() => void loadCsvExport().then(({ download, namesCsv }) => download(t.t(words.file), namesCsv(own, t.t('options_export_heading'))))}>
            {t.t('options_export_csv')}
          </button>
          {confirmClear ? (
            <span role="group" aria-label={t.t('options_confirm_clear_label')}>
              {t.t('options_confirm_clear', count(own.length))}{' '}
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
                {t.t('options_remove_all')}
              </button>{' '}
              <button type="button" autoFocus onClick={() => setConfirmClear(false)}>
                {t.t('options_keep_them')}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmClear(true)} disabled={!editable}>
              {t.t('options_clear')}
            </button>
          )}
        </div>
      )}
      {own.length > 0 && (
        <details data-part="name-list">
          <summary>{t.t('options_show_names')}</summary>
          <input
            type="search"
            aria-label={t.t('options_find_name_label', count(own.length))}
            placeholder={t.t('options_find_name_placeholder')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <ul>
            {filtered.slice(0, SHOWN_NAMES).map((name) => (
              <li key={name}>
                {name}{' '}
                {editable && (
                  <button type="button" className="link" aria-label={t.t('options_remove_name', name)} onClick={() => void save(own.filter((n) => n !== name))}>
                    {t.t('options_remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {filtered.length > SHOWN_NAMES && <p className="hint">{t.count('options_more_names', filtered.length - SHOWN_NAMES)}</p>}
        </details>
      )}
    </section>
  );
}

/** Until the engine's folding has loaded (a moment after the page is drawn), the list filter folds case and accents only. */
function simpleFold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
