import { describe, expect, test } from 'vitest';
import { COMPOSER_CASES } from './support/composer-cases';
import { injectProbe } from './support/probe';
import { openSite, siteTab, useSitesWithExtension } from './support/sites';

/**
 * The extension reads each editor's draft from its DOM: here, in every real editor library,
 * a draft with a blank line, accents, emoji and markup-like text reads back exactly as typed.
 */
const sites = useSitesWithExtension();

const LINES = ['Siân’s first line', '', 'Third line 👋 with <b>tags</b> &amp; Zoë', 'Last'];

describe.each(COMPOSER_CASES)('$id', (c) => {
  test('the draft reads back line for line, as typed', async () => {
    const page = await siteTab(sites.browser.context);
    await openSite(page, c.url);
    await c.open?.(page);
    await c.editor(page).click();
    for (const [index, line] of LINES.entries()) {
      if (index > 0) await page.keyboard.press(c.newline);
      if (line) await page.keyboard.type(line);
    }
    await injectProbe(page);
    const read = await c.editor(page).evaluate((editor) => (window as unknown as { __probe: { readDraft(e: Element): string } }).__probe.readDraft(editor));
    expect(read).toBe(LINES.join('\n'));
  });
});
