import { storage } from 'wxt/utils/storage';
import { isLanguage, type Language } from '../i18n/languages';

/**
 * The teacher's choice of language for the extension: the browser's (`auto`), or English or Welsh
 * whatever the browser's language. A storage item of its own, apart from the school's settings: it
 * is a personal preference, not school configuration, and a school's policy should not override it.
 * Checked by hand rather than with zod, because the content script reads it and must stay small.
 */
export type LanguageSetting = 'auto' | Language;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'en', 'cy'];

/** The key in `storage.local`, for listeners that see raw changes. */
export const LANGUAGE_KEY = 'language';
export const languageItem = storage.defineItem<unknown>(`local:${LANGUAGE_KEY}`, { fallback: 'auto' });

/** Anything stored that is not a known choice means "follow the browser". */
export function parseLanguageSetting(value: unknown): LanguageSetting {
  return value === 'auto' || isLanguage(value) ? value : 'auto';
}
