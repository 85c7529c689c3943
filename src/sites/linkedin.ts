import type { FixtureExpectation, SiteAdapter } from './types';

/**
 * LinkedIn: the share box is Quill 1 inside the open shadow root of `#interop-outlet`, which
 * `document.querySelector` cannot see; feed comments are TipTap/ProseMirror and comments on a
 * post's own page are Quill. Neither posts on Enter. A hidden `/preload` iframe holds a decoy
 * `.ql-editor`; content scripts do not run in frames, so it is never mistaken for a composer.
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  shadowHosts: ['#interop-outlet'],
  // Enter is a new line everywhere LinkedIn posts from: only the buttons post.
  structuralSubmitKey: () => undefined,
  composers: [
    {
      id: 'linkedin-share',
      editor: 'quill',
      editorSelector: '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
      submit: [{ selector: 'button.share-actions__primary-action' }],
    },
    {
      id: 'linkedin-comment-tiptap',
      editor: 'prosemirror',
      editorSelector: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
      submit: [{ selector: 'button[type="submit"]' }],
    },
    {
      id: 'linkedin-comment-quill',
      editor: 'quill',
      // Not the share box's Quill (in its dialog), should the share box's own hooks have changed,
      // even when the editor sits in a shadow root of its own inside the dialog.
      editorSelector: '.ql-editor[contenteditable="true"]',
      notInside: '[role="dialog"], dialog',
      submit: [{ selector: 'button[class*="comments-comment-box__submit-button"], button[type="submit"]' }],
    },
  ],
};

export const linkedinFixtures: readonly FixtureExpectation[] = [
  // The decoy .ql-editor in the /preload/ iframe is in another document and never counted.
  { url: 'https://www.linkedin.com/feed/', state: 'feed', editors: { 'linkedin-share': 0, 'linkedin-comment-tiptap': 1, 'linkedin-comment-quill': 0 }, submits: { 'linkedin-share': 0, 'linkedin-comment-tiptap': 1, 'linkedin-comment-quill': 1 } },
  { url: 'https://www.linkedin.com/feed/', state: 'composing', editors: { 'linkedin-share': 1, 'linkedin-comment-tiptap': 1, 'linkedin-comment-quill': 0 }, submits: { 'linkedin-share': 1, 'linkedin-comment-tiptap': 1, 'linkedin-comment-quill': 1 } },
  { url: 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/', state: 'feed', editors: { 'linkedin-share': 0, 'linkedin-comment-tiptap': 0, 'linkedin-comment-quill': 1 }, submits: { 'linkedin-share': 0, 'linkedin-comment-tiptap': 0, 'linkedin-comment-quill': 1 } },
];
