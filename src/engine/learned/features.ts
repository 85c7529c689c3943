import { fold, type FoldedText } from '../text/fold';

/**
 * How the learned layer reads text. Training (tests/train/) and scoring (scorer.ts) share this file,
 * so a feature means the same thing in both: change it and the model must be retrained.
 *
 * Words are found in the folded text (lower case, accents and look-alike letters resolved), so a
 * draft typed with Cyrillic letters or full-width forms scores as it reads; every word keeps its
 * draft offsets so a finding underlines what the user wrote.
 */
export interface LearnedWord {
  /** Normalised form: what the model's features and vocabulary are keyed on. */
  readonly norm: string;
  /** Offsets in the folded text (end exclusive). */
  readonly foldedStart: number;
  readonly foldedEnd: number;
}

/**
 * URLs and mentions become placeholder words (the tweets the model learnt from have them replaced
 * by "URL" and "@user"); emoji are words of their own (🙄 and 🖕 say something); a word may carry
 * masks and leetspeak inside it ("f***ing", "sh!t", "id10t").
 */
const WORD =
  /https?:\/\/\S+|www\.\S+|[#@]?[\p{L}\p{N}*$](?:[\p{L}\p{N}_'*$@!-]*[\p{L}\p{N}*])?|\p{Extended_Pictographic}/gu;
const REPEATS = /(.)\1{2,}/gu;

/** Could `word` hold a character three times in a row? A quick test before the regular expression (surrogates are left to it). */
function mayRepeat(word: string): boolean {
  let previous = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    run = code === previous ? run + 1 : 1;
    if (run >= 3) return true;
    previous = code;
  }
  return false;
}

export function normaliseWord(raw: string): string {
  const first = raw.charCodeAt(0);
  if (raw.startsWith('http') || raw.startsWith('www.')) return 'url';
  if (first === 64 /* @ */) return '@user';
  let word = first === 35 /* # */ ? raw.slice(1) : raw;
  if (word === 'url') return 'url';
  // "soooo" and "sooo" read the same; two letters stay ("good", "too").
  if (mayRepeat(word)) word = word.replace(REPEATS, '$1$1');
  if (word.includes("'")) word = word.replaceAll("'", '');
  return word || raw;
}

/**
 * Words of an already folded text, in order: the matches of `WORD`, found by a hand-written scan
 * because the learned layer runs on every check and the regular expression (Unicode classes,
 * backtracking to the last letter) cost as much as the model itself. `wordsByPattern` is the
 * definition; tests/unit/learned.test.ts checks that the two agree on every training text and on
 * random strings.
 */
export function wordsOf(folded: string, limit = Number.POSITIVE_INFINITY): LearnedWord[] {
  const words: LearnedWord[] = [];
  const length = folded.length;
  let i = 0;
  while (i < length && words.length < limit) {
    const code = folded.charCodeAt(i);
    const width = widthAt(folded, i);
    let end = -1;
    if ((code === 104 /* h */ || code === 119) /* w */ && (end = urlEnd(folded, i)) > 0) {
      // a URL, up to the next space
    } else if ((code === 35 || code === 64) /* # @ */ && i + 1 < length && startsWord(folded, i + 1)) {
      end = wordEnd(folded, i + 1);
    } else if (startsWord(folded, i)) {
      end = wordEnd(folded, i);
    } else if (code >= 0x80 && PICTOGRAPH.test(folded.slice(i, i + width))) {
      end = i + width;
    }
    if (end < 0) {
      i += width;
      continue;
    }
    words.push({ norm: normaliseWord(folded.slice(i, end)), foldedStart: i, foldedEnd: end });
    i = end;
  }
  return words;
}

/**
 * `wordsOf` a folded draft, worked out once per folded text and limit: the engine's two learned
 * layers (hostility and confidential) read the same draft with the same scan. The array is shared,
 * so callers must not change it.
 */
export function wordsOfFolded(folded: FoldedText, limit: number): readonly LearnedWord[] {
  const cached = wordsByFolded.get(folded);
  if (cached !== undefined && cached.limit === limit) return cached.words;
  const words = wordsOf(folded.text, limit);
  wordsByFolded.set(folded, { limit, words });
  return words;
}
const wordsByFolded = new WeakMap<FoldedText, { readonly limit: number; readonly words: readonly LearnedWord[] }>();

/** The same words by the regular expression that defines them (slower; kept as the reference). */
export function wordsByPattern(folded: string): LearnedWord[] {
  const words: LearnedWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    words.push({ norm: normaliseWord(m[0]), foldedStart: m.index, foldedEnd: m.index + m[0].length });
  }
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const SPACE = /^\s$/u;

/** Is the code point at `i` a letter or digit (any script)? */
function isLetterOrDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** UTF-16 units of the code point at `i`: 2 for a surrogate pair, else 1 (a lone surrogate too). */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** A word starts with a letter, a digit, `*` or `$` ("f***", "$hit"). */
function startsWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 42 || code === 36 || isLetterOrDigit(text, i);
}

/**
 * A word runs over letters, digits and `_ ' * $ @ ! -`, and ends at the last letter, digit or `*`
 * of that run (so "sh!t" and "f***" are whole, "idiot!" and "well-" lose their last marks).
 */
function wordEnd(text: string, start: number): number {
  let end = start + widthAt(text, start);
  let i = end;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const width = widthAt(text, i);
    if (code === 42 || isLetterOrDigit(text, i)) {
      i += width;
      end = i;
    } else if (code === 95 || code === 39 || code === 36 || code === 64 || code === 33 || code === 45) {
      i += width;
    } else {
      break;
    }
  }
  return end;
}

/** The end of a URL starting at `i` ("http://", "https://" or "www." and at least one more character), or -1. */
function urlEnd(text: string, i: number): number {
  const from = text.startsWith('http://', i) ? i + 7 : text.startsWith('https://', i) ? i + 8 : text.startsWith('www.', i) ? i + 4 : -1;
  if (from < 0) return -1;
  let j = from;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCodePoint(text.codePointAt(j)!))) break;
    j += widthAt(text, j);
  }
  return j > from ? j : -1;
}

/** Folds then splits: the training side, where offsets do not matter. */
export function normalisedWords(text: string): string[] {
  return wordsOf(fold(text).text).map((w) => w.norm);
}

/**
 * Segments a folded text into the units the model scores: sentences, and within a long sentence
 * windows of at most `maxWords` words, so the work per unit is bounded and a 1 MB draft costs
 * time in proportion to its length. Returns the index of the first word of each segment.
 */
export function segmentStarts(folded: FoldedText, words: readonly LearnedWord[], maxWords: number): number[] {
  return segmentStartsOf(folded, words, maxWords).slice();
}

/**
 * `segmentStarts`, worked out once per list of words and `maxWords` (both learned layers segment a
 * draft the same way): shared, so callers must not change it.
 */
export function sharedSegmentStarts(folded: FoldedText, words: readonly LearnedWord[], maxWords: number): readonly number[] {
  const cached = startsByWords.get(words);
  if (cached !== undefined && cached.folded === folded && cached.maxWords === maxWords) return cached.starts;
  const starts = segmentStartsOf(folded, words, maxWords);
  startsByWords.set(words, { folded, maxWords, starts });
  return starts;
}
const startsByWords = new WeakMap<readonly LearnedWord[], { readonly folded: FoldedText; readonly maxWords: number; readonly starts: readonly number[] }>();

function segmentStartsOf(folded: FoldedText, words: readonly LearnedWord[], maxWords: number): number[] {
  const starts: number[] = [];
  let sinceStart = 0;
  for (let i = 0; i < words.length; i++) {
    const gap = i === 0 ? '' : folded.text.slice(words[i - 1]!.foldedEnd, words[i]!.foldedStart);
    if (i === 0 || sinceStart >= maxWords || SENTENCE_END.test(gap)) {
      starts.push(i);
      sinceStart = 0;
    }
    sinceStart++;
  }
  return starts;
}
const SENTENCE_END = /[.!?…]\s|\n/;

/** 32-bit FNV-1a over UTF-16 units: fast, stable across runs and engines. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const GRAM_SEED = 0x9747b28c;
const WORD_SEED = hash32('w:');
const BIGRAM_SEED = 0x5bd1e995;

/**
 * The sparse features of one word: the word itself and its character n-grams (with boundary marks,
 * so "^tw" and "at$" differ from inner letters), hashed into `buckets` (a power of two). N-grams are
 * hashed in place, one pass per start position, so scoring allocates nothing per n-gram.
 * Bigrams belong half to each of their two words; see `bigramFeature`.
 */
export function wordFeatures(norm: string, buckets: number, minGram: number, maxGram: number, out: number[]): void {
  const mask = buckets - 1;
  out.push(hash32(norm, WORD_SEED) & mask);
  if (norm.length > 40 || norm === '@user' || norm === 'url') return;
  const length = norm.length + 2; // with ^ and $
  for (let i = 0; i + minGram <= length; i++) {
    let h = GRAM_SEED;
    for (let k = i; k < length && k - i < maxGram; k++) {
      const code = k === 0 ? 94 /* ^ */ : k === length - 1 ? 36 /* $ */ : norm.charCodeAt(k - 1);
      h = Math.imul(h ^ code, 0x01000193) >>> 0;
      if (k - i + 1 >= minGram) out.push(h & mask);
    }
  }
}

export function bigramFeature(left: string, right: string, buckets: number): number {
  return bigramWith(bigramSeed(left), right, buckets);
}

/** The part of a bigram's hash that depends on its left word alone: scorers keep it with the word. */
export function bigramSeed(left: string): number {
  return Math.imul(hash32(left, BIGRAM_SEED) ^ 32, 0x01000193) >>> 0;
}

/** `bigramFeature(left, right, buckets)`, given `bigramSeed(left)`. */
export function bigramWith(seed: number, right: string, buckets: number): number {
  return hash32(right, seed) & (buckets - 1);
}
