import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFirstRun } from '../../src/background/first-run';

/**
 * First run, with WXT's fake browser: installing opens the setup page once; an update, or the
 * browser updating, opens nothing; a school that pushes settings through policy, or installed the
 * extension itself, gets no setup page on its staff's machines. (tests/e2e/first-run.test.ts does
 * the same in Chromium, with a real install, a real update and a real policy file.)
 */
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** What the school's policy holds (the fake browser's managed storage cannot be written). */
const managedHolds = (values: Record<string, unknown>) => vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((async () => values) as never);

const outcome = async () => {
  await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get('firstRun')).firstRun).toBeDefined());
  return (await fakeBrowser.storage.session.get('firstRun')).firstRun;
};
// The fake browser starts with one blank tab.
const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url !== undefined);

test('installing opens the setup page', async () => {
  managedHolds({});
  startFirstRun();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  expect(await outcome()).toBe('opened');
  expect(await tabUrls()).toEqual([fakeBrowser.runtime.getURL('/setup.html')]);
});

test.each(['update', 'chrome_update'] as const)('%s opens nothing', async (reason) => {
  startFirstRun();
  await fakeBrowser.runtime.onInstalled.trigger(reason === 'update' ? { reason, previousVersion: '0.0.9' } : { reason });
  expect(await outcome()).toBe(`not-opened: ${reason}`);
  expect(await tabUrls()).toEqual([]);
});

test('installing opens nothing when the school pushes settings through policy', async () => {
  managedHolds({ schoolName: 'Westacre Infant School' });
  startFirstRun();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  expect(await outcome()).toBe('managed');
  expect(await tabUrls()).toEqual([]);
});

test('installing opens nothing when the school installed the extension through policy', async () => {
  managedHolds({});
  (fakeBrowser as unknown as { management: { getSelf(): Promise<unknown> } }).management.getSelf = async () => ({ installType: 'admin' });
  startFirstRun();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  expect(await outcome()).toBe('managed');
  expect(await tabUrls()).toEqual([]);
});
