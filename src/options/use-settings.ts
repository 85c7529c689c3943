import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveSettings, type ResolvedSettings } from '../settings/load';
import { ROSTER_FIELDS } from '../settings/migrations';
import type { SettingName } from '../settings/schema';
import { readManagedStorage, rosterItem, settingsItem } from '../settings/storage';

/**
 * The options page's view of the settings: the teacher's own (as stored), the school's policy, and
 * the merged result, kept current as any of them changes (another window, the school's IT pushing
 * a new policy). Saving writes one field at a time into the stored object, leaving every other
 * field exactly as it was, even one the page could not read: nothing the teacher saved is lost.
 */
export interface SettingsState {
  readonly resolved: ResolvedSettings;
  /** The school's policy was read (Chrome's first read can take a few seconds). */
  readonly ready: boolean;
}

export function useSettings(): { state: SettingsState | null; save: (name: SettingName, value: unknown) => Promise<void> } {
  const [state, setState] = useState<SettingsState | null>(null);

  const reload = useCallback(async () => {
    const [settings, roster, managed] = await Promise.all([settingsItem.getValue(), rosterItem.getValue(), readManagedStorage()]);
    setState({ resolved: resolveSettings({ settings, roster, managed }), ready: true });
  }, []);

  useEffect(() => {
    void reload();
    const unwatch = [settingsItem.watch(() => void reload()), rosterItem.watch(() => void reload())];
    const onManaged = (_changes: unknown, area: string) => {
      if (area === 'managed') void reload();
    };
    browser.storage.onChanged.addListener(onManaged);
    return () => {
      unwatch.forEach((stop) => stop());
      browser.storage.onChanged.removeListener(onManaged);
    };
  }, [reload]);

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
