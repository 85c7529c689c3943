import { createContext, useContext } from 'react';
import { createTranslator, type Translator } from '../i18n/translator';

/**
 * The translator the components read their words from. Each surface provides its own: the content
 * script and extension pages from the teacher's language setting, the web demo from its own switch.
 * Without a provider the words are English.
 */
export const TranslatorContext = createContext<Translator>(createTranslator('en'));

export const useT = (): Translator => useContext(TranslatorContext);
