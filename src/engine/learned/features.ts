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

export function normaliseWord(raw: string): string {
  const first = raw.charCodeAt(0);
  if (raw.startsWith('http') || raw.startsWith('www.')) return 'url';
  if (first === 64 /* @ */) return '@user';
  let word = first === 35 /* # */ ? raw.slice(1) : raw;
  if (word === 'url') return 'url';
  // "soooo" and "sooo" read the same; two letters stay ("good", "too").
  word = word.replace(REPEATS, '$1$1');
  if (word.includes("'")) word = word.replaceAll("'", '');
  return word || raw;
}

/** Words of an already folded text, in order. */
export function wordsOf(folded: string, limit = Number.POSITIVE_INFINITY): LearnedWord[] {
  const words: LearnedWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null && words.length < limit; m = WORD.exec(folded)) {
    words.push({ norm: normaliseWord(m[0]), foldedStart: m.index, foldedEnd: m.index + m[0].length });
  }
  return words;
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
  return hash32(right, Math.imul(hash32(left, BIGRAM_SEED) ^ 32, 0x01000193) >>> 0) & (buckets - 1);
}
