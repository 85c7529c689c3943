import { z } from 'zod';
import { formatIssues } from '../engine/schemas/errors';
import { DEFAULT_POLICY, PACK_IDS } from '../engine/rules';
import { SchoolLocationSchema } from './school-location';

/**
 * The one shape of settings: stored by the options page, pushed by a school's browser policy,
 * read by the command line. Everything but the school's name is optional.
 */

const MAX_NAME_LENGTH = 200;
/** A school's roster of several thousand pupils must fit; this is a guard against pasting a novel. */
const MAX_NAMES = 20_000;

function nameEntry(what: string) {
  return z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(MAX_NAME_LENGTH, `${what} is longer than ${MAX_NAME_LENGTH} characters; is it more than one name?`)
    .refine((s) => !/[\n\r\t\u0000-\u001f]/.test(s), `${what} must be on one line (one name per entry)`);
}

function nameList(what: string) {
  return z.array(nameEntry(what)).max(MAX_NAMES, `more than ${MAX_NAMES.toLocaleString('en-GB')} entries`).default([]);
}

export const SettingsSchema = z.strictObject({
  schoolName: nameEntry('the school name'),
  schoolAliases: nameList('an alias'),
  pupilNames: nameList('a pupil name'),
  staffNames: nameList('a staff name'),
  policy: z
    .string()
    .refine((id) => PACK_IDS.includes(id), {
      error: (issue) => `unknown policy "${String(issue.input)}"; choose one of ${PACK_IDS.join(', ')}`,
    })
    .default(DEFAULT_POLICY),
  extraConfidentialTerms: nameList('a confidential term'),
  /** For the photo check: GPS tags near here mean a photo was taken at school. */
  schoolLocation: SchoolLocationSchema.optional(),
});

/** Settings as written (fields optional). */
export type SettingsInput = z.input<typeof SettingsSchema>;
/** Settings after validation (defaults filled in). */
export type Settings = z.output<typeof SettingsSchema>;

export const SETTINGS_FIELDS: readonly string[] = Object.keys(SettingsSchema.shape);

export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

export function parseSettings(input: unknown): SettingsResult {
  const result = SettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  return { ok: false, problems: formatIssues(result.error.issues, input, SETTINGS_FIELDS) };
}

/** Parses or throws a `SettingsError` whose message names every field that is wrong. */
export function settingsOrThrow(input: unknown): Settings {
  const result = parseSettings(input);
  if (!result.ok) throw new SettingsError(result.problems);
  return result.settings;
}
