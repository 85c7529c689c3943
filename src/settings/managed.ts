import { z } from 'zod';
import { readSettingFields, type SettingValues } from './fields';
import { LOCK_ALL } from './names';
import { SETTING_NAMES, type SettingName } from './schema';

/**
 * What a school's IT team pushes through browser policy (`storage.managed`): any of the settings,
 * plus `locked`, the settings teachers may not change. Chrome drops values whose type breaks
 * `managed_schema.json` before the extension sees them (chrome://policy shows those); everything
 * that reaches us is checked here, field by field, and a bad value is ignored with the reason.
 */
export { LOCK_ALL };

export interface SchoolPolicy {
  readonly values: SettingValues;
  /** Settings the teacher cannot change; `all` when the school locked everything. */
  readonly locked: ReadonlySet<SettingName> | 'all';
  readonly problems: string[];
}

export const NO_SCHOOL_POLICY: SchoolPolicy = { values: {}, locked: new Set(), problems: [] };

const LockedSchema = z.array(z.string(), { error: 'expected a list of setting names' });

export function readSchoolPolicy(input: unknown): SchoolPolicy {
  if (input === null || input === undefined || (typeof input === 'object' && !Array.isArray(input) && Object.keys(input).length === 0)) return NO_SCHOOL_POLICY;
  const { values, problems } = readSettingFields(input, ['locked']);
  const locked = new Set<SettingName>();
  let all = false;
  const raw = (input as { locked?: unknown }).locked;
  if (raw !== undefined) {
    const list = LockedSchema.safeParse(raw);
    if (!list.success) problems.push(`locked: ${list.error.issues[0]!.message}`);
    else
      list.data.forEach((name, i) => {
        if (name === LOCK_ALL) all = true;
        else if ((SETTING_NAMES as readonly string[]).includes(name)) locked.add(name as SettingName);
        else problems.push(`locked[${i}]: unknown setting "${name}"; expected "${LOCK_ALL}" or one of ${SETTING_NAMES.join(', ')}`);
      });
  }
  return { values, locked: all ? 'all' : locked, problems };
}
