import { useMemo, useState } from 'react';
import { createTranslator, preferredLanguage } from '../../i18n/translator';
import type { LanguageSetting } from '../../settings/language';
import { mountDemo } from '../mount';

/**
 * The induction demo as a plain web page (`npm run demo`), for a projector with no extension
 * installed. There is no `browser.i18n` here: the same `_locales` catalogues are bundled, and
 * "same as the browser" means the browser's preferred languages. Nothing is stored.
 */
function useWebLanguage() {
  const [setting, setSetting] = useState<LanguageSetting>('auto');
  const translator = useMemo(() => createTranslator(setting === 'auto' ? preferredLanguage(navigator.languages) : setting), [setting]);
  return { setting, translator, change: setSetting };
}

mountDemo(document.getElementById('root')!, useWebLanguage);
