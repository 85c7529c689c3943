import type { CountKey, MessageKey } from './catalogues';
import type { Catalogue, LocalText, MessageArg } from './format';
import { formatEntry } from './format';
import type { Language } from './languages';

/**
 * `t(key, …substitutions)` for every surface: extension pages, the content script's panel and
 * dialog, and the demo as a plain web page. Where the text comes from is the `Lookup`: the
 * browser's own `i18n.getMessage` when the teacher follows the browser's language, or the bundled
 * catalogue otherwise; both format the same `messages.json` the same way.
 *
 * This module holds no catalogue: the bundled ones come from whoever makes the translator (all at
 * once in src/i18n/translator.ts, on demand in the extension's pages: src/i18n/page-translator.ts).
 */
export type Lookup = (key: string, substitutions: string[]) => string | undefined;

export interface Translator {
  readonly lang: Language;
  t(key: MessageKey, ...args: MessageArg[]): string;
  /** A message with plural forms, chosen by the language's own rules (Welsh has six). `$1` is the count. */
  count(key: CountKey, count: number, ...args: MessageArg[]): string;
  /** A message carried as data (a finding's, a check's), whose key is only known at run time. */
  text(text: LocalText, fallback?: string): string;
}

/** The bundled catalogue of a language, or undefined while it is not loaded. */
export type BundledCatalogues = (lang: Language) => Catalogue | undefined;

export function lookupIn(catalogues: BundledCatalogues, lang: Language): Lookup {
  return (key, substitutions) => {
    const entry = catalogues(lang)?.[key];
    return entry ? formatEntry(entry, substitutions) : undefined;
  };
}

export function makeTranslator(lang: Language, lookup: Lookup, catalogues: BundledCatalogues): Translator {
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB');
  const bundled = lookupIn(catalogues, lang);
  const english = lookupIn(catalogues, 'en');
  // If the lookup fails (the browser's i18n throws once the extension is updated under an open
  // page), the bundled catalogue of the same language answers; a key missing from it (never, a
  // test checks) falls back to English, then to the key itself.
  const get = (key: string, args: readonly MessageArg[]): string | undefined => {
    const substitutions = args.map((arg) => (typeof arg === 'string' ? arg : (get(arg.key, arg.args ?? []) ?? arg.key)));
    let found: string | undefined;
    try {
      found = lookup(key, substitutions);
    } catch {
      found = undefined;
    }
    return found || bundled(key, substitutions) || english(key, substitutions);
  };
  return {
    lang,
    t: (key, ...args) => get(key, args) ?? key,
    count(key, count, ...args) {
      const form = plurals.select(count);
      const all = [numbers.format(count), ...args];
      return get(`${key}_${form}`, all) ?? get(`${key}_other`, all) ?? key;
    },
    text: (text, fallback) => get(text.key, text.args) ?? fallback ?? text.key,
  };
}

/** The language a list of preferred language tags asks for ("cy-GB" → Welsh), English otherwise. */
export function preferredLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'cy' || base === 'en') return base;
  }
  return 'en';
}
