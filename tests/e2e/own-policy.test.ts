import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { clausesFor } from '../../src/engine/clauses';
import type { Pack } from '../../src/engine/schemas/pack';
import { createTranslator } from '../../src/i18n/translator';
import { policyPath } from '../eval/policies';
import { convertPolicy, scannedPdf } from '../policies/make-files';
import { seriousViolations } from './support/axe';
import { EXTENSION_DIR } from './support/browser';
import { SCREENSHOTS } from './support/guard';
import { useSitesWithExtension } from './support/sites';
import { patience } from '../patience';

/**
 * "Use our school's own policy" on the options page, in Chromium with the built extension: a policy
 * saved as PDF and as .docx by LibreOffice (made here, now) is read in the page (pdf.js with the
 * extension's own worker file, mammoth), its clauses and mappings shown, one mapping changed by
 * picking another clause, and the pack saved as the school's: a draft tried afterwards quotes the
 * chosen clause. Bad files are refused in the page's language. The request log (checked after the
 * file, as for every browser test) proves the document went nowhere.
 */
const sites = useSitesWithExtension();
const cy = createTranslator('cy');
const en = createTranslator('en');

const stored = (key: string) =>
  sites.browser.worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k))[k], key);

let pdf: Buffer;
let docx: Buffer;
beforeAll(() => {
  pdf = convertPolicy(policyPath('gloucestershire'), 'pdf');
  docx = convertPolicy(policyPath('cadoxton-primary'), 'docx');
}, 300_000);

beforeEach(async () => {
  await sites.browser.worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear();
  });
});

async function openOptions(): Promise<Page> {
  const page = await sites.browser.context.newPage();
  await page.goto(`chrome-extension://${sites.browser.extensionId}/options.html`);
  await page.locator('[data-section="own-policy"] h2').waitFor();
  return page;
}

const section = (page: Page) => page.locator('[data-section="own-policy"]');

/** Chooses the file as a teacher does: the section's own button, then the browser's file chooser. */
async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, button = 'Choose a file…') {
  const chooser = page.waitForEvent('filechooser');
  await section(page).getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

describe('the school’s own policy, from its document', () => {
  test('a PDF: clauses and mappings shown, one mapping changed, saved as the school’s pack, and a draft quotes the chosen clause', async () => {
    const page = await openOptions();
    await page.setViewportSize({ width: 1200, height: 900 });
    await choose(page, { name: 'gloucestershire.pdf', mimeType: 'application/pdf', buffer: pdf });
    const found = section(page).locator('[data-part="policy-found"]');
    await expect.poll(() => found.textContent(), { timeout: patience(30_000) }).toMatch(/^Clauses found: \d+, in “gloucestershire\.pdf”\.$/);
    // pdf.js's worker is the extension's own file, not a CDN's: the page points it at a file in the
    // build, and that file is there (the request log, checked after the file, shows nothing else was fetched).
    // The page's own code may sit in any chunk (the policy reader loads after the page is drawn); pdf.js's
    // default "./pdf.worker.mjs" in its own chunk is what the page overrides, so only absolute paths count.
    const workerUrls = readdirSync(join(EXTENSION_DIR, 'chunks'))
      .flatMap((f) => readFileSync(join(EXTENSION_DIR, 'chunks', f), 'utf8').match(/["'`]\/[^"'`]*pdf\.worker[^"'`]*["'`]/g) ?? []);
    expect(workerUrls.length).toBeGreaterThan(0);
    for (const url of workerUrls) {
      expect(url).toMatch(/^["'`]\/assets\/pdf\.worker\.min-[\w-]+\.mjs["'`]$/);
      expect(existsSync(join(EXTENSION_DIR, url.slice(1, -1)))).toBe(true);
    }
    const rows = section(page).locator('[data-part="policy-mappings"] tbody tr');
    expect(await rows.count()).toBe(46);
    // The least sure first.
    const levels = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-level')));
    const rank = { none: 0, low: 1, medium: 2, high: 3 } as Record<string, number>;
    const ranks = levels.map((l) => rank[l!]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The clauses, as the policy words them.
    expect(await section(page).locator('[data-part="policy-clauses"] li[data-clause="7.4.3"] blockquote').textContent()).toBe('be deemed as derogatory towards the school and/or its employees;');

    const safeguarding = section(page).locator('tr[data-slot="confidential/safeguarding/warning"]');
    const select = safeguarding.getByRole('combobox', { name: 'Clause quoted for: Confidential matter (safeguarding), Warning' });
    expect(await select.inputValue()).toBe('8.1.4');
    expect(await safeguarding.locator('[data-part="evidence"]').textContent()).toContain('“personal information”');
    await select.selectOption('7.1');
    expect(await safeguarding.locator('[data-part="confidence"]').textContent()).toBe('Sure');
    // A safeguarding matter about a named child is high risk: that row is changed too.
    await section(page).locator('tr[data-slot="confidential/safeguarding/high"] select').selectOption('7.1');
    await section(page).getByLabel('Name of the policy, as staff know it').fill('Oakfield social media policy (Gloucestershire model)');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'options-own-policy.png'), fullPage: true });

    await section(page).getByRole('button', { name: 'Save as our school’s pack' }).click();
    await expect.poll(() => section(page).locator('[data-part="policy-saved"]').textContent()).toBe('Saved: findings now quote “Oakfield social media policy (Gloucestershire model)”.');
    const settings = (await stored('settings')) as { policy: string; customPack: Pack };
    expect(settings.policy).toBe(settings.customPack.id);
    expect(settings.customPack).toMatchObject({ name: 'Oakfield social media policy (Gloucestershire model)', sourceFile: 'gloucestershire.pdf', model: false });
    expect(clausesFor(settings.customPack, 'confidential', 'safeguarding', 'warning')[0]!.id).toBe('7.1');
    expect(clausesFor(settings.customPack, 'confidential', 'safeguarding', 'high').map((c) => c.id)).toEqual(['7.1', '8.1.4', '9.3']);
    expect(clausesFor(settings.customPack, 'confidential', 'identifiers', 'warning')[0]!.id).toBe('8.1.4');
    await expect.poll(() => page.getByLabel('Policy that findings cite').inputValue()).toBe(settings.customPack.id);

    // The saved pack is the one the engine cites: a draft tried on the same page quotes the clause chosen.
    await page.getByLabel('School name', { exact: true }).fill('Oakfield Primary School');
    await page.getByLabel('School name', { exact: true }).press('Enter');
    await page.getByLabel(/Type or paste a post/).fill('Another safeguarding referral for a child in my class today, exhausted');
    const clause = page.locator('[data-section="try"] [data-part="panel"] li[data-category="confidential"] [data-clause]').first();
    await expect.poll(() => clause.getAttribute('data-clause')).toBe('7.1');
    await page.close();
  });

  test('a .docx in Welsh: the page reads it and speaks Welsh; axe finds nothing serious in either language', async () => {
    const page = await openOptions();
    await page.locator('[data-part="language"]').selectOption('cy');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('cy');
    await choose(page, { name: 'cadoxton.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx }, cy.t('options_choose_file'));
    const found = section(page).locator('[data-part="policy-found"]');
    await expect.poll(() => found.textContent(), { timeout: patience(30_000) }).toMatch(/^Cymalau a ganfuwyd: \d+, yn “cadoxton\.docx”\.$/);
    expect(await section(page).locator('h2').textContent()).toBe(cy.t('options_own_policy_title'));
    expect(await section(page).locator('tr[data-slot="pupil-image/faces/warning"] select').inputValue()).toBe('7');
    expect(await section(page).locator('tr[data-slot="derogatory/about-staff/high"] select').inputValue()).toBe('4');
    await section(page).locator('[data-part="policy-clauses"]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await seriousViolations(page), 'Welsh').toEqual([]);
    await page.locator('[data-part="language"]').selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await seriousViolations(page), 'English').toEqual([]);
    await page.close();
  });

  test('bad files are refused with what to do, in the page’s language, and nothing is saved', async () => {
    const page = await openOptions();
    const error = section(page).locator('[data-part="policy-error"]');
    await choose(page, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: scannedPdf() });
    await expect.poll(() => error.textContent(), { timeout: patience(30_000) }).toBe(`“scan.pdf” could not be used: ${en.t('options_own_policy_problem_scanned_pdf')}`);
    expect(await error.getAttribute('role')).toBe('alert');
    await choose(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Shopping: milk, bread, eggs.\nRing the garage about the MOT.\n') });
    await expect.poll(() => error.textContent()).toBe(`“notes.txt” could not be used: ${en.t('options_own_policy_problem_not_policy')}`);
    await page.locator('[data-part="language"]').selectOption('cy');
    await choose(page, { name: 'policy.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }, cy.t('options_choose_file'));
    await expect.poll(() => error.textContent()).toBe(`Nid oedd modd defnyddio “policy.doc”: ${cy.t('options_own_policy_problem_old_word')}`);
    expect(await stored('settings')).toBeUndefined();
    await page.close();
  });
});
