import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { LOCK_ALL, SETTING_NAMES, type SettingName } from './names';
import { readManagedAnswer } from './storage';

/**
 * Which settings the school's browser policy set or locked when it was last read: the names only,
 * never the values. The settings page is drawn before the browser hands over the school's policy
 * (seconds after the browser starts, issue 14); until it does, these settings are drawn waiting
 * ("checking with your school"), not editable, so that a teacher never types into a box the school
 * is about to fill and lock. A setting a school newly sets is editable until the policy arrives, as
 * before, and the school's value wins then; nothing the teacher saved is lost either way.
 *
 * Written by the background each time the browser answers a policy read (at start and when the
 * policy changes) and only when it differs from what is kept: an install no school manages never
 * writes it. Checked by hand, without zod, because the settings page reads it before zod loads.
 */
export const schoolFieldsItem = storage.defineItem<unknown>('local:schoolFields', { fallback: null });

/** The settings a school names, or `all` when it locks everything. */
export type SchoolFields = ReadonlySet<SettingName> | 'all';

const isSettingName = (name: unknown): name is SettingName => (SETTING_NAMES as readonly unknown[]).includes(name);

/**
 * Every setting the policy names, as a value or in `locked`, from the policy as the browser hands
 * it over (unchecked: a value the full read will set aside still counts, so it waits for that read).
 * A `locked` that is not a list of names may mean anything: every setting waits.
 */
export function schoolFieldsOf(policy: unknown): SchoolFields {
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) return new Set();
  const names = new Set<SettingName>(Object.keys(policy).filter(isSettingName));
  const locked = (policy as { locked?: unknown }).locked;
  if (locked === undefined) return names;
  if (!Array.isArray(locked)) return 'all';
  for (const name of locked) {
    if (name === LOCK_ALL) return 'all';
    if (isSettingName(name)) names.add(name);
  }
  return names;
}

/** What is kept, read by hand: a list of setting names, `["*"]` for all; anything else is nothing kept. */
export function parseSchoolFields(stored: unknown): SchoolFields {
  if (!Array.isArray(stored)) return new Set();
  if (stored.includes(LOCK_ALL)) return 'all';
  return new Set(stored.filter(isSettingName));
}

function storedForm(fields: SchoolFields): string[] {
  return fields === 'all' ? [LOCK_ALL] : SETTING_NAMES.filter((name) => fields.has(name));
}

/** Keeps what this policy names, if that differs from what is kept (nothing kept and nothing named is no change). */
export async function rememberSchoolFields(policy: unknown): Promise<void> {
  const next = storedForm(schoolFieldsOf(policy));
  const kept = storedForm(parseSchoolFields(await schoolFieldsItem.getValue()));
  if (JSON.stringify(next) === JSON.stringify(kept)) return;
  await schoolFieldsItem.setValue(next);
}

/**
 * In the background: remember after every policy read the browser answers. A read that ran out of
 * time says nothing about the policy and changes nothing kept.
 */
export function startRememberingSchoolFields(): void {
  const read = async () => {
    const { policy, answered } = await readManagedAnswer(60_000);
    if (answered) await rememberSchoolFields(policy);
  };
  void read().catch(() => undefined);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void read().catch(() => undefined);
  });
}
