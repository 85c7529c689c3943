import { useId, useState } from 'react';
import { formatIssues } from '../engine/schemas/errors';
import type { HashedRoster } from '../engine/schemas/hashed-roster';
import type { FieldState } from '../settings/merge';
import { useT } from '../ui/i18n';
import { FileButton } from './FileButton';
import { English, MARK, Rich } from './Rich';
import { loadJsonFile } from './lazy-engine';
import { SchoolBadge } from './SchoolBadge';

/**
 * A hashed roster (made by `npx guardrail hash-roster`): the school's, pushed by policy, or one the
 * school sent the teacher as a file. Only its size is shown; there are no names in it to show.
 */
interface Props {
  value: HashedRoster | undefined;
  field: FieldState;
  save(value: HashedRoster | undefined): Promise<void>;
}

/** The command that makes a hashed roster: typed as it is, in any language. */
const HASH_COMMAND = 'npx guardrail hash-roster';

/** A problem with the chosen file. The detail names JSON positions and fields, in English. */
interface Problem {
  readonly file: string;
  readonly detail: string;
  readonly json: boolean;
}

export function HashedRosterField({ value, field, save }: Props) {
  const id = useId();
  const t = useT();
  const [problems, setProblems] = useState<Problem[]>([]);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    const { JsonSyntaxError, parseJsonStrict } = await loadJsonFile();
    let json: unknown;
    try {
      json = parseJsonStrict(await file.text());
    } catch (error) {
      if (error instanceof JsonSyntaxError) return setProblems([{ file: file.name, detail: error.message, json: true }]);
      throw error;
    }
    // The schema loads when a file is chosen, not before the page is drawn.
    const { HashedRosterSchema } = await import('../engine/schemas/hashed-roster');
    const result = HashedRosterSchema.safeParse(json);
    if (!result.success) return setProblems(formatIssues(result.error.issues, json).map((detail) => ({ file: file.name, detail, json: false })));
    await save(result.data);
  };
  return (
    <div className="field hashed-roster" data-part="hashed-roster">
      <p>
        <strong>{t.t('options_hashed_title')}</strong> <SchoolBadge field={field} />{' '}
        {value ? <span data-part="hashed-count">{t.t('options_hashed_count', t.count('options_count_pupils', value.names))}</span> : field.pending ? null : t.t('options_hashed_none')}
      </p>
      {!field.locked && (
        <>
          <label id={`${id}-label`} htmlFor={`${id}-file`}>
            <Rich text={t.t('options_hashed_import', MARK)} parts={[<code key="command">{HASH_COMMAND}</code>]} />
          </label>
          <FileButton id={`${id}-file`} part="hashed-file" accept=".json,application/json" describedBy={`${id}-label`} onFile={onFile} />
          {value && (
            <button type="button" onClick={() => void save(undefined)}>
              {t.t('options_hashed_remove')}
            </button>
          )}
        </>
      )}
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((p) => (
            <li key={p.detail}>
              <Rich text={t.t(p.json ? 'options_hashed_not_json' : 'options_file_problem', p.file, MARK)} parts={[<English key="detail">{p.detail}</English>]} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
