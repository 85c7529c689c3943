/**
 * A PDF's text layer (what pdf.js's getTextContent gives: runs of text with their positions) back
 * into lines and paragraphs: runs on one baseline are one line, read left to right; a gap between
 * lines well over the usual line spacing is a blank line (a new paragraph); each page ends one.
 * Only the text layer is read: a scanned page (an image) has none, and that is said, not guessed.
 */
export interface TextRun {
  str: string;
  /** The run's transform: [a, b, c, d, x, y]; d is about the font size, y the baseline. */
  transform: number[];
  width: number;
  height?: number;
  hasEOL?: boolean;
}

export function textFromPages(pages: readonly (readonly TextRun[])[]): string {
  return pages.map(pageText).join('\n\n');
}

interface Line {
  y: number;
  size: number;
  runs: TextRun[];
}

function pageText(runs: readonly TextRun[]): string {
  const lines: Line[] = [];
  for (const run of runs) {
    if (run.str === '' && !run.hasEOL) continue;
    const y = run.transform[5] ?? 0;
    const size = Math.abs(run.transform[3] ?? 0) || run.height || 10;
    const line = lines.find((l) => Math.abs(l.y - y) < Math.max(2, size * 0.4));
    if (line) line.runs.push(run);
    else lines.push({ y, size, runs: [run] });
  }
  lines.sort((a, b) => b.y - a.y);
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && usual > 0 && lines[i - 1]!.y - line.y > usual * 1.45) out.push('');
    out.push(lineText(line));
  });
  return out.join('\n');
}

function lineText(line: Line): string {
  const runs = [...line.runs].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  let text = '';
  let end: number | undefined;
  for (const run of runs) {
    const x = run.transform[4] ?? 0;
    // A visible gap between runs is a space (or a tab stop, which folds to one).
    if (end !== undefined && x - end > line.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += x - end > line.size * 2 ? '\t' : ' ';
    text += run.str;
    end = x + run.width;
  }
  return text.replace(/\s+$/, '');
}
