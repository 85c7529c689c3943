import { useEffect, useId, useMemo, useState } from 'react';
import type { FieldsRead } from '../settings/fields';
import type { Merged } from '../settings/merge';
import { ListField } from './ListField';
import { SchoolBadge } from './SchoolBadge';
import { schoolVariants } from './school-variants';

/** The school's name and other names, with the spellings the engine will recognise, checked live. */
interface Props {
  teacher: FieldsRead['values'];
  merged: Merged;
  schoolValues: FieldsRead['values'];
  save(name: 'schoolName' | 'schoolAliases', value: unknown): Promise<void>;
}

const SHOWN_VARIANTS = 14;

export function SchoolSection({ teacher, merged, schoolValues, save }: Props) {
  const id = useId();
  const nameField = merged.fields.schoolName;
  const [name, setName] = useState(merged.values.schoolName ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setName(merged.values.schoolName ?? ''), [merged.values.schoolName]);
  const aliases = merged.values.schoolAliases ?? [];
  // Checked with the real engine on every change; a few milliseconds, so no debounce is needed.
  const variants = useMemo(() => schoolVariants(name, aliases), [name, aliases]);
  const alone = variants.filter((v) => v.alone).slice(0, SHOWN_VARIANTS);
  const contextOnly = variants.filter((v) => !v.alone && v.inContext);

  const commit = async () => {
    const trimmed = name.trim();
    if (trimmed === (teacher.schoolName ?? '')) return;
    if (!trimmed) {
      setError('Enter your school’s name: without it the demo school is used.');
      return;
    }
    if (trimmed.length > 200) {
      setError('That is longer than 200 characters; is it more than one name?');
      return;
    }
    setError(null);
    await save('schoolName', trimmed);
  };

  return (
    <section aria-labelledby={`${id}-h`} data-section="school">
      <h2 id={`${id}-h`}>Your school</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>
          School name <SchoolBadge field={nameField} />
        </label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          readOnly={nameField.locked}
          aria-invalid={error !== null}
          aria-describedby={`${id}-name-hint`}
          placeholder="e.g. Oakfield Primary School"
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void commit();
          }}
        />
        <p id={`${id}-name-hint`} className={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
          {error ?? 'The full name, as on the school’s website. Short forms, hashtags and Welsh forms are recognised from it.'}
        </p>
      </div>
      {alone.length > 0 && (
        <div className="variants" data-part="variants" aria-live="polite">
          <p>Recognised in a draft:</p>
          <ul>
            {alone.map((v) => (
              <li key={v.text}>
                <code>{v.text}</code>
              </li>
            ))}
          </ul>
          {contextOnly.length > 0 && (
            <p className="hint">
              Recognised in a post about school: {contextOnly.map((v) => `“${v.text}”`).join(', ')} (e.g. “Sports day at {contextOnly[0]!.text}”).
            </p>
          )}
        </div>
      )}
      <ListField
        part="aliases"
        label="Other names of the school"
        hint="One per line: the Welsh name, a former name, the trust, the school’s own hashtag."
        own={teacher.schoolAliases ?? []}
        {...(schoolValues.schoolAliases ? { school: schoolValues.schoolAliases } : {})}
        field={merged.fields.schoolAliases}
        editable={merged.fields.schoolAliases.teacherMayAdd}
        onSave={(entries) => save('schoolAliases', entries)}
      />
    </section>
  );
}
