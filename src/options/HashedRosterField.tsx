import { useState } from 'react';
import { formatIssues } from '../engine/schemas/errors';
import { HashedRosterSchema, type HashedRoster } from '../engine/schemas/hashed-roster';
import type { FieldState } from '../settings/merge';
import { JsonSyntaxError, parseJsonStrict } from '../settings/json-file';
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

export function HashedRosterField({ value, field, save }: Props) {
  const [problems, setProblems] = useState<string[]>([]);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    let json: unknown;
    try {
      json = parseJsonStrict(await file.text());
    } catch (error) {
      if (error instanceof JsonSyntaxError) return setProblems([`“${file.name}” is not valid JSON: ${error.message}`]);
      throw error;
    }
    const result = HashedRosterSchema.safeParse(json);
    if (!result.success) return setProblems(formatIssues(result.error.issues, json).map((p) => `“${file.name}”: ${p}`));
    await save(result.data);
  };
  return (
    <div className="field hashed-roster" data-part="hashed-roster">
      <p>
        <strong>Hashed roster:</strong> <SchoolBadge field={field} />{' '}
        {value ? (
          <span data-part="hashed-count">
            {value.names.toLocaleString('en-GB')} pupils, matched by their hashes; the names are not stored in the browser.
          </span>
        ) : (
          'none.'
        )}
      </p>
      {!field.locked && (
        <>
          <label>
            Import a hashed roster from your school (JSON, made with <code>npx guardrail hash-roster</code>){' '}
            <input type="file" accept=".json,application/json" onChange={(event) => void onFile(event.target.files?.[0]).then(() => (event.target.value = ''))} />
          </label>
          {value && (
            <button type="button" onClick={() => void save(undefined)}>
              Remove the hashed roster
            </button>
          )}
        </>
      )}
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
