import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMPOSER_CASES, type ComposerCase } from './support/composer-cases';
import { CHROMIUM } from './support/browser';
import { actions, composer, editorsIn, openSite, part, posts, serveSites, setFixtureMode } from './support/sites';

/**
 * The third blind redesign's pages (fixtures/blind3/) themselves, in plain Chromium with no
 * extension, driven through the same test handles as the gate tests: each composer posts exactly
 * what its editor holds, only once there is a draft, by button and by the site's key; the controls
 * around it never post; leaving destroys the editor; the mention list and the thread work. So a
 * gate test that fails in `blind-redesign-3` mode fails for the extension, not for the page.
 */
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** The composer whose page the tab holds, for naming a page error. */
let current = '';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });
  const context = await browser.newContext();
  await serveSites(context);
  setFixtureMode(context, { lang: 'cy', redesign: true, blind3: true });
  // One tab for every test, loaded afresh by each (fresh): a new document, in a renderer that has
  // compiled the site's scripts already, so a load costs about half what a new tab's does.
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${current}: ${error.message}`));
});
afterAll(async () => browser?.close());

const LINES = ['Sports day is on Friday', 'Bring a water bottle'];
const posted = (c: ComposerCase, lines: readonly string[]) => (c.thread ? [lines.join(c.joiner ?? '\n')] : lines.join(c.joiner ?? '\n'));

async function fresh(c: ComposerCase): Promise<Page> {
  current = c.id;
  await openSite(page, c.url);
  await c.open?.(page);
  return page;
}

async function type(page: Page, c: ComposerCase, lines: readonly string[]): Promise<void> {
  await c.editor(page).click();
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(c.newline);
    await page.keyboard.type(line);
  }
}

describe.each(COMPOSER_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  test('its post control does nothing while the draft is empty, then posts the draft once', async () => {
    const page = await fresh(c);
    // A press on the idle control (forced past inert, pointer-events and disabled) posts nothing.
    await part(composer(page, c.id), 'post').first().click({ force: true, timeout: 2_000 }).catch(() => undefined);
    await page.waitForTimeout(200);
    expect(await posts(page)).toEqual([]);
    await type(page, c, LINES);
    await c.submit(page);
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: posted(c, LINES) }]);
  });

  test('the controls around it do what the site does and never post; leaving destroys the editor', async () => {
    const page = await fresh(c);
    await type(page, c, ['Amira Khan']);
    const bystanders = composer(page, c.id).locator('[data-fixture-bystander]');
    const names = await bystanders.evaluateAll((controls) => controls.map((control) => control.getAttribute('data-fixture-bystander')));
    expect(names.length).toBeGreaterThan(0);
    for (let i = 0; i < names.length; i++) await bystanders.nth(i).click();
    expect(await actions(page)).toEqual(names);
    expect(await posts(page)).toEqual([]);
    const first = await c.editor(page).elementHandle();
    await c.renavigate(page);
    await expect.poll(() => first!.evaluate((element) => element.isConnected)).toBe(false);
    expect(await posts(page)).toEqual([]);
    await c.open?.(page);
    await type(page, c, ['Again']);
    expect(await c.editor(page).textContent()).toContain('Again');
  });

});

describe.each(COMPOSER_CASES.filter((c) => c.submitKey).map((c) => [c.id, c] as const))('%s, from the keyboard', (_id, c) => {
  test('the site’s key posts the draft', async () => {
    const page = await fresh(c);
    await type(page, c, LINES);
    await page.keyboard.press(c.submitKey!);
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: posted(c, LINES) }]);
  });
});

describe.each(COMPOSER_CASES.filter((c) => c.mentions).map((c) => [c.id, c] as const))('%s, with its mention list', (_id, c) => {
  test('the mention list: a click or Enter picks a person; with the list closed, Enter posts', async () => {
    const page = await fresh(c);
    await type(page, c, ['Thanks @Jo']);
    await composer(page, c.id).locator('[role="option"]').first().click();
    await expect.poll(() => c.editor(page).textContent()).toContain('Jo Bloggs');
    await page.keyboard.type('and @Pr');
    await composer(page, c.id).locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => c.editor(page).textContent()).toContain('Priya Shah');
    expect(await posts(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: 'Thanks Jo Bloggs and Priya Shah ' }]);
  });

});

describe('x-modal, a thread', () => {
  test('"add" is enabled by the draft, and Post posts both', async () => {
    const c = COMPOSER_CASES.find((k) => k.id === 'x-modal')!;
    const page = await fresh(c);
    await type(page, c, ['One']);
    await part(composer(page, c.id), 'add').click();
    await expect.poll(() => editorsIn(page, c.id).count()).toBe(2);
    await page.keyboard.type('Two');
    await c.submit(page);
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: ['One', 'Two'] }]);
  });
});

test('no blind3 page threw', () => {
  expect(pageErrors).toEqual([]);
});
