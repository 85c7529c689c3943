import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ResolvedSettings } from '../settings/load';
import { ROSTER_FIELDS } from '../settings/migrations';
import type { SettingName } from '../settings/names';
import { quickResolve, withPending } from '../settings/quick-read';
import { parseSchoolFields, schoolFieldsItem, type SchoolFields } from '../settings/school-fields';
import { readManagedAnswer, rosterItem, settingsItem } from '../settings/storage';
import { takeFirstRead, type FirstDrawing } from './first-reads';

/**
 * The options page's view of the settings: the teacher's own (as stored), the school's policy, and
 * the merged result, kept current as any of them changes (another window, the school's IT pushing
 * a new policy). Saving writes one field at a time into the stored object, leaving every other
 * field exactly as it was, even one the page could not read: nothing the teacher saved is lost.
 *
 * Drawn in three steps, so that the page is usable at once (issue 14):
 * 1. From what is stored, with a minimal check by hand (src/settings/quick-read.ts), before zod,
 *    the schemas and the policy packs' validation have loaded: on a first opening they were a third
 *    of the page's work before it could be used. A value that check cannot vouch for, and every
 *    setting the school's policy named when last read, is drawn waiting and cannot be changed.
 * 2. A moment later, the full read (src/settings/load.ts, loaded after the first drawing): every
 *    value checked with its schema, every bad one set aside and explained.
 * 3. The school's policy merged in and locked when the browser hands it over. Chrome's first
 *    `storage.managed` read after the browser starts can take seconds (with no policy at all, it
 *    may not answer until our wait runs out); until it answers, `schoolPolicyRead` is false, the
 *    page says it is still looking, and the settings the school named last time stay waiting. A
 *    change to any other setting is saved as usual meanwhile, and the school's values win over it.
 */
export interface SettingsState {
  readonly resolved: ResolvedSettings;
  /** The school's policy has been read (until then the page is drawn from the teacher's own settings). */
  readonly schoolPolicyRead: boolean;
  /** Every stored value has been checked with its schema (until then, from the quick read: no problems listed yet). */
  readonly checked: boolean;
  /** The full read could not be loaded (a broken policy pack in the build, a chunk that failed to load): the page stays as first drawn. */
  readonly checkFailed: boolean;
}

type FullRead = typeof import('../settings/load');
let fullRead: Promise<FullRead> | null = null;
/** zod, the settings' schemas and the built-in packs' validation: loaded once, after the page is first drawn. */
const loadFullRead = () => (fullRead ??= import('../settings/load'));

interface Stored {
  readonly settings: unknown;
  readonly roster: unknown;
  readonly remembered: SchoolFields;
}

/** How long to go on waiting for the browser's policy answer once the first wait has run out. */
const SCHOOL_POLICY_LATE_MS = 60_000;

/**
 * `initial`: what the page read before React started (src/options/first-reads.ts), so that its first
 * drawing is already the form, from the quick read, with the school's policy if the browser had answered.
 */
export function useSettings(initial: FirstDrawing | null = null): { state: SettingsState | null; save: (name: SettingName, value: unknown) => Promise<void> } {
  const stored = useRef<Stored | null>(initial ? { settings: initial.stored[0], roster: initial.stored[1], remembered: parseSchoolFields(initial.stored[2]) } : null);
  // The latest school policy read; null until the browser has answered.
  const managed = useRef<Record<string, unknown> | null>(initial?.schoolPolicy ?? null);
  const [state, setState] = useState<SettingsState | null>(() =>
    stored.current ? { resolved: quickResolve({ ...stored.current, managed: managed.current }), schoolPolicyRead: managed.current !== null, checked: false, checkFailed: false } : null,
  );
  // Which first reads were handed over rather than left for the hooks below to take.
  const handed = useRef({ stored: initial !== null, policy: initial !== null && initial.schoolPolicy !== null });
  const full = useRef<FullRead | null>(null);
  const failed = useRef(false);
  // Reads may overlap (a storage change while the policy is still being read): only the latest is drawn.
  const generation = useRef(0);
  const policyGeneration = useRef(0);

  const draw = useCallback(() => {
    const read = stored.current;
    if (!read) return;
    const policy = managed.current;
    const schoolPolicyRead = policy !== null;
    if (full.current) {
      const resolved = full.current.resolveSettings({ settings: read.settings, roster: read.roster, managed: policy ?? {} });
      // Checked, but the school's policy not yet here: what it named last time still waits for it.
      const shown = schoolPolicyRead ? resolved : { ...resolved, merged: withPending(resolved.merged, read.remembered) };
      setState({ resolved: shown, schoolPolicyRead, checked: true, checkFailed: false });
    } else {
      setState({ resolved: quickResolve({ ...read, managed: policy }), schoolPolicyRead, checked: false, checkFailed: failed.current });
    }
  }, []);

  const readStored = useCallback(async () => {
    const mine = ++generation.current;
    const [settings, roster, remembered] = await (takeFirstRead('settings') ?? Promise.all([settingsItem.getValue(), rosterItem.getValue(), schoolFieldsItem.getValue()]));
    if (mine !== generation.current) return;
    stored.current = { settings, roster, remembered: parseSchoolFields(remembered) };
    draw();
  }, [draw]);

  const readSchoolPolicy = useCallback(async () => {
    const mine = ++policyGeneration.current;
    let answer = await (takeFirstRead('schoolPolicy') ?? readManagedAnswer());
    // No answer yet is not "no policy": go on waiting, the page saying so, before taking it for none.
    if (!answer.answered) answer = await readManagedAnswer(SCHOOL_POLICY_LATE_MS);
    if (mine !== policyGeneration.current) return;
    managed.current = answer.policy;
    draw();
  }, [draw]);

  useEffect(() => {
    // What was handed over is already drawn; what was not is read now. A change from here on is watched.
    if (!handed.current.stored) void readStored();
    if (!handed.current.policy) void readSchoolPolicy();
    handed.current = { stored: false, policy: false };
    const unwatch = [settingsItem, rosterItem, schoolFieldsItem].map((item) => item.watch(() => void readStored()));
    const onManaged = (_changes: unknown, area: string) => {
      if (area === 'managed') void readSchoolPolicy();
    };
    browser.storage.onChanged.addListener(onManaged);
    return () => {
      unwatch.forEach((stop) => stop());
      browser.storage.onChanged.removeListener(onManaged);
    };
  }, [readStored, readSchoolPolicy]);

  // Once the page is drawn, the full read loads, and takes over from the quick one.
  const drawn = state !== null;
  useEffect(() => {
    if (!drawn || full.current || failed.current) return;
    let current = true;
    loadFullRead().then(
      (module) => {
        full.current = module;
        if (current) draw();
      },
      (error: unknown) => {
        // The settings stay as first drawn, anything unchecked still waiting; the page says the check failed.
        console.error('the settings could not be checked', error);
        failed.current = true;
        if (current) draw();
      },
    );
    return () => {
      current = false;
    };
  }, [drawn, draw]);

  const save = useCallback(async (name: SettingName, value: unknown) => {
    const item = (ROSTER_FIELDS as readonly string[]).includes(name) ? rosterItem : settingsItem;
    const stored = await item.getValue();
    const base = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
    if (value === undefined) delete base[name];
    else base[name] = value;
    await item.setValue(base);
  }, []);

  return { state, save };
}
