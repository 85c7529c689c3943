import { LEXICONS } from '../rules';

/**
 * Folds a draft into the form every matcher compares against: lower case, accents removed
 * (Siân = Sian, Zoë = Zoe), look-alike letters resolved (Cyrillic "і" = "i"), full-width and
 * mathematical letters decomposed, curly apostrophes made straight, invisible characters dropped.
 *
 * The folded text can be longer or shorter than the draft ("ß" → "ss", zero-width space → ""),
 * so every folded UTF-16 unit remembers where its source character starts and ends in the draft:
 * findings are always reported in the draft's own offsets.
 */
export interface FoldedText {
  readonly text: string;
  /** For each folded unit, the offset in the draft where its source character starts. */
  readonly starts: Uint32Array;
  /** For each folded unit, the offset in the draft just after its source character. */
  readonly ends: Uint32Array;
}

const CONFUSABLES: Readonly<Record<string, string>> = LEXICONS.confusables.map;
const INVISIBLE = new Set<string>(LEXICONS.confusables.invisible);
const COMBINING_MARK = /\p{M}/gu;

/** Per-character results for anything outside ASCII; a draft repeats the same few characters. */
const foldCache = new Map<string, string>();

export function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  if (INVISIBLE.has(char)) {
    folded = '';
  } else {
    const decomposed = char.toLowerCase().normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
    folded = '';
    for (const part of decomposed) folded += CONFUSABLES[part] ?? part;
    if (/^\s+$/u.test(folded) && folded !== '\n') folded = ' ';
  }
  if (foldCache.size < 4096) foldCache.set(char, folded);
  return folded;
}

export function fold(text: string): FoldedText {
  const length = text.length;
  // Folding rarely changes the length; size for the draft and grow only when it does.
  let starts = new Uint32Array(length + 8);
  let ends = new Uint32Array(length + 8);
  const room = (needed: number) => {
    if (needed <= starts.length) return;
    const grownStarts = new Uint32Array(needed * 2);
    const grownEnds = new Uint32Array(needed * 2);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };
  const parts: string[] = [];
  let out = 0;
  let i = 0;
  while (i < length) {
    // Most of a draft is plain ASCII, which folds to itself but for its capitals: a run of it is
    // lower-cased in one go, one unit for one unit, instead of character by character.
    let runEnd = i;
    while (runEnd < length && foldsByLowerCase(text.charCodeAt(runEnd))) runEnd++;
    if (runEnd > i) {
      room(out + runEnd - i);
      for (let k = i; k < runEnd; k++) {
        starts[out] = k;
        ends[out] = k + 1;
        out++;
      }
      parts.push(text.slice(i, runEnd).toLowerCase());
      i = runEnd;
      if (i >= length) break;
    }
    const code = text.charCodeAt(i);
    let width = 1;
    let folded: string;
    if (code < 0x80) {
      // The rest of ASCII: the backtick is a stand-in apostrophe. Control characters (but tab and
      // line breaks) are invisible in any composer: dropped, like zero-width ones.
      folded = code === 96 ? "'" : '';
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) width = 2;
      }
      folded = foldChar(text.slice(i, i + width));
    }
    room(out + folded.length);
    for (let k = 0; k < folded.length; k++) {
      starts[out] = i;
      ends[out] = i + width;
      out++;
    }
    parts.push(folded);
    i += width;
  }
  return { text: parts.join(''), starts: starts.subarray(0, out), ends: ends.subarray(0, out) };
}

/** An ASCII character whose folded form is its lower case: all but the backtick and the control characters (tab and line breaks are kept). */
function foldsByLowerCase(code: number): boolean {
  return code < 0x80 && code !== 96 && code !== 127 && (code >= 32 || code === 9 || code === 10 || code === 13);
}

/** Maps a span of folded text back to the draft. `end` is exclusive in both. */
export function toDraftSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start]! : folded.ends[folded.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: folded.starts[start]!, end: folded.ends[end - 1]! };
}

/** Folds a short string (a roster name, a lexicon phrase) without keeping offsets. */
export function foldString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : char) : foldChar(char);
  }
  return out;
}
