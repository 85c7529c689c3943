import { z } from 'zod';
import { formatIssues } from '../engine/schemas/errors';
import { HashedRosterSchema } from '../engine/schemas/hashed-roster';
import { PackSchema } from '../engine/schemas/pack';
import { DEFAULT_POLICY, PACK_IDS } from '../engine/packs';
import type { SiteId } from '../sites/types';
import { isListSetting, LIST_SETTINGS, MAX_NAME_LENGTH, MAX_NAMES, SETTING_NAMES, SITE_IDS, type ListSettingName, type SettingName } from './names';
import { SchoolLocationSchema } from './school-location';

// The names and limits live in names.ts (no zod), for the settings page's first drawing.
export { isListSetting, LIST_SETTINGS, MAX_NAMES, SETTING_NAMES, SITE_IDS, type ListSettingName, type SettingName };

/**
 * The one shape of settings: stored by the options page, pushed by a school's browser policy,
 * read by the command line. Everything but the school's name is optional. Each field has its own
 * schema (`SETTING_FIELDS`) so that a bad value in one can be set aside, with the reason, while the
 * others still apply (see partial.ts).
 */

function nameEntry(what: string) {
  return z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(MAX_NAME_LENGTH, `${what} is longer than ${MAX_NAME_LENGTH} characters; is it more than one name?`)
    .refine((s) => !/[\n\r\t\u0000-\u001f]/.test(s), `${what} must be on one line (one name per entry)`);
}

function nameList(what: string) {
  return z.array(nameEntry(what)).max(MAX_NAMES, `more than ${MAX_NAMES.toLocaleString('en-GB')} entries`);
}

/** Per-site switches; a site left out is on. */
const SitesSchema = z.strictObject(Object.fromEntries(SITE_IDS.map((id) => [id, z.boolean().optional()])) as Record<SiteId, z.ZodOptional<z.ZodBoolean>>);

/** Each setting on its own: the unit a school can set, lock, or get wrong without spoiling the rest. */
export const SETTING_FIELDS = {
  schoolName: nameEntry('the school name'),
  schoolAliases: nameList('an alias'),
  pupilNames: nameList('a pupil name'),
  /** The school's roster as salted hashes (`guardrail hash-roster`), matched without the names. */
  hashedRoster: HashedRosterSchema,
  staffNames: nameList('a staff name'),
  /** A built-in pack id, or the id of `customPack`. */
  policy: z.string().trim().min(1, 'the policy must not be empty'),
  /** A school's own policy pack, in the format of rules/packs. */
  customPack: PackSchema.refine((pack) => !PACK_IDS.includes(pack.id), {
    error: (issue) => `the id "${(issue.input as { id: string }).id}" is a built-in pack's; give the school's pack its own id`,
    path: ['id'],
  }),
  extraConfidentialTerms: nameList('a confidential term'),
  sites: SitesSchema,
  /** For the photo check: GPS tags near here mean a photo was taken at school. */
  schoolLocation: SchoolLocationSchema,
} as const satisfies Record<SettingName, z.ZodType>;

// A schema here for every name in names.ts, and no other: a setting added to one and not the other fails the type check.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameNames: Exactly<keyof typeof SETTING_FIELDS, SettingName> = true;
void _sameNames;

export const SettingsSchema = z
  .strictObject({
    schoolName: SETTING_FIELDS.schoolName,
    schoolAliases: SETTING_FIELDS.schoolAliases.default([]),
    pupilNames: SETTING_FIELDS.pupilNames.default([]),
    hashedRoster: SETTING_FIELDS.hashedRoster.optional(),
    staffNames: SETTING_FIELDS.staffNames.default([]),
    policy: SETTING_FIELDS.policy.default(DEFAULT_POLICY),
    customPack: SETTING_FIELDS.customPack.optional(),
    extraConfidentialTerms: SETTING_FIELDS.extraConfidentialTerms.default([]),
    sites: SETTING_FIELDS.sites.optional(),
    schoolLocation: SETTING_FIELDS.schoolLocation.optional(),
  })
  .refine((settings) => policyProblem(settings.policy, settings.customPack?.id) === undefined, {
    path: ['policy'],
    error: (issue) => {
      const settings = issue.input as { policy: string; customPack?: { id: string } };
      return policyProblem(settings.policy, settings.customPack?.id);
    },
    // Checked even when other fields are wrong, so every problem is reported at once.
    when: (payload) => {
      const value = payload.value as { policy?: unknown; customPack?: unknown } | undefined;
      return typeof value?.policy === 'string' && !payload.issues.some((issue) => issue.path?.[0] === 'policy' || issue.path?.[0] === 'customPack');
    },
  });

/** Why a policy id cannot be used, or undefined when it can. */
export function policyProblem(policy: string, customPackId: string | undefined): string | undefined {
  if (PACK_IDS.includes(policy) || policy === customPackId) return undefined;
  const choices = customPackId ? [...PACK_IDS, customPackId] : PACK_IDS;
  return `unknown policy "${policy}"; choose one of ${choices.join(', ')}`;
}

/** Whether checks run on a site (every site is on unless switched off). */
export function siteEnabled(settings: Pick<Settings, 'sites'>, site: SiteId): boolean {
  return settings.sites?.[site] !== false;
}

/** Settings as written (fields optional). */
export type SettingsInput = z.input<typeof SettingsSchema>;
/** Settings after validation (defaults filled in). */
export type Settings = z.output<typeof SettingsSchema>;

export const SETTINGS_FIELDS: readonly string[] = SETTING_NAMES;

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
