import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, breakEngine, dialog, guardOf, hasFocus, indicator, openPanel, shown } from './support/guard';
import { SITE_URLS, composer, openSite, posts, useSitesWithExtension } from './support/sites';
import { patience } from '../patience';

/**
 * What the in-page extension promises beyond the happy path of each composer: it never runs a
 * draft's markup, never puts the roster in the page, keeps the site working when the check
 * fails, uses the teacher's saved settings, keeps each composer's state apart, and can be used
 * from the keyboard and on a dark theme.
 */
const sites = useSitesWithExtension();

const setSettings = (settings: unknown) =>
  sites.browser.worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> } } } }).chrome;
    if (value === null) await api.storage.local.clear();
    else await api.storage.local.set({ settings: value });
  }, settings);

const xInline = (page: Page) => composer(page, 'x-inline').locator('[data-testid="tweetTextarea_0"]');
const postInline = (page: Page) => page.locator('[data-testid="tweetButtonInline"]').click();

/**
 * Types into the composer until it holds the words. On a loaded machine the fixture's editor can be drawn
 * before its handlers listen, and keys typed then are lost: the Post button stayed disabled for 90 s in the
 * nineteenth session's CI at load 15. Each new attempt starts from an empty editor.
 */
async function typeInto(page: Page, editor: ReturnType<typeof xInline>, text: string) {
  for (let attempt = 1; ; attempt++) {
    await editor.click();
    await page.keyboard.type(text);
    const landed = await expect
      .poll(() => editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''))), { timeout: patience(5_000) })
      .toContain(text)
      .then(
        () => true,
        () => false,
      );
    if (landed) return;
    if (attempt === 3) throw new Error(`the composer never held “${text}” after three attempts to type it`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
  }
}

beforeEach(async () => {
  await breakEngine(sites.browser.worker, 'restore');
  await setSettings(null);
});

describe('the draft is only ever read', () => {
  test('markup in a draft is shown as text and never run', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    const draft = '<img src=x onerror="window.__ran=1">Amira Khan <script>window.__ran=2</script>';
    await typeInto(page, xInline(page), draft);
    const guard = await guardOf(xInline(page));
    const panel = await openPanel(guard);
    await expect.poll(() => shown(panel)).toContain('pupil-name/high');
    // Nothing the draft contains became an element, in the page or in the panel.
    expect(await guard.evaluate((host) => host.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    await page.keyboard.press('Escape');
    await postInline(page);
    await dialog(page).locator('[data-action="post-anyway"]').click();
    await expect.poll(() => posts(page)).toEqual([{ composer: 'x-inline', text: draft }]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    await page.close();
  });

  test('the roster never enters the page: only the words the teacher typed are shown', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    // A first name and an initial: the engine knows them as Amira Khan and Kacper Nowak, but the page must not.
    await typeInto(page, xInline(page), 'Well done Amira and K. Nowak in Year 6 at Oakfield Primary');
    const guard = await guardOf(xInline(page));
    const panel = await openPanel(guard);
    await expect.poll(async () => (await shown(panel)).filter((row) => row.startsWith('pupil-name')).length).toBe(2);
    const withPanel = await everythingInThePage(page);
    await indicator(guard).click();
    await postInline(page);
    await dialog(page).waitFor();
    const withDialog = await everythingInThePage(page);
    for (const snapshot of [withPanel, withDialog]) {
      expect(snapshot).toContain('Amira');
      expect(snapshot).toContain('K. Nowak');
      // Not the surname or first name the teacher did not type, nor anyone else on the roster or staff list.
      for (const name of ['Khan', 'Kacper', 'Priya Sharma', 'Oluwaseun Adebayo', 'Rachel Morgan']) expect(snapshot).not.toContain(name);
    }
    await page.close();
  });
});

/** The page's whole DOM, with every open shadow root's (the extension's UI included). */
function everythingInThePage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
    return parts.join('\n');
  });
}

test('Enter that picks a mention from the open list is the site’s, not a post: it is never held', async () => {
  const page = await sites.browser.context.newPage();
  await openSite(page, SITE_URLS.facebook);
  const editor = page.locator('[data-lexical-editor="true"][aria-label="Comment as Sam Okafor"]');
  await editor.click();
  await page.keyboard.type('Amira Khan was great, thanks @Jo');
  await expect.poll(async () => indicator(await guardOf(editor)).getAttribute('data-state')).toBe('findings');
  await expect.poll(() => editor.getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Enter'); // picks "Jo Bloggs"
  await expect.poll(() => editor.getAttribute('aria-expanded')).not.toBe('true');
  expect(await dialog(page).count()).toBe(0);
  expect(await editor.textContent()).toContain('Jo Bloggs');
  // With the list closed, Enter posts, so it is held.
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
  expect(await posts(page)).toEqual([]);
  await page.close();
});

describe('when the check fails, the site keeps working', () => {
  test.each(['throw', 'hang'] as const)('the engine fails (%s): the indicator says the check is off and posting goes ahead', async (how) => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await breakEngine(sites.browser.worker, how, 14_000);
    await typeInto(page, xInline(page), 'So proud of Amira Khan today');
    const guard = await guardOf(xInline(page));
    await expect.poll(() => indicator(guard).getAttribute('data-state'), { timeout: patience(15_000) }).toBe('unavailable');
    await indicator(guard).click();
    expect(await guard.locator('[data-part="unavailable"]').textContent()).toMatch(how === 'throw' ? /injected engine fault/ : /no answer within 4 s/);
    await page.screenshot({ path: `${SCREENSHOTS}check-unavailable-${how}.png` });
    await indicator(guard).click();
    // Still broken when the teacher posts: the post is asked about once more, then goes ahead unchecked.
    await postInline(page);
    await expect.poll(() => posts(page), { timeout: patience(10_000) }).toEqual([{ composer: 'x-inline', text: 'So proud of Amira Khan today' }]);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  test('once the engine is back, the next check works again: a failure is not remembered as an answer', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await breakEngine(sites.browser.worker, 'throw');
    await typeInto(page, xInline(page), 'So proud of Amira Khan today');
    const guard = await guardOf(xInline(page));
    await expect.poll(() => indicator(guard).getAttribute('data-state')).toBe('unavailable');
    await breakEngine(sites.browser.worker, 'restore');
    await postInline(page);
    await dialog(page).waitFor();
    expect(await posts(page)).toEqual([]);
    await page.close();
  });
});

describe('settings and state', () => {
  test('the teacher’s saved settings apply, with their own policy’s clauses, and changes apply at once', async () => {
    await setSettings({ schoolName: 'Cadoxton Primary School', pupilNames: ['Dylan Pritchard'], policy: 'gloucestershire' });
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await typeInto(page, xInline(page), 'Dylan Pritchard scored twice for Cadoxton Primary');
    const guard = await guardOf(xInline(page));
    const panel = await openPanel(guard);
    await expect.poll(() => shown(panel)).toEqual(['pupil-name/high', 'school-name/warning']);
    expect(await panel.locator('li[data-category="pupil-name"] [data-clause]').evaluateAll((figures) => figures.map((f) => f.getAttribute('data-clause')))).toContain('8.1.4');
    expect(await panel.locator('[data-part="demo-notice"]').count()).toBe(0);
    expect(await panel.locator('footer').textContent()).toContain('Cadoxton Primary School');
    // The school changes its policy: the open draft is checked again under the new one.
    await setSettings({ schoolName: 'Cadoxton Primary School', pupilNames: ['Dylan Pritchard'], policy: 'cadoxton-primary' });
    await expect.poll(() => panel.locator('footer').textContent()).toContain('Cadoxton Primary School — Internet Social Networking Policy');
    await page.close();
  });

  test('several composers at once keep their own state; a thread is checked as a whole', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await typeInto(page, xInline(page), 'Lovely walk this morning');
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const modal = composer(page, 'x-modal');
    await typeInto(page, modal.locator('[data-testid="tweetTextarea_0"]'), 'Sports day tomorrow');
    await modal.locator('[data-testid="addButton"]').click();
    await typeInto(page, modal.locator('[data-testid="tweetTextarea_1"]'), 'Amira Khan will win it');
    const states = async () =>
      Promise.all(
        [xInline(page), modal.locator('[data-testid="tweetTextarea_0"]'), modal.locator('[data-testid="tweetTextarea_1"]')].map(async (editor) =>
          indicator(await guardOf(editor)).getAttribute('data-state'),
        ),
      );
    await expect.poll(states).toEqual(['clean', 'clean', 'findings']);
    await modal.locator('[data-testid="tweetButton"]').click();
    await dialog(page).waitFor();
    expect(await dialog(page).locator('h3').allTextContents()).toEqual(['Post 2 of 2']);
    await dialog(page).locator('[data-action="post-anyway"]').click();
    await expect.poll(() => posts(page)).toEqual([{ composer: 'x-modal', text: ['Sports day tomorrow', 'Amira Khan will win it'] }]);
    await page.close();
  });

  test('posting the instant typing stops still holds a risky draft', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await typeInto(page, xInline(page), 'Amira Khan');
    await postInline(page); // well inside the pause before a check
    await dialog(page).waitFor();
    await expect.poll(() => shown(dialog(page))).toEqual(['pupil-name/high']);
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  test('clicking Post again and again while a slow check runs posts once, after the check', async () => {
    // The engine answers only after a hold, and every click must land inside it. On a busy machine
    // four clicks can take longer than any hold chosen in advance, so that is a condition checked, not
    // assumed: when the clicks ended after the hold, the same steps run again with a hold twice as long
    // (on an idle machine the first, 3 s, is enough). The draft is typed before the hold but its last
    // letter, so the check that hangs is the final text's and typing (slow on a loaded machine, and the
    // hold's busy wait takes a core) is not inside the window (the nineteenth session's CI at load 15).
    for (let hold = 3000; ; hold *= 2) {
      const page = await sites.browser.context.newPage();
      await openSite(page, SITE_URLS.xHome);
      await typeInto(page, xInline(page), 'Lovely walk along the cana');
      const holdEnds = await breakEngine(sites.browser.worker, 'hang', hold);
      await page.keyboard.type('l');
      for (let i = 0; i < 4; i++) await postInline(page);
      const meanwhile = await posts(page);
      const clicksInsideHold = Date.now() < holdEnds;
      if (clicksInsideHold) expect(meanwhile).toEqual([]);
      await expect.poll(() => posts(page), { timeout: patience(10_000) + hold }).toEqual([{ composer: 'x-inline', text: 'Lovely walk along the canal' }]);
      await page.waitForTimeout(1000);
      expect(await posts(page)).toHaveLength(1);
      await page.close();
      if (clicksInsideHold) break;
      expect(hold, 'four clicks never fitted inside a hold of the check').toBeLessThan(48_000);
    }
  });

  test('Enter on a focused Post button (a div[role=button]) is held like a click', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.facebook);
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).click();
    const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
    await editor.click();
    await page.keyboard.type('Amira Khan scored today');
    await expect.poll(async () => indicator(await guardOf(editor)).getAttribute('data-state')).toBe('findings');
    await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await dialog(page).locator('[data-action="post-anyway"]').click();
    await expect.poll(() => posts(page)).toEqual([{ composer: 'facebook-post', text: 'Amira Khan scored today' }]);
    await page.close();
  });
});

describe('keyboard, screen readers and themes', () => {
  test('Alt+Shift+G opens the panel from the composer; Escape closes it; the summary is announced politely', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await typeInto(page, xInline(page), 'So proud of Amira Khan today');
    const guard = await guardOf(xInline(page));
    await expect.poll(() => indicator(guard).getAttribute('data-state')).toBe('findings');
    const live = guard.locator('[role="status"][aria-live="polite"]');
    await expect.poll(() => live.textContent()).toMatch(/1 possible problem in this draft; the most serious is high risk/);
    await page.keyboard.press('Alt+Shift+G');
    await guard.locator('[data-part="panel"]').waitFor();
    expect(await guard.evaluate((host) => host.shadowRoot!.activeElement?.getAttribute('aria-label'))).toBe('Close');
    await page.keyboard.press('Escape');
    await guard.locator('[data-part="panel"]').waitFor({ state: 'detached' });
    expect(await indicator(guard).getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  test('the dialog is operable from the keyboard: Edit has focus, Tab reaches Post anyway', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await typeInto(page, xInline(page), 'So proud of Amira Khan today');
    await expect.poll(async () => indicator(await guardOf(xInline(page))).getAttribute('data-state')).toBe('findings');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    const focused = () => dialog(page).evaluate((d) => (d.getRootNode() as ShadowRoot).activeElement?.getAttribute('data-action') ?? null);
    expect(await focused()).toBe('edit');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('post-anyway');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await hasFocus(xInline(page))).toBe(true);
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  test('keys typed on after Ctrl+Enter opened the dialog go back to the draft: none is lost, none chooses', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.xHome);
    await typeInto(page, xInline(page), 'So proud of Amira Khan today');
    await expect.poll(async () => indicator(await guardOf(xInline(page))).getAttribute('data-state')).toBe('findings');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    // The teacher had not stopped typing: " and" (a Space first, which would press "Edit post").
    await page.keyboard.type(' and');
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => xInline(page).textContent()).toBe('So proud of Amira Khan today and');
    expect(await hasFocus(xInline(page))).toBe(true);
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  test('Enter held down in a comment box opens the dialog once; its auto-repeat chooses nothing', async () => {
    const page = await sites.browser.context.newPage();
    await openSite(page, SITE_URLS.facebook);
    const editor = page.locator('[data-lexical-editor="true"][aria-label="Comment as Sam Okafor"]');
    await typeInto(page, editor, 'So proud of Amira Khan today');
    await expect.poll(async () => indicator(await guardOf(editor)).getAttribute('data-state')).toBe('findings');
    await page.keyboard.down('Enter');
    await dialog(page).waitFor();
    for (let i = 0; i < 5; i++) await page.keyboard.down('Enter'); // auto-repeat
    await page.keyboard.up('Enter');
    await page.waitForTimeout(300);
    expect(await dialog(page).count()).toBe(1);
    expect(await posts(page)).toEqual([]);
    expect(await editor.textContent()).toBe('So proud of Amira Khan today');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  const THEMED = [
    { site: 'facebook', url: SITE_URLS.facebook, editor: (page: Page) => page.locator('[data-lexical-editor="true"][aria-label="Comment as Sam Okafor"]') },
    { site: 'instagram', url: SITE_URLS.instagram, editor: (page: Page) => page.locator('textarea[aria-label="Add a comment…"]') },
    { site: 'x', url: SITE_URLS.xHome, editor: xInline },
    { site: 'linkedin', url: SITE_URLS.linkedinFeed, editor: (page: Page) => page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"]') },
  ];
  describe.each(THEMED)('$site', ({ site, url, editor }) => {
    test.each(['light', 'dark'] as const)('the panel follows the page’s %s theme', async (theme) => {
      const page = await sites.browser.context.newPage();
      await openSite(page, `${url}?theme=${theme}`);
      await typeInto(page, editor(page), 'So proud of Amira Khan at Oakfield Primary today');
      const guard = await guardOf(editor(page));
      await openPanel(guard);
      expect(await guard.evaluate((host) => host.shadowRoot!.querySelector('.guard')!.getAttribute('data-theme'))).toBe(theme);
      await page.screenshot({ path: `${SCREENSHOTS}${site}-panel-${theme}.png` });
      await page.close();
    });
  });
});
