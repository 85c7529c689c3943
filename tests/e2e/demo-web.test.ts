import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDemo, type DemoServer } from '../../src/demo/web/build';
import { seriousViolations } from './support/axe';
import { launchWithoutExtension } from './support/browser';
import { everyScenarioRendersItsFindings, operableFromTheKeyboard, presenterKeysWork, showsWelsh, switchingPolicyChangesTheClause } from './support/demo';
import { SCREENSHOTS } from './support/guard';

/**
 * `npm run demo`: the same demo without the extension, built and served on 127.0.0.1 by the very
 * function the script calls, in a Chromium with no extension. Every request is recorded: all must
 * go to that local server (no fonts, no CDN, no analytics), so the demo works offline.
 */
let server: DemoServer;
let browser: Awaited<ReturnType<typeof launchWithoutExtension>>;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  server = await serveDemo(0);
  browser = await launchWithoutExtension();
  browser.context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  try {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    // No script error and no policy violation in the console on any page.
    expect(problems).toEqual([]);
  } finally {
    await browser?.close();
    await server?.stop();
  }
});

async function openDemo(locale?: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.setViewportSize({ width: 1366, height: 900 });
  if (locale) await page.addInitScript((lang) => Object.defineProperty(navigator, 'languages', { get: () => [lang] }), locale);
  await page.goto(server.url);
  await page.locator('[data-part="findings"]').waitFor();
  return page;
}

test('served from this computer only: one page, one script, one stylesheet', async () => {
  const page = await openDemo();
  expect(new Set(requests.map((url) => new URL(url).pathname))).toEqual(new Set(['/', '/demo.js', '/demo.css']));
  await page.close();
});

test('each scenario shows the engine’s findings and the clauses of the chosen policy', async () => {
  const page = await openDemo();
  await everyScenarioRendersItsFindings(page, 'web');
  await page.locator('[data-scenario-button="fb-taekwondo"]').click();
  await page.screenshot({ path: `${SCREENSHOTS}demo-web-en.png`, fullPage: true });
  await page.close();
});

test('switching the policy changes the clause cited', async () => {
  const page = await openDemo();
  await switchingPolicyChangesTheClause(page);
  await page.close();
});

test('presenter mode works from the keyboard', async () => {
  const page = await openDemo();
  await presenterKeysWork(page);
  await page.close();
});

test('operable from the keyboard alone', async () => {
  const page = await openDemo();
  await operableFromTheKeyboard(page);
  await page.close();
});

test('Welsh: chosen in the page, or asked for by the browser', async () => {
  const page = await openDemo();
  await showsWelsh(page);
  await page.screenshot({ path: `${SCREENSHOTS}demo-web-cy.png`, fullPage: true });
  expect(await seriousViolations(page), 'Welsh page').toEqual([]);
  await page.close();
  // A browser whose first language is Welsh gets Welsh with "same as the browser".
  const welsh = await openDemo('cy-GB');
  expect(await welsh.locator('[data-part="language"]').inputValue()).toBe('auto');
  expect(await welsh.evaluate(() => document.documentElement.lang)).toBe('cy');
  await welsh.locator('[data-view="try"]').click();
  await welsh.locator('[data-part="try-draft"]').fill('Diwrnod mabolgampau gwych yn YGG Oakfield! Da iawn Ffion ym Mlwyddyn Chwech');
  await expect.poll(() => welsh.locator('[data-part="findings"] li[data-category]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-category')}/${r.getAttribute('data-severity')}`))).toEqual(['school-name/warning', 'pupil-name/high']);
  await welsh.screenshot({ path: `${SCREENSHOTS}demo-web-try-cy.png`, fullPage: true });
  await welsh.close();
});

test('no serious or critical accessibility violations', async () => {
  const page = await openDemo();
  expect(await seriousViolations(page), 'scenarios').toEqual([]);
  await page.locator('[data-view="try"]').click();
  await page.locator('[data-part="try-draft"]').fill('Ofsted said we are Requires Improvement, the parents are feral');
  await page.locator('[data-part="findings"] li[data-category]').first().waitFor();
  expect(await seriousViolations(page), 'try your own').toEqual([]);
  await page.locator('[data-view="scenarios"]').click();
  await page.locator('[data-action="present"]').click();
  expect(await seriousViolations(page), 'presenter').toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}demo-web-presenter-en.png` });
  await page.close();
});
