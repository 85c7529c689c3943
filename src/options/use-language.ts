import { useEffect, useRef, useState } from 'react';
import { loadFallbackCatalogues, pageTranslatorFor } from '../i18n/page-translator';
import type { Translator } from '../i18n/translator-base';
import { languageItem, parseLanguageSetting, type LanguageSetting } from '../settings/language';
import { takeFirstRead } from './first-reads';

/**
 * The teacher's language setting and the translator for it, kept current when it changes here or
 * anywhere else (the demo's switch, another options tab). `null` until the stored choice is read
 * (and, for a language chosen rather than the browser's, its catalogue loaded), so a Welsh page
 * never flashes English first.
 */
export interface LanguageState {
  readonly setting: LanguageSetting;
  readonly translator: Translator;
  change(setting: LanguageSetting): Promise<void>;
}

export function useLanguage(initial?: { setting: LanguageSetting; translator: Translator }): LanguageState | null {
  const [current, setCurrent] = useState<{ setting: LanguageSetting; translator: Translator } | null>(initial ?? null);
  // Handed its first value (the settings page reads it before React starts): drawn again only if it changed since.
  const given = useRef(initial?.setting);
  useEffect(() => {
    // Only the latest choice is drawn, however the catalogues' loads overlap.
    let latest = 0;
    const choose = (value: unknown) => {
      const mine = ++latest;
      const setting = parseLanguageSetting(value);
      void pageTranslatorFor(setting).then((translator) => {
        if (mine === latest) setCurrent({ setting, translator });
      });
    };
    const handed = given.current;
    if (handed === undefined) void (takeFirstRead('language') ?? languageItem.getValue()).then(choose, () => choose('auto'));
    // A change between that read and the watch below would otherwise be missed; the same choice draws nothing again.
    else void languageItem.getValue().then((value) => parseLanguageSetting(value) !== handed && choose(value), () => undefined);
    const unwatch = languageItem.watch(choose);
    return () => {
      latest = -1;
      unwatch();
    };
  }, []);
  const lang = current?.translator.lang;
  useEffect(() => {
    if (!lang) return;
    // After the first drawing, when the page is idle: nothing waits for these.
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => loadFallbackCatalogues(lang), { timeout: 3000 });
  }, [lang]);
  if (current === null) return null;
  return { ...current, change: (next) => languageItem.setValue(next) };
}

/** Keeps `<html lang>` and the page's title in the teacher's language (an extension page's own). */
export function useDocumentLanguage(translator: Translator | undefined, title: (translator: Translator) => string): void {
  useEffect(() => {
    if (!translator) return;
    document.documentElement.lang = translator.lang;
    document.title = title(translator);
  }, [translator, title]);
}
