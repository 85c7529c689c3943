import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchWithExtension, outsideRequests, type ExtensionBrowser, type LaunchOptions } from './support/browser';
import { lockedFieldsSeen, watchLockedFields } from './support/locked-fields';
import { SCREENSHOTS } from './support/guard';
import { patience } from '../patience';

/**
 * First run and the settings page's speed, in Chromium with the built extension, each case in a
 * browser started for it (a fresh profile is a fresh install):
 * - installed: the setup page opens by itself, and a teacher gets through it (school and policy,
 *   roster, a draft tried) (an update opening nothing: tests/unit/first-run.test.ts);
 * - installed where the school manages it through policy: nothing opens;
 * - the settings page is usable at once, first opening after the browser starts and on a reload:
 *   the figures are printed (README), measured by the page's own performance marks.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'school-post-guardrail-first-run-test.json');
const EXTENSION_ID = 'obemlbpbmpefcchmadifananacdglbip';

const opened: ExtensionBrowser[] = [];
afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  for (const browser of opened) {
    try {
      expect(outsideRequests(browser.requests, browser.extensionId, [])).toEqual([]);
    } finally {
      await browser.close();
    }
  }
});

async function launch(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension(undefined, options);
  opened.push(browser);
  return browser;
}

const setupPages = (context: BrowserContext) => context.pages().filter((page) => page.url().endsWith('/setup.html'));

async function waitForSetupPage(context: BrowserContext): Promise<Page> {
  const existing = setupPages(context)[0];
  if (existing) return existing;
  return context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/setup.html'), timeout: patience(30_000) });
}

/** What the background decided at install (src/background/first-run.ts), kept for the browser session. */
const firstRunOutcome = (browser: ExtensionBrowser) =>
  browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await chrome.storage.session.get('firstRun')).firstRun ?? null;
  });

/** Milliseconds from the start of the page's navigation to a performance mark the options page sets. */
const markTime = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name);

describe('first run', () => {
  test('installing opens the setup page; a teacher sets up school, policy and roster and tries a draft; the settings page is usable at once', async () => {
    // This test takes the first run on itself: the launch neither waits for the setup page nor closes it.
    const browser = await launch({ ownFirstRun: true });
    // The settings page, first opened right after the browser started.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('School name').waitFor();
    await expect.poll(() => markTime(options, 'guardrail-settings-usable')).not.toBeNull();
    const first = (await markTime(options, 'guardrail-settings-usable'))!;
    const firstScript = (await markTime(options, 'guardrail-settings-script'))!;
    // Drawn first from a quick read of what is stored; every value checked with its schema a moment later.
    await expect.poll(() => markTime(options, 'guardrail-settings-checked')).not.toBeNull();
    const firstChecked = (await markTime(options, 'guardrail-settings-checked'))!;
    // Chrome answers once its policies are loaded (seconds after start, longer on a busy machine); the page
    // waits for that answer, up to 65 s, rather than take "no answer yet" for "no policy" (use-settings.ts).
    await expect.poll(() => markTime(options, 'guardrail-school-policy-read'), { timeout: patience(70_000) }).not.toBeNull();
    const firstPolicy = (await markTime(options, 'guardrail-school-policy-read'))!;
    await options.reload();
    await options.getByLabel('School name').waitFor();
    await expect.poll(() => markTime(options, 'guardrail-settings-usable')).not.toBeNull();
    const reload = (await markTime(options, 'guardrail-settings-usable'))!;
    const reloadScript = (await markTime(options, 'guardrail-settings-script'))!;
    await expect.poll(() => markTime(options, 'guardrail-settings-checked')).not.toBeNull();
    const reloadChecked = (await markTime(options, 'guardrail-settings-checked'))!;
    console.log(
      `settings page usable after: ${first.toFixed(0)} ms on first opening after the browser started (its script loaded after ${firstScript.toFixed(0)} ms; every value checked after ${firstChecked.toFixed(0)} ms; the school's policy read after ${firstPolicy.toFixed(0)} ms), ` +
        `${reload.toFixed(0)} ms on a reload (script loaded after ${reloadScript.toFixed(0)} ms; checked after ${reloadChecked.toFixed(0)} ms)`,
    );
    // Before issue 14 the page drew nothing until the school's policy was read, which right after the
    // browser starts takes Chrome seconds: now it is drawn from what is stored first. (Not a timing
    // test: the figures are printed for the README; the order of the two marks is what is checked.)
    expect(first).toBeLessThan(firstPolicy);
    expect(first).toBeLessThan(firstChecked);
    await options.close();

    // The install decision waits for the browser's managed-storage answer, which right after start-up on a
    // machine at load 15–20 took over 20 s (main as well): wait for the condition, with room to spare.
    await expect.poll(() => firstRunOutcome(browser), { timeout: patience(60_000) }).toBe('opened');
    const setup = await waitForSetupPage(browser.context);
    await setup.getByLabel('School name').waitFor();
    expect(await setup.locator('h1').textContent()).toBe('Set up School Post Guardrail');
    expect(await setup.locator('[data-part="steps"] li').count()).toBe(3);
    expect(await seriousViolations(setup)).toEqual([]);

    await setup.getByLabel('School name').fill('Llanfair Primary School');
    await setup.getByLabel('School name').press('Enter');
    await setup.getByLabel('Policy that findings cite').selectOption('cadoxton-primary');
    const pupils = setup.locator('[data-section="pupilNames"]');
    await pupils.getByLabel('Import a CSV or spreadsheet export').setInputFiles({
      name: 'class.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First name,Surname\r\nGethin,Morgan\r\nAmira,Khan\r\n'),
    });
    await expect.poll(() => pupils.locator('[data-part="imported-count"]').textContent()).toBe('2 names added');
    await setup.getByLabel(/Type or paste a post/).fill('Gethin Morgan was brilliant in the Llanfair Primary concert');
    const panel = setup.locator('[data-section="try"] [data-part="panel"]');
    await expect.poll(() => panel.locator('[data-part="listed"]').textContent(), { timeout: patience(15_000) }).toBe('Matched on your lists: Gethin Morgan.');
    const stored = await browser.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } } }).chrome;
      return chrome.storage.local.get(['settings', 'roster']);
    });
    expect(stored).toMatchObject({ settings: { schoolName: 'Llanfair Primary School', policy: 'cadoxton-primary' }, roster: { pupilNames: ['Gethin Morgan', 'Amira Khan'] } });
    await setup.screenshot({ path: `${SCREENSHOTS}setup-en.png`, fullPage: true });

    // "Open all the settings" leads on to the options page.
    const more = browser.context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/options.html') });
    await setup.locator('[data-action="open-settings"]').click();
    await (await more).close();
    await setup.close();

    // An update opening nothing is checked with WXT's fake browser (tests/unit/first-run.test.ts):
    // here, after chrome.runtime.reload() the reloaded extension's background never answered
    // (no new service worker within 30 s, and its pages read nothing from storage.session), so
    // a browser check of the update path could not be made to work this session (README "First run").
  }, 180_000); // a whole setup in a browser just started, with room for a busy machine

  test('when the school manages the extension through policy, installing opens nothing', async () => {
    try {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { schoolName: 'Westacre Infant School' } } } }));
    } catch (error) {
      throw new Error(`THE MANAGED FIRST-RUN TEST CANNOT RUN: writing ${POLICY_FILE} failed (${(error as Error).message}); it needs root, as in CI.`);
    }
    // The launch waits for the background's decision at install (and would close a setup page).
    const browser = await launch();
    expect(browser.firstRun).toBe('managed');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByLabel('School name').inputValue(), { timeout: patience(20_000) }).toBe('Westacre Infant School');
    expect(setupPages(browser.context)).toEqual([]);
    rmSync(POLICY_FILE, { force: true });
  });

  test('the browser restarted where the school manages it: what the school sets is never editable before the browser hands over its policy', async () => {
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { schoolName: 'Westacre Infant School', locked: ['sites'] } } } }));
    const profile = mkdtempSync(join(tmpdir(), 'guardrail-restart-'));
    try {
      const installed = await launch({ profile });
      expect(installed.firstRun).toBe('managed');
      // The background keeps the names of what the school sets or locks (src/settings/school-fields.ts).
      const kept = () =>
        installed.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('schoolFields')).schoolFields ?? null);
      await expect.poll(kept, { timeout: patience(30_000) }).toEqual(['schoolName', 'sites']);
      await installed.close();
      // Started again on the same profile: right after start-up Chrome answers a managed-storage read only
      // once its policies are loaded, seconds later, and the page is drawn before that.
      const restarted = await launch({ profile, ownFirstRun: true });
      const page = await restarted.context.newPage();
      await watchLockedFields(page);
      await page.goto(`chrome-extension://${restarted.extensionId}/options.html`);
      await expect.poll(() => page.getByLabel(/School name/).inputValue(), { timeout: patience(70_000) }).toBe('Westacre Infant School');
      await expect.poll(() => markTime(page, 'guardrail-school-policy-read'), { timeout: patience(70_000) }).not.toBeNull();
      // Drawn before the policy arrived (so the moment before it was there to watch), and nothing the school sets editable in it.
      expect((await markTime(page, 'guardrail-settings-usable'))!).toBeLessThan((await markTime(page, 'guardrail-school-policy-read'))!);
      expect(await lockedFieldsSeen(page)).toEqual({ drawn: true, editable: [] });
    } finally {
      rmSync(POLICY_FILE, { force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);
});
