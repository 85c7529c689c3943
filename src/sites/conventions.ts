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
 * Facebook and Instagram: Enter sends a comment, a reply or a message; in the create-post dialog
 * (a post, a caption) it starts a new line, and only the dialog's button posts.
 */
export function enterPostsOutsideCreateDialog(editor: Element): SubmitKey | undefined {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return 'enter';
  return inCreatePostDialog(editor) ? undefined : 'enter';
}
