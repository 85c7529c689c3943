import { useEffect, useId, useState } from 'react';
import type { FieldState } from '../settings/merge';
import { useT } from '../ui/i18n';
import { SchoolBadge } from './SchoolBadge';

/**
 * A list setting edited as text, one entry per line (aliases, extra terms). Saved when the box
 * loses focus or on "Save", blank lines dropped. When the school set the list, its entries are
 * shown read-only above the teacher's own, which may be added to unless the school locked it.
 */
interface Props {
  label: string;
  hint: string;
  /** The teacher's own entries. */
  own: readonly string[];
  /** The school's entries, when the school set this list. */
  school?: readonly string[];
  editable: boolean;
  onSave(entries: string[]): Promise<void>;
  part: string;
  field: FieldState;
}

export function ListField({ label, hint, own, school, editable, onSave, part, field }: Props) {
  const id = useId();
  const t = useT();
  const ownText = own.join('\n');
  const [text, setText] = useState(ownText);
  const [saved, setSaved] = useState(true);
  // Only when the entries themselves change: the page reads the settings again (checked, a moment
  // after it is drawn; the school's policy arriving) with the same entries in a new list, and that
  // must not throw away what the teacher is typing.
  useEffect(() => {
    setText(ownText);
    setSaved(true);
  }, [ownText]);
  const save = async () => {
    await onSave(text.split('\n').map((line) => line.trim()).filter(Boolean));
    setSaved(true);
  };
  return (
    <div className="list-field" data-part={part}>
      <label htmlFor={id}>
        {label} <SchoolBadge field={field} />
      </label>
      {school && school.length > 0 && (
        <ul className="school-entries" aria-label={t.t('options_school_entries', label)}>
          {school.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      )}
      {editable ? (
        <>
          <textarea
            id={id}
            rows={Math.min(8, Math.max(3, text.split('\n').length + 1))}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
            onBlur={() => void (saved ? undefined : save())}
          />
          <p id={`${id}-hint`} className="hint">
            {hint} {school && school.length > 0 ? t.t('options_yours_added') : ''}
          </p>
          {!saved && (
            <button type="button" onClick={() => void save()}>
              {t.t('options_save')}
            </button>
          )}
        </>
      ) : (
        <p className="hint">{t.t(field.pending ? 'options_checking_field' : 'options_locked_list')}</p>
      )}
    </div>
  );
}
