import type { Token } from './tokenize';
import { normaliseToken } from './tokenize';
import { foldString } from './fold';
import { WordNumberSet, firstWordCount, isAnyFirstWord, knownWordNumber, markFirstWord, vocabularySize, wordNumber, wordNumbersOf } from './vocabulary';

/**
 * Matches multi-word phrases against a draft's tokens with a token trie: one map lookup per token,
 * whatever the size of the lexicon, so a 1,000-name roster costs no more per keystroke than ten.
 */
export interface PhraseMatch<T> {
  readonly value: T;
  /** Index of the first and last token of the match. */
  readonly first: number;
  readonly last: number;
}

interface Node<T> {
  /**
   * Children by folded word, keyed by the word's number (`vocabulary.ts`), which a token looks up
   * once for every matcher: a step is an integer probe, and a word no trie holds (-1) costs none.
   */
  next?: Map<number, Node<T>>;
  /** Children by a word written in exactly this case ("MASH", "PEP"), apart from the folded ones. */
  exact?: Map<string, Node<T>>;
  values?: T[];
}

export interface PhraseOptions {
  /** Match only when written in exactly this case (acronyms that are also words: MASH, PEP, LAC). */
  caseSensitive?: boolean;
}

export class PhraseMatcher<T> {
  /** A matcher that answers `true` for any of these phrases. */
  static of(phrases: readonly string[], options: { plurals?: boolean; ampersand?: boolean; commas?: boolean } = {}): PhraseMatcher<true> {
    const matcher = new PhraseMatcher<true>(options);
    for (const phrase of phrases) matcher.add(phrase, true);
    return matcher;
  }

  private readonly root: Node<T> = {};
  /** The folded words phrases start with, by number: the quick "no phrase starts here" for most tokens. */
  private readonly firstWords = new WordNumberSet();
  /** Whether any phrase is case-sensitive: only then is the extra lookup worth making. */
  private hasExact = false;
  /** Scratch for `longestAt`'s two frontiers (it calls nothing that could use them meanwhile). */
  private readonly frontier: Node<T>[] = [];
  private readonly nextFrontier: Node<T>[] = [];

  /**
   * `plurals: false` matches words exactly as listed ("meeting" does not find "meetings").
   * `ampersand: false` does not join words across "&" ("Thomas & Bowen" is not Thomas Bowen).
   */
  /** `commas`: a phrase may continue across a comma, as in a list ("faggots, mash and peas"). */
  constructor(private readonly options: { plurals?: boolean; ampersand?: boolean; commas?: boolean } = {}) {}

  /** Adds a phrase written as text ("star of the week"); returns false if it has no words. */
  add(phrase: string, value: T, options: PhraseOptions = {}): boolean {
    const caseSensitive = options.caseSensitive ?? false;
    const words = phraseWords(phrase, caseSensitive);
    if (words.length === 0) return false;
    this.addPath(words, value, caseSensitive);
    if (caseSensitive) this.hasExact = true;
    return true;
  }

  /** Adds a phrase already split into comparable words (see `normaliseToken`). */
  addWords(words: readonly string[], value: T): void {
    this.addPath(words, value, false);
  }

  private addPath(words: readonly string[], value: T, exact: boolean): void {
    let node = this.root;
    if (!exact && words.length > 0) {
      const first = wordNumber(words[0]!);
      this.firstWords.add(first);
      markFirstWord(first);
    }
    for (const word of words) {
      let child: Node<T> | undefined;
      if (exact) {
        const children = (node.exact ??= new Map());
        child = children.get(word);
        if (!child) children.set(word, (child = {}));
      } else {
        const children = (node.next ??= new Map());
        const n = wordNumber(word);
        child = children.get(n);
        if (!child) children.set(n, (child = {}));
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** Every longest match starting at each token; overlapping matches at different starts are all kept. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (!this.root.next && !this.root.exact) return found;
    if (this.hasExact) {
      for (let i = from; i < to; i++) {
        const match = this.longestAt(tokens, i, to);
        if (match) for (const value of match.values) found.push({ value, first: i, last: match.last });
      }
      return found;
    }
    // Only the draft's tokens that start a phrase of any matcher are probed (see `numberedTokens`):
    // the same tokens, in the same order, that `longestAt` would not turn away at its first probe.
    const plurals = this.options.plurals ?? true;
    const numbered = numberedTokens(tokens);
    const firstWords = this.firstWords;
    const { at, norm, lessS, lessEs } = numbered;
    for (let e = 0; e < at.length; e++) {
      const i = at[e]!;
      if (i < from) continue;
      if (i >= to) break;
      if (!(firstWords.has(norm[e]!) || (plurals && (firstWords.has(lessS[e]!) || firstWords.has(lessEs[e]!))))) continue;
      const match = this.longestOnOnePath(tokens, i, to, plurals);
      if (match) for (const value of match.values) found.push({ value, first: i, last: match.last });
    }
    return found;
  }

  /** The longest phrase among plain words (a name's words, letters joined up), from word `i`. */
  longestAtWords(words: readonly string[], i = 0, to = words.length): { values: T[]; last: number } | undefined {
    let node: Node<T> | undefined = this.root;
    let best: { values: T[]; last: number } | undefined;
    for (let j = i; j < to && node?.next; j++) {
      node = node.next.get(knownWordNumber(words[j]!));
      if (node?.values) best = { values: node.values, last: j };
    }
    return best;
  }

  /** The longest phrase that starts at token `i`, if any. */
  longestAt(tokens: readonly Token[], i: number, to = tokens.length): { values: T[]; last: number } | undefined {
    const plurals = this.options.plurals ?? true;
    // Most tokens start no phrase at all: one probe answers that without building a frontier.
    if (i >= to || !this.startsAPhrase(tokens[i]!, plurals)) return undefined;
    if (!this.hasExact) return this.longestOnOnePath(tokens, i, to, plurals);
    let best: { values: T[]; last: number } | undefined;
    // Usually one branch; a word can follow two ("MASH" exactly and "mash" folded): follow both,
    // so the longest phrase wins ("MASH referral" beats "MASH"). The two frontiers are the
    // matcher's own arrays, swapped at each word, not new ones per token of every draft.
    let frontier = this.frontier;
    let next = this.nextFrontier;
    frontier.length = 0;
    frontier.push(this.root);
    for (let j = i; j < to && frontier.length > 0; j++) {
      const token = tokens[j]!;
      if (j > i && !joinable(tokens[j - 1]!, token, this.options.ampersand ?? true) && !(this.options.commas && /^,\s*$/.test(token.gapBefore))) break;
      next.length = 0;
      for (let k = 0; k < frontier.length; k++) steps(frontier[k]!, token, plurals, next);
      const stepped = next;
      next = frontier;
      frontier = stepped;
      for (let k = 0; k < frontier.length; k++) if (frontier[k]!.values) best = { values: frontier[k]!.values!, last: j };
    }
    return best;
  }


  /** Whether any phrase can begin with this token (what `steps` would find from the root). */
  private startsAPhrase(token: Token, plurals: boolean): boolean {
    if (this.hasExact && this.root.exact?.has(token.exact)) return true;
    const n = wordNumbersOf(token);
    return this.firstWords.has(n.norm) || (plurals && (this.firstWords.has(n.lessS) || this.firstWords.has(n.lessEs)));
  }

  /** `longestAt` for a trie with no case-sensitive phrases: a token leads to one child at most, so no frontier is needed. */
  private longestOnOnePath(tokens: readonly Token[], i: number, to: number, plurals: boolean): { values: T[]; last: number } | undefined {
    const ampersand = this.options.ampersand ?? true;
    let best: { values: T[]; last: number } | undefined;
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < to && node?.next; j++) {
      const token = tokens[j]!;
      if (j > i && !joinable(tokens[j - 1]!, token, ampersand) && !(this.options.commas && /^,\s*$/.test(token.gapBefore))) break;
      node = folded(node.next, token, plurals);
      if (node?.values) best = { values: node.values, last: j };
    }
    return best;
  }
}

/**
 * The tokens of a draft that any phrase could start at (their word or its singular starts a
 * phrase of some matcher, see `vocabulary.ts`), with their word numbers, in token order: worked out once per token
 * array, so each of the two dozen matchers that scan a whole draft tests a few bits per such token
 * instead of probing every token. Most tokens of a draft start no phrase of any matcher.
 * Made again when words have been numbered or begun a phrase since (a matcher compiled after the draft was split)
 * or the array has grown; token arrays are not changed in place once matched.
 */
interface NumberedTokens {
  readonly length: number;
  readonly readAt: number;
  readonly firstWordsAt: number;
  readonly at: number[];
  readonly norm: number[];
  readonly lessS: number[];
  readonly lessEs: number[];
}

const numberedByTokens = new WeakMap<readonly Token[], NumberedTokens>();

function numberedTokens(tokens: readonly Token[]): NumberedTokens {
  const cached = numberedByTokens.get(tokens);
  if (cached !== undefined && cached.length === tokens.length && cached.readAt === vocabularySize() && cached.firstWordsAt === firstWordCount()) return cached;
  const numbered: NumberedTokens = { length: tokens.length, readAt: vocabularySize(), firstWordsAt: firstWordCount(), at: [], norm: [], lessS: [], lessEs: [] };
  for (let i = 0; i < tokens.length; i++) {
    const n = wordNumbersOf(tokens[i]!);
    // Every word of every trie is numbered; only a word some phrase starts with makes a start.
    if (!isAnyFirstWord(n.norm) && !isAnyFirstWord(n.lessS) && !isAnyFirstWord(n.lessEs)) continue;
    numbered.at.push(i);
    numbered.norm.push(n.norm);
    numbered.lessS.push(n.lessS);
    numbered.lessEs.push(n.lessEs);
  }
  numberedByTokens.set(tokens, numbered);
  return numbered;
}

/** The child a token's folded form leads to: by its spelling, or its singular (-1, a word no trie holds, leads nowhere). */
function folded<T>(next: Map<number, Node<T>>, token: Token, plurals: boolean): Node<T> | undefined {
  const n = wordNumbersOf(token);
  const child = n.norm >= 0 ? next.get(n.norm) : undefined;
  if (child !== undefined || !plurals) return child;
  // Plurals without listing them all: "referrals" finds "referral", "parents" finds "parent".
  return (n.lessS >= 0 ? next.get(n.lessS) : undefined) ?? (n.lessEs >= 0 ? next.get(n.lessEs) : undefined);
}

/** The children a token leads to: by its exact spelling, its folded form, or its singular. */
function steps<T>(node: Node<T>, token: Token, plurals: boolean, out: Node<T>[]): void {
  const exact = node.exact?.get(token.exact);
  if (exact) out.push(exact);
  const child = node.next ? folded(node.next, token, plurals) : undefined;
  if (child && child !== exact) out.push(child);
}

/**
 * A phrase continues across spaces and hyphens, not across a comma or a sentence break.
 * A full stop inside a sentence belongs to an initial or a title ("A. Khan", "St. Nicholas").
 */
export function joinable(previous: Token, token: Token, ampersand: boolean): boolean {
  const gap = token.gapBefore;
  if (gap === ' ') return true; // nearly every gap: no pattern needed
  return /^[\s\-–'/]*$/.test(gap) || (ampersand && /^\s*&\s*$/.test(gap)) || (/^\.\s*$/.test(gap) && previous.sentence === token.sentence);
}

/** Splits a lexicon phrase into the words a token of a draft would carry. */
export function phraseWords(phrase: string, caseSensitive = false): string[] {
  const words: string[] = [];
  const source = caseSensitive ? phrase : foldString(phrase);
  for (const m of source.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}_]|'(?=[\p{L}\p{N}]))*/gu)) {
    words.push(caseSensitive ? m[0].replaceAll("'", '') : normaliseToken(m[0]).norm);
  }
  return words;
}
