import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM } from './support/browser';
import { FIXTURE_ORIGINS, SITE_URLS, composer, openSite, posts, serveSites } from './support/sites';

/**
 * The fixture pages themselves, in plain Chromium (no extension): each composer is a working
 * editor, its submit records exactly what the editor holds, and the SPA, typeahead, element-swap
 * and shadow-root behaviours the extension has to survive are really there.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  context = await browser.newContext();
  context.on('request', (request) => requests.push(request.url()));
  await serveSites(context);
  // One tab for every test, each starting with a page load (openSite): a new document, in a renderer
  // that has compiled the site's scripts already, so a load costs about half what a new tab's does.
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
});
afterAll(async () => browser?.close());

const LINES = ['Sports day is on Friday', 'Bring a water bottle'] as const;
const click = (selector: string) => (p: Page) => p.locator(selector).first().click();

interface Composer {
  id: string;
  url: string;
  open?: (p: Page) => Promise<void>;
  editor: string;
  submit: string;
  /** The key that starts the second line in this editor. */
  newline: 'Enter' | 'Shift+Enter';
  /** How the editor's own state joins the two lines (Lexical rich text: paragraphs are "\n\n"). */
  joiner: '\n' | '\n\n';
  keys?: string[];
  disabledWhileEmpty?: boolean;
  thread?: boolean;
}

const COMPOSERS: Composer[] = [
  { id: 'facebook-post', url: SITE_URLS.facebook, open: (p) => p.getByRole('button', { name: "What's on your mind, Sam?" }).click(), editor: '[role=presentation] [role=textbox][data-lexical-editor=true]', submit: '[role=button][aria-label="Post"]', newline: 'Enter', joiner: '\n\n', disabledWhileEmpty: true },
  { id: 'facebook-comment', url: SITE_URLS.facebook, editor: '[role=textbox][aria-label="Comment as Sam Okafor"]', submit: '[role=button][aria-label="Comment"]', newline: 'Shift+Enter', joiner: '\n', keys: ['Enter'] },
  { id: 'facebook-reply', url: SITE_URLS.facebook, open: (p) => p.getByRole('button', { name: 'Reply', exact: true }).click(), editor: '[role=textbox][aria-label="Reply to Jo Bloggs"]', submit: '[role=button][aria-label="Comment"]', newline: 'Shift+Enter', joiner: '\n', keys: ['Enter'] },
  { id: 'instagram-caption', url: SITE_URLS.instagram, open: click('svg[aria-label="New post"]'), editor: '[role=textbox][aria-label="Write a caption..."]', submit: '[role=button]:text-is("Share")', newline: 'Enter', joiner: '\n' },
  { id: 'instagram-comment', url: SITE_URLS.instagram, editor: 'textarea[aria-label="Add a comment…"]', submit: '[role=button]:text-is("Post")', newline: 'Shift+Enter', joiner: '\n', keys: ['Enter'] },
  { id: 'x-inline', url: SITE_URLS.xHome, editor: '[data-testid="tweetTextarea_0RichTextInputContainer"] .DraftEditor-root .public-DraftEditor-content[data-testid="tweetTextarea_0"][aria-label="Post text"]', submit: 'button[data-testid="tweetButtonInline"]', newline: 'Enter', joiner: '\n', keys: ['Control+Enter', 'Meta+Enter'], disabledWhileEmpty: true },
  { id: 'x-modal', url: SITE_URLS.xHome, open: click('a[data-testid="SideNav_NewTweet_Button"]'), editor: '[data-testid="tweetTextarea_0"]', submit: 'button[data-testid="tweetButton"]', newline: 'Enter', joiner: '\n', keys: ['Control+Enter'], disabledWhileEmpty: true, thread: true },
  { id: 'x-reply', url: SITE_URLS.xHome, open: click('button[data-testid="reply"]'), editor: '[data-testid="tweetTextarea_0"]', submit: 'button[data-testid="tweetButton"]', newline: 'Enter', joiner: '\n', keys: ['Meta+Enter'], disabledWhileEmpty: true },
  { id: 'x-mobile', url: SITE_URLS.xMobile, editor: '[data-testid="tweetTextarea_0"] textarea[aria-label="Post text"]', submit: 'button[data-testid="tweetButton"]', newline: 'Enter', joiner: '\n', keys: ['Control+Enter', 'Meta+Enter'], disabledWhileEmpty: true },
  { id: 'linkedin-share', url: SITE_URLS.linkedinFeed, open: click('button:has-text("Start a post")'), editor: '.ql-container .ql-editor[role=textbox][aria-label="Text editor for creating content"]', submit: 'button.share-actions__primary-action', newline: 'Enter', joiner: '\n', disabledWhileEmpty: true },
  { id: 'linkedin-comment-tiptap', url: SITE_URLS.linkedinFeed, editor: '[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror[role=textbox][aria-label="Text editor for creating comment"]', submit: 'button[type=submit]', newline: 'Enter', joiner: '\n', disabledWhileEmpty: true },
  { id: 'linkedin-comment-quill', url: SITE_URLS.linkedinPost, editor: '.ql-editor[role=textbox][aria-label="Text editor for creating content"]', submit: 'button[class*="comments-comment-box__submit-button"]', newline: 'Enter', joiner: '\n', disabledWhileEmpty: true },
];

async function typeDraft(c: Composer): Promise<void> {
  await composer(page, c.id).locator(c.editor).click();
  await page.keyboard.type(LINES[0]);
  await page.keyboard.press(c.newline);
  await page.keyboard.type(LINES[1]);
}

/** Every editor in the wrapper is empty, or the wrapper is gone (a closed dialog). */
const cleared = (c: Composer) =>
  composer(page, c.id)
    .locator(c.editor)
    .evaluateAll((editors) => editors.every((editor) => (editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? '')).trim() === ''));

const ways = COMPOSERS.flatMap((c) => ['click', ...(c.keys ?? [])].map((way) => [c.id, way, c] as const));

describe.each(ways)('%s, submitted by %s', (_id, way, c) => {
  test('records exactly the two-line draft, then clears or closes', async () => {
    await openSite(page, c.url);
    await c.open?.(page);
    const submit = composer(page, c.id).locator(c.submit);
    if (c.disabledWhileEmpty) expect(await submit.isDisabled()).toBe(true);
    await typeDraft(c);
    if (c.disabledWhileEmpty) expect(await submit.isDisabled()).toBe(false);
    expect(await posts(page)).toEqual([]);
    if (way === 'click') await submit.click();
    else await page.keyboard.press(way);
    const text = LINES.join(c.joiner);
    await expect.poll(() => posts(page)).toEqual([{ composer: c.id, text: c.thread ? [text] : text }]);
    await expect.poll(() => cleared(c)).toBe(true);
  });
});

test('an X thread: "Add post" adds tweetTextarea_1, and "Post all" records both texts', async () => {
  await openSite(page, SITE_URLS.xHome);
  await page.click('a[data-testid="SideNav_NewTweet_Button"]');
  const modal = composer(page, 'x-modal');
  expect(await modal.getAttribute('aria-labelledby')).toBe('modal-header');
  await modal.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(LINES[0]);
  await modal.locator('button[data-testid="addButton"]').click();
  await page.keyboard.type(LINES[1]); // the new box has the focus
  expect(await modal.locator('[data-testid="tweetTextarea_1"]').textContent()).toBe(LINES[1]);
  expect(await modal.locator('button[data-testid="tweetButton"]').textContent()).toBe('Post all');
  // Both boxes named tweetTextarea_0 exist at once: the inline one and the modal's.
  expect(await page.locator('[data-testid="tweetTextarea_0"]').count()).toBe(2);
  await modal.locator('button[data-testid="tweetButton"]').click();
  expect(await posts(page)).toEqual([{ composer: 'x-modal', text: [...LINES] }]);
});

describe('SPA navigation replaces the composer with a new editor', () => {
  const cases = [
    { site: 'facebook', url: SITE_URLS.facebook, editor: '[aria-label="Comment as Sam Okafor"]', via: ['/groups/feed/'], after: '[aria-label="Comment as Sam Okafor"]', path: '/groups/feed/' },
    { site: 'instagram', url: SITE_URLS.instagram, editor: 'textarea[aria-label="Add a comment…"]', via: ['/p/ABC123/'], after: 'textarea[aria-label="Add a comment…"]', path: '/p/ABC123/' },
    { site: 'x', url: SITE_URLS.xHome, editor: '[data-testid="tweetTextarea_0"]', via: ['/explore', '/home'], after: '[data-testid="tweetTextarea_0"]', path: '/home' },
    { site: 'linkedin', url: SITE_URLS.linkedinFeed, editor: '.ProseMirror[role=textbox]', via: [`/feed/update/urn:li:activity:7000000000000000001/`], after: '.ql-editor[aria-label="Text editor for creating content"]', path: '/feed/update/urn:li:activity:7000000000000000001/' },
  ];
  test.each(cases)('$site', async ({ url, editor, via, after, path }) => {
    await openSite(page, url);
    const before = await page.locator(editor).elementHandle();
    for (const to of via) await page.click(`[data-fixture-nav="${to}"]`);
    expect(await page.evaluate(() => location.pathname)).toBe(path);
    expect(await before?.evaluate((element) => element.isConnected)).toBe(false);
    await page.locator(after).click();
    await page.keyboard.type('still works');
    expect(await page.locator(after).evaluate((element) => (element instanceof HTMLTextAreaElement ? element.value : element.textContent))).toBe('still works');
  });
});

test('Facebook: "@" opens a typeahead the editor advertises; Enter picks, Escape closes', async () => {
  await openSite(page, SITE_URLS.facebook);
  const editor = page.locator('[aria-label="Comment as Sam Okafor"]');
  await editor.click();
  await page.keyboard.type('Thanks @Jo');
  const listbox = page.locator('[role=listbox]');
  expect(await editor.getAttribute('aria-expanded')).toBe('true');
  expect(await editor.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
  expect(await editor.getAttribute('aria-activedescendant')).toBe(await listbox.locator('[role=option]').first().getAttribute('id'));
  await page.keyboard.press('Enter');
  expect(await posts(page)).toEqual([]);
  expect(await editor.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.type('and @Pr');
  expect(await listbox.count()).toBe(1);
  await page.keyboard.press('Escape');
  expect(await listbox.count()).toBe(0);
  expect(await editor.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Enter');
  expect(await posts(page)).toEqual([{ composer: 'facebook-comment', text: 'Thanks Jo Bloggs and @Pr' }]);
});

test('Instagram: focusing the comment box swaps the textarea for a new element', async () => {
  await openSite(page, SITE_URLS.instagram);
  const textarea = page.locator('textarea[aria-label="Add a comment…"]');
  const first = await textarea.elementHandle();
  expect(await textarea.getAttribute('placeholder')).toBe('Add a comment…');
  expect(await composer(page, 'instagram-comment').locator('[data-fixture-part="post"]').count()).toBe(0);
  await textarea.click();
  expect(await first?.evaluate((element) => element.isConnected)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add a comment…');
  await page.keyboard.type('Lovely');
  expect(await textarea.inputValue()).toBe('Lovely');
});

test('LinkedIn: the share box lives only in the outlet shadow root; /preload/ holds a decoy', async () => {
  await openSite(page, SITE_URLS.linkedinFeed);
  await page.click('button:has-text("Start a post")');
  const found = await page.evaluate(() => {
    const host = document.querySelector('#interop-outlet[data-testid="interop-shadowdom"]');
    return {
      light: document.querySelector('.ql-editor') === null,
      shadow: host?.shadowRoot?.querySelector('[role=dialog][data-test-modal-id="sharebox"] .ql-container .ql-editor.ql-blank[contenteditable=true]')?.getAttribute('data-placeholder'),
      hostHeight: host?.getBoundingClientRect().height,
    };
  });
  expect(found).toEqual({ light: true, shadow: 'What do you want to talk about?', hostHeight: 0 });
  const preload = page.frames().find((frame) => frame.url() === 'https://www.linkedin.com/preload/');
  expect(await preload?.locator('.ql-editor').count()).toBe(1);
});

test.each([
  ['facebook', SITE_URLS.facebook, 'rgb(24, 25, 26)', '[role=article]', 'rgb(36, 37, 38)'],
  ['instagram', SITE_URLS.instagram, 'rgb(0, 0, 0)', 'article', 'rgba(0, 0, 0, 0)'],
  ['x', SITE_URLS.xHome, 'rgb(0, 0, 0)', '[data-testid="primaryColumn"]', 'rgba(0, 0, 0, 0)'],
  ['x mobile', SITE_URLS.xMobile, 'rgb(0, 0, 0)', 'textarea', 'rgba(0, 0, 0, 0)'],
  ['linkedin', SITE_URLS.linkedinFeed, 'rgb(0, 0, 0)', '.artdeco-card', 'rgb(27, 31, 35)'],
])('%s renders its dark theme with ?theme=dark', async (_site, url, page_, card, cardColour) => {
  await openSite(page, `${url}?theme=dark`);
  const colours = await page.evaluate((selector) => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector(selector)!).backgroundColor], card);
  expect(colours).toEqual([page_, cardColour]);
});

test('no page threw, and no request went anywhere but the fixture origins', () => {
  expect(pageErrors).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !FIXTURE_ORIGINS.some((origin) => url.startsWith(`${origin}/`)))).toEqual([]);
});
