import en from '../public/_locales/en/messages.json';
import cy from '../public/_locales/cy/messages.json';
import type { Catalogue } from './format';

/**
 * The extension's two catalogues, the very files the browser reads from `_locales`. They are
 * bundled as well, for the demo served as a web page and for a language chosen in the settings
 * rather than taken from the browser (both gzip to a few kilobytes).
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every key of the English catalogue; the locale test checks the Welsh one has the same keys. */
export type MessageKey = keyof typeof en;

/** Messages with plural forms, by their base name (`count_problems` for `count_problems_one`…). */
export type CountKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, cy };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
