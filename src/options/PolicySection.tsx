import { useId, useState } from 'react';
import { PACKS } from '../engine/rules';
import type { Pack } from '../engine/schemas/pack';
import type { FieldState } from '../settings/merge';
import { parsePackFile } from '../settings/pack-file';
import { SchoolBadge } from './SchoolBadge';

/**
 * Which policy findings cite: one of the six packs, or the school's own pack loaded from a file
 * (JSON or YAML, in the format of rules/packs), with every problem named by line and field.
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
  const [problems, setProblems] = useState<string[]>([]);
  const packs = [...PACKS.values(), ...(customPack ? [customPack] : [])];
  const chosen = packs.find((p) => p.id === policy) ?? PACKS.get('generic-uk')!;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    const result = parsePackFile(await file.text(), file.name);
    if (!result.ok) return setProblems(result.problems.map((p) => `“${file.name}”, ${p}`));
    await save('customPack', result.pack);
    if (!policyField.locked) await save('policy', result.pack.id);
  };

  return (
    <section aria-labelledby={`${id}-h`} data-section="policy">
      <h2 id={`${id}-h`}>Your school’s policy</h2>
      <div className="field">
        <label htmlFor={`${id}-select`}>
          Policy that findings cite <SchoolBadge field={policyField} />
        </label>
        <select id={`${id}-select`} value={chosen.id} disabled={policyField.locked} onChange={(event) => void save('policy', event.target.value)}>
          {packs.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name}
              {pack === customPack ? ' (your school’s own)' : ''}
            </option>
          ))}
        </select>
        <p className="hint">{chosen.adoptedBy}</p>
      </div>
      <details data-part="clauses">
        <summary>
          The {chosen.clauses.length} clauses of “{chosen.name}”
        </summary>
        <ol className="clauses">
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
          <label htmlFor={`${id}-file`}>Load your school’s own policy pack (JSON or YAML)</label>
          <input id={`${id}-file`} type="file" accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml" onChange={(event) => void onFile(event.target.files?.[0]).then(() => (event.target.value = ''))} />
          <p className="hint">
            In the format of the built-in packs: the policy’s clauses quoted, and which kinds of finding each is cited for. {customPack ? `Loaded: “${customPack.name}”.` : ''}
          </p>
          {customPack && (
            <button type="button" onClick={() => void save('customPack', undefined).then(() => (policy === customPack.id ? save('policy', undefined) : undefined))}>
              Remove “{customPack.name}”
            </button>
          )}
        </div>
      ) : (
        customPack && (
          <p>
            Your school’s own pack: “{customPack.name}” <SchoolBadge field={packField} />
          </p>
        )
      )}
      {problems.length > 0 && (
        <div className="error" role="alert" data-part="pack-problems">
          <p>The pack was not loaded:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
