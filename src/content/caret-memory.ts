/**
 * Remembers where the caret last was inside an editor, so "Edit post" can put the teacher back
 * exactly where they were. Clicking the site's Post button moves the selection out of the editor,
 * and `focus()` alone puts the caret at the start of a contenteditable. Only the selection is
 * restored; the editor's content is never touched, and the editor syncs its own state from the
 * `selectionchange` that follows, as it does for a click.
 */
export class CaretMemory {
  private range: Range | null = null;
  private readonly onSelectionChange = () => {
    const selection = selectionFor(this.editor);
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (this.editor.contains(range.startContainer) && this.editor.contains(range.endContainer)) this.range = range.cloneRange();
  };

  constructor(private readonly editor: HTMLElement) {
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  /** Focuses the editor with the caret where it was (a textarea keeps its own caret). */
  restore(): void {
    this.editor.focus();
    const range = this.range;
    if (this.editor instanceof HTMLTextAreaElement || !range) return;
    // The editor may have re-rendered the nodes the range pointed into.
    if (!this.editor.contains(range.startContainer) || !this.editor.contains(range.endContainer)) return;
    const selection = selectionFor(this.editor);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  stop(): void {
    document.removeEventListener('selectionchange', this.onSelectionChange);
  }
}

/** Inside a shadow root Chromium reports the selection on the root; `document` sees only the host. */
function selectionFor(editor: Element): Selection | null {
  const root = editor.getRootNode() as ShadowRoot | Document;
  const own = (root as { getSelection?: () => Selection | null }).getSelection;
  return own ? own.call(root) : document.getSelection();
}
