import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clausesFor } from '../../src/engine/clauses';
import { PACKS } from '../../src/engine/rules';
import { createTranslator } from '../../src/i18n/translator';
import { seriousViolations } from './support/axe';
import { IN_FIREFOX, extensionOrigin } from './support/browser';
import { SCREENSHOTS, guardOf, indicator, openPanel, shown } from './support/guard';
import { SITE_URLS, composer, openSite, useSitesWithExtension } from './support/sites';

/**
 * The options page in Chromium (and Firefox), as a teacher sets up: the school's name with the spellings it
 * will catch, a roster imported from a CSV (counts, duplicates, rejected rows by line), a policy
 * and the school's own pack, per-site switches, and a draft tried with the same engine and the
 * same finding list as the in-page panel. Then the page in Welsh, its way to the induction demo,
 * and axe-core in both languages.
 */
const sites = useSitesWithExtension();

const clearStorage = () =>
  sites.browser.worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear();
  });
const stored = (key: string) =>
  sites.browser.worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k))[k], key);

async function openOptions(): Promise<Page> {
  const page = await sites.browser.context.newPage();
  await page.goto(`${extensionOrigin(sites.browser.extensionId)}options.html`);
  await page.getByLabel('School name').waitFor();
  return page;
}

/**
 * Records, from before the page's own script runs, every moment a control that must wait was
 * editable while the page was still drawn from its quick first read (`data-settings-checked`
 * false), and whether the school's name could be typed in then.
 */
function recordBeforeChecked() {
  const record = { sawUnchecked: false, schoolNameEditable: false, waitingEditable: [] as string[] };
  (window as unknown as { beforeChecked: typeof record }).beforeChecked = record;
  const check = () => {
    if (!document.querySelector('main[data-settings-checked="false"]')) return;
    record.sawUnchecked = true;
    const name = document.querySelector<HTMLInputElement>('[data-section="school"] input[type="text"]');
    if (name && !name.readOnly) record.schoolNameEditable = true;
    if (document.querySelector('[data-section="pupilNames"] textarea')) record.waitingEditable.push('pupil names could be added to');
    const policy = document.querySelector<HTMLSelectElement>('[data-section="policy"] select');
    if (policy && !policy.disabled) record.waitingEditable.push('the policy could be chosen');
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

async function setSchool(page: Page, name: string) {
  await page.getByLabel('School name').fill(name);
  await page.getByLabel('School name').press('Enter');
  await expect.poll(() => stored('settings')).toMatchObject({ schoolName: name });
}

const pupils = (page: Page) => page.locator('[data-section="pupilNames"]');
const tryResult = (page: Page) => page.locator('[data-section="try"] [data-part="panel"]');

const ROSTER_CSV = [
  'UPN,Legal Forename,Legal Surname,Year',
  'A1,Amira,Khan,3',
  'A2,Lily-Mae,Thomas,3',
  '',
  'A3,,Davies,4',
  'A4,Siân,O\'Brien,4',
  'A5,amira,khan,3',
  'A6,Zoë,Clarke,5',
].join('\r\n');

beforeEach(async () => {
  await clearStorage();
});

describe('setting up in two minutes', () => {
  test('with nothing saved the page says the demo school is in use; the school name shows the spellings caught', async () => {
    const page = await openOptions();
    await expect.poll(() => page.locator('[data-part="demo-notice"]').textContent()).toContain('demo school');
    await page.getByLabel('School name').fill('Oakfield Primary School');
    const variants = page.locator('[data-part="variants"] code');
    await expect.poll(() => variants.allTextContents()).toEqual(expect.arrayContaining(['Oakfield Primary', '#OakfieldPrimarySchool', '@oakfield_ps', 'Ysgol Gynradd Oakfield']));
    await page.getByLabel('School name').press('Enter');
    await expect.poll(() => page.locator('[data-part="demo-notice"]').count()).toBe(0);
    await page.close();
  });

  test('a damaged saved value cannot be changed until it is checked, then it is explained; the good ones can be changed at once; opening the page writes nothing', async () => {
    const saved = {
      settings: { schoolName: 'Oakfield Primary School', policy: 'westacre', extraConfidentialTerms: ['Project Phoenix'] },
      roster: { pupilNames: ['Amira Khan', 'Zoë\nClarke'] },
    };
    await sites.browser.worker.evaluate(
      (values) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(values),
      // Stored at the current version, as the page saves them (a version-1 value would be moved by the migration first).
      { ...saved, settings$: { v: 2 }, roster$: { v: 1 } },
    );
    const page = await sites.browser.context.newPage();
    // Firefox runs no WebDriver BiDi preload script in a moz-extension: page, so the moment before the
    // check is watched in Chromium only; what follows it is checked in both.
    if (!IN_FIREFOX) await page.addInitScript(recordBeforeChecked);
    await page.goto(`${extensionOrigin(sites.browser.extensionId)}options.html`);
    await expect.poll(() => page.locator('[data-part="saved-problems"] li').allTextContents()).toEqual([
      'pupilNames[1]: a pupil name must be on one line (one name per entry); this entry is ignored',
      expect.stringMatching(/^policy: unknown policy "westacre"; choose one of generic-uk, .*; the default policy is used$/),
    ]);
    if (!IN_FIREFOX) {
      const before = await page.evaluate(() => (window as unknown as { beforeChecked: { sawUnchecked: boolean; schoolNameEditable: boolean; waitingEditable: string[] } }).beforeChecked);
      expect(before).toEqual({ sawUnchecked: true, schoolNameEditable: true, waitingEditable: [] });
    }
    // Checked: the good pupil kept, the list can be added to again, the policy chosen.
    expect(await pupils(page).locator('[data-part="count"]').textContent()).toBe('1 pupil added by you.');
    expect(await pupils(page).getByLabel('Or paste names, one per line').count()).toBe(1);
    expect(await page.getByLabel('Policy that findings cite').isDisabled()).toBe(false);
    expect(await page.locator('[data-part="school-badge"][data-pending]').count()).toBe(0);
    // Nothing was written back: the damaged values are stored as they were, for the teacher to put right.
    expect(await stored('settings')).toEqual(saved.settings);
    expect(await stored('roster')).toEqual(saved.roster);
    await page.close();
  });

  test('a CSV export is imported: counts, duplicates and each rejected row with its line; export and clear', async () => {
    const page = await openOptions();
    await setSchool(page, 'Oakfield Primary School');
    await pupils(page).getByLabel('Import a CSV or spreadsheet export').setInputFiles({ name: 'year3-5.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${ROSTER_CSV}`) });
    const report = pupils(page).locator('[data-part="import-report"]');
    await expect.poll(() => report.locator('[data-part="imported-count"]').textContent()).toBe('4 names added');
    expect(await report.textContent()).toContain('first name from “Legal Forename”, last name from “Legal Surname”');
    expect(await report.locator('[data-part="duplicates"] summary').textContent()).toBe('1 duplicate row skipped');
    expect(await report.locator('[data-part="rejected"] li').allTextContents()).toEqual(['Line 5: the first-name cell is empty (“A3, , Davies, 4”)']);
    await expect.poll(() => stored('roster')).toEqual({ pupilNames: ['Amira Khan', 'Lily-Mae Thomas', "Siân O'Brien", 'Zoë Clarke'] });
    expect(await pupils(page).locator('[data-part="count"]').textContent()).toBe('4 pupils added by you.');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'options-roster-import.png'), fullPage: true });

    // Pasting adds to the roster; a name already on it is not added twice.
    await pupils(page).getByLabel(/Or paste names/).fill('Oliver Hughes\nAmira Khan\n');
    await pupils(page).getByRole('button', { name: 'Add names' }).click();
    await expect.poll(() => report.locator('[data-part="imported-count"]').textContent()).toBe('1 name added');

    // The export, as a file saved by the browser: puppeteer-core cannot receive downloads over WebDriver BiDi (README "Firefox").
    if (!IN_FIREFOX) {
      const download = page.waitForEvent('download');
      await pupils(page).getByRole('button', { name: 'Export CSV' }).click();
      const file = readFileSync(await (await download).path(), 'utf8');
      expect(file).toBe('\uFEFFName\r\nAmira Khan\r\nLily-Mae Thomas\r\nSiân O\'Brien\r\nZoë Clarke\r\nOliver Hughes\r\n');
    }

    await pupils(page).getByRole('button', { name: 'Clear…' }).click();
    await pupils(page).getByRole('button', { name: 'Remove all' }).click();
    await expect.poll(() => stored('roster')).toEqual({});
    await page.close();
  });

  test('a workbook is refused with what to do instead, and the roster is untouched', async () => {
    const page = await openOptions();
    await pupils(page).getByLabel('Import a CSV or spreadsheet export').setInputFiles({ name: 'roster.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000rest') });
    await expect.poll(() => pupils(page).locator('[data-part="import-error"]').textContent()).toContain('save it as CSV');
    expect(await stored('roster')).toBeUndefined();
    await page.close();
  });

  test('try a draft: the findings, the clause and the roster entry matched, as the panel shows them; switching policy changes the clause', async () => {
    const page = await openOptions();
    await setSchool(page, 'Oakfield Primary School');
    await pupils(page).getByLabel(/Or paste names/).fill('Amira Khan');
    await pupils(page).getByRole('button', { name: 'Add names' }).click();
    await expect.poll(() => stored('roster')).toEqual({ pupilNames: ['Amira Khan'] });
    await page.getByLabel(/Type or paste a post/).fill('So proud of Amira at sports day with Oakfield Primary today');
    await expect.poll(() => shown(tryResult(page))).toEqual(['pupil-name/high', 'school-name/warning']);
    expect(await tryResult(page).locator('[data-part="listed"]').textContent()).toBe('Matched on your lists: Amira Khan.');
    const pupilClause = () => tryResult(page).locator('li[data-category="pupil-name"] [data-clause]').first().getAttribute('data-clause');
    expect(await pupilClause()).toBe(clausesFor(PACKS.get('generic-uk')!, 'pupil-name', 'roster', 'high')[0]!.id);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-try-a-draft.png'), fullPage: true });

    await page.getByLabel('Policy that findings cite').selectOption('cadoxton-primary');
    await expect.poll(pupilClause).toBe(clausesFor(PACKS.get('cadoxton-primary')!, 'pupil-name', 'roster', 'high')[0]!.id);
    await page.close();
  });

  test('the school’s own pack: a broken file is explained by line and field; a good one is loaded and chosen', async () => {
    const page = await openOptions();
    const pack = JSON.parse(readFileSync(new URL('../../rules/packs/generic-uk.json', import.meta.url), 'utf8'));
    const yaml = (await import('yaml')).stringify({ ...pack, id: 'oakfield-2026', name: 'Oakfield social media policy 2026', clauses: pack.clauses.map((c: { text: string }, i: number) => (i === 2 ? { ...c, text: 'short' } : c)) });
    const input = page.getByLabel(/Load your school’s own policy pack/);
    await input.setInputFiles({ name: 'oakfield.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    const problems = page.locator('[data-part="pack-problems"] li');
    await expect.poll(() => problems.allTextContents()).toEqual([expect.stringMatching(/^“oakfield\.yaml”, line \d+, clauses\[2\]\.text: /)]);
    await input.setInputFiles({ name: 'oakfield.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...pack, id: 'oakfield-2026', name: 'Oakfield social media policy 2026' })) });
    await expect.poll(() => page.getByLabel('Policy that findings cite').inputValue()).toBe('oakfield-2026');
    expect(await stored('settings')).toMatchObject({ policy: 'oakfield-2026', customPack: { id: 'oakfield-2026' } });
    await page.close();
  });

  test('switching a site off removes the checks there at once; switching it back on restores them', async () => {
    const options = await openOptions();
    await setSchool(options, 'Oakfield Primary School');
    const site = await sites.browser.context.newPage();
    await openSite(site, SITE_URLS.xHome);
    const editor = composer(site, 'x-inline').locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await site.keyboard.type('Sports day at Oakfield Primary');
    const guard = await guardOf(editor);
    await expect.poll(() => indicator(guard).getAttribute('data-state')).toBe('findings');

    await options.bringToFront();
    await options.getByRole('checkbox', { name: 'X (Twitter)' }).uncheck();
    await expect.poll(() => stored('settings')).toMatchObject({ sites: { x: false } });
    await expect.poll(() => site.locator('school-post-guardrail').count()).toBe(0);

    await options.getByRole('checkbox', { name: 'X (Twitter)' }).check();
    await site.bringToFront();
    await editor.click();
    await expect.poll(async () => (await site.locator('school-post-guardrail').count()) > 0).toBe(true);
    const back = await guardOf(editor);
    expect(await shown(await openPanel(back))).toEqual(['school-name/warning']);
    await site.close();
    await options.close();
  });
});

const cy = createTranslator('cy');
const language = (page: Page) => page.locator('[data-part="language"]');

/** A page with something in every part: the school's spellings, an import report with a rejected row, a draft's findings. */
async function fillIn(page: Page, schoolLabel: string) {
  await page.getByLabel(schoolLabel).fill('Oakfield Primary School');
  await page.getByLabel(schoolLabel).press('Enter');
  await expect.poll(() => stored('settings')).toMatchObject({ schoolName: 'Oakfield Primary School' });
  await pupils(page).locator('[data-part="import-file"]').setInputFiles({ name: 'year3-5.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER_CSV) });
  await pupils(page).locator('[data-part="import-report"]').waitFor();
  await page.locator('[data-section="try"] textarea').fill('So proud of Amira at sports day with Oakfield Primary today');
  await tryResult(page).waitFor();
}

describe('in Welsh', () => {
  test('choosing Cymraeg turns the whole page Welsh at once, and the choice is stored; back to the browser’s language is English', async () => {
    const page = await openOptions();
    await page.setViewportSize({ width: 1024, height: 900 });
    await fillIn(page, 'School name');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('School Post Guardrail: settings');

    await language(page).selectOption('cy');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await stored('language')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe('Gwarchodwr Postio Ysgol: gosodiadau');
    expect(await page.title()).toBe('Gwarchodwr Postio Ysgol: gosodiadau');
    await page.getByLabel('Enw’r ysgol').waitFor();
    expect((await pupils(page).locator('h2').textContent())?.trim()).toBe('Rhestr disgyblion');
    expect(await pupils(page).locator('[data-part="count"]').textContent()).toBe('Ychwanegwyd gennych chi: 4 disgybl.');
    // The import report already shown is Welsh too, the import's reasons included.
    const report = pupils(page).locator('[data-part="import-report"]');
    expect(await report.locator('[data-part="imported-count"]').textContent()).toBe('Ychwanegwyd 4 enw');
    expect(await report.textContent()).toContain('rhes bennawd; enw cyntaf o “Legal Forename”, cyfenw o “Legal Surname”');
    expect(await report.locator('[data-part="rejected"] li').allTextContents()).toEqual(['Llinell 5: mae’r gell enw cyntaf yn wag (“A3, , Davies, 4”)']);
    expect(await page.getByRole('checkbox', { name: 'X (Twitter gynt)' }).isChecked()).toBe(true);
    expect(await page.getByPlaceholder(cy.t('options_try_placeholder')).count()).toBe(1);
    expect(await tryResult(page).locator('header h3').textContent()).toBe('2 broblem bosibl');
    expect(await tryResult(page).locator('[data-part="listed"]').textContent()).toBe('Wedi’u paru ar eich rhestrau: Amira Khan.');
    // What the school's name is recognised in is checked in the Welsh example post shown.
    // ("Canton" is also a place: only a post about school makes it the school.)
    await page.getByLabel('Enw’r ysgol').fill('Canton Primary School');
    await expect.poll(() => page.locator('[data-part="variants"] .hint').textContent()).toBe(`Yn cael eu hadnabod mewn neges am yr ysgol: “Canton” (e.e. “${cy.t('options_variants_example', 'Canton')}”).`);
    await page.getByLabel('Enw’r ysgol').fill('Oakfield Primary School');
    await page.screenshot({ path: join(SCREENSHOTS, 'options-cy.png'), fullPage: true });

    // A file that is no roster is refused in Welsh. The file is chosen as a teacher would, with the
    // page's own button (the browser's file input would say "Choose File" in the browser's language).
    // (puppeteer-core has no file chooser over WebDriver BiDi: in Firefox the file goes to the page's file input, README "Firefox".)
    if (IN_FIREFOX) await pupils(page).locator('[data-part="import-file"]').setInputFiles({ name: 'roster.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004\u0014\u0000rest') });
    else {
      const chooser = page.waitForEvent('filechooser');
      const importField = pupils(page).locator('.field', { has: page.locator('[data-part="import-file"]') });
      await importField.getByRole('button', { name: 'Dewis ffeil…' }).click();
      await (await chooser).setFiles({ name: 'roster.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004\u0014\u0000rest') });
    }
    await expect.poll(() => pupils(page).locator('[data-part="import-error"]').textContent()).toBe(`“roster.xlsx”: ${cy.t('roster_error_workbook')}`);

    // The setting changed anywhere else (the demo's switch) reaches the open page too.
    await sites.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ language: 'auto' }));
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await language(page).inputValue()).toBe('auto');
    expect(await page.locator('h1').textContent()).toBe('School Post Guardrail: settings');
    expect(await pupils(page).locator('[data-part="import-error"]').textContent()).toContain('save it as CSV');
    await page.close();
  });

  test('the induction demo opens from the options page in a new tab', async () => {
    const page = await openOptions();
    const opened = sites.browser.context.waitForEvent('page');
    await page.locator('[data-part="demo-link"]').click();
    const demo = await opened;
    await demo.waitForLoadState();
    expect(demo.url()).toBe(`${extensionOrigin(sites.browser.extensionId)}demo.html`);
    await demo.locator('[data-part="findings"]').waitFor();
    await demo.close();
    await page.close();
  });

  test('no serious or critical accessibility violations, in English and in Welsh', async () => {
    const page = await openOptions();
    await fillIn(page, 'School name');
    // Every part open: the duplicates, the list of names, the clauses.
    for (const details of await page.locator('details').all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
    expect(await seriousViolations(page), 'English').toEqual([]);
    await language(page).selectOption('cy');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await seriousViolations(page), 'Welsh').toEqual([]);
    await page.close();
  });
});

describe('the school’s location, for the photo check', () => {
  test('typed as a map app copies it; a mistake is explained and nothing is saved; clearing removes it', async () => {
    const page = await openOptions();
    const point = page.getByLabel(/Where the school is/);
    await point.fill('51.4147 -3.2577x');
    await point.press('Enter');
    // The hint under the boxes always exists: it is the error when there is one.
    const hint = page.locator('[data-part="school-location"] p');
    await expect.poll(() => hint.getAttribute('data-part')).toBe('location-error');
    expect(await hint.textContent()).toContain('Type two numbers separated by a comma');
    await point.fill('151.4147, -3.2577');
    await point.press('Enter');
    await expect.poll(() => hint.textContent()).toContain('are they the right way round?');
    expect(await stored('settings')).toBeUndefined();
    await point.fill('51.4147, -3.2577');
    await page.getByLabel(/How far around it counts as school/).fill('250');
    await point.press('Enter');
    await expect.poll(() => stored('settings')).toEqual({ schoolLocation: { lat: 51.4147, lon: -3.2577, radiusMetres: 250 } });
    await point.fill('');
    await point.press('Enter');
    await expect.poll(() => stored('settings')).toEqual({});
    await page.close();
  });
});
