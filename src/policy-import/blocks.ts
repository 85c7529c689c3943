/**
 * A policy document as the readers hand it to the segmenter: its paragraphs in order, with what the
 * format itself says about each (a heading style, a list number Word or HTML counted). Every reader
 * (plain text, HTML, .docx through mammoth, .pdf through pdf.js) produces these; everything after is
 * the same pure code in Node and in the extension's options page.
 */
export interface Block {
  /** The paragraph's words as read: line breaks and runs of spaces are folded later. */
  readonly text: string;
  /** The format marks it as a heading (h1–h6, a Word heading style, larger or bold type in a PDF). */
  readonly heading?: boolean;
  /** A number the format's list gave it and that is not in the text (an HTML or Word numbered list). */
  readonly listLabel?: string;
  /** An item of a bulleted list (no number of its own). */
  readonly bullet?: boolean;
}

/** Word's, Symbol's and plain bullets, as extraction leaves them at the start of a line. */
const BULLET = /^\s*(?:[•●▪◦‣∙·\u2043\u25aa\u25cf\uf0a7\uf0b7\uf0d8\uf076\uf0fc]|[-–*](?=\s))\s*/u;

/** A line that starts a clause or an item: a number (1. / 2.3 / 7.4.3), a letter or numeral in brackets, a bullet. */
const MARKER_START = /^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s|$)|\d{1,2}[.)](?=\s|$)|\d{1,2}(?=\t| {2,})|\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,5})\s*\)(?=\s)|(?:[a-z]|[ivx]{1,5})[.)](?=\s))/;

/**
 * Plain text (a .txt export, or what a PDF's text layer gives) into paragraphs. A blank line ends a
 * paragraph; so does a line that starts with a clause's number, a lettered item or a bullet, since
 * "save as text" puts one list item on each line with no blank between. Wrapped lines join.
 */
export function blocksFromText(text: string): Block[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n|\u2028|\u2029|\f/)
    .map((line) => line.replace(/\s+$/, ''));
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const previous = paragraph[paragraph.length - 1];
    if (previous !== undefined && (MARKER_START.test(line) || BULLET.test(line) || endsParagraph(previous, line, width))) flush();
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** How wide the export wrapped its lines: most lines of a wrapped paragraph come close to it. */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length === 0 ? 0 : lengths[Math.floor(lengths.length * 0.9)]!;
}

/**
 * With no blank line between them, a short line ends its paragraph when it ends a sentence or is a
 * heading ("Policy Statement" above its first paragraph) and the next line starts a new one.
 */
function endsParagraph(previous: string, next: string, width: number): boolean {
  const trimmed = previous.trim();
  const heading = (line: string) => line.length <= 80 && !/[.;:,!?]$/.test(line) && line.split(/\s+/).length <= 10 && /^[\p{Lu}\d]/u.test(line);
  // "…if this has been produced as basis of allegation." then "GENERAL ADVICE" on the next line.
  if (/[.!?]["”’)]?$/u.test(trimmed) && heading(next.trim())) return true;
  const short = trimmed.length < width * 0.7;
  if (!short || !/^\s*[\p{Lu}\d“"‘(]/u.test(next)) return false;
  if (/[.!?:]["”’)]?$/u.test(trimmed)) return true;
  return heading(trimmed);
}

export { BULLET };
