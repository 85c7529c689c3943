import { useEffect, useId, useState, type ReactNode } from 'react';
import type { FieldsRead } from '../settings/fields';
import type { Merged } from '../settings/merge';
import { useT } from '../ui/i18n';
import { ListField } from './ListField';
import { SchoolBadge } from './SchoolBadge';
import type { Variant } from './school-variants';
import { askVariants, VARIANT_MARKER } from './variants-client';

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
  // Checked with the real engine on every change, in a worker (variants-client.ts), so a keystroke
  // never waits for it; the engine starts there after the page is drawn, and until it answers there
  // is no preview. The post about school is the one shown as the example, in the page's language.
  const [variants, setVariants] = useState<Variant[]>([]);
  const example = t.t('options_variants_example', VARIANT_MARKER);
  const aliasesKey = JSON.stringify(aliases);
  useEffect(() => {
    let current = true;
    void askVariants({ name, aliases: JSON.parse(aliasesKey) as string[], example, marker: VARIANT_MARKER }).then((found) => {
      if (current && found) setVariants(found);
    });
    return () => {
      current = false;
    };
  }, [name, aliasesKey, example]);
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
