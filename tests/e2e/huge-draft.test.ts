import { describe, expect, test } from 'vitest';
import { guardOf, indicator } from './support/guard';
import { SITE_URLS, openSite, useSitesWithExtension } from './support/sites';
import { patience } from '../patience';

/**
 * A pasted draft far longer than any post: checked up to MAX_DRAFT_LENGTH, and the panel says so.
 * In a file of its own, apart from in-page.test.ts, because it does not yet pass in Firefox
 * (tests/vitest.config.ts, FIREFOX_PENDING; README "Not tested in Firefox, and why").
 */
const sites = useSitesWithExtension();

describe('huge drafts', () => {
  test('a draft over a million characters is checked up to there, and the panel says so', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xMobile);
    const editor = page.locator('[data-testid="tweetTextarea_0"] textarea');
    await editor.click();
    // Pasted, not typed: one input event for the lot, as a paste makes.
    await editor.fill(`So proud of Amira Khan today. ${'Lorem ipsum dolor sit amet. '.repeat(40_000)}`);
    const guard = await guardOf(editor);
    // The answer is waited for up to 23 s for this length (analyseTimeoutFor); poll a little longer than that.
    await expect.poll(() => indicator(guard).getAttribute('data-state'), { timeout: patience(40_000) }).toBe('findings');
    await indicator(guard).click();
    expect(await guard.locator('[data-part="panel"] .note').textContent()).toMatch(/only its first million characters were checked/);
    expect(await guard.locator('li[data-category="pupil-name"]').count()).toBe(1);
    await page.close();
  });
});
