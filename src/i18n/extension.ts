import { browser } from 'wxt/browser';
import { isLanguage } from './languages';
import { createTranslator, type Translator } from './translator';
import { languageItem, parseLanguageSetting, type LanguageSetting } from '../settings/language';

/**
 * The translator inside the extension (its pages and the content script). Following the browser,
 * it is the browser's own i18n: `getMessage` picks the catalogue for the browser's language, and
 * the catalogue's `language` message says which one it picked. With English or Welsh chosen in the
 * settings, the bundled catalogue of that language is used instead (the browser's i18n cannot be
 * told to use a language other than its own).
 */
export function translatorFor(setting: LanguageSetting): Translator {
  if (setting !== 'auto') return createTranslator(setting);
  // WXT types getMessage with the keys it knows at build time; keys here come from data (findings).
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  let chosen: string | undefined;
  try {
    chosen = getMessage('language');
  } catch {
    chosen = undefined; // the extension was updated under the page: the bundled English answers
  }
  const lang = isLanguage(chosen) ? chosen : 'en';
  return createTranslator(lang, (key, substitutions) => getMessage(key, substitutions) || undefined);
}

export async function loadTranslator(): Promise<Translator> {
  return translatorFor(parseLanguageSetting(await languageItem.getValue()));
}

/** Calls back with a new translator whenever the teacher changes the language; returns the unwatch function. */
export function watchTranslator(onChange: (translator: Translator) => void): () => void {
  return languageItem.watch((value) => onChange(translatorFor(parseLanguageSetting(value))));
}
