import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { formatEntry } from '../../src/i18n/format';
import { seriousViolations } from './support/axe';
import { shownRows } from './support/demo';
import { SCREENSHOTS } from './support/guard';
import { useSitesWithExtension } from './support/sites';
import { patience } from '../patience';

/**
 * The induction demo's photo scenarios in the built extension, in Chromium: each attaches a real
 * photo bundled with the extension (from the team's shared set, copied at build time with its
 * credits) and the extension's real photo check reads it, through the background and the offscreen
 * analysis page, the path a photo attached to a post takes. The demo shows what the check found,
 * says so while the models load and when the check is off, and credits each photo. The request log
 * (useSitesWithExtension) proves the photos and the models never leave the device.
 */
const sites = useSitesWithExtension();
const PHOTO_WAIT = { timeout: patience(60_000) };
const en = (key: string, ...args: string[]) => formatEntry(CATALOGUES.en[key]!, args);
const cy = (key: string, ...args: string[]) => formatEntry(CATALOGUES.cy[key]!, args);

type Chrome = { storage: { local: { remove(k: string): Promise<void> } } };
const inWorker = <T,>(fn: () => T | Promise<T>) => sites.browser.worker.evaluate(fn);

async function openScenario(id: string, page?: Page): Promise<Page> {
  const demo = page ?? (await sites.browser.context.newPage());
  if (!page) {
    await demo.setViewportSize({ width: 1366, height: 900 });
    await demo.goto(`chrome-extension://${sites.browser.extensionId}/demo.html`);
  }
  await demo.locator(`[data-scenario-button="${id}"]`).click();
  await demo.locator(`article[data-scenario="${id}"]`).waitFor();
  return demo;
}

const photoState = (page: Page) => page.locator('[data-part="photo-check"]').getAttribute('data-state');
const photoRows = (page: Page) => page.locator('[data-part="findings"] li[data-category="pupil-image"]').evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-severity')} ${row.querySelector('[data-clause]')?.getAttribute('data-clause') ?? '-'}`));

describe('the photo check off', () => {
  test('when the photo check cannot run, the demo says plainly it is off and shows the caption’s findings and the photo’s credit', async () => {
    // The analysis page cannot be opened: what a teacher would meet if the browser refused it.
    await inWorker(() => {
      const offscreen = (globalThis as unknown as { chrome: { offscreen: { createDocument: unknown; realCreateDocument?: unknown } } }).chrome.offscreen;
      offscreen.realCreateDocument = offscreen.createDocument;
      offscreen.createDocument = () => Promise.reject(new Error('the analysis page was refused (test)'));
    });
    try {
      await inWorker(async () => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.remove('language'));
      const page = await openScenario('fb-taekwondo');
      await expect.poll(() => photoState(page), PHOTO_WAIT).toBe('off');
      expect(await page.locator('[data-part="photo-check"] [role="status"]').textContent()).toMatch(/^The photo check is off: .*the analysis page was refused \(test\).*\. Only the caption is checked here; look at the photo yourself before posting\.$/);
      // The caption's findings are all there; the photo's is the product's own "not checked" note, never a guess.
      expect(await shownRows(page)).toEqual(['pupil-name/high M6', 'school-name/warning M7']);
      expect(await photoRows(page)).toEqual([expect.stringMatching(/^info /)]);
      expect(await page.locator('[data-part="findings"] li[data-category="pupil-image"]').getAttribute('data-message')).toBe('finding_image_not_checked');
      expect(await page.locator('[data-part="photo-credit"] p').first().textContent()).toBe(`${en('demo_photo_credit', 'Oluwatoyinp', 'CC0 1.0')} https://creativecommons.org/publicdomain/zero/1.0/`);
      expect(await seriousViolations(page), 'photo check off').toEqual([]);
      await page.close();
    } finally {
      await inWorker(() => {
        const offscreen = (globalThis as unknown as { chrome: { offscreen: { createDocument: unknown; realCreateDocument?: unknown } } }).chrome.offscreen;
        offscreen.createDocument = offscreen.realCreateDocument;
      });
    }
  });
});

describe('the photo scenarios, read by the real photo check', () => {
  test('the children’s photo: "checking" while the models load, then a high finding with the policy’s clause, the photo itself and its credit', { timeout: patience(150_000) }, async () => {
    const page = await openScenario('fb-taekwondo');
    // A fresh page: the photo is sent at once and the models load (seconds), and the page says so meanwhile.
    expect(await photoState(page)).toBe('checking');
    expect(await page.locator('[data-part="photo-check"] [role="status"]').textContent()).toBe(en('demo_photo_checking'));
    await expect.poll(() => photoState(page), PHOTO_WAIT).toBe('done');
    expect(await page.locator('[data-part="photo-check"] [role="status"]').textContent()).toBe(en('demo_photo_checked'));
    // The model policy's clause on photos of pupils (M5), as the panel on a site cites it.
    expect(await photoRows(page)).toContain('high M5');
    const summary = await page.locator('[data-part="findings"] li[data-category="pupil-image"][data-severity="high"] [data-part="image-summary"]').textContent();
    expect(summary).toMatch(/^Photo ubba_kids-taekwondo-01\.jpg: .*child/);
    expect(await shownRows(page)).toEqual(['pupil-name/high M6', 'school-name/warning M7']);
    // The real photo, from the extension's package, with what it shows for people who cannot see it.
    const img = page.locator('article[data-scenario="fb-taekwondo"] img[data-part="photo"]');
    expect(await img.getAttribute('src')).toBe(`chrome-extension://${sites.browser.extensionId}/demo-photos/ubba_kids-taekwondo-01.jpg`);
    expect(await img.evaluate((el: HTMLImageElement) => [el.complete, el.naturalWidth, el.naturalHeight])).toEqual([true, 1280, 720]);
    expect(await img.getAttribute('alt')).toBe(en('demo_photo_taekwondo_class_alt'));
    // Credited as the manifest credits it, with where it comes from a click away.
    expect(await page.locator('[data-part="photo-credit"] p').first().textContent()).toBe(`${en('demo_photo_credit', 'Oluwatoyinp', 'CC0 1.0')} https://creativecommons.org/publicdomain/zero/1.0/`);
    await page.locator('[data-part="photo-credit"] summary').click();
    expect(await page.locator('[data-part="photo-source"]').textContent()).toMatch(/^FuzzyAges14\/UBBA_Web @ ff5b5bb79de3: public\/media\/kids-kicks\.jpg\. CC0 1\.0 — Wikimedia Commons File:Children_practicing_taekwondo_in_National_stadium_01\.jpg by Oluwatoyinp/);
    await page.screenshot({ path: `${SCREENSHOTS}demo-extension-photo-en.png`, fullPage: true });

    // The photo's clause follows the policy switch, like the caption's (Cadoxton's own numbering).
    await page.locator('[data-part="policy"]').selectOption('cadoxton-primary');
    await page.locator('article[data-scenario="fb-taekwondo"][data-policy="cadoxton-primary"]').waitFor();
    const cadoxton = await photoRows(page);
    expect(cadoxton.some((row) => row.startsWith('high ') && row !== 'high M5' && row !== 'high -'), cadoxton.join()).toBe(true);
    await page.locator('[data-part="policy"]').selectOption('generic-uk');

    // The credits file the build wrote beside the photos, from the manifest.
    const credits = await page.evaluate(async () => (await fetch('/demo-photos/credits.json')).json());
    expect(credits.photos.map((c: { file: string; licence: string }) => `${c.file} ${c.licence}`)).toEqual(['ubba_kids-taekwondo-01.jpg CC0 1.0', 'fairface_0061.jpg CC BY 4.0', 'ubba_kids-taekwondo-05.jpg CC0 1.0', 'imageio_astronaut.png Public domain']);
    await page.close();
  });

  test('a CC BY photo carries its required attribution; the adult’s portrait gives no warning; in Welsh too; axe-clean', { timeout: patience(150_000) }, async () => {
    const page = await openScenario('ig-class-trip');
    await expect.poll(() => photoState(page), PHOTO_WAIT).toBe('done');
    expect(await page.locator('[data-part="photo-credit"] p').first().textContent()).toBe(
      `${en('demo_photo_credit', 'FairFace, Kärkkäinen & Joo, WACV 2021', 'CC BY 4.0')} https://creativecommons.org/licenses/by/4.0/ ${en('demo_photo_attribution_required')}`,
    );
    expect(await photoRows(page)).not.toEqual([]);
    expect(await seriousViolations(page), 'CC BY photo, English').toEqual([]);

    await openScenario('li-new-job', page);
    await expect.poll(() => photoState(page), PHOTO_WAIT).toBe('done');
    // An adult's portrait: nothing a post would be held for (at most an information note).
    expect((await photoRows(page)).filter((row) => !row.startsWith('info '))).toEqual([]);
    expect(await shownRows(page)).toEqual(['school-name/warning M7']);
    expect(await page.locator('[data-part="photo-credit"] p').first().textContent()).toBe(en('demo_photo_credit', 'NASA', 'public domain'));

    await page.locator('[data-part="language"]').selectOption('cy');
    await expect.poll(() => page.locator('[data-part="photo-check"] [role="status"]').textContent()).toBe(cy('demo_photo_checked'));
    expect(await page.locator('[data-part="photo-credit"] p').first().textContent()).toBe(cy('demo_photo_credit', 'NASA', 'parth cyhoeddus'));
    expect(await page.locator('img[data-part="photo"]').getAttribute('alt')).toBe(cy('demo_photo_astronaut_portrait_alt'));
    await openScenario('fb-taekwondo', page);
    await expect.poll(() => photoState(page), PHOTO_WAIT).toBe('done');
    expect(await photoRows(page)).toContain('high M5');
    expect(await page.locator('[data-part="photo-credit"] p').first().textContent()).toBe(`${cy('demo_photo_credit', 'Oluwatoyinp', 'CC0 1.0')} https://creativecommons.org/publicdomain/zero/1.0/`);
    expect(await seriousViolations(page), 'photo scenario, Welsh').toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}demo-extension-photo-cy.png`, fullPage: true });

    // Presenter mode shows the same reading (read once per page, not again).
    await page.locator('[data-action="present"]').click();
    await expect.poll(() => page.locator('[data-part="presenter"] [data-part="photo-check"]').getAttribute('data-state')).toBe('done');
    expect(await seriousViolations(page), 'presenter, Welsh').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('[data-part="language"]').selectOption('auto');
    await page.close();
  });
});
