import { DEFAULT_POLICY, PACK_IDS } from '../engine/pack-data';
import type { SiteId } from '../sites/types';
import type { SettingValues } from './fields';
import type { ResolvedSettings } from './load';
import type { SchoolPolicy } from './managed';
import { mergeSettings, type FieldState, type Merged } from './merge';
import { ROSTER_FIELDS } from './migrations';
import { isListSetting, MAX_NAME_LENGTH, MAX_NAMES, SETTING_NAMES, SITE_IDS, type SettingName } from './names';
import type { Settings } from './schema';
import { schoolFieldsOf, type SchoolFields } from './school-fields';

/**
 * The settings page's first drawing, from what is stored, before zod and the schemas have loaded
 * (issue 14: on a first opening they were a third of the main thread's work before the page was
 * usable). A minimal check, by hand: a setting is drawn editable only when its stored value is
 * plainly good (a name on one line, a list of such names, a built-in policy id, site switches) and
 * no school policy names it. Everything else is drawn waiting (`pending`: shown, not editable):
 * a value this check cannot vouch for (the full read, a moment later, keeps it or sets it aside and
 * says why), the values that need a schema (a hashed roster, a school pack, the school's location),
 * and every setting the school's policy names or named when it was last read (school-fields.ts).
 *
 * Nothing is written from this read: saving a setting writes that one field into what is stored
 * (src/options/use-settings.ts), and only a setting drawn editable can be saved, whose value here
 * is the stored one. No problems are listed yet; the full read lists them all.
 */
export interface QuickStored {
  /** `local:settings` and `local:roster` as stored. */
  readonly settings: unknown;
  readonly roster: unknown;
  /** What the school's policy named when last read. */
  readonly remembered: SchoolFields;
  /** The school's policy as the browser handed it over, unchecked, or null until it has. */
  readonly managed: Record<string, unknown> | null;
}

const NO_POLICY: SchoolPolicy = { values: {}, locked: new Set(), problems: [] };

export function quickResolve(stored: QuickStored): ResolvedSettings {
  const own = quickFields(stored.settings);
  const names = quickFields(onlyRosterFields(stored.roster));
  const teacher: SettingValues = { ...own.values, ...names.values };
  const waiting = new Set<SettingName>([...own.pending, ...names.pending]);
  // The school's policy, once handed over, says which settings it names; until then, what it named last time.
  const school = stored.managed !== null ? schoolFieldsOf(stored.managed) : stored.remembered;
  const merged = withPending(mergeSettings(teacher, NO_POLICY), school === 'all' ? 'all' : new Set([...waiting, ...school]));
  const settings = merged.values.schoolName === undefined ? null : drawnSettings(merged.values);
  return { settings, teacher, school: NO_POLICY, merged, teacherProblems: [], schoolProblems: [] };
}

/**
 * The given settings drawn waiting: shown, not editable, badged as being checked. Also used once
 * every stored value has been checked, for the settings the school named last time, until its
 * policy arrives.
 */
export function withPending(merged: Merged, names: SchoolFields): Merged {
  const all = names === 'all';
  if (!all && names.size === 0) return merged;
  const waits = (name: SettingName) => all || names.has(name);
  const fields = { ...merged.fields };
  for (const name of SETTING_NAMES) {
    if (waits(name)) fields[name] = { ...fields[name], locked: true, teacherMayAdd: false, pending: true } satisfies FieldState;
  }
  const siteLocked = waits('sites') ? (Object.fromEntries(SITE_IDS.map((site) => [site, true])) as Record<SiteId, boolean>) : merged.siteLocked;
  return { ...merged, fields, siteLocked };
}

interface QuickFields {
  readonly values: SettingValues;
  /** Stored settings this check cannot vouch for: they wait for the full read. */
  readonly pending: SettingName[];
}

/** The full read's rule for a name (schema.ts `nameEntry`), by hand: one line, not empty, not over-long. */
function plainName(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH && !/[\n\r\t\u0000-\u001f]/.test(trimmed);
}

function quickFields(input: unknown): QuickFields {
  const values: Record<string, unknown> = {};
  const pending: SettingName[] = [];
  if (input === null || input === undefined) return { values, pending };
  // Not an object of settings at all: the full read explains it; nothing can be drawn editable meanwhile.
  if (typeof input !== 'object' || Array.isArray(input)) return { values, pending: [...SETTING_NAMES] };
  for (const [key, value] of Object.entries(input)) {
    // A key that is no setting changes no control (the full read lists it; saving keeps it as stored).
    if (!(SETTING_NAMES as readonly string[]).includes(key)) continue;
    const name = key as SettingName;
    const plain = quickValue(name, value);
    if (plain === undefined) pending.push(name);
    else values[name] = plain;
  }
  return { values: values as SettingValues, pending };
}

/** The value as the full read would give it, when it is plainly good; undefined when it must wait. */
function quickValue(name: SettingName, value: unknown): unknown {
  if (name === 'schoolName') return plainName(value) ? value.trim() : undefined;
  if (isListSetting(name)) {
    if (!Array.isArray(value) || value.length > MAX_NAMES || !value.every(plainName)) return undefined;
    return value.map((entry: string) => entry.trim());
  }
  // Only a built-in pack's id: a school pack's id is vouched for by the pack, which needs its schema.
  if (name === 'policy') return typeof value === 'string' && PACK_IDS.includes(value.trim()) ? value.trim() : undefined;
  if (name === 'sites') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const entries = Object.entries(value);
    return entries.every(([site, on]) => (SITE_IDS as readonly string[]).includes(site) && typeof on === 'boolean') ? value : undefined;
  }
  // A hashed roster, a school's pack, the school's location: their schemas decide.
  return undefined;
}

/** The roster item holds names only; anything else in it is ignored rather than read as a setting (as load.ts). */
function onlyRosterFields(roster: unknown): unknown {
  if (roster === null || typeof roster !== 'object' || Array.isArray(roster)) return roster;
  return Object.fromEntries(Object.entries(roster).filter(([key]) => (ROSTER_FIELDS as readonly string[]).includes(key)));
}

/** What the page shows from the settings in use (a policy, whether the demo school stands in), with the schemas' defaults. */
function drawnSettings(values: SettingValues): Settings {
  return {
    schoolAliases: [],
    pupilNames: [],
    staffNames: [],
    extraConfidentialTerms: [],
    ...values,
    policy: values.policy ?? DEFAULT_POLICY,
  } as Settings;
}
