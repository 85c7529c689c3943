import { useEffect, useMemo, useState } from 'react';
import { translatorFor } from '../i18n/extension';
import type { Translator } from '../i18n/translator';
import { languageItem, parseLanguageSetting, type LanguageSetting } from '../settings/language';
import { takeFirstRead } from './first-reads';

/**
 * The teacher's language setting and the translator for it, kept current when it changes here or
 * anywhere else (the demo's switch, another options tab). `null` until the stored choice is read,
 * so a Welsh page never flashes English first.
 */
export interface LanguageState {
  readonly setting: LanguageSetting;
  readonly translator: Translator;
  change(setting: LanguageSetting): Promise<void>;
}

export function useLanguage(): LanguageState | null {
  const [setting, setSetting] = useState<LanguageSetting | null>(null);
  useEffect(() => {
    void (takeFirstRead('language') ?? languageItem.getValue()).then((value) => setSetting(parseLanguageSetting(value)));
    return languageItem.watch((value) => setSetting(parseLanguageSetting(value)));
  }, []);
  const translator = useMemo(() => (setting === null ? null : translatorFor(setting)), [setting]);
  if (setting === null || translator === null) return null;
  return { setting, translator, change: (next) => languageItem.setValue(next) };
}

/** Keeps `<html lang>` and the page's title in the teacher's language (an extension page's own). */
export function useDocumentLanguage(translator: Translator | undefined, title: (translator: Translator) => string): void {
  useEffect(() => {
    if (!translator) return;
    document.documentElement.lang = translator.lang;
    document.title = title(translator);
  }, [translator, title]);
}
