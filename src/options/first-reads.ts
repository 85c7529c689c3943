import { languageItem } from '../settings/language';
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

export function startFirstReads(): void {
  first.language = languageItem.getValue();
  first.settings = Promise.all([settingsItem.getValue(), rosterItem.getValue(), schoolFieldsItem.getValue()]);
  first.schoolPolicy = readManagedAnswer();
  // A read that fails is read again, and explained, by the hook that takes it.
  for (const read of Object.values(first) as Promise<unknown>[]) read.catch(() => undefined);
}

/** The first read of one kind if the page started it and nobody has taken it yet. */
export function takeFirstRead<K extends keyof FirstReads>(kind: K): FirstReads[K] {
  const read = first[kind];
  delete first[kind];
  return read;
}
