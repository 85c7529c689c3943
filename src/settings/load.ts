import { readSettingFields, type SettingValues } from './fields';
import { readSchoolPolicy, type SchoolPolicy } from './managed';
import { mergeSettings, type Merged } from './merge';
import { ROSTER_FIELDS } from './migrations';
import { parseSettings, policyProblem, type Settings } from './schema';

/**
 * From what is stored to the settings the engine uses: the teacher's own (two storage items) and
 * the school's policy, each read field by field, merged, and checked as a whole. Pure: the
 * background and the options page both call it on what they read from storage.
 */
export interface StoredSettings {
  /** `local:settings` (everything but the names). */
  readonly settings: unknown;
  /** `local:roster` (pupil names, staff names, a hashed roster). */
  readonly roster: unknown;
  /** `storage.managed` (the school's browser policy; `{}` when there is none). */
  readonly managed: unknown;
}

export interface ResolvedSettings {
  /** The settings in use, or null when no school name is set anywhere (the demo school stands in). */
  readonly settings: Settings | null;
  /** The teacher's own values that could be read, for the options page to edit. */
  readonly teacher: SettingValues;
  readonly school: SchoolPolicy;
  readonly merged: Merged;
  /** The teacher's saved values that are ignored, and why. */
  readonly teacherProblems: readonly string[];
  /** The school's policy values that are ignored, and why. */
  readonly schoolProblems: readonly string[];
}

export function resolveSettings(stored: StoredSettings): ResolvedSettings {
  // Names found in `local:settings` (a migration that has not run yet) still count; `local:roster` wins.
  const own = readSettingFields(stored.settings);
  const names = readSettingFields(onlyRosterFields(stored.roster));
  const teacher: SettingValues = { ...own.values, ...names.values };
  const teacherProblems = [...own.problems, ...names.problems];
  const read = readSchoolPolicy(stored.managed);
  const schoolProblems = [...read.problems];
  // A policy id that names neither a built-in pack nor a school pack available is set aside like
  // any other bad value, before the merge: a school's bad id must not lock the teacher's choice.
  const packId = read.values.customPack?.id ?? teacher.customPack?.id;
  const schoolValues = withoutBadPolicy(read.values, packId, schoolProblems);
  const school: SchoolPolicy = { ...read, values: schoolValues };
  const teacherValues = withoutBadPolicy(teacher, packId, teacherProblems);
  const merged = mergeSettings(teacherValues, school);
  const values: SettingValues = { ...merged.values };
  // The teacher's own pack may have been replaced by the school's: the teacher's choice of it then falls back.
  if (values.policy !== undefined && policyProblem(values.policy, values.customPack?.id)) delete values.policy;
  if (values.schoolName === undefined) return { settings: null, teacher, school, merged, teacherProblems, schoolProblems };
  const parsed = parseSettings(values);
  if (!parsed.ok) {
    // Every field has been checked on its own; this is a safety net, not an expected path.
    return { settings: null, teacher, school, merged, teacherProblems: [...teacherProblems, ...parsed.problems], schoolProblems };
  }
  return { settings: parsed.settings, teacher, school, merged, teacherProblems, schoolProblems };
}

function withoutBadPolicy(values: SettingValues, customPackId: string | undefined, problems: string[]): SettingValues {
  if (values.policy === undefined) return values;
  const problem = policyProblem(values.policy, customPackId);
  if (!problem) return values;
  problems.push(`policy: ${problem}; the default policy is used`);
  const { policy: _policy, ...rest } = values;
  return rest;
}

/** The roster item holds names only; anything else in it is ignored rather than read as a setting. */
function onlyRosterFields(roster: unknown): unknown {
  if (roster === null || typeof roster !== 'object' || Array.isArray(roster)) return roster;
  return Object.fromEntries(Object.entries(roster).filter(([key]) => (ROSTER_FIELDS as readonly string[]).includes(key)));
}
