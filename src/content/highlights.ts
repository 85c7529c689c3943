import { SEVERITIES, type Finding, type Severity } from '../engine/types';
import type { TextSegment } from '../sites/read-draft';

/**
 * Underlines the words behind each finding in the draft itself, with the CSS Custom Highlight
 * API: the browser paints ranges it is given, so the editor's DOM is never touched (writing marks
 * into Lexical or Draft.js would corrupt them). Ranges are live: they follow small edits, and are
 * replaced after every check.
 */

const COLOURS: Record<Severity, string> = { high: '#d93025', warning: '#e8a200', info: '#1a73e8' };
const highlightName = (severity: Severity) => `school-post-guardrail-${severity}`;
const STYLE = SEVERITIES.map(
  (severity) => `::highlight(${highlightName(severity)}) { text-decoration: underline wavy ${COLOURS[severity]}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
).join('\n');

/** One Highlight per severity for the whole document, shared by every composer's ranges. */
let shared: Map<Severity, Highlight> | null | undefined;
function highlights(): Map<Severity, Highlight> | null {
  if (shared !== undefined) return shared;
  if (typeof Highlight === 'undefined' || typeof CSS === 'undefined' || !('highlights' in CSS)) return (shared = null);
  shared = new Map();
  for (const severity of SEVERITIES) {
    const highlight = new Highlight();
    CSS.highlights.set(highlightName(severity), highlight);
    shared.set(severity, highlight);
  }
  return shared;
}

/** The ::highlight rules must live in the tree that holds the editor: the document or a shadow root. */
const styled = new WeakSet<Document | ShadowRoot>();
function style(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

export class DraftHighlights {
  private ranges: Array<[Severity, Range]> = [];

  constructor(private readonly editor: Element) {}

  show(findings: readonly Finding[], segments: readonly TextSegment[]): void {
    this.clear();
    const registry = highlights();
    if (!registry || segments.length === 0) return;
    try {
      style(this.editor.getRootNode() as Document | ShadowRoot);
    } catch {
      return; // a page that forbids adopting style sheets: the panel still lists every finding
    }
    for (const finding of findings) {
      if (finding.image) continue; // about an attached photo: no words of the draft to underline
      const range = rangeFor(finding.start, finding.end, segments);
      if (!range) continue;
      registry.get(finding.severity)!.add(range);
      this.ranges.push([finding.severity, range]);
    }
  }

  clear(): void {
    const registry = highlights();
    for (const [severity, range] of this.ranges) registry?.get(severity)?.delete(range);
    this.ranges = [];
  }
}

/** The DOM range of draft offsets [start, end), or null if either end falls outside a text node. */
function rangeFor(start: number, end: number, segments: readonly TextSegment[]): Range | null {
  const from = locate(start, segments, false);
  const to = locate(end, segments, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text node and offset of a draft offset; an end offset may sit just after a node's last character. */
function locate(offset: number, segments: readonly TextSegment[], isEnd: boolean): { node: Text; offset: number } | null {
  for (const segment of segments) {
    const local = offset - segment.start;
    if (local >= 0 && (isEnd ? local <= segment.node.data.length && local > 0 : local < segment.node.data.length)) return { node: segment.node, offset: local };
  }
  return null;
}
