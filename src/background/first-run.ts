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
    if (reason === 'install') void openSetupUnlessManaged().then(remember);
    // An update, or the browser updating: the teacher has been through this already.
    else void remember(`not-opened: ${reason}`);
  });
}

export type FirstRunOutcome = 'opened' | 'managed';

export async function openSetupUnlessManaged(): Promise<FirstRunOutcome> {
  const outcome: FirstRunOutcome = (await schoolManages()) ? 'managed' : 'opened';
  if (outcome === 'opened') await browser.tabs.create({ url: browser.runtime.getURL(SETUP_PAGE as '/') });
  return outcome;
}

/**
 * What was decided, for this browser session only (`storage.session` is kept in memory, and
 * content scripts cannot read it): the browser tests wait for it rather than for a time.
 */
async function remember(outcome: string): Promise<void> {
  await browser.storage.session?.set({ firstRun: outcome }).catch(() => undefined);
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
  return Object.keys(await readManagedStorage(INSTALL_POLICY_WAIT_MS)).length > 0;
}

/**
 * Right after the browser starts, Chrome answers a managed-storage read only once it has loaded
 * the policies (seconds on a busy machine), and the check must not take "no answer yet" for "no
 * policy": a school's staff would all get the setup page. Installing is not waiting on anything
 * else, so it can wait longer than the checks do; a teacher installing into a running browser
 * gets the answer at once.
 */
const INSTALL_POLICY_WAIT_MS = 30_000;
