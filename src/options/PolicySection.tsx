import { useId, useState } from 'react';
import { UNCHECKED_PACKS } from '../engine/pack-data';
import type { Pack } from '../engine/schemas/pack';
import type { FieldState } from '../settings/merge';
import { useT } from '../ui/i18n';
import { FileButton } from './FileButton';
import { English, MARK, Rich } from './Rich';
import { loadPackFile } from './lazy-engine';
import { SchoolBadge } from './SchoolBadge';

/**
 * Which policy findings cite: one of the six packs, or the school's own pack loaded from a file
 * (JSON or YAML, in the format of rules/packs), with every problem named by line and field.
 * Policies are quoted as the schools published them, in English, and marked so; the problems name
 * fields of the file, in English too.
 */
interface Props {
  policy: string;
  customPack: Pack | undefined;
  policyField: FieldState;
  packField: FieldState;
  save(name: 'policy' | 'customPack', value: unknown): Promise<void>;
}

export function PolicySection({ policy, customPack, policyField, packField, save }: Props) {
  const id = useId();
  const t = useT();
  const [problems, setProblems] = useState<{ file: string; problem: string }[]>([]);
  // Drawn from the packs' data before the schemas load; the settings' full read validates them a moment later (use-settings.ts).
  const packs = [...UNCHECKED_PACKS.values(), ...(customPack ? [customPack] : [])];
  const chosen = packs.find((p) => p.id === policy) ?? UNCHECKED_PACKS.get('generic-uk')!;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    const { parsePackFile } = await loadPackFile();
    const result = parsePackFile(await file.text(), file.name);
    if (!result.ok) return setProblems(result.problems.map((problem) => ({ file: file.name, problem })));
    await save('customPack', result.pack);
    if (!policyField.locked) await save('policy', result.pack.id);
  };

  return (
    <section aria-labelledby={`${id}-h`} data-section="policy">
      <h2 id={`${id}-h`}>{t.t('options_policy_title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-select`}>
          {t.t('options_policy_label')} <SchoolBadge field={policyField} />
        </label>
        <select id={`${id}-select`} value={chosen.id} disabled={policyField.locked} onChange={(event) => void save('policy', event.target.value)}>
          {packs.map((pack) => (
            <option key={pack.id} value={pack.id} lang={pack === customPack ? undefined : 'en'}>
              {pack === customPack ? t.t('options_policy_own', pack.name) : pack.name}
            </option>
          ))}
        </select>
        <p className="hint" lang="en">
          {chosen.adoptedBy}
        </p>
      </div>
      <details data-part="clauses">
        <summary>
          <Rich text={t.count('options_clauses', chosen.clauses.length, MARK)} parts={[<English key="name">{chosen.name}</English>]} />
        </summary>
        {t.lang !== 'en' && <p className="hint">{t.t('clause_quoted_in_english')}</p>}
        <ol className="clauses" lang="en">
          {chosen.clauses.map((clause) => (
            <li key={clause.id} data-clause={clause.id}>
              <strong>{clause.id}</strong> · {clause.title}
              <blockquote>{clause.text}</blockquote>
            </li>
          ))}
        </ol>
      </details>
      {!packField.locked && !policyField.locked ? (
        <div className="field">
          <label id={`${id}-file-label`} htmlFor={`${id}-file`}>
            {t.t('options_pack_file_label')}
          </label>
          <FileButton id={`${id}-file`} part="pack-file" accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml" describedBy={`${id}-file-label ${id}-file-hint`} onFile={onFile} />
          <p id={`${id}-file-hint`} className="hint">
            {t.t('options_pack_hint')} {customPack ? t.t('options_pack_loaded', customPack.name) : ''}
          </p>
          {customPack && (
            <button type="button" onClick={() => void save('customPack', undefined).then(() => (policy === customPack.id ? save('policy', undefined) : undefined))}>
              {t.t('options_pack_remove', customPack.name)}
            </button>
          )}
        </div>
      ) : (
        customPack && (
          <p>
            {t.t('options_pack_school', customPack.name)} <SchoolBadge field={packField} />
          </p>
        )
      )}
      {problems.length > 0 && (
        <div className="error" role="alert" data-part="pack-problems">
          <p>{t.t('options_pack_not_loaded')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.problem}>
                <Rich text={t.t('options_pack_problem', p.file, MARK)} parts={[<English key="problem">{p.problem}</English>]} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
