import type { FixtureExpectation, SiteAdapter } from './types';

/**
 * X: desktop composers are Draft.js with `data-testid="tweetTextarea_N"` (N counts the posts of a
 * thread); mobile web uses a textarea inside the same test id. The inline home box posts with
 * `tweetButtonInline`, the modal, replies and threads with `tweetButton`, and both with
 * Ctrl/Cmd+Enter. The `tweetTextarea_0RichTextInputContainer` wrapper shares the prefix but is
 * not editable, which the contenteditable condition excludes.
 */
export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  shadowHosts: [],
  // Ctrl/Cmd+Enter posts from every composer X has, whatever its test ids say.
  structuralSubmitKey: () => 'mod-enter',
  composers: [
    {
      id: 'x-post',
      editor: 'draft',
      editorSelector: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
      submit: [{ selector: 'button:is([data-testid="tweetButtonInline"], [data-testid="tweetButton"])' }],
      submitKey: 'mod-enter',
    },
    {
      id: 'x-mobile',
      editor: 'textarea',
      editorSelector: '[data-testid^="tweetTextarea_"] textarea, textarea[data-testid^="tweetTextarea_"]',
      submit: [{ selector: 'button:is([data-testid="tweetButtonInline"], [data-testid="tweetButton"])' }],
      submitKey: 'mod-enter',
    },
  ],
};

export const xFixtures: readonly FixtureExpectation[] = [
  { url: 'https://x.com/home', state: 'feed', editors: { 'x-post': 1, 'x-mobile': 0 }, submits: { 'x-post': 1, 'x-mobile': 1 } },
  // The modal's thread (two editors, one "Post all") over the inline box: two buttons in all.
  { url: 'https://x.com/home', state: 'composing', editors: { 'x-post': 3, 'x-mobile': 0 }, submits: { 'x-post': 2, 'x-mobile': 2 } },
  { url: 'https://mobile.x.com/compose/post', state: 'feed', editors: { 'x-post': 0, 'x-mobile': 1 }, submits: { 'x-post': 1, 'x-mobile': 1 } },
];
