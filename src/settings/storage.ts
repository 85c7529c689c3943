import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { splitRoster } from './migrations';

/**
 * Where the teacher's own settings live. Only `storage.local`: a pupil roster must not be synced
 * to the browser vendor's servers. Read as `unknown` and validated on every load (settings/load.ts),
 * so a damaged or hand-edited value is explained, never trusted, and never overwritten.
 *
 * Version 2 keeps the names (pupils, staff, a hashed roster) in their own item, `local:roster`:
 * changing the school's name or the policy then never rewrites a roster of thousands of names.
 */
export const rosterItem = storage.defineItem<unknown>('local:roster', {
  fallback: null,
  version: 1,
});

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: null,
  version: 2,
  migrations: {
    2: async (v1: unknown) => {
      const { settings, roster } = splitRoster(v1);
      // A roster already saved in the new place is newer than the one being moved: keep it.
      if (roster && (await rosterItem.getValue()) === null) await rosterItem.setValue(roster);
      return settings;
    },
  },
});

/** How long to wait for the school's policy: Chrome's first read can take 2–3 s; a missing policy must not hold up the checks. */
const MANAGED_TIMEOUT_MS = 5000;

/**
 * The school's browser policy, or `{}` when there is none. Firefox without policies (and any
 * browser without managed storage) throws: that means "no policy", not an error to show.
 */
export async function readManagedStorage(timeoutMs = MANAGED_TIMEOUT_MS): Promise<Record<string, unknown>> {
  return (await readManagedAnswer(timeoutMs)).policy;
}

/**
 * The same, saying whether the browser answered: `{}` after the wait ran out is "no answer yet",
 * which must not be taken for "no policy" by anything that remembers it (school-fields.ts).
 */
export async function readManagedAnswer(timeoutMs = MANAGED_TIMEOUT_MS): Promise<{ policy: Record<string, unknown>; answered: boolean }> {
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const value = await Promise.race([browser.storage.managed.get() as Promise<Record<string, unknown>>, timeout]);
    clearTimeout(timer);
    if (value === null) return { policy: {}, answered: false };
    return { policy: value ?? {}, answered: true };
  } catch {
    return { policy: {}, answered: true };
  }
}
