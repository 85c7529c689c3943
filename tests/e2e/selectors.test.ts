import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { facebookFixtures } from '../../src/sites/facebook';
import { instagramFixtures } from '../../src/sites/instagram';
import { linkedinFixtures } from '../../src/sites/linkedin';
import type { FixtureExpectation } from '../../src/sites/types';
import { xFixtures } from '../../src/sites/x';
import { injectProbe } from './support/probe';
import { openSite, useSitesWithExtension } from './support/sites';

/**
 * Each site's selectors, run by the extension's own adapter code against the fixture page they
 * were written for, must find exactly the number of editors and submit controls the site file
 * says — no more (a decoy or a wrapper mistaken for an editor), no fewer.
 */
const sites = useSitesWithExtension();

/** How the test reaches each named state of a fixture page. */
const STATES: Record<string, (page: Page) => Promise<void>> = {
  feed: async () => {},
  composing: async (page) => {
    const host = new URL(page.url()).hostname;
    if (host.endsWith('facebook.com')) {
      await page.getByRole('button', { name: 'Reply', exact: true }).click();
      await page.getByRole('button', { name: "What's on your mind, Sam?" }).click();
    } else if (host.endsWith('instagram.com')) {
      await page.locator('svg[aria-label="New post"]').click();
    } else if (host.endsWith('x.com')) {
      await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
      await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
      await page.keyboard.type('First post of the thread');
      await page.locator('[data-testid="addButton"]').click();
    } else if (host.endsWith('linkedin.com')) {
      await page.locator('button:has-text("Start a post")').click();
    }
  },
};

const ALL: FixtureExpectation[] = [...facebookFixtures, ...instagramFixtures, ...xFixtures, ...linkedinFixtures];

describe.each(ALL)('$url ($state)', (expectation) => {
  test('the selectors find the expected editors and submit controls', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, expectation.url);
    await STATES[expectation.state]!(page);
    await page.waitForTimeout(200);
    await injectProbe(page);
    const counts = await page.evaluate(() => {
      const probe = (window as unknown as { __probe: any }).__probe;
      const site = probe.siteFor(location.hostname);
      const editors: Record<string, number> = {};
      const submits: Record<string, number> = {};
      for (const spec of site.composers) {
        editors[spec.id] = 0;
        submits[spec.id] = 0;
        for (const root of probe.searchRoots(site)) for (const element of root.querySelectorAll('*')) if (probe.isSubmitControl(element, spec)) submits[spec.id]!++;
      }
      for (const spec of probe.findComposers(site).values()) editors[spec.id]!++;
      return { editors, submits };
    });
    expect(counts).toEqual({ editors: expectation.editors, submits: expectation.submits });
    await page.close();
  });
});

test('every composer spec of every site is covered by at least one fixture page', () => {
  const covered = new Set(ALL.flatMap((e) => Object.entries(e.editors).filter(([, n]) => n > 0).map(([id]) => id)));
  expect([...covered].sort()).toEqual(
    ['facebook-comment', 'facebook-post', 'instagram-caption', 'instagram-comment', 'x-post', 'x-mobile', 'linkedin-share', 'linkedin-comment-tiptap', 'linkedin-comment-quill'].sort(),
  );
});
