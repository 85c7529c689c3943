/**
 * Reads a composer's draft as plain text, one line per block, without touching the editor.
 *
 * Lexical, Draft.js, Quill and ProseMirror all render their state as blocks (`<p>`, Draft's
 * `div[data-block]`) of text, and each puts a placeholder `<br>` in an empty block or after a
 * trailing line break so the caret has somewhere to go. So the same walk reads all of them: text
 * nodes as they are, a line break between blocks, a `<br>` only when text follows it in its block.
 * `innerText` would do most of this but forces a layout and doubles the breaks between `<p>`s.
 */

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'FIGURE']);
const SKIPPED_TAGS = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

export function readDraft(editor: Element): string {
  return readDraftWithNodes(editor).text;
}

/** Where a stretch of the draft's text lives in the editor: `node.data` starts at offset `start`. */
export interface TextSegment {
  readonly start: number;
  readonly node: Text;
}

/**
 * The draft, with the text node behind each stretch of it, so an offset in the draft (a
 * finding's span) can be turned back into a DOM range. A textarea has no nodes to map.
 */
export function readDraftWithNodes(editor: Element): { text: string; segments: TextSegment[] } {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return { text: editor.value, segments: [] };
  const reader = new BlockText();
  reader.walk(editor, editor);
  return { text: reader.text, segments: reader.segments };
}

class BlockText {
  text = '';
  readonly segments: TextSegment[] = [];
  private breakPending = false;

  walk(node: Node, root: Element): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        this.startBlock();
        this.segments.push({ start: this.text.length, node: child as Text });
        this.text += data;
      } else if (child instanceof Element) {
        this.element(child, root);
      }
    }
  }

  private element(element: Element, root: Element): void {
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      if (textFollowsInBlock(element, root)) this.write('\n');
      return;
    }
    // Emoji rendered as pictures keep the character in `alt`.
    if (tag === 'IMG') {
      this.write(element.getAttribute('alt') ?? '');
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) this.startBlock();
    this.walk(element, root);
    if (block) this.breakPending = this.text.length > 0 || this.breakPending;
  }

  private startBlock(): void {
    if (this.breakPending) {
      this.text += '\n';
      this.breakPending = false;
    }
  }

  private write(data: string): void {
    if (data.length === 0) return;
    this.startBlock();
    this.text += data;
  }
}

/** Whether anything comes after `br` inside its nearest block, i.e. it is a real line break. */
function textFollowsInBlock(br: Element, root: Element): boolean {
  let node: Node = br;
  while (node !== root && node.parentNode) {
    if (node !== br && node instanceof Element && BLOCK_TAGS.has(node.tagName.toUpperCase())) return false;
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE ? (next as Text).data.length > 0 : next instanceof Element) return true;
    }
    node = node.parentNode;
  }
  return false;
}
