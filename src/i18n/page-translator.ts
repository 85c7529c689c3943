import { browser } from 'wxt/browser';
import type { Catalogue } from './format';
import { isLanguage, type Language } from './languages';
import { makeTranslator, type Translator } from './translator-base';
import type { LanguageSetting } from '../settings/language';

/**
 * The translator of the extension's own pages (settings, setup, popup), which load the bundled
 * catalogues only when they need them. Following the browser's language (`auto`, the usual case),
 * the words come from the browser's own i18n and no catalogue is loaded before the page is drawn;
 * with English or Welsh chosen in the settings, that language's catalogue is loaded first (one
 * chunk of about 75 kB). Bundled with the page, the two were about 150 kB of script to compile on
 * every opening before anything could be drawn (issue 14).
 *
 * The content script and the web demo carry their catalogues (src/i18n/translator.ts).
 */
const loaded: Partial<Record<Language, Catalogue>> = {};
const loading = new Map<Language, Promise<Catalogue>>();

function loadCatalogue(lang: Language): Promise<Catalogue> {
  let load = loading.get(lang);
  if (!load) {
    const imported = lang === 'cy' ? import('../public/_locales/cy/messages.json') : import('../public/_locales/en/messages.json');
    load = imported.then((module) => (loaded[lang] = module.default as Catalogue));
    // A failed load (the extension updated under the page) may be tried again.
    load.catch(() => loading.delete(lang));
    loading.set(lang, load);
  }
  return load;
}

/** The browser's choice of language, from its i18n; undefined if it cannot answer (the extension was updated under the page). */
function browserLanguage(getMessage: (name: string) => string): Language | undefined {
  try {
    const chosen = getMessage('language');
    return isLanguage(chosen) ? chosen : undefined;
  } catch {
    return undefined;
  }
}

export async function pageTranslatorFor(setting: LanguageSetting): Promise<Translator> {
  const catalogues = (lang: Language) => loaded[lang];
  if (setting !== 'auto') {
    await loadCatalogue(setting);
    return makeTranslator(setting, () => undefined, catalogues);
  }
  // WXT types getMessage with the keys it knows at build time; keys here come from data (findings).
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const lang = browserLanguage(getMessage);
  if (lang === undefined) {
    await loadCatalogue('en'); // the browser's i18n cannot answer: the bundled English does
    return makeTranslator('en', () => undefined, catalogues);
  }
  return makeTranslator(lang, (key, substitutions) => getMessage(key, substitutions) || undefined, catalogues);
}

/**
 * Once the page is drawn: the bundled catalogues the translator falls back on if the browser's i18n
 * stops answering (it throws once the extension is updated under an open page, and by then the
 * page's own files may be gone too).
 */
export function loadFallbackCatalogues(lang: Language): void {
  for (const each of new Set<Language>([lang, 'en'])) loadCatalogue(each).catch(() => undefined);
}
