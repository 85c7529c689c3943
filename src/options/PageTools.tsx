import { useId } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n/catalogues';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../settings/language';
import { useT } from '../ui/i18n';
import type { LanguageState } from './use-language';

/**
 * The teacher's language for the whole extension (this page, the panel on the sites, the demo),
 * and the way to the induction demo, which has no other door for a teacher: it is an unlisted page.
 */
const LANGUAGE_NAMES: Record<LanguageSetting, MessageKey> = { auto: 'language_auto', en: 'language_name_en', cy: 'language_name_cy' };

export function PageTools({ language }: { language: LanguageState }) {
  const id = useId();
  const t = useT();
  return (
    <div className="page-tools">
      <div className="field language">
        <label htmlFor={id}>{t.t('options_language_label')}</label>
        <select id={id} data-part="language" aria-describedby={`${id}-hint`} value={language.setting} onChange={(event) => void language.change(event.target.value as LanguageSetting)}>
          {LANGUAGE_SETTINGS.map((setting) => (
            // Each language is offered in its own name, and marked so a screen reader says it so.
            <option key={setting} value={setting} lang={setting === 'auto' ? t.lang : setting}>
              {t.t(LANGUAGE_NAMES[setting])}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="hint">
          {t.t('options_language_hint')}
        </p>
      </div>
      <div className="field demo-link">
        <a href={browser.runtime.getURL('/demo.html')} target="_blank" rel="noopener" data-part="demo-link" aria-describedby={`${id}-demo`}>
          {t.t('options_demo_link')}
        </a>
        <p id={`${id}-demo`} className="hint">
          {t.t('options_demo_hint')}
        </p>
      </div>
    </div>
  );
}
