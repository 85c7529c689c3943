import { enterPostsUnderAPost } from './conventions';
import type { FixtureExpectation, SiteAdapter } from './types';

/**
 * Facebook: every composer is Lexical. Comments and replies are told apart from posts by their
 * aria-label ("Comment as …", "Reply to …") and post on Enter (Shift+Enter is a new line); a
 * Lexical editor in a dialog is the post composer, posted by its "Post" button (or "Next" on pages
 * that go Next → Post: the draft is checked before it leaves the editor). In another language,
 * or after a redesign, the structural layer recognises the rest (src/content/recognise.ts).
 */
const LEXICAL = '[data-lexical-editor="true"][contenteditable="true"]';

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['facebook.com'],
  shadowHosts: [],
  structuralSubmitKey: enterPostsUnderAPost,
  composers: [
    {
      id: 'facebook-comment',
      editor: 'lexical',
      editorSelector: `${LEXICAL}:is([aria-label^="Comment as"], [aria-label^="Reply to"], [aria-label^="Write a comment"], [aria-label^="Write a reply"], [aria-label^="Write a public comment"], [aria-label^="Answer as"])`,
      submit: [{ selector: '[role="button"]:is([aria-label="Comment"], [aria-label="Reply"])' }],
      submitKey: 'enter',
    },
    {
      id: 'facebook-post',
      editor: 'lexical',
      editorSelector: `[role="dialog"] ${LEXICAL}`,
      submit: [{ selector: '[role="button"]:is([aria-label="Post"], [aria-label="Next"], [aria-label="Share now"])' }],
    },
  ],
};

export const facebookFixtures: readonly FixtureExpectation[] = [
  { url: 'https://www.facebook.com/', state: 'feed', editors: { 'facebook-comment': 1, 'facebook-post': 0 }, submits: { 'facebook-comment': 1, 'facebook-post': 0 } },
  // Post dialog and reply box open: the reply is a comment composer, the dialog's editor the post.
  { url: 'https://www.facebook.com/', state: 'composing', editors: { 'facebook-comment': 2, 'facebook-post': 1 }, submits: { 'facebook-comment': 2, 'facebook-post': 1 } },
];
