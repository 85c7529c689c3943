import type { Locator, Page } from 'playwright-core';
import { SITE_URLS, composer } from './sites';

/**
 * Every composer the extension covers, as the browser tests drive it: where it lives, how to open
 * it, how a teacher breaks a line and posts in it, and how to navigate so the site re-creates it.
 */
export interface ComposerCase {
  /** The fixture's composer id (also the key of `window.__posts` entries). */
  id: string;
  url: string;
  /** Opens the composer (a dialog, a reply box) when it is not on the page from the start. */
  open?(page: Page): Promise<void>;
  editor(page: Page): Locator;
  /** The key that breaks a line without posting. */
  newline: 'Enter' | 'Shift+Enter';
  /**
   * How the editor's own state joins the typed lines: Lexical's rich text counts a new paragraph
   * as a blank line ("\n\n") in `getTextContent()`; the others use one "\n".
   */
  joiner?: string;
  /** Posts the way the site's button does. */
  submit(page: Page): Promise<void>;
  /** The editor posts a thread: its state is recorded as a list of posts. */
  thread?: boolean;
  /** Posts with the site's keyboard shortcut, where it has one. */
  submitKey?: 'Enter' | 'Control+Enter';
  /**
   * Navigates within the single-page app (or closes the composer's dialog) so the composer is
   * destroyed; `open` then builds a new one where needed.
   */
  renavigate(page: Page): Promise<void>;
}

const nav = (path: string) => async (page: Page) => page.locator(`[data-fixture-nav="${path}"]`).first().click();
/** Closes a composer's dialog; the test opens it again, and a modal's editor is built afresh each time. */
const closeWith = (selector: string) => async (page: Page) => page.locator(selector).first().click();
const navVia = (...paths: string[]) => async (page: Page) => {
  for (const path of paths) await nav(path)(page);
};
const click = (selector: string) => async (page: Page) => page.locator(selector).first().click();

export const COMPOSER_CASES: ComposerCase[] = [
  {
    id: 'facebook-post',
    url: SITE_URLS.facebook,
    open: async (page) => page.getByRole('button', { name: "What's on your mind, Sam?" }).click(),
    editor: (page) => composer(page, 'facebook-post').locator('[data-lexical-editor="true"]'),
    newline: 'Enter',
    joiner: '\n\n',
    submit: click('[role="dialog"] [role="button"][aria-label="Post"]'),
    renavigate: async (page) => {
      await click('[role="dialog"] [role="button"][aria-label="Close"]')(page);
      await nav('/groups/feed/')(page);
    },
  },
  {
    id: 'facebook-comment',
    url: SITE_URLS.facebook,
    editor: (page) => page.locator('[data-lexical-editor="true"][aria-label="Comment as Sam Okafor"]'),
    newline: 'Shift+Enter',
    submit: click('[data-fixture-composer="facebook-comment"] [role="button"][aria-label="Comment"]'),
    submitKey: 'Enter',
    renavigate: navVia('/groups/feed/'),
  },
  {
    id: 'facebook-reply',
    url: SITE_URLS.facebook,
    open: async (page) => page.getByRole('button', { name: 'Reply', exact: true }).click(),
    editor: (page) => page.locator('[data-lexical-editor="true"][aria-label="Reply to Jo Bloggs"]'),
    newline: 'Shift+Enter',
    submit: click('[data-fixture-composer="facebook-reply"] [role="button"][aria-label="Comment"]'),
    submitKey: 'Enter',
    renavigate: navVia('/groups/feed/'),
  },
  {
    id: 'instagram-caption',
    url: SITE_URLS.instagram,
    open: click('svg[aria-label="New post"]'),
    editor: (page) => page.locator('[role="textbox"][aria-label="Write a caption..."]'),
    newline: 'Enter',
    submit: click('[role="dialog"] [role="button"]:text-is("Share")'),
    renavigate: async (page) => {
      await click('[role="dialog"] [role="button"]:text-is("Back")')(page);
      await nav('/p/ABC123/')(page);
    },
  },
  {
    id: 'instagram-comment',
    url: SITE_URLS.instagram,
    editor: (page) => page.locator('textarea[aria-label="Add a comment…"]'),
    newline: 'Shift+Enter',
    submit: click('[data-fixture-composer="instagram-comment"] [role="button"]:text-is("Post")'),
    submitKey: 'Enter',
    renavigate: nav('/p/ABC123/'),
  },
  {
    id: 'x-inline',
    url: SITE_URLS.xHome,
    editor: (page) => composer(page, 'x-inline').locator('[data-testid="tweetTextarea_0"]'),
    newline: 'Enter',
    submit: click('button[data-testid="tweetButtonInline"]'),
    submitKey: 'Control+Enter',
    renavigate: navVia('/explore', '/home'),
  },
  {
    id: 'x-modal',
    url: SITE_URLS.xHome,
    open: click('a[data-testid="SideNav_NewTweet_Button"]'),
    editor: (page) => composer(page, 'x-modal').locator('[data-testid="tweetTextarea_0"]'),
    newline: 'Enter',
    thread: true,
    submit: click('[role="dialog"] button[data-testid="tweetButton"]'),
    submitKey: 'Control+Enter',
    renavigate: closeWith('[role="dialog"] [data-testid="app-bar-close"]'),
  },
  {
    id: 'x-reply',
    url: SITE_URLS.xHome,
    open: click('button[data-testid="reply"]'),
    editor: (page) => composer(page, 'x-reply').locator('[data-testid="tweetTextarea_0"]'),
    newline: 'Enter',
    submit: click('[role="dialog"] button[data-testid="tweetButton"]'),
    submitKey: 'Control+Enter',
    renavigate: closeWith('[role="dialog"] [data-testid="app-bar-close"]'),
  },
  {
    id: 'x-mobile',
    url: SITE_URLS.xMobile,
    editor: (page) => page.locator('[data-testid="tweetTextarea_0"] textarea'),
    newline: 'Enter',
    submit: click('button[data-testid="tweetButton"]'),
    submitKey: 'Control+Enter',
    renavigate: async (page) => {
      await click('[data-testid="app-bar-close"]')(page);
      await nav('/compose/post')(page);
    },
  },
  {
    id: 'linkedin-share',
    url: SITE_URLS.linkedinFeed,
    open: click('button:has-text("Start a post")'),
    // Playwright's CSS engine pierces the open shadow root of #interop-outlet; the page's own querySelector does not.
    editor: (page) => page.locator('#interop-outlet [data-test-modal-id="sharebox"] .ql-editor'),
    newline: 'Enter',
    submit: click('#interop-outlet button.share-actions__primary-action'),
    renavigate: closeWith('#interop-outlet [aria-label="Dismiss"]'),
  },
  {
    id: 'linkedin-comment-tiptap',
    url: SITE_URLS.linkedinFeed,
    editor: (page) => page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"]'),
    newline: 'Enter',
    submit: click('[data-fixture-composer="linkedin-comment-tiptap"] button[type="submit"]'),
    renavigate: navVia('/feed/update/urn:li:activity:7000000000000000001/', '/feed/'),
  },
  {
    id: 'linkedin-comment-quill',
    url: SITE_URLS.linkedinPost,
    editor: (page) => composer(page, 'linkedin-comment-quill').locator('.ql-editor'),
    newline: 'Enter',
    submit: click('button[class*="comments-comment-box__submit-button"]'),
    renavigate: navVia('/feed/', '/feed/update/urn:li:activity:7000000000000000001/'),
  },
];
