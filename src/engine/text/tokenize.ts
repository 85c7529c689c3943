import { fold, type FoldedText } from './fold';
import { lowerBound } from '../lower-bound';
import { LEXICONS } from '../rules';
import { unreadWordNumbers, type WordNumbers } from './vocabulary';

/**
 * Splits a folded draft into word tokens. Hyphens separate tokens ("Lily-Mae" is two tokens, so it
 * matches "Lily Mae" too); apostrophes inside a word do not ("O'Brien", "Amira's"). Masks and
 * leetspeak stay inside the token ("f***ing", "sh!t", "id10ts") so the derogatory matcher sees them.
 */
export type TokenKind = 'word' | 'hashtag' | 'mention';

export interface Token {
  readonly index: number;
  readonly kind: TokenKind;
  /** Folded text of the token, with its # or @. */
  readonly text: string;
  /** Comparable form: no #/@, no possessive 's, no apostrophes ("O'Brien's" → "obrien"). */
  readonly norm: string;
  readonly possessive: boolean;
  /** `norm` less a plural's "s" ("parents" → "parent") and "es" ("boxes" → "box"), where it could be one: every phrase matcher tries them, so they are cut once here. */
  readonly lessS: string | undefined;
  readonly lessEs: string | undefined;
  /** The draft's own characters. */
  readonly raw: string;
  /** As written, case kept, for acronyms matched only in capitals: no #/@, possessive or apostrophes. */
  readonly exact: string;
  /** Offsets in the draft (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offsets in the folded text. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
  /** First letter written in upper case in the draft. */
  readonly capitalised: boolean;
  /** Every letter written in upper case (acronyms: "MASH", "SLT"). */
  readonly allCaps: boolean;
  readonly sentence: number;
  /** The first token of its sentence: capitalisation tells nothing there. */
  readonly sentenceStart: boolean;
  /** Folded characters between the previous token and this one. */
  readonly gapBefore: string;
  /** `norm`, `lessS` and `lessEs` as numbers of the phrase matchers' vocabulary (see `vocabulary.ts`). */
  readonly numbers: WordNumbers;
}

export interface TokenizedText {
  readonly draft: string;
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
  /** Draft offsets where each sentence starts; sentence n spans [sentenceStarts[n], sentenceStarts[n+1]). */
  readonly sentenceStarts: readonly number[];
}

const TOKEN = /[#@]?[\p{L}\p{N}](?:[\p{L}\p{N}_]|\*+(?=[\p{L}\p{N}*])|'(?=[\p{L}\p{N}])|[@$!](?=[\p{L}\p{N}]))*\**/gu;
/** Words after which a full stop does not end the sentence. */
const NO_BREAK_AFTER: ReadonlySet<string> = new Set([...LEXICONS.community.honorifics, ...LEXICONS.confusables.abbreviations]);
const SENTENCE_END = /[.!?…]\s|[.!?…]$|\n/;

export function normaliseToken(folded: string): { norm: string; possessive: boolean } {
  let word = folded.charCodeAt(0) === 35 || folded.charCodeAt(0) === 64 ? folded.slice(1) : folded;
  let possessive = false;
  if (word.length > 2 && word.endsWith("'s")) {
    word = word.slice(0, -2);
    possessive = true;
  } else if (word.length > 3 && word.charCodeAt(word.length - 2) === 39 && (word.charCodeAt(word.length - 1) === 114 || word.charCodeAt(word.length - 1) === 110)) {
    word = word.slice(0, -2); // Welsh "rhieni'r" is "rhieni yr" (the parents), "ysgol'n" likewise
  }
  return { norm: word.includes("'") ? word.replaceAll("'", '') : word, possessive };
}

export function tokenize(draft: string): TokenizedText {
  const folded = fold(draft);
  const text = folded.text;
  const tokens: Token[] = [];
  const sentenceStarts = [0];
  let sentence = 0;
  let previousEnd = 0;
  let previousNorm = '';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const foldedStart = m.index;
    const foldedEnd = foldedStart + m[0].length;
    const gapBefore = text.slice(previousEnd, foldedStart);
    // (A single space, nearly every gap, ends no sentence: no pattern needed.)
    if (tokens.length > 0 && gapBefore !== ' ' && SENTENCE_END.test(gapBefore) && !isAbbreviation(previousNorm, gapBefore, m[0])) {
      sentence++;
      sentenceStarts.push(folded.starts[foldedStart]!);
    }
    const start = folded.starts[foldedStart]!;
    const end = folded.ends[foldedEnd - 1]!;
    const raw = draft.slice(start, end);
    const { norm, possessive } = normaliseToken(m[0]);
    const first = m[0][0];
    const { capitalised, allCaps } = caseOf(raw);
    const exact = PLAIN_WORD.test(raw) ? raw : raw.replace(/^[#@]/, '').replace(/['’]s$/, '').replace(/['’]/g, '');
    tokens.push({
      index: tokens.length,
      kind: first === '#' ? 'hashtag' : first === '@' ? 'mention' : 'word',
      text: m[0],
      norm,
      possessive,
      lessS: norm.length > 3 && norm.endsWith('s') ? norm.slice(0, -1) : undefined,
      lessEs: norm.length > 4 && norm.endsWith('es') ? norm.slice(0, -2) : undefined,
      raw,
      exact,
      start,
      end,
      foldedStart,
      foldedEnd,
      capitalised,
      allCaps,
      sentence,
      sentenceStart: tokens.length === 0 || tokens[tokens.length - 1]!.sentence !== sentence,
      gapBefore,
      numbers: unreadWordNumbers(),
    });
    previousEnd = foldedEnd;
    previousNorm = norm;
  }
  return { draft, folded, tokens, sentenceStarts };
}

/** A token of ASCII letters and digits only: its exact form is itself. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * Whether a token's first letter is a capital, and whether all its letters are (two or more).
 * Most tokens are plain ASCII, read here letter by letter; any other is read through its letters.
 */
function caseOf(raw: string): { capitalised: boolean; allCaps: boolean } {
  let letters = 0;
  let upper = 0;
  let firstUpper = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x80) return caseOfLetters(raw.replace(/[^\p{L}]/gu, ''));
    const isUpper = code >= 65 && code <= 90;
    if (!isUpper && !(code >= 97 && code <= 122)) continue;
    if (letters === 0) firstUpper = isUpper;
    letters++;
    if (isUpper) upper++;
  }
  return { capitalised: firstUpper, allCaps: letters > 1 && upper === letters };
}

function caseOfLetters(letters: string): { capitalised: boolean; allCaps: boolean } {
  return {
    capitalised: /^\p{Lu}/u.test(letters),
    allCaps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** "Mr. Jones", "St. Nicholas", "A. Khan": the full stop belongs to an abbreviation or an initial. */
function isAbbreviation(previousNorm: string, gap: string, next: string): boolean {
  // "R.S in 3C", "D.P. in 9K", "bl.9", "Bl.4": a full stop with no space after it, inside initials or
  // between an abbreviation and its number, ends nothing. ("Year 6.Well done" still ends at a digit's stop.)
  if (gap === '.') return /^\p{L}$/u.test(previousNorm) || /^\p{N}/u.test(next);
  if (gap.includes('\n') || !/^\.\s+$/.test(gap)) return false;
  // "J. Smith": an initial's stop; not a number's ("with Bl.6. Begw and…", "Year 6. Well done").
  return NO_BREAK_AFTER.has(previousNorm) || /^\p{L}$/u.test(previousNorm);
}

/** Index of the first token that starts at or after a draft offset (tokens.length if none). */
export function tokenIndexAt(doc: TokenizedText, offset: number): number {
  return lowerBound(doc.tokens, (token) => token.start < offset);
}
