/**
 * When the pre-post dialog opens because of a key (Enter in a comment box, Ctrl/Cmd+Enter on X),
 * the teacher's hands are still on the keyboard: the keys pressed in the moment after it appears
 * were meant for the draft, not for the dialog, which took the focus from under them. Those keys
 * must neither be lost nor choose "Edit post" or "Post anyway" (Space and Enter press a focused
 * button). So for a short while after a key opened it, until the teacher moves within the dialog
 * (Tab) or that while is over:
 *
 * - a key held down since before (an auto-repeat), or the posting key pressed again, is ignored:
 *   the dialog is already the answer to it, and a repeat never chooses;
 * - a key that types (a letter, Space, Backspace, Delete) goes back to the draft: the dialog
 *   closes as "Edit post" (nothing is posted) with the caret where it was, and the key itself
 *   lands in the editor, as the focus is back there before the browser inserts its character;
 * - Enter, which in an editor breaks the line through the editor's own key handler (which never
 *   saw this key press), and other shortcuts are ignored rather than guessed at;
 * - anything else (Tab, Escape, the arrows) is the dialog's, as it always is after that while.
 */

/** Long enough for keys already on their way, short of the time it takes to read the dialog's title. */
export const TYPING_AHEAD_MS = 800;

export type KeyVerdict = 'dialog' | 'ignore' | 'to-draft';

export interface KeyFacts {
  readonly key: string;
  readonly repeat: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** AltGr on Windows and Linux (reported as Ctrl and Alt together): a letter typed with it ("ŵ", "ł") is a letter. */
  readonly altGraph?: boolean;
  readonly shiftKey: boolean;
}

/** What a key pressed in a dialog that a key opened `msSinceOpen` ago means. */
export function keyInKeyOpenedDialog(event: KeyFacts, msSinceOpen: number): KeyVerdict {
  // A key held since before the dialog opened is still that key press, however long it is held.
  if (event.repeat && (event.key === 'Enter' || event.key === ' ' || event.key.length === 1)) return 'ignore';
  if (msSinceOpen > TYPING_AHEAD_MS) return 'dialog';
  if (event.key === 'Enter') return 'ignore';
  // A single character typed with AltGr (Windows, Linux) or Option (a Mac's Alt alone) is a letter ("ŵ", "ç"), not a shortcut.
  const character = [...event.key].length === 1;
  const letterModifier = character && (event.altGraph === true || (event.altKey && !event.ctrlKey && !event.metaKey));
  if ((event.ctrlKey || event.metaKey || event.altKey) && !letterModifier) return 'ignore';
  if (event.key === ' ' || event.key === 'Backspace' || event.key === 'Delete' || [...event.key].length === 1) return 'to-draft';
  return 'dialog';
}
