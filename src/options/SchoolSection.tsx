import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { FieldsRead } from '../settings/fields';
import type { Merged } from '../settings/merge';
import { useT } from '../ui/i18n';
import { ListField } from './ListField';
import { SchoolBadge } from './SchoolBadge';
import { loadSchoolVariants } from './lazy-engine';
import type { schoolVariants as SchoolVariants } from './school-variants';

/** The school's name and other names, with the spellings the engine will recognise, checked live. */
interface Props {
  teacher: FieldsRead['values'];
  merged: Merged;
  schoolValues: FieldsRead['values'];
  save(name: 'schoolName' | 'schoolAliases', value: unknown): Promise<void>;
  /** More about the school (its location, for the photo check). */
  children?: ReactNode;
}

const SHOWN_VARIANTS = 14;
const MAX_LENGTH = 200;

export function SchoolSection({ teacher, merged, schoolValues, save, children }: Props) {
  const id = useId();
  const t = useT();
  const nameField = merged.fields.schoolName;
  const [name, setName] = useState(merged.values.schoolName ?? '');
  // What is wrong, not its words: the message follows the page's language if that changes.
  const [error, setError] = useState<'empty' | 'too-long' | null>(null);
  useEffect(() => setName(merged.values.schoolName ?? ''), [merged.values.schoolName]);
  const aliases = merged.values.schoolAliases ?? [];
  // Checked with the real engine on every change; a few milliseconds, so no debounce is needed.
  // The post about school is the one shown as the example, in the page's language.
  // The engine loads after the page is drawn (lazy-engine.ts); until then there is no preview.
  const [schoolVariants, setSchoolVariants] = useState<typeof SchoolVariants | null>(null);
  useEffect(() => {
    void loadSchoolVariants().then((module) => setSchoolVariants(() => module.schoolVariants));
  }, []);
  const variants = useMemo(
    () => (schoolVariants ? schoolVariants(name, aliases, (text) => t.t('options_variants_example', text)) : []),
    [schoolVariants, name, aliases, t],
  );
  const alone = variants.filter((v) => v.alone).slice(0, SHOWN_VARIANTS);
  const contextOnly = variants.filter((v) => !v.alone && v.inContext);

  const commit = async () => {
    const trimmed = name.trim();
    if (trimmed === (teacher.schoolName ?? '')) return;
    if (!trimmed) {
      setError('empty');
      return;
    }
    if (trimmed.length > MAX_LENGTH) {
      setError('too-long');
      return;
    }
    setError(null);
    await save('schoolName', trimmed);
  };

  return (
    <section aria-labelledby={`${id}-h`} data-section="school">
      <h2 id={`${id}-h`}>{t.t('options_school_title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>
          {t.t('options_school_name_label')} <SchoolBadge field={nameField} />
        </label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          readOnly={nameField.locked}
          aria-invalid={error !== null}
          aria-describedby={`${id}-name-hint`}
          placeholder={t.t('options_school_name_placeholder')}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void commit();
          }}
        />
        <p id={`${id}-name-hint`} className={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
          {error === 'empty' ? t.t('options_school_name_empty') : error === 'too-long' ? t.t('options_school_name_too_long', String(MAX_LENGTH)) : t.t('options_school_name_hint')}
        </p>
      </div>
      {alone.length > 0 && (
        <div className="variants" data-part="variants" aria-live="polite">
          <p>{t.t('options_variants_heading')}</p>
          <ul>
            {alone.map((v) => (
              <li key={v.text}>
                <code>{v.text}</code>
              </li>
            ))}
          </ul>
          {contextOnly.length > 0 && (
            <p className="hint">
              {t.t(
                'options_variants_in_context',
                contextOnly.map((v) => `“${v.text}”`).join(', '),
                t.t('options_variants_example', contextOnly[0]!.text),
              )}
            </p>
          )}
        </div>
      )}
      <ListField
        part="aliases"
        label={t.t('options_aliases_label')}
        hint={t.t('options_aliases_hint')}
        own={teacher.schoolAliases ?? []}
        {...(schoolValues.schoolAliases ? { school: schoolValues.schoolAliases } : {})}
        field={merged.fields.schoolAliases}
        editable={merged.fields.schoolAliases.teacherMayAdd}
        onSave={(entries) => save('schoolAliases', entries)}
      />
      {children}
    </section>
  );
}
