import en from '../public/_locales/en/messages.json';
import cy from '../public/_locales/cy/messages.json';
import type { Catalogue } from './format';
import type { Language } from './languages';

export { LANGUAGES, isLanguage, type Language } from './languages';

/** Every key of the English catalogue; the locale test checks the Welsh one has the same keys. */
export type MessageKey = keyof typeof en;

/** Messages with plural forms, by their base name (`count_problems` for `count_problems_one`…). */
export type CountKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/**
 * The extension's two catalogues, the very files the browser reads from `_locales`. They are
 * bundled as well, for the demo served as a web page, the content script (trimmed to its words:
 * src/i18n/trim-catalogues.ts) and the tests. The extension's own pages load them only when needed
 * (src/i18n/page-translator.ts).
 */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, cy };
