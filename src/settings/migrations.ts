/**
 * Changes to the stored settings between versions, as pure functions (tested in
 * tests/unit/settings-storage.test.ts; applied by the storage items in storage.ts).
 */

/** The settings that are names, kept in `local:roster` from version 2 on. */
export const ROSTER_FIELDS = ['pupilNames', 'staffNames', 'hashedRoster'] as const;

/**
 * Version 1 → 2: the names move out of `local:settings` into `local:roster`. A value that is not
 * an object of settings is left exactly as it was, for the loader to explain: nothing is lost.
 */
export function splitRoster(v1: unknown): { settings: unknown; roster: Record<string, unknown> | null } {
  if (v1 === null || typeof v1 !== 'object' || Array.isArray(v1)) return { settings: v1, roster: null };
  const settings: Record<string, unknown> = {};
  const roster: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v1)) {
    if ((ROSTER_FIELDS as readonly string[]).includes(key)) roster[key] = value;
    else settings[key] = value;
  }
  return { settings, roster: Object.keys(roster).length > 0 ? roster : null };
}
