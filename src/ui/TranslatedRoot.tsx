import { useSyncExternalStore, type ReactNode } from 'react';
import type { Store } from '../content/store';
import type { Translator } from '../i18n/translator';
import { TranslatorContext } from './i18n';

/** Provides the current translator, re-rendering everything below when the teacher changes language. */
export function TranslatedRoot({ translators, children }: { translators: Store<{ translator: Translator }>; children: ReactNode }) {
  const { translator } = useSyncExternalStore(translators.subscribe, translators.get);
  return <TranslatorContext value={translator}>{children}</TranslatorContext>;
}
