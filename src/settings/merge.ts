import type { SiteId } from '../sites/types';
import type { SettingValues } from './fields';
import type { SchoolPolicy } from './managed';
import { isListSetting, SETTING_NAMES, SITE_IDS, type SettingName } from './names';

/**
 * Effective settings: the school's policy values over the teacher's own.
 *
 * - A single value the school sets (the school's name, the policy, a hashed roster, a site switch)
 *   is the school's, and the teacher cannot change it.
 * - A list the school sets (aliases, pupils, staff, extra terms) holds the school's entries, and the
 *   teacher's own are added to them, unless the school locked that list.
 * - A setting the school locks but does not set stays at its default (e.g. locking `sites` keeps the
 *   checks on everywhere).
 * - Everything else is the teacher's.
 */
export type Origin = 'school' | 'teacher' | 'default';

export interface FieldState {
  /** Where the value in use comes from; a list with the school's entries and the teacher's is `school`. */
  readonly origin: Origin;
  /** The teacher cannot edit it ("set by your school"). */
  readonly locked: boolean;
  /** For lists: the teacher may add entries beside the school's. */
  readonly teacherMayAdd: boolean;
  /**
   * Not yet known to be the teacher's to change: the settings page, drawn before every stored value
   * has been checked or before the school's policy has arrived, shows it waiting and not editable
   * (src/settings/quick-read.ts). Always `locked` too, so a control that honours `locked` stays shut.
   */
  readonly pending?: boolean;
}

export interface Merged {
  readonly values: SettingValues;
  readonly fields: Readonly<Record<SettingName, FieldState>>;
  /** Per site: whether the switch is the school's to make. */
  readonly siteLocked: Readonly<Record<SiteId, boolean>>;
  /** Whether any setting comes from (or is locked by) the school. */
  readonly managed: boolean;
}

export function mergeSettings(teacher: SettingValues, school: SchoolPolicy): Merged {
  const isLocked = (name: SettingName) => school.locked === 'all' || school.locked.has(name);
  const values: Record<string, unknown> = {};
  const fields = {} as Record<SettingName, FieldState>;

  for (const name of SETTING_NAMES) {
    if (name === 'sites') continue;
    const schools = school.values[name];
    const own = teacher[name];
    const locked = isLocked(name);
    if (isListSetting(name)) {
      const schoolList = schools as string[] | undefined;
      const ownList = own as string[] | undefined;
      if (schoolList !== undefined) {
        values[name] = locked || !ownList ? schoolList : unique([...schoolList, ...ownList]);
        fields[name] = { origin: 'school', locked, teacherMayAdd: !locked };
      } else if (locked) {
        fields[name] = { origin: 'default', locked: true, teacherMayAdd: false };
      } else {
        if (ownList !== undefined) values[name] = ownList;
        fields[name] = { origin: ownList !== undefined ? 'teacher' : 'default', locked: false, teacherMayAdd: true };
      }
    } else if (schools !== undefined) {
      values[name] = schools;
      fields[name] = { origin: 'school', locked: true, teacherMayAdd: false };
    } else if (locked) {
      fields[name] = { origin: 'default', locked: true, teacherMayAdd: false };
    } else {
      if (own !== undefined) values[name] = own;
      fields[name] = { origin: own !== undefined ? 'teacher' : 'default', locked: false, teacherMayAdd: false };
    }
  }

  const sitesLocked = isLocked('sites');
  const siteLocked = {} as Record<SiteId, boolean>;
  const sites: Partial<Record<SiteId, boolean>> = {};
  for (const site of SITE_IDS) {
    const schools = school.values.sites?.[site];
    siteLocked[site] = sitesLocked || schools !== undefined;
    const value = schools ?? (sitesLocked ? undefined : teacher.sites?.[site]);
    if (value !== undefined) sites[site] = value;
  }
  if (Object.keys(sites).length > 0) values.sites = sites;
  const schoolSites = school.values.sites !== undefined && Object.keys(school.values.sites).length > 0;
  fields.sites = {
    origin: schoolSites ? 'school' : teacher.sites !== undefined ? 'teacher' : 'default',
    locked: sitesLocked || SITE_IDS.every((site) => siteLocked[site]),
    teacherMayAdd: false,
  };

  const managed = Object.keys(school.values).length > 0 || school.locked === 'all' || school.locked.size > 0;
  return { values: values as SettingValues, fields, siteLocked, managed };
}

/** The school's entries first, then the teacher's that are not already there (compared as written, ignoring case). */
function unique(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entry.toLocaleLowerCase('en-GB');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
