import { CATALOGUES, type Language } from './catalogues';
import { lookupIn, makeTranslator, type Lookup, type Translator } from './translator-base';

export { preferredLanguage, type Lookup, type Translator } from './translator-base';

/** The translators of the surfaces that carry both catalogues (the content script, the web demo, the tests). */
const bundled = (lang: Language) => CATALOGUES[lang];

export function catalogueLookup(lang: Language): Lookup {
  return lookupIn(bundled, lang);
}

export function createTranslator(lang: Language, lookup: Lookup = catalogueLookup(lang)): Translator {
  return makeTranslator(lang, lookup, bundled);
}
