import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hashRoster } from '../../src/engine/hash-roster';
import { BROWSER, IN_FIREFOX, extensionOrigin, launchWithExtension, outsideRequests, type ExtensionBrowser } from './support/browser';
import { FIREFOX_UUID, GECKO_ID } from './support/firefox';
import { lockedFieldsSeen, watchLockedFields } from './support/locked-fields';
import { SCREENSHOTS, guardOf, openPanel, shown } from './support/guard';
import { FIXTURE_ORIGINS, SITE_URLS, composer, openSite, serveSites } from './support/sites';
import { patience } from '../patience';

/**
 * School-managed deployment for real: a policy file in Chromium's managed-policy folder (in Firefox,
 * the "3rdparty" section of its policies.json), for the extension's fixed id, read by the built
 * extension through `storage.managed`. The school's values apply over the teacher's (a hashed roster
 * included), the options page shows them locked, and the values that are wrong are explained while
 * the rest still apply. CI runs as root, which writing under /etc needs; the file is removed (in
 * Firefox, a policies.json that was there before is put back) afterwards.
 */
const SCHOOL_POLICY = {
  schoolName: 'Westacre Infant School',
  // The school's roster as hashes: Tyler Brooks and Maisie Clarke are nowhere in the policy file.
  hashedRoster: hashRoster(['Tyler Brooks', 'Maisie Clarke'], 'westacre-2026-f3b9c1d7e2').roster,
  pupilNames: ['Jayden Okafor'],
  // Two mistakes an IT team can make that Chrome's schema check lets through: both must be explained.
  policy: 'westacre',
  locked: ['schoolName', 'pupilNames', 'sites', 'schoolname'],
  extraConfidentialTerms: ['Operation Acorn'],
  sites: { x: true },
};

/**
 * Where each browser reads a school's policy, and the extension id the policy names: the manifest
 * `key` fixes Chromium's (wxt.config.ts); Firefox names the add-on by its gecko id, and the tests'
 * moz-extension UUID is fixed by a preference (support/firefox.ts). Debian's Firefox ESR reads
 * /etc/firefox/policies/policies.json, where `Extensions` in "3rdparty" is keyed by the add-on id.
 */
const DEPLOYMENT = IN_FIREFOX
  ? {
      file: '/etc/firefox/policies/policies.json',
      policyId: GECKO_ID,
      extensionId: FIREFOX_UUID,
      contents: { policies: { '3rdparty': { Extensions: { [GECKO_ID]: SCHOOL_POLICY } } } },
    }
  : {
      file: '/etc/chromium/policies/managed/school-post-guardrail-test.json',
      policyId: 'obemlbpbmpefcchmadifananacdglbip',
      extensionId: 'obemlbpbmpefcchmadifananacdglbip',
      contents: { '3rdparty': { extensions: { obemlbpbmpefcchmadifananacdglbip: SCHOOL_POLICY } } },
    };
const POLICY_FILE = DEPLOYMENT.file;
/** A policies.json that was there before the test (Firefox has one file for every policy), put back afterwards. */
let before: string | undefined;

let browser: ExtensionBrowser;

beforeAll(async () => {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    if (existsSync(POLICY_FILE)) before = readFileSync(POLICY_FILE, 'utf8');
    writeFileSync(POLICY_FILE, JSON.stringify(DEPLOYMENT.contents, null, 2));
  } catch (error) {
    throw new Error(
      `THE MANAGED-POLICY TEST CANNOT RUN: writing ${POLICY_FILE} failed (${(error as Error).message}). ` +
        'It needs root, as in CI (sudo npm test, or run .ci/run). School-managed deployment is NOT verified by this run.',
    );
  }
  browser = await launchWithExtension();
  await serveSites(browser.context);
  // The browser reads the policy a moment after start.
  const readSchoolName = () =>
    browser.worker.evaluate(async () => {
      try {
        return (await (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get()).schoolName;
      } catch (error) {
        return String(error); // Firefox rejects until a policy for the add-on exists
      }
    });
  let seen: unknown;
  const deadline = Date.now() + 20_000;
  while ((seen = await readSchoolName()) !== 'Westacre Infant School') {
    if (Date.now() > deadline) throw new Error(`${BROWSER} did not hand the policy in ${POLICY_FILE} to the extension ${DEPLOYMENT.policyId} within 20 s (it read: ${String(seen)})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

afterAll(async () => {
  if (before === undefined) rmSync(POLICY_FILE, { force: true });
  else writeFileSync(POLICY_FILE, before);
  if (!browser) return;
  try {
    expect(outsideRequests(browser.requests, browser.extensionId, FIXTURE_ORIGINS)).toEqual([]);
  } finally {
    await browser.close();
  }
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${extensionOrigin(browser.extensionId)}options.html`);
  await page.getByLabel('School name').waitFor();
  return page;
}

const EXPECTED_PROBLEMS = [
  expect.stringMatching(/^locked\[3\]: unknown setting "schoolname"; expected "\*" or one of schoolName, /),
  expect.stringMatching(/^policy: unknown policy "westacre"; choose one of generic-uk, .*; the default policy is used$/),
];

describe('a school’s browser policy', () => {
  test('the extension has the fixed id the policy names', () => {
    expect(browser.extensionId).toBe(DEPLOYMENT.extensionId);
  });

  test('installed where the school manages it, nothing opens: no setup page (src/background/first-run.ts)', () => {
    // The launch waited for the background's decision at install; it would have closed a setup tab.
    expect(browser.firstRun).toBe('managed');
  });

  test('a composer flags the school and pupils from the policy, the hashed roster included, and explains the bad values', async () => {
    const page = await browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    const editor = composer(page, 'x-inline').locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await page.keyboard.type('Tyler Brooks and Jayden Okafor were stars at Westacre Infants sports day! Operation Acorn starts Monday.');
    const panel = await openPanel(await guardOf(editor));
    await expect.poll(() => shown(panel)).toEqual(['pupil-name/high', 'pupil-name/high', 'school-name/warning', 'confidential/high']);
    expect(await panel.locator('li[data-category="pupil-name"] .match').allTextContents()).toEqual(['Tyler Brooks', 'Jayden Okafor']);
    expect(await panel.locator('[data-part="managed-notice"]').textContent()).toBe('Some settings are set by your school.');
    expect(await panel.locator('[data-part="school-problems"] li').allTextContents()).toEqual(EXPECTED_PROBLEMS);
    // The hashed roster stays hashed all the way: the page never learns which pupil number matched, nor any name.
    expect(await page.content()).not.toContain('Maisie');
    await panel.screenshot({ path: join(SCREENSHOTS, 'managed-panel.png') });
    await page.close();
  });

  test('the options page shows the school’s settings as set by the school, and cannot change them', async () => {
    const page = await openOptions();
    const name = page.getByLabel(/School name/);
    await expect.poll(() => name.inputValue()).toBe('Westacre Infant School');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('[data-section="school"] [data-part="school-badge"]').first().textContent()).toBe('Set by your school');
    const pupils = page.locator('[data-section="pupilNames"]');
    expect(await pupils.locator('h2 [data-part="school-badge"]').textContent()).toBe('Set by your school');
    expect(await pupils.locator('[data-part="count"]').textContent()).toBe('1 pupil from your school; 0 pupils added by you.');
    expect(await pupils.locator('[data-part="hashed-count"]').textContent()).toContain('2 pupils, matched by their hashes');
    expect(await pupils.getByText('Your school has locked this list.').count()).toBe(1);
    expect(await pupils.getByLabel('Import a CSV or spreadsheet export').count()).toBe(0);
    for (const site of ['Facebook', 'Instagram', 'X (Twitter)', 'LinkedIn']) expect(await page.getByRole('checkbox', { name: site }).isDisabled()).toBe(true);
    expect(await page.locator('[data-part="school-problems"] li').allTextContents()).toEqual(EXPECTED_PROBLEMS);
    expect(await page.locator('[data-part="managed-notice"]').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'managed-options.png'), fullPage: true });
    await page.close();
  });

  test('the settings the school sets or locks are never editable, not even in the moment before its policy is read', async () => {
    // The background keeps the names of the settings the school's policy sets or locks (never their
    // values), for the settings page to hold them until the policy is handed over (src/settings/school-fields.ts).
    const kept = () =>
      browser.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('schoolFields')).schoolFields ?? null);
    await expect.poll(kept, { timeout: patience(30_000) }).toEqual(['schoolName', 'pupilNames', 'hashedRoster', 'policy', 'extraConfidentialTerms', 'sites']);
    const page = await browser.context.newPage();
    // From before the page's own script runs: every moment one of them could be changed. (Firefox runs
    // no WebDriver BiDi preload script in a moz-extension: page: there only what is kept, and the page
    // once the policy is read, are checked.)
    if (!IN_FIREFOX)
      await watchLockedFields(page, { pupilNames: true });
    await page.goto(`${extensionOrigin(browser.extensionId)}options.html`);
    await expect.poll(() => page.getByLabel(/School name/).inputValue()).toBe('Westacre Infant School');
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('guardrail-school-policy-read').length)).toBe(1);
    if (!IN_FIREFOX) expect(await lockedFieldsSeen(page)).toEqual({ drawn: true, editable: [] });
    expect(await page.getByLabel(/School name/).getAttribute('readonly')).not.toBeNull();
    // Once it is read, what the school allows can be changed again: its extra terms take the teacher's own beside them.
    expect(await page.locator('[data-part="terms"] textarea').count()).toBe(1);
    await page.close();
  });

  test('where the school allows, the teacher adds their own: an extra term beside the school’s', async () => {
    const page = await openOptions();
    const terms = page.locator('[data-part="terms"]');
    // The page is drawn before the browser hands over the school's policy: its entries appear when it does.
    await expect.poll(() => terms.locator('.school-entries li').allTextContents()).toEqual(['Operation Acorn']);
    await terms.locator('textarea').fill('Project Phoenix');
    await terms.getByRole('button', { name: 'Save' }).click();
    await page.getByLabel(/Type or paste a post/).fill('Operation Acorn and Project Phoenix are on');
    const result = page.locator('[data-section="try"] [data-part="panel"]');
    await expect.poll(() => result.locator('li[data-category="confidential"] .match').allTextContents()).toEqual(['Operation Acorn', 'Project Phoenix']);
    await page.close();
  });
});
