import { useId, useState } from 'react';
import type { Pack } from '../engine/schemas/pack';
import type { Category } from '../engine/types';
import type { MessageKey } from '../i18n/catalogues';
import { assemblePack, chooseClause, importPolicy, NotAPolicyError, type PolicyImport } from '../policy-import/build-pack';
import { MODEL_PREFIX, type SlotProposal } from '../policy-import/map';
import { PolicyFileError, readPolicyDocument, type PolicyFileProblem } from '../policy-import/read-document';
import { sortForReview } from '../policy-import/report';
import type { FieldState } from '../settings/merge';
import { useT } from '../ui/i18n';
import { categoryLabel, severityLabel } from '../ui/labels';
import { FileButton } from './FileButton';
import { English, MARK, Rich } from './Rich';
import { createBrowserReaders } from './policy-readers';

/**
 * "Use our school's own policy": the school's policy document (.docx, .pdf, .html, .txt) read on
 * this computer, its clauses found, and for every kind of finding the clause it will quote, with
 * the words that support it and how sure the match is, the least sure first. Any match can be
 * changed by picking another clause; saving stores the pack as the school's own (customPack) and
 * chooses it. Nothing is sent anywhere: the document never leaves the page.
 */
interface Props {
  policyField: FieldState;
  packField: FieldState;
  save(name: 'policy' | 'customPack', value: unknown): Promise<void>;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'error'; file: string; problem: PolicyFileProblem; detail?: string }
  | { step: 'ready'; file: string; result: PolicyImport; slots: SlotProposal[]; order: string[]; name: string; saved?: string | undefined };

const PROBLEM_KEYS: Record<PolicyFileProblem, MessageKey> = {
  empty: 'options_own_policy_problem_empty',
  password: 'options_own_policy_problem_password',
  'scanned-pdf': 'options_own_policy_problem_scanned_pdf',
  'old-word': 'options_own_policy_problem_old_word',
  unsupported: 'options_own_policy_problem_unsupported',
  unreadable: 'options_own_policy_problem_unreadable',
  'not-policy': 'options_own_policy_problem_not_policy',
};

const LEVEL_KEYS = { high: 'options_own_policy_level_high', medium: 'options_own_policy_level_medium', low: 'options_own_policy_level_low', none: 'options_own_policy_level_none' } as const;

const slotKey = (s: { category: string; topic: string; severity: string }) => `${s.category}/${s.topic}/${s.severity}`;
const topicKey = (category: Category, topic: string) => `options_own_policy_topic_${category}_${topic}`.replace(/-/g, '_') as MessageKey;

export function OwnPolicySection({ policyField, packField, save }: Props) {
  const id = useId();
  const t = useT();
  const [state, setState] = useState<State>({ step: 'idle' });
  const locked = policyField.locked || packField.locked;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading', file: file.name });
    try {
      const { blocks } = await readPolicyDocument(new Uint8Array(await file.arrayBuffer()), file.name, createBrowserReaders());
      const result = importPolicy(blocks, { fileName: file.name });
      const slots = result.mapping.slots;
      setState({ step: 'ready', file: file.name, result, slots, order: sortForReview(slots).map(slotKey), name: result.pack.name });
    } catch (error) {
      if (error instanceof PolicyFileError) setState({ step: 'error', file: file.name, problem: error.problem, ...(error.detail ? { detail: error.detail } : {}) });
      else if (error instanceof NotAPolicyError) setState({ step: 'error', file: file.name, problem: 'not-policy' });
      else setState({ step: 'error', file: file.name, problem: 'unreadable', detail: (error as Error).message });
    }
  };

  const packOf = (ready: Extract<State, { step: 'ready' }>): Pack | undefined => {
    try {
      return assemblePack(ready.result.segmentation, { ...ready.result.mapping, slots: ready.slots }, { fileName: ready.file, id: ready.result.pack.id, name: ready.name.trim() || ready.result.pack.name });
    } catch {
      return undefined;
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} data-section="own-policy">
      <h2 id={`${id}-h`}>{t.t('options_own_policy_title')}</h2>
      <p className="hint">{t.t('options_own_policy_intro')}</p>
      {locked ? (
        <p>{t.t(policyField.pending || packField.pending ? 'options_checking_field' : 'options_own_policy_locked')}</p>
      ) : (
        <div className="field">
          <label id={`${id}-file-label`} htmlFor={`${id}-file`}>
            {t.t('options_own_policy_file_label')}
          </label>
          <FileButton
            id={`${id}-file`}
            part="policy-document"
            accept=".docx,.pdf,.html,.htm,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain"
            describedBy={`${id}-file-label ${id}-file-hint`}
            onFile={onFile}
          />
          <p id={`${id}-file-hint`} className="hint">
            {t.t('options_own_policy_file_hint')}
          </p>
        </div>
      )}
      <div aria-live="polite">
        {state.step === 'reading' && <p data-part="policy-reading">{t.t('options_own_policy_reading', state.file)}</p>}
        {state.step === 'ready' && state.saved && (
          <p data-part="policy-saved">
            <Rich text={t.t('options_own_policy_saved', MARK)} parts={[<English key="name">{state.saved}</English>]} />
          </p>
        )}
      </div>
      {state.step === 'error' && (
        <div className="error" role="alert" data-part="policy-error">
          <p>
            {t.t('options_own_policy_error', state.file, t.t(PROBLEM_KEYS[state.problem]))}
            {state.detail && (
              <>
                {' '}
                <English>({state.detail})</English>
              </>
            )}
          </p>
        </div>
      )}
      {state.step === 'ready' && <Proposal state={state} setState={setState} pack={packOf(state)} save={save} policyLocked={policyField.locked} id={id} />}
    </section>
  );
}

function Proposal({
  state,
  setState,
  pack,
  save,
  policyLocked,
  id,
}: {
  state: Extract<State, { step: 'ready' }>;
  setState(s: State): void;
  pack: Pack | undefined;
  save: Props['save'];
  policyLocked: boolean;
  id: string;
}) {
  const t = useT();
  const { result } = state;
  const clauses = pack?.clauses ?? result.pack.clauses;
  const bySlot = new Map(state.slots.map((s) => [slotKey(s), s]));
  const rows = state.order.map((key) => bySlot.get(key)!).filter(Boolean);

  const choose = (slot: SlotProposal, clauseId: string) => setState({ ...state, slots: chooseClause(state.slots, slot, clauseId), saved: undefined });

  const onSave = async () => {
    if (!pack) return;
    await save('customPack', pack);
    if (!policyLocked) await save('policy', pack.id);
    setState({ ...state, saved: pack.name });
  };

  const download = () => {
    if (!pack) return;
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${pack.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div data-part="policy-proposal">
      <p data-part="policy-found">
        <Rich text={t.t('options_own_policy_found', String(result.segmentation.clauses.length), MARK)} parts={[<English key="file">{state.file}</English>]} />
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t.t('options_own_policy_name_label')}</label>
        <input id={`${id}-name`} type="text" lang="en" value={state.name} maxLength={160} onChange={(event) => setState({ ...state, name: event.target.value, saved: undefined })} />
      </div>
      {(result.mapping.uncovered.length > 0 || result.mapping.indirect.length > 0) && (
        <ul className="notes" data-part="policy-coverage">
          {result.mapping.uncovered.map((category) => (
            <li key={category} data-uncovered={category}>
              {t.t('options_own_policy_uncovered', categoryLabel(t, category))}
            </li>
          ))}
          {result.mapping.indirect.map((category) => (
            <li key={category} data-indirect={category}>
              {t.t('options_own_policy_indirect', categoryLabel(t, category))}
            </li>
          ))}
        </ul>
      )}
      <table className="mappings" data-part="policy-mappings">
        <caption>{t.t('options_own_policy_mappings_title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('options_own_policy_col_finding')}</th>
            <th scope="col">{t.t('options_own_policy_col_confidence')}</th>
            <th scope="col">{t.t('options_own_policy_col_clause')}</th>
            <th scope="col">{t.t('options_own_policy_col_evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((slot) => {
            const key = slotKey(slot);
            const first = slot.clauses[0]!;
            const label = t.t('options_own_policy_slot', categoryLabel(t, slot.category), t.t(topicKey(slot.category, slot.topic)), severityLabel(t, slot.severity));
            const level = slot.fallback ? 'none' : slot.level;
            return (
              <tr key={key} data-slot={key} data-level={level}>
                <th scope="row">{label}</th>
                <td data-part="confidence">{t.t(LEVEL_KEYS[level])}</td>
                <td>
                  <select aria-label={t.t('options_own_policy_choose', label)} value={first} onChange={(event) => choose(slot, event.target.value)} lang="en">
                    {clauses.map((c) => (
                      <option key={c.id} value={c.id}>
                        {`${c.id} · ${c.title}`}
                      </option>
                    ))}
                  </select>
                  {first.startsWith(MODEL_PREFIX) && <span className="hint"> {t.t('options_own_policy_model_marked')}</span>}
                </td>
                <td data-part="evidence" lang="en">
                  {(slot.evidence[first] ?? []).map((w) => `“${w}”`).join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details data-part="policy-clauses">
        <summary>{t.t('options_own_policy_clauses_summary', String(clauses.length))}</summary>
        {t.lang !== 'en' && <p className="hint">{t.t('clause_quoted_in_english')}</p>}
        <ol className="clauses" lang="en">
          {clauses.map((clause) => (
            <li key={clause.id} data-clause={clause.id}>
              <strong>{clause.id}</strong> · {clause.title}
              <blockquote>{clause.text}</blockquote>
            </li>
          ))}
        </ol>
      </details>
      <div className="actions">
        <button type="button" data-part="policy-save" disabled={!pack} onClick={() => void onSave()}>
          {t.t('options_own_policy_save')}
        </button>{' '}
        <button type="button" data-part="policy-download" disabled={!pack} onClick={download}>
          {t.t('options_own_policy_download')}
        </button>
      </div>
    </div>
  );
}
