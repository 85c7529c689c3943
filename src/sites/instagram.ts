import { enterPostsUnderAPost } from './conventions';
import type { FixtureExpectation, SiteAdapter } from './types';

/**
 * Instagram: the create-post caption is Lexical, posted by a "Share" `div[role=button]` in the
 * dialog's header; a comment is a textarea that posts on Enter or with its "Post" button. React
 * swaps the comment textarea on focus, so the extension never keeps an element across renders.
 */
const BUTTON = '[role="button"], button';

export const instagram: SiteAdapter = {
  id: 'instagram',
  hosts: ['instagram.com'],
  shadowHosts: [],
  // Comments send on Enter; the caption (a dialog or a full-page route) does not.
  structuralSubmitKey: enterPostsUnderAPost,
  composers: [
    {
      id: 'instagram-caption',
      editor: 'lexical',
      editorSelector: '[contenteditable="true"][role="textbox"]:is([aria-label="Write a caption..."], [aria-label="Write a caption…"])',
      submit: [{ selector: BUTTON, texts: ['Share'] }],
    },
    {
      id: 'instagram-comment',
      editor: 'textarea',
      editorSelector: 'textarea:is([aria-label="Add a comment…"], [aria-label="Add a comment..."])',
      submit: [{ selector: `${BUTTON}, button[type="submit"]`, texts: ['Post'] }],
      submitKey: 'enter',
    },
  ],
};

export const instagramFixtures: readonly FixtureExpectation[] = [
  // The comment's "Post" button appears only once something is typed.
  { url: 'https://www.instagram.com/', state: 'feed', editors: { 'instagram-caption': 0, 'instagram-comment': 1 }, submits: { 'instagram-caption': 0, 'instagram-comment': 0 } },
  { url: 'https://www.instagram.com/', state: 'composing', editors: { 'instagram-caption': 1, 'instagram-comment': 1 }, submits: { 'instagram-caption': 1, 'instagram-comment': 0 } },
];
