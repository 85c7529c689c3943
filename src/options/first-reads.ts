import { pageTranslatorFor } from '../i18n/page-translator';
import type { Translator } from '../i18n/translator-base';
import { languageItem, parseLanguageSetting, type LanguageSetting } from '../settings/language';
import { schoolFieldsItem } from '../settings/school-fields';
import { readManagedAnswer, rosterItem, settingsItem } from '../settings/storage';

/**
 * The settings and setup pages' first reads, all started at once as the page's script starts,
 * before React draws anything. Left to the components, they went one after another: the language
 * when the page first rendered, the settings only once the language had answered and the page
 * below it mounted, each a round trip to the browser. Each is taken once, by the hook that
 * needs it; later reads (a change elsewhere, the school's policy pushed again) go to storage.
 */
interface FirstReads {
  language?: Promise<unknown>;
  /** The teacher's settings, their roster, and which settings the school's policy named last time. */
  settings?: Promise<[unknown, unknown, unknown]>;
  schoolPolicy?: Promise<{ policy: Record<string, unknown>; answered: boolean }>;
}

const first: FirstReads = {};
/** The school's policy answer, once the browser has given it (it may have before the page is first drawn). */
let schoolPolicyAnswer: { policy: Record<string, unknown>; answered: boolean } | undefined;

export function startFirstReads(): void {
  first.language = languageItem.getValue();
  first.settings = Promise.all([settingsItem.getValue(), rosterItem.getValue(), schoolFieldsItem.getValue()]);
  first.schoolPolicy = readManagedAnswer();
  first.schoolPolicy.then((answer) => (schoolPolicyAnswer = answer), () => undefined);
  // A read that fails is read again, and explained, by the hook that takes it.
  for (const read of Object.values(first) as Promise<unknown>[]) read.catch(() => undefined);
}

/** The first read of one kind if the page started it and nobody has taken it yet. */
export function takeFirstRead<K extends keyof FirstReads>(kind: K): FirstReads[K] {
  const read = first[kind];
  delete first[kind];
  return read;
}

/**
 * What the settings page's first drawing needs, handed to React as its first state so that the
 * page is drawn once, as the form (issue 14): it used to draw nothing until the language was known,
 * then "Loading your settings…", then the form, three renders of which only the last was of use.
 * The school's policy is included only if the browser has already answered (it often takes
 * seconds after the browser starts; the page never waits for it).
 */
export interface FirstDrawing {
  readonly language: { readonly setting: LanguageSetting; readonly translator: Translator };
  /** The teacher's settings, their roster, and which settings the school's policy named last time, as stored. */
  readonly stored: readonly [unknown, unknown, unknown];
  /** The school's policy, or null if the browser has not answered yet. */
  readonly schoolPolicy: Record<string, unknown> | null;
}

/** The first reads, taken together for the first drawing; null if any failed (the hooks then read again themselves). */
export async function takeFirstDrawing(): Promise<FirstDrawing | null> {
  const language = takeFirstRead('language');
  const settings = takeFirstRead('settings');
  if (!language || !settings) return null;
  try {
    const chosen = language.then(async (value) => {
      const setting = parseLanguageSetting(value);
      return { setting, translator: await pageTranslatorFor(setting) };
    });
    const [lang, stored] = await Promise.all([chosen, settings]);
    // For tests/bench/settings-page.ts, which times each step of an opening.
    performance.mark('guardrail-settings-reads');
    // An answer that ran out of time is not "no policy": the settings page goes on waiting for it.
    const answered = schoolPolicyAnswer?.answered ? schoolPolicyAnswer.policy : null;
    if (answered) takeFirstRead('schoolPolicy');
    return { language: lang, stored, schoolPolicy: answered };
  } catch {
    return null;
  }
}
