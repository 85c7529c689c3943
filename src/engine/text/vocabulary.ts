import type { Token } from './tokenize';

/**
 * Every word that any phrase matcher's trie holds, numbered once per process. A draft's token is
 * looked up here once (its word, and its word less a plural ending), and then each of the two
 * dozen matchers that scan every token answers "can a phrase start here?" from a bit, and walks
 * its trie by integer, not by a string lookup of its own: most tokens start no phrase in most
 * matchers, and most words of a draft are in no trie at all.
 *
 * Numbers are only ever added (a new roster adds its names), so a number never changes meaning;
 * a token remembers how many words there were when it was looked up, and looks again if more
 * have been added since (a matcher compiled after the draft was split into tokens), or if its
 * spelling is no longer the one it was looked up for.
 */
const numbers = new Map<string, number>();

export function wordNumber(word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(word, n);
  }
  return n;
}

/**
 * The words some trie starts a phrase with, of all matchers: a token with none of its numbers in
 * here starts no phrase anywhere, and `phrases.ts` leaves it out of the tokens it probes.
 */
const firstWords = new Set<number>();

export function markFirstWord(n: number): void {
  firstWords.add(n);
}

export function isAnyFirstWord(n: number): boolean {
  return n >= 0 && firstWords.has(n);
}

/** How many first words are marked: a list of a draft's tokens made at another count may be out of date. */
export function firstWordCount(): number {
  return firstWords.size;
}

/** A word's number if it has one, else -1 (without numbering it: for probing a trie). */
export function knownWordNumber(word: string): number {
  return numbers.get(word) ?? -1;
}

/** How many words are numbered: a cache of numbers read at another size may be out of date. */
export function vocabularySize(): number {
  return numbers.size;
}

/**
 * A token's word numbers (-1: a word no matcher starts with), filled in when first asked for.
 * They are a cache, and remember what they were read for: the spellings (a token copied with a
 * new spelling, such as "ayeshas" read as the possessive "ayesha", is looked up again) and how
 * many words were numbered at the time.
 */
export interface WordNumbers {
  norm: number;
  lessS: number;
  lessEs: number;
  /** How many words were numbered when these were looked up (-1: not yet). */
  readAt: number;
  /** The spellings they were looked up for. */
  readNorm: string;
  readLessS: string | undefined;
  readLessEs: string | undefined;
}

export const unreadWordNumbers = (): WordNumbers => ({ norm: -1, lessS: -1, lessEs: -1, readAt: -1, readNorm: '', readLessS: undefined, readLessEs: undefined });

export function wordNumbersOf(token: Token): WordNumbers {
  const n = token.numbers;
  if (n.readAt !== numbers.size || n.readNorm !== token.norm || n.readLessS !== token.lessS || n.readLessEs !== token.lessEs) {
    n.norm = numbers.get(token.norm) ?? -1;
    n.lessS = token.lessS === undefined ? -1 : (numbers.get(token.lessS) ?? -1);
    n.lessEs = token.lessEs === undefined ? -1 : (numbers.get(token.lessEs) ?? -1);
    n.readAt = numbers.size;
    n.readNorm = token.norm;
    n.readLessS = token.lessS;
    n.readLessEs = token.lessEs;
  }
  return n;
}

/** A set of word numbers, as bits. */
export class WordNumberSet {
  private bits = new Uint8Array(0);

  add(n: number): void {
    const byte = n >> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte]! |= 1 << (n & 7);
  }

  has(n: number): boolean {
    const byte = n >> 3;
    return n >= 0 && byte < this.bits.length && (this.bits[byte]! & (1 << (n & 7))) !== 0;
  }
}
