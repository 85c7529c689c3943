import { browser } from 'wxt/browser';
import { readManagedStorage } from '../settings/storage';

/**
 * First run: when the extension is installed (not updated, not re-enabled, not the browser
 * updating), open the short setup page, so a teacher meets the three settings that matter before
 * the first post. Nothing opens when the school manages the extension: its IT has set it up, and
 * a force-installed extension popping a tab on every staff machine is noise.
 */
export const SETUP_PAGE = '/setup.html';

export function startFirstRun(): void {
  // Registered as the background starts: the install event fires once, right after.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openSetupUnlessManaged();
  });
}

export async function openSetupUnlessManaged(): Promise<boolean> {
  if (await schoolManages()) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(SETUP_PAGE as '/') });
  return true;
}

/**
 * The school manages the extension when it installed it through policy (`installType` "admin",
 * which `management.getSelf` tells without the `management` permission) or pushes settings to it
 * (managed storage holds anything).
 */
export async function schoolManages(): Promise<boolean> {
  try {
    const self = await browser.management.getSelf();
    if (self.installType === 'admin') return true;
  } catch {
    // Not available in this browser: managed storage alone decides.
  }
  return Object.keys(await readManagedStorage()).length > 0;
}
