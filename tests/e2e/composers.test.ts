import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { COMPOSER_CASES, type ComposerCase } from './support/composer-cases';
import { HOST, SCREENSHOTS, dialog, guardOf, hasFocus, indicator, openPanel, shown } from './support/guard';
import { openSite, posts, useSitesWithExtension } from './support/sites';

/**
 * The product a teacher meets, on every composer of the four sites, in Chromium with the built
 * extension, against fixture pages built with each site's real editor library. With nothing
 * saved, the demo school (Oakfield Primary School, pupils such as Amira Khan, the generic-uk
 * pack) is in use.
 */
const sites = useSitesWithExtension();

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

describe.each(COMPOSER_CASES)('$id', (c) => {
  test('a risky draft shows its findings and clauses; the post is held until the teacher chooses', async () => {
    const page = await sites.browser.context.newPage();
    await start(page, c);
    await type(page, c, RISKY_LINES);
    const guard = await guardOf(c.editor(page));
    const panel = await openPanel(guard);
    await expect.poll(() => shown(panel)).toEqual(['pupil-name/high', 'school-name/warning']);
    // The demo's model policy: M6 (naming pupils) and M7 (linking posts to the school), quoted.
    expect(await panel.locator('li[data-category] > figure').evaluateAll((c) => c.map((e) => e.getAttribute('data-clause')))).toEqual(['M6', 'M7']);
    expect(await panel.locator('li[data-category="pupil-name"] figure blockquote').textContent()).toMatch(/^Leave out pupils’ names/);
    expect(await panel.locator('[data-part="demo-notice"]').textContent()).toContain('Oakfield Primary School');
    await page.screenshot({ path: `${SCREENSHOTS}${c.id}-panel.png` });
    await indicator(guard).click(); // close the panel again

    // Post → the dialog; Edit → back to the draft, unchanged, nothing posted.
    await c.submit(page);
    await dialog(page).waitFor();
    await expect.poll(() => shown(dialog(page))).toEqual(['pupil-name/high', 'school-name/warning']);
    await page.screenshot({ path: `${SCREENSHOTS}${c.id}-dialog.png` });
    await dialog(page).locator('[data-action="edit"]').click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await hasFocus(c.editor(page))).toBe(true);
    expect(await posts(page)).toEqual([]);

    // Post again → Post anyway → exactly one post, with the text as typed.
    await c.submit(page);
    await dialog(page).locator('[data-action="post-anyway"]').click();
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: posted(c, RISKY_LINES) }]);
    await page.waitForTimeout(300);
    expect(await posts(page)).toHaveLength(1);
    await page.close();
  });

  test('a clean draft posts straight away, with no dialog', async () => {
    const page = await sites.browser.context.newPage();
    await start(page, c);
    await type(page, c, [CLEAN]);
    await expect.poll(async () => indicator(await guardOf(c.editor(page))).getAttribute('data-state')).toBe('clean');
    await c.submit(page);
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: posted(c, [CLEAN]) }]);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  test('a composer re-created by navigation is still checked', async () => {
    const page = await sites.browser.context.newPage();
    await start(page, c);
    const first = await c.editor(page).elementHandle();
    await c.renavigate(page);
    await c.open?.(page);
    await expect.poll(() => c.editor(page).evaluate((element, old) => element !== old, first)).toBe(true);
    await type(page, c, RISKY_LINES);
    const panel = await openPanel(await guardOf(c.editor(page)));
    await expect.poll(() => shown(panel)).toEqual(['pupil-name/high', 'school-name/warning']);
    // The old composer's indicator went with it: one guard, for the composer in use.
    expect(await page.locator(HOST).count()).toBe(1);
    await page.close();
  });
});

describe.each(COMPOSER_CASES.filter((c) => c.submitKey))('$id, posting from the keyboard', (c) => {
  test('the keyboard shortcut that posts is held the same way', async () => {
    const page = await sites.browser.context.newPage();
    await start(page, c);
    await type(page, c, RISKY_LINES);
    await expect.poll(async () => indicator(await guardOf(c.editor(page))).getAttribute('data-state')).toBe('findings');
    await page.keyboard.press(c.submitKey!);
    await dialog(page).waitFor();
    await page.keyboard.press('Escape'); // Escape means "edit"
    await dialog(page).waitFor({ state: 'detached' });
    expect(await posts(page)).toEqual([]);
    await c.editor(page).focus();
    await page.keyboard.press(c.submitKey!);
    await dialog(page).locator('[data-action="post-anyway"]').click();
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: posted(c, RISKY_LINES) }]);
    await page.close();
  });
});

describe.each(COMPOSER_CASES.filter((c) => ['facebook-post', 'x-inline', 'linkedin-share', 'linkedin-comment-tiptap'].includes(c.id)))('$id, editing after the dialog', (c) => {
  test('"Edit post" puts the caret back where the teacher left it', async () => {
    const page = await sites.browser.context.newPage();
    await start(page, c);
    await type(page, c, ['Amira Khan was great today']);
    for (let i = 0; i < 'great today'.length; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => indicator(await guardOf(c.editor(page))).getAttribute('data-state')).toBe('findings');
    await c.submit(page);
    await dialog(page).locator('[data-action="edit"]').click();
    await dialog(page).waitFor({ state: 'detached' });
    await page.keyboard.type('really ');
    await c.submit(page);
    await dialog(page).locator('[data-action="post-anyway"]').click();
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: 'Amira Khan was really great today' }]);
    await page.close();
  });
});

describe.each(COMPOSER_CASES.filter((c) => ['facebook-post', 'x-inline', 'linkedin-share', 'linkedin-comment-tiptap', 'instagram-caption'].includes(c.id)))('$id, in the draft itself', (c) => {
  test('the words behind each finding are underlined, without touching the editor', async () => {
    const page = await sites.browser.context.newPage();
    await start(page, c);
    await type(page, c, RISKY_LINES);
    const before = await c.editor(page).evaluate((editor) => editor.innerHTML);
    await expect.poll(async () => indicator(await guardOf(c.editor(page))).getAttribute('data-state')).toBe('findings');
    const underlined = () =>
      page.evaluate(() =>
        ['high', 'warning', 'info'].flatMap((severity) => [...(CSS.highlights.get(`school-post-guardrail-${severity}`) ?? [])].map((range) => `${severity}:${range.toString()}`)),
      );
    await expect.poll(underlined).toEqual(['high:Amira Khan', 'warning:Oakfield Primary']);
    expect(await c.editor(page).evaluate((editor) => editor.innerHTML)).toBe(before);
    await page.screenshot({ path: `${SCREENSHOTS}${c.id}-underlined.png` });
    // Deleting the draft takes the underlines with it.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(underlined).toEqual([]);
    await page.close();
  });
});
