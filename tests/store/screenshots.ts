import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/browser';
import { HOST } from '../e2e/support/guard';
import { openToolbarPopup, waitInPopup } from '../e2e/support/popup';
import { SITE_URLS, composer, openSite, serveSites } from '../e2e/support/sites';

/**
 * `npm run screenshots` (after `npm run build`; under the browser lock on a shared machine:
 * `flock /work/coord/browser.lock npm run screenshots`): the store listing's pictures, made by the
 * real extension in Chromium (playwright-core) on the fixture pages of the sites and on the
 * induction demo, in English and in Welsh, into docs/screenshots/: the panel, the pre-post dialog,
 * the toolbar popup, the settings and the demo. Nothing is drawn by hand, so they stay true.
 */
const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const DRAFT = 'So proud of Amira Khan at sports day with Oakfield Primary today!';
const VIEWPORT = { width: 1280, height: 800 };

async function setLanguage(browser: ExtensionBrowser, language: 'en' | 'cy'): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ language: value });
  }, language);
}

async function until<T>(what: string, probe: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`screenshots: ${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The guard (indicator, panel, dialog) pinned to an editor: the last one added to the page. */
const guard = (page: Page): Locator => page.locator(HOST).last();

async function sitePictures(browser: ExtensionBrowser, lang: 'en' | 'cy'): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await openSite(page, SITE_URLS.xHome);
  const editor = composer(page, 'x-inline').locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type(DRAFT);
  await until('the findings', async () => (await guard(page).locator('[data-part="indicator"]').getAttribute('data-state')) === 'findings');
  await guard(page).locator('[data-part="indicator"]').click();
  await guard(page).locator('[data-part="panel"]').waitFor();
  await page.screenshot({ path: `${OUT}panel-${lang}.png` });
  await guard(page).locator('[data-part="indicator"]').click();
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await page.locator(`${HOST} [role="alertdialog"]`).waitFor();
  await page.screenshot({ path: `${OUT}dialog-${lang}.png` });
  await page.keyboard.press('Escape');

  const popup = await openToolbarPopup(browser, page);
  await waitInPopup(popup, (want) => document.documentElement.lang === want && !!document.querySelector('[data-part="school-name"]'), lang);
  await popup.screenshot(`${OUT}popup-${lang}.png`);
  await popup.close();
  await page.close();
}

async function pagePicture(browser: ExtensionBrowser, path: string, ready: string, file: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: `${OUT}${file}` });
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchWithExtension();
  try {
    await serveSites(browser.context);
    for (const lang of ['en', 'cy'] as const) {
      await setLanguage(browser, lang);
      await sitePictures(browser, lang);
      await pagePicture(browser, 'options.html', '[data-section="school"] input', `settings-${lang}.png`);
      await pagePicture(browser, 'setup.html', '[data-section="school"] input', `setup-${lang}.png`);
      await pagePicture(browser, 'demo.html', '[data-part="findings"]', `demo-${lang}.png`);
      console.log(`screenshots in ${lang}: panel, dialog, popup, settings, setup, demo`);
    }
  } finally {
    await browser.close();
  }
  console.log(`saved in ${OUT}`);
}

await main();
