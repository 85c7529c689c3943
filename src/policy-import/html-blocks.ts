import type { Block } from './blocks';
import { blocksFromText } from './blocks';

/**
 * An HTML page (a policy saved from a school's website, or what mammoth makes of a .docx) into
 * paragraphs: headings from h1–h6, an ordered list's items numbered as the browser would show them
 * (1, 2… or a, b… by its `type`, nested lists as 3(a) under their item), bulleted items as bullets.
 * Takes any DOM (the browser's DOMParser, linkedom in Node), so the same code runs in both.
 */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  tagName?: string;
  getAttribute?(name: string): string | null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'HEAD', 'TITLE', 'SVG', 'BUTTON', 'FORM', 'SELECT']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'TD', 'TH', 'DD', 'DT', 'PRE', 'ADDRESS', 'FIGCAPTION', 'CAPTION']);

export function blocksFromHtml(root: DomNode): Block[] {
  const blocks: Block[] = [];
  walk(root, blocks, undefined);
  return blocks.filter((b) => b.text.trim() !== '');
}

function tag(node: DomNode): string {
  return (node.tagName ?? '').toUpperCase();
}

/** The text of a node's inline content, stopping at nested lists (they are their own items). */
function inlineText(node: DomNode): string {
  let text = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const t = tag(child);
      if (t === 'OL' || t === 'UL' || SKIP.has(t)) continue;
      if (t === 'BR') text += '\n';
      else if (BLOCK.has(t) || t === 'LI') text += `\n${inlineText(child)}\n`;
      else text += inlineText(child);
    }
  }
  return text;
}

function hasBlockChildren(node: DomNode): boolean {
  return Array.from(node.childNodes).some((c) => c.nodeType === 1 && (BLOCK.has(tag(c)) || /^H[1-6]$/.test(tag(c)) || tag(c) === 'OL' || tag(c) === 'UL' || tag(c) === 'TABLE'));
}

function label(type: string | null, n: number): string {
  if (type === 'a') return String.fromCharCode(96 + n);
  if (type === 'A') return String.fromCharCode(64 + n).toLowerCase();
  if (type === 'i' || type === 'I') return ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'][n - 1] ?? String(n);
  return String(n);
}

function walk(node: DomNode, blocks: Block[], listPrefix: string | undefined) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const text = child.textContent ?? '';
      if (text.trim()) blocks.push(...blocksFromText(text));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const t = tag(child);
    if (SKIP.has(t)) continue;
    if (/^H[1-6]$/.test(t)) {
      blocks.push({ text: inlineText(child), heading: true });
    } else if (t === 'OL' || t === 'UL') {
      const start = Number(child.getAttribute?.('start') ?? '1') || 1;
      const type = child.getAttribute?.('type') ?? null;
      let n = start - 1;
      for (const item of Array.from(child.childNodes)) {
        if (item.nodeType !== 1 || tag(item) !== 'LI') continue;
        n++;
        const text = inlineText(item);
        if (t === 'UL') blocks.push({ text, bullet: true });
        else {
          const own = label(type, n);
          // Nested ordered lists in a page are usually lettered; an explicit type says so.
          const listLabel = listPrefix === undefined ? (type && type !== '1' ? `(${own})` : `${own}.`) : type && type !== '1' ? `(${own})` : `${listPrefix}.${own}`;
          blocks.push({ text, listLabel });
        }
        const nested = Array.from(item.childNodes).filter((c) => c.nodeType === 1 && (tag(c) === 'OL' || tag(c) === 'UL'));
        for (const list of nested) walk({ nodeType: 1, textContent: null, childNodes: [list] }, blocks, t === 'OL' ? (listPrefix ? `${listPrefix}.${label(type, n)}` : label(type, n)) : listPrefix);
      }
    } else if (t === 'PRE') {
      blocks.push(...blocksFromText(child.textContent ?? ''));
    } else if (BLOCK.has(t) && !hasBlockChildren(child)) {
      const text = inlineText(child);
      // A paragraph carrying its own number ("7.4.3 …") is read like a line of text.
      blocks.push(...blocksFromText(text));
    } else {
      walk(child, blocks, listPrefix);
    }
  }
}
