import type { SubmitKey } from './types';

/**
 * The sites' keyboard conventions, told from the page's structure alone, for editors their
 * selectors do not describe (the interface in another language, a redesign): no words, no class
 * names, only what a dialog, an article or a textarea is.
 */

const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * The create-post composer: an editor in a dialog that holds no post of its own. A post opened in
 * a dialog (a photo, a permalink) holds its article, and the comment box under it is a comment.
 */
export function inCreatePostDialog(editor: Element): boolean {
  const dialog = editor.closest(DIALOG);
  return dialog !== null && dialog.querySelector('[role="article"], article') === null;
}

/**
 * A post in a feed or on its own page: the comment and reply boxes under it belong to it. Besides
 * articles, a feed item marked with its position (`aria-posinset`): reports say Facebook's newer
 * feed no longer wraps posts in role="article".
 */
const POST = 'article, [role="article"], [aria-posinset]';

/**
 * Facebook and Instagram: Enter sends a comment or a reply, the boxes under a post (an article);
 * in a composer that writes a post (a dialog, a side sheet, a full-page route: anywhere that is not
 * under a post) Enter starts a new line, and only the composer's own button posts. Holding Enter
 * where it is a line break would open the pre-post dialog in the middle of a paragraph and take
 * the next keystrokes away from the draft, so where the structure does not say "comment box" the
 * key is left alone: the post button is still held, which is the safe way to be wrong.
 * A textarea is the comment box's own element (Instagram's), unless it sits in a create dialog.
 */
export function enterPostsUnderAPost(editor: Element): SubmitKey | undefined {
  if (inCreatePostDialog(editor)) return undefined;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return 'enter';
  return editor.closest(POST) !== null ? 'enter' : undefined;
}
