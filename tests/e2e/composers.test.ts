import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { COMPOSER_CASES, expectedRecognition, type ComposerCase } from './support/composer-cases';
import { HOST, SCREENSHOTS, dialog, guardOf, hasFocus, indicator, openPanel, shown } from './support/guard';
import { recognitionOfComposerInUse } from './support/recognition';
import { DRIFT_MODES, NORMAL, actions, composer, editorsIn, openSite, part, posts, setFixtureMode, siteTab, useSitesWithExtension, type NamedMode } from './support/sites';

/**
 * The product a teacher meets, on every composer of the four sites, in Chromium with the built
 * extension, against fixture pages built with each site's real editor library. With nothing
 * saved, the demo school (Oakfield Primary School, pupils such as Amira Khan, the generic-uk
 * pack) is in use.
 *
 * The sites as they are today in English get every test. Then the same fixtures drift
 * (fixtures/drift.ts): in Welsh, in Polish, and after a redesign that renamed their test ids,
 * classes and labels; there every composer passes the same gate checks, run as two longer flows
 * per composer so that a mode costs a few page loads per composer, in the same browser.
 */
const sites = useSitesWithExtension();

// Every test loads its page into the one site tab (siteTabWith); any other tab a test opened, or a
// failed test left, is closed, so the popup's report comes from that one site tab.
afterEach(async () => {
  for (const page of sites.browser.context.pages().slice(1)) await page.close();
});

const RISKY_LINES = ['So proud of Amira Khan today', 'Best class at Oakfield Primary!'];
const posted = (c: ComposerCase, lines: readonly string[]) => {
  const text = lines.join(c.joiner ?? '\n');
  return c.thread ? [text] : text;
};
const CLEAN = 'Lovely sunny walk along the canal this morning';

async function start(page: Page, c: ComposerCase): Promise<void> {
  await openSite(page, c.url);
  await c.open?.(page);
}

async function type(page: Page, c: ComposerCase, lines: readonly string[]): Promise<void> {
  await c.editor(page).click();
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(c.newline);
    await page.keyboard.type(line);
  }
}

const state = async (page: Page, c: ComposerCase) => indicator(await guardOf(c.editor(page))).getAttribute('data-state');
const screenshot = (mode: NamedMode, page: Page, name: string) => (mode === NORMAL ? page.screenshot({ path: `${SCREENSHOTS}${name}.png` }) : Promise.resolve());

// --- The gate checks, each a step a test runs on a page holding the composer. ---

/** The risky draft's findings and clauses in the panel; the post can be held, and the report says how it was recognised. */
async function findingsShown(page: Page, c: ComposerCase, mode: NamedMode): Promise<void> {
  const guard = await guardOf(c.editor(page));
  const panel = await openPanel(guard);
  await expect.poll(() => shown(panel)).toEqual(['pupil-name/high', 'school-name/warning']);
  // The demo's model policy: M6 (naming pupils) and M7 (linking posts to the school), quoted.
  expect(await panel.locator('li[data-category] > figure').evaluateAll((c) => c.map((e) => e.getAttribute('data-clause')))).toEqual(['M6', 'M7']);
  expect(await panel.locator('li[data-category="pupil-name"] figure blockquote').textContent()).toMatch(/^Leave out pupils’ names/);
  expect(await panel.locator('[data-part="demo-notice"]').textContent()).toContain('Oakfield Primary School');
  // The post can be held (the panel does not say "Checking only"), and the report to the toolbar popup
  // says how: by the site's hooks, or by the page's structure where a language or a redesign broke them.
  expect(await panel.locator('[data-part="checking-only"]').count()).toBe(0);
  // Soft: a report that differs fails the test but lets the gate steps after it run, so a first-contact
  // run (a blind redesign) still says what the teacher meets at the post button.
  const expected = expectedRecognition(c, mode);
  let reported = '';
  await expect
    .poll(async () => (reported = await recognitionOfComposerInUse(sites.browser)))
    .toBe(expected)
    .catch(() => undefined);
  expect.soft(reported, 'how the popup says the composer was recognised').toBe(expected);
  await screenshot(mode, page, `${c.id}-panel`);
  await indicator(guard).click(); // close the panel again
}

/** Emoji, attach, audience, drafts: each does what the site does, and nothing is held. */
async function controlsAroundNeverHeld(page: Page, c: ComposerCase): Promise<void> {
  const bystanders = composer(page, c.id).locator('[data-fixture-bystander]');
  const names = await bystanders.evaluateAll((controls) => controls.map((control) => control.getAttribute('data-fixture-bystander')));
  expect(names.length).toBeGreaterThan(0);
  for (let i = 0; i < names.length; i++) await bystanders.nth(i).click();
  await expect.poll(() => actions(page)).toEqual(names);
  expect(await dialog(page).count()).toBe(0);
}

/** The keyboard shortcut that posts opens the dialog; Escape means "edit": nothing posted. */
async function keyHeldThenEdit(page: Page, c: ComposerCase): Promise<void> {
  await c.editor(page).focus();
  await page.keyboard.press(c.submitKey!);
  await dialog(page).waitFor();
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'detached' });
  expect(await posts(page)).toEqual([]);
}

/** Post → the dialog with the findings; Edit → back to the draft, unchanged, nothing posted. */
async function buttonHeldThenEdit(page: Page, c: ComposerCase, mode: NamedMode): Promise<void> {
  await c.submit(page);
  await dialog(page).waitFor();
  await expect.poll(() => shown(dialog(page))).toEqual(['pupil-name/high', 'school-name/warning']);
  await screenshot(mode, page, `${c.id}-dialog`);
  await dialog(page).locator('[data-action="edit"]').click();
  await dialog(page).waitFor({ state: 'detached' });
  expect(await hasFocus(c.editor(page))).toBe(true);
  expect(await posts(page)).toEqual([]);
}

/** Post (by `how`) → Post anyway → exactly one post, with the text as typed. */
async function postAnywayOnce(page: Page, c: ComposerCase, how: () => Promise<void>): Promise<void> {
  await how();
  await dialog(page).locator('[data-action="post-anyway"]').click();
  await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: posted(c, RISKY_LINES) }]);
  await page.waitForTimeout(300);
  expect(await posts(page)).toHaveLength(1);
}

/** A clean draft posts at once, with no dialog. */
async function cleanGoesThrough(page: Page, c: ComposerCase): Promise<void> {
  await type(page, c, [CLEAN]);
  await expect.poll(() => state(page, c)).toBe('clean');
  await c.submit(page);
  await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: posted(c, [CLEAN]) }]);
  expect(await dialog(page).count()).toBe(0);
}

/** Close, Back, Dismiss or a link elsewhere, with a risky draft: never held; the composer the site builds again is checked. */
async function leavingNeverHeldAndRebuiltChecked(page: Page, c: ComposerCase): Promise<void> {
  await type(page, c, ['Amira Khan']);
  await expect.poll(() => state(page, c)).toBe('findings');
  const first = await c.editor(page).elementHandle();
  await c.renavigate(page);
  await expect.poll(() => first!.evaluate((element) => element.isConnected)).toBe(false);
  expect(await dialog(page).count()).toBe(0);
  expect(await posts(page)).toEqual([]);
  await c.open?.(page);
  await type(page, c, RISKY_LINES);
  const panel = await openPanel(await guardOf(c.editor(page)));
  await expect.poll(() => shown(panel)).toEqual(['pupil-name/high', 'school-name/warning']);
  // The old composer's indicator went with it: one guard, for the composer in use.
  expect(await page.locator(HOST).count()).toBe(1);
}

/** Choosing a person from the mention list, by click or by Enter, is the site's, not a post. */
async function mentionsNeverHeld(page: Page, c: ComposerCase): Promise<void> {
  await type(page, c, ['Amira Khan was great, thanks @Jo']);
  await expect.poll(() => state(page, c)).toBe('findings');
  await composer(page, c.id).locator('[role="option"]').first().click();
  await expect.poll(() => c.editor(page).textContent()).toContain('Jo Bloggs');
  await page.keyboard.type('and @Pr');
  await composer(page, c.id).locator('[role="option"]').first().waitFor();
  await page.keyboard.press('Enter'); // picks "Priya Shah"
  await expect.poll(() => c.editor(page).textContent()).toContain('Priya Shah');
  expect(await dialog(page).count()).toBe(0);
  expect(await posts(page)).toEqual([]);
  // With the list closed, Enter posts, so it is held.
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
  expect(await posts(page)).toEqual([]);
}

/** X's thread: "Add post" (enabled by the draft, like "Post all") is never held; "Post all" holds the thread and posts it once. */
async function threadHeldWhole(page: Page): Promise<void> {
  const c = COMPOSER_CASES.find((k) => k.id === 'x-modal')!;
  await type(page, c, ['Amira Khan will win it']);
  await expect.poll(() => state(page, c)).toBe('findings');
  await part(composer(page, 'x-modal'), 'add').click();
  await expect.poll(() => editorsIn(page, 'x-modal').count()).toBe(2);
  expect(await dialog(page).count()).toBe(0);
  await page.keyboard.type('Sports day tomorrow');
  await c.submit(page);
  await dialog(page).waitFor();
  expect(await dialog(page).locator('h3').allTextContents()).toEqual(['Post 1 of 2']);
  await dialog(page).locator('[data-action="post-anyway"]').click();
  await expect.poll(() => posts(page)).toEqual([{ composer: 'x-modal', text: ['Amira Khan will win it', 'Sports day tomorrow'] }]);
  await page.waitForTimeout(300);
  expect(await posts(page)).toHaveLength(1);
}

const X_MODAL = COMPOSER_CASES.find((c) => c.id === 'x-modal')!;

/** The mention list and the thread, in whichever mode the enclosing describe serves. */
function mentionAndThreadTests(): void {
  describe.each(COMPOSER_CASES.filter((c) => c.mentions).map((c) => [c.id, c] as const))('%s, with its mention list open', (_id, c) => {
    test('choosing a person from the mention list, by click or Enter, is never held', async () => {
      await mentionsNeverHeld(await siteTabWith(c), c);
    });
  });

  describe('x-modal, a thread', () => {
    test('"Add post" is never held; "Post all" holds the whole thread, and posts it once', async () => {
      await threadHeldWhole(await siteTabWith(X_MODAL));
    });
  });
}

/** The site tab (support/sites.ts siteTab), loaded afresh with the composer's page. */
async function siteTabWith(c: ComposerCase): Promise<Page> {
  const page = await siteTab(sites.browser.context);
  await start(page, c);
  return page;
}

// --- The sites as they are today, in English: every test. ---

describe('normal mode', () => {
  const mode = NORMAL;
  describe.each(COMPOSER_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    test('a risky draft shows its findings and clauses; the controls around it are never held; the post is held until the teacher chooses', async () => {
      const page = await siteTabWith(c);
      await type(page, c, RISKY_LINES);
      await findingsShown(page, c, mode);
      await controlsAroundNeverHeld(page, c);
      await buttonHeldThenEdit(page, c, mode);
      await postAnywayOnce(page, c, () => c.submit(page));
    });

    test('a clean draft posts straight away, with no dialog', async () => {
      await cleanGoesThrough(await siteTabWith(c), c);
    });

    test('closing or leaving the composer with a risky draft is never held; the composer the site builds again is checked', async () => {
      await leavingNeverHeldAndRebuiltChecked(await siteTabWith(c), c);
    });
  });

  describe.each(COMPOSER_CASES.filter((c) => c.submitKey).map((c) => [c.id, c] as const))('%s, posting from the keyboard', (_id, c) => {
    test('the keyboard shortcut that posts is held the same way', async () => {
      const page = await siteTabWith(c);
      await type(page, c, RISKY_LINES);
      await expect.poll(() => state(page, c)).toBe('findings');
      await keyHeldThenEdit(page, c);
      await postAnywayOnce(page, c, async () => {
        await c.editor(page).focus();
        await page.keyboard.press(c.submitKey!);
      });
    });
  });

  mentionAndThreadTests();

  describe.each(COMPOSER_CASES.filter((c) => ['facebook-post', 'x-inline', 'linkedin-share', 'linkedin-comment-tiptap'].includes(c.id)).map((c) => [c.id, c] as const))(
    '%s, editing after the dialog',
    (_id, c) => {
      test('"Edit post" puts the caret back where the teacher left it', async () => {
        const page = await siteTabWith(c);
        await type(page, c, ['Amira Khan was great today']);
        for (let i = 0; i < 'great today'.length; i++) await page.keyboard.press('ArrowLeft');
        await expect.poll(() => state(page, c)).toBe('findings');
        await c.submit(page);
        await dialog(page).locator('[data-action="edit"]').click();
        await dialog(page).waitFor({ state: 'detached' });
        await page.keyboard.type('really ');
        await c.submit(page);
        await dialog(page).locator('[data-action="post-anyway"]').click();
        await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: 'Amira Khan was really great today' }]);
      });
    },
  );

  describe.each(COMPOSER_CASES.filter((c) => ['facebook-post', 'x-inline', 'linkedin-share', 'linkedin-comment-tiptap', 'instagram-caption'].includes(c.id)).map((c) => [c.id, c] as const))(
    '%s, in the draft itself',
    (_id, c) => {
      test('the words behind each finding are underlined, without touching the editor', async () => {
        const page = await siteTabWith(c);
        await type(page, c, RISKY_LINES);
        const before = await c.editor(page).evaluate((editor) => editor.innerHTML);
        await expect.poll(() => state(page, c)).toBe('findings');
        const underlined = () =>
          page.evaluate(() =>
            ['high', 'warning', 'info'].flatMap((severity) => [...(CSS.highlights.get(`school-post-guardrail-${severity}`) ?? [])].map((range) => `${severity}:${range.toString()}`)),
          );
        await expect.poll(underlined).toEqual(['high:Amira Khan', 'warning:Oakfield Primary']);
        expect(await c.editor(page).evaluate((editor) => editor.innerHTML)).toBe(before);
        await screenshot(mode, page, `${c.id}-underlined`);
        // Deleting the draft takes the underlines with it.
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await expect.poll(underlined).toEqual([]);
      });
    },
  );
});

// --- The same fixtures after drifting: in Welsh, in Polish, after a redesign. The same gate checks. ---

describe.each(DRIFT_MODES.map((mode) => [mode.name, mode] as const))('%s mode', (_name, mode) => {
  beforeAll(() => setFixtureMode(sites.browser.context, mode));
  afterAll(() => setFixtureMode(sites.browser.context, NORMAL));

  describe.each(COMPOSER_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    test('a risky draft: its findings; the controls around it never held; every way of posting held; Edit keeps the draft; Post anyway posts it once', async () => {
      const page = await siteTabWith(c);
      await type(page, c, RISKY_LINES);
      await findingsShown(page, c, mode);
      await controlsAroundNeverHeld(page, c);
      if (c.submitKey) await keyHeldThenEdit(page, c);
      await buttonHeldThenEdit(page, c, mode);
      // "Post anyway" replays what was held: the key where there is one (a key told only from the
      // site's structure is replayed as itself), else the button.
      await postAnywayOnce(page, c, async () => {
        if (!c.submitKey) return c.submit(page);
        await c.editor(page).focus();
        await page.keyboard.press(c.submitKey);
      });
    });

    test('a clean draft goes straight through; leaving with a risky draft is never held; the composer built again is checked', async () => {
      const page = await siteTabWith(c);
      await cleanGoesThrough(page, c);
      await start(page, c); // a fresh page: some composers close or leave once they post
      await leavingNeverHeldAndRebuiltChecked(page, c);
    });
  });

  mentionAndThreadTests();
});
