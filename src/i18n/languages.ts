/**
 * The extension's languages, apart from their catalogues: the settings and every page can name and
 * check a language without loading about 80 kB of words each (src/i18n/page-translator.ts).
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
