import { createContext, useContext } from 'react';
import { makeTranslator, type Translator } from '../i18n/translator-base';

/**
 * The translator the components read their words from. Each surface provides its own: the content
 * script and extension pages from the teacher's language setting, the web demo from its own switch.
 * The default (no provider, which no surface does) answers with the message keys: it holds no
 * catalogue, so that the extension's pages need not load one before they are drawn.
 */
export const TranslatorContext = createContext<Translator>(makeTranslator('en', () => undefined, () => undefined));

export const useT = (): Translator => useContext(TranslatorContext);
