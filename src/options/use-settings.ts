import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveSettings, type ResolvedSettings } from '../settings/load';
import { ROSTER_FIELDS } from '../settings/migrations';
import type { SettingName } from '../settings/schema';
import { readManagedStorage, rosterItem, settingsItem } from '../settings/storage';
import { takeFirstRead } from './first-reads';

/**
 * The options page's view of the settings: the teacher's own (as stored), the school's policy, and
 * the merged result, kept current as any of them changes (another window, the school's IT pushing
 * a new policy). Saving writes one field at a time into the stored object, leaving every other
 * field exactly as it was, even one the page could not read: nothing the teacher saved is lost.
 *
 * The page is drawn from `storage.local` at once, and the school's policy is merged in when it
 * arrives. Chrome's first `storage.managed` read after the browser starts can take seconds (and
 * with no policy at all it may not answer until our timeout, 5 s): waiting for it before drawing
 * anything is what made the page show "Loading your settings…" for about 5 s (issue 14).
 * Until it answers, `schoolPolicyRead` is false and the page says it is still looking; a teacher's
 * change made meanwhile is saved as usual, and the school's values win over it in the merge.
 */
export interface SettingsState {
  readonly resolved: ResolvedSettings;
  /** The school's policy has been read (until then the page is drawn from the teacher's own settings). */
  readonly schoolPolicyRead: boolean;
}

export function useSettings(): { state: SettingsState | null; save: (name: SettingName, value: unknown) => Promise<void> } {
  const [state, setState] = useState<SettingsState | null>(null);
  // The latest school policy read; null until the first read answers.
  const managed = useRef<Record<string, unknown> | null>(null);
  // Reads may overlap (a storage change while the policy is still being read): only the latest is drawn.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const [settings, roster] = await (takeFirstRead('settings') ?? Promise.all([settingsItem.getValue(), rosterItem.getValue()]));
    if (mine !== generation.current) return;
    setState({ resolved: resolveSettings({ settings, roster, managed: managed.current ?? {} }), schoolPolicyRead: managed.current !== null });
  }, []);

  const readSchoolPolicy = useCallback(async () => {
    managed.current = await (takeFirstRead('schoolPolicy') ?? readManagedStorage());
    await reload();
  }, [reload]);

  useEffect(() => {
    void reload();
    void readSchoolPolicy();
    const unwatch = [settingsItem.watch(() => void reload()), rosterItem.watch(() => void reload())];
    const onManaged = (_changes: unknown, area: string) => {
      if (area === 'managed') void readSchoolPolicy();
    };
    browser.storage.onChanged.addListener(onManaged);
    return () => {
      unwatch.forEach((stop) => stop());
      browser.storage.onChanged.removeListener(onManaged);
    };
  }, [reload, readSchoolPolicy]);

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
