import type { SiteId } from '../sites/types';

/**
 * The settings' names and limits, without zod: the settings page draws its first view from these
 * (src/settings/quick-read.ts) before zod and the schemas have loaded (issue 14). The schemas in
 * schema.ts are keyed by these names, which a type check there keeps in step.
 */

/** Every setting, in the order problems list them ("expected one of …"). */
export const SETTING_NAMES = [
  'schoolName',
  'schoolAliases',
  'pupilNames',
  'hashedRoster',
  'staffNames',
  'policy',
  'customPack',
  'extraConfidentialTerms',
  'sites',
  'schoolLocation',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/** Settings that are lists of entries, to which a teacher may add their own beside the school's. */
export const LIST_SETTINGS = ['schoolAliases', 'pupilNames', 'staffNames', 'extraConfidentialTerms'] as const satisfies readonly SettingName[];
export type ListSettingName = (typeof LIST_SETTINGS)[number];
export function isListSetting(name: SettingName): name is ListSettingName {
  return (LIST_SETTINGS as readonly string[]).includes(name);
}

export const SITE_IDS = ['facebook', 'instagram', 'x', 'linkedin'] as const satisfies readonly SiteId[];

export const MAX_NAME_LENGTH = 200;
/** A school's roster of several thousand pupils must fit; this is a guard against pasting a novel. */
export const MAX_NAMES = 20_000;

/** How far from the school's point still counts as its grounds, unless the school says otherwise. */
export const DEFAULT_RADIUS_METRES = 300;

/** In a school's `locked` list: every setting. */
export const LOCK_ALL = '*';
