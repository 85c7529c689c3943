import { formatIssues } from '../engine/schemas/errors';
import type { z } from 'zod';
import { isListSetting, SETTING_FIELDS, SETTING_NAMES, type ListSettingName, type SettingName, type SettingsInput } from './schema';

/**
 * Reads settings one field at a time, so that one bad value (a malformed hashed roster pushed by
 * the school, a hand-edited policy id) is set aside with the reason while every other setting
 * still applies. Used for the teacher's saved settings and for the school's browser policy alike.
 */
export type SettingValues = { -readonly [K in SettingName]?: Exclude<SettingsInput[K], undefined> };

export interface FieldsRead {
  readonly values: SettingValues;
  /** One line per problem, naming the field: `pupilNames[3]: a pupil name must be on one line …`. */
  readonly problems: string[];
}

export function readSettingFields(input: unknown, ignore: readonly string[] = []): FieldsRead {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  if (input === null || input === undefined) return { values, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push(`expected an object of settings, got ${Array.isArray(input) ? 'a list' : typeof input === 'string' ? 'text' : `a ${typeof input}`}`);
    return { values, problems };
  }
  for (const [key, value] of Object.entries(input)) {
    if (ignore.includes(key)) continue;
    if (!(SETTING_NAMES as readonly string[]).includes(key)) {
      problems.push(formatIssues([{ code: 'unrecognized_keys', keys: [key], path: [], message: '', input: input as Record<string, unknown> }], input, SETTING_NAMES)[0]!);
      continue;
    }
    const name = key as SettingName;
    // In a list, a bad entry is set aside on its own: one malformed name must not cost the whole roster.
    const checked = isListSetting(name) && Array.isArray(value) ? keepGoodEntries(name, value, problems) : value;
    const result = SETTING_FIELDS[name].safeParse(checked);
    if (result.success) values[name] = result.data;
    else problems.push(...prefixed(name, result.error.issues, checked));
  }
  return { values: values as SettingValues, problems };
}

function keepGoodEntries(name: ListSettingName, entries: readonly unknown[], problems: string[]): unknown[] {
  const element = SETTING_FIELDS[name].element;
  const kept: unknown[] = [];
  entries.forEach((entry, index) => {
    const result = element.safeParse(entry);
    if (result.success) kept.push(result.data);
    else problems.push(...prefixed(name, result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })), entries).map((p) => `${p}; this entry is ignored`));
  });
  return kept;
}

function prefixed(name: SettingName, issues: readonly z.core.$ZodIssue[], value: unknown): string[] {
  return formatIssues(
    issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })),
    { [name]: value },
    SETTING_NAMES,
  );
}
