import { expect, test } from 'vitest';
import { dialog, guardOf, indicator } from './support/guard';
import { SITE_URLS, composer, openSite, posts, useSitesWithExtension } from './support/sites';
import { patience } from '../patience';

/**
 * The extension is updated (or turned off) while a teacher has a site open: the page's copy of
 * the content script loses its background. The composer must keep working, and the indicator
 * must say that drafts are no longer checked and what to do. (Its own file: the reload replaces
 * the service worker the other tests talk to.)
 */
const sites = useSitesWithExtension();

test('after the extension is reloaded under an open page, the check says it is off and posts go through', async () => {
  const page = await sites.browser.context.newPage();
  await openSite(page, SITE_URLS.xHome);
  const editor = composer(page, 'x-inline').locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('So proud of Amira Khan');
  const guard = await guardOf(editor);
  await expect.poll(() => indicator(guard).getAttribute('data-state')).toBe('findings');

  await sites.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
  await page.keyboard.type(' today');
  await expect.poll(() => indicator(guard).getAttribute('data-state'), { timeout: patience(10_000) }).toBe('unavailable');
  await indicator(guard).click();
  expect(await guard.locator('[data-part="unavailable"]').textContent()).toMatch(/extension was updated or turned off; reload the page/);
  await indicator(guard).click();

  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => posts(page)).toEqual([{ composer: 'x-inline', text: 'So proud of Amira Khan today' }]);
  expect(await dialog(page).count()).toBe(0);
  await page.close();
});
