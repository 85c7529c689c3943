import type { Token } from './tokenize';
import { phraseWords, type PhraseMatch } from './phrases';

/**
 * Word patterns: one line of lexicon data that stands for a family of phrasings, where a phrase list
 * would need one entry per wording ("knees have filed a complaint", "feet have lodged a complaint", …).
 * A pattern is words separated by spaces, matched against a sentence's comparable words (`Token.norm`):
 *
 * - `word`: that word (folded as phrases are: "don't" is "dont", "mum's" is "mum");
 * - `stem*`: any word starting with the stem ("complain*" finds "complained", "complaining");
 * - `@class`: any entry of the named word class (entries may be several words: "put in");
 * - `(a|b c|)`: one of the alternatives, each itself a pattern; an empty alternative makes it optional;
 * - `~N`: up to N words of anything, inside the sentence ("told ~2 not to" finds "told me not to", "told us all not to");
 * - `$`: the end of the sentence;
 * - `//`: the end of one sentence and the start of the next (nineteenth session, second round).
 *
 * A pattern never crosses a sentence, unless it holds `//`: such a pattern is matched only over two adjacent
 * sentences read as one, with `//` between them, so that both sentences are needed ("good at sending emails //
 * that's it"): what spans them is said across them, and neither alone matches. `variants` gives the other written forms of a word (spoken Welsh
 * "dweud"/"deud"/"gweud"), so a pattern listed in one form matches in all.
 */
export type WordClasses = Readonly<Record<string, readonly string[]>>;

/**
 * A compiled piece of a pattern: its regex source, and words one of which every match of it must
 * hold as a whole word (`undefined`: no such list, e.g. a gap, a stem, an optional part).
 */
interface Piece {
  readonly re: string;
  readonly needs: ReadonlySet<string> | undefined;
  /** Every list of words a match must hold one of (one per word of the sequence; `needs` is the rarest of them). */
  readonly allNeeds: readonly ReadonlySet<string>[];
}

export class WordPatternMatcher<T> {
  /** `alsoNeeds`: the other lists of needed words (besides the one it is indexed by), checked before the regex runs. */
  private readonly entries: { re: RegExp; value: T; alsoNeeds: readonly ReadonlySet<string>[]; crosses: boolean }[] = [];
  /** Whether any pattern holds `//` (then adjacent sentences are also read in pairs). */
  private crossing = false;
  /**
   * Which patterns could match a sentence at all, found from its words instead of running every
   * regex on every sentence (a few hundred patterns, most holding a word the sentence lacks):
   * entries by a word every match of them holds, and the entries with no such word (always run).
   * Only a pre-filter: a pattern it keeps still runs its regex, so the matches are the same.
   */
  private readonly byNeededWord = new Map<string, number[]>();
  private readonly alwaysRun: number[] = [];

  constructor(
    private readonly classes: WordClasses = {},
    private readonly variants: (word: string) => readonly string[] = (w) => [w],
  ) {}

  get size(): number {
    return this.entries.length;
  }

  /** Adds a pattern; throws on a malformed one (unknown class, unbalanced brackets) so bad data fails validation early. */
  add(pattern: string, value: T): void {
    const parser = { text: pattern, at: 0 };
    const body = this.sequence(parser, new Set());
    if (parser.at < pattern.length) throw new Error(`word pattern "${pattern}": unexpected "${pattern[parser.at]}" at ${parser.at}`);
    if (body.re === '') throw new Error(`word pattern "${pattern}" has no words`);
    const index = this.entries.length;
    const crosses = pattern.split(/[ ()|]/).includes(BOUNDARY);
    if (crosses && (pattern.startsWith(BOUNDARY) || pattern.trimEnd().endsWith(BOUNDARY))) throw new Error(`word pattern "${pattern}": "//" needs words on both sides`);
    this.crossing ||= crosses;
    this.entries.push({ re: new RegExp(`${body.re}(?= |$)`, 'gu'), value, alsoNeeds: body.allNeeds.filter((needs) => needs !== body.needs), crosses });
    if (body.needs === undefined) this.alwaysRun.push(index);
    else for (const word of body.needs) (this.byNeededWord.get(word) ?? this.byNeededWord.set(word, []).get(word)!).push(index);
  }

  /** Every match in the tokens, sentence by sentence, as token indexes. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    return this.scan(tokens, (sentence) => this.candidates(sentence));
  }

  /** `matchAll` running every pattern on every sentence, without the pre-filter: for the test that compares the two. */
  matchAllUnfiltered(tokens: readonly Token[]): PhraseMatch<T>[] {
    const every = this.entries.map((_, index) => index);
    return this.scan(tokens, () => every);
  }

  private scan(tokens: readonly Token[], patternsFor: (sentence: PatternSentence) => readonly number[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.entries.length === 0) return out;
    const sentences = sentencesOf(tokens);
    const windows = this.crossing ? [...sentences, ...pairsOf(tokens, sentences)] : sentences;
    for (const sentence of windows) {
      const candidates = patternsFor(sentence).filter((index) => this.entries[index]!.crosses === sentence.pair);
      if (candidates.length === 0) continue;
      const { text } = sentence;
      for (const index of candidates) {
        const { re, value } = this.entries[index]!;
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const first = sentence.firstAt(m.index);
          const last = sentence.lastAt(m.index + m[0].length);
          if (first !== undefined && last !== undefined) out.push({ value, first, last });
        }
      }
    }
    return out.sort((a, b) => a.first - b.first || b.last - a.last);
  }

  /**
   * The entries whose regex could match this sentence, in the order they were added: indexed by
   * one word they need, then kept only if the sentence also holds a word of each of their other
   * lists ("need(s) … cage|zoo" is not run on every sentence with "need" in it).
   */
  private candidates(sentence: PatternSentence): readonly number[] {
    let picked: number[] | undefined = this.alwaysRun.length > 0 ? this.alwaysRun.slice() : undefined;
    for (const word of sentence.words) {
      const entries = this.byNeededWord.get(word);
      if (entries !== undefined) (picked ??= []).push(...entries);
    }
    if (picked === undefined) return NONE;
    // Added order, as when every pattern ran (the sort of `matchAll` keeps ties in that order), once each.
    picked.sort((a, b) => a - b);
    return picked.filter((index, i) => (i === 0 || picked[i - 1] !== index) && this.entries[index]!.alsoNeeds.every((needs) => sentence.holdsOneOf(needs)));
  }

  /**
   * A sequence of elements until `|`, `)` or the end; each element's regex starts with its space.
   * Every element must match, so any element's needed words are the sequence's: the fewest are kept.
   */
  private sequence(p: { text: string; at: number }, seen: ReadonlySet<string>): Piece {
    const pieces: Piece[] = [];
    for (;;) {
      while (p.text[p.at] === ' ') p.at++;
      const ch = p.text[p.at];
      if (ch === undefined || ch === '|' || ch === ')') return all(pieces);
      if (ch === '(') {
        p.at++;
        const alternatives: Piece[] = [this.sequence(p, seen)];
        while (p.text[p.at] === '|') {
          p.at++;
          alternatives.push(this.sequence(p, seen));
        }
        if (p.text[p.at] !== ')') throw new Error(`word pattern "${p.text}": missing ")"`);
        p.at++;
        pieces.push(oneOf(alternatives));
        continue;
      }
      const m = /^[^ ()|]+/.exec(p.text.slice(p.at))!;
      p.at += m[0].length;
      pieces.push(this.element(m[0], p.text, seen));
    }
  }

  private element(word: string, pattern: string, seen: ReadonlySet<string>): Piece {
    // "$": the sentence ends here ("I made the call." but not "made the call to cancel the trip").
    if (word === '$') return { re: '$', needs: undefined, allNeeds: [] };
    // "//": one sentence ends and the next begins (the pattern is read over two adjacent sentences).
    if (word === BOUNDARY) return { re: ` ${BOUNDARY}`, needs: undefined, allNeeds: [] };
    const gap = /^~(\d)$/.exec(word);
    if (gap) return { re: `(?: [^ ]+){0,${gap[1]}}`, needs: undefined, allNeeds: [] };
    // A malformed gap ("~10", "~x") is a mistake in the lexicon, not the word "10": say so when the rules load.
    if (word.startsWith('~')) throw new Error(`word pattern "${pattern}": a gap is ~ and one digit (~1 to ~9), not "${word}"`);
    if (word.startsWith('@')) {
      const name = word.slice(1);
      const entries = this.classes[name];
      if (!entries || seen.has(name)) throw new Error(`word pattern "${pattern}": unknown or recursive class @${name}`);
      const inner = new Set([...seen, name]);
      return oneOf(entries.map((entry) => this.sequence({ text: entry, at: 0 }, inner)));
    }
    const prefix = word.endsWith('*');
    const words = phraseWords(prefix ? word.slice(0, -1) : word);
    if (words.length === 0) throw new Error(`word pattern "${pattern}": "${word}" has no letters`);
    return all(
      words.map((w, i) => {
        const forms = [...new Set([w, ...this.variants(w).flatMap((v) => phraseWords(v))])];
        const escaped = forms.map(escape);
        const alt = escaped.length === 1 ? escaped[0]! : `(?:${escaped.join('|')})`;
        const stem = prefix && i === words.length - 1;
        // A whole word (` form` then a space or the end, as every element starts with a space and
        // the pattern ends in `(?= |$)`) is needed; a stem only starts one, so it needs no word.
        const needs = stem ? undefined : new Set(forms);
        return { re: ` ${alt}${stem ? '[^ ]*' : ''}`, needs, allNeeds: needs ? [needs] : [] };
      }),
    );
  }
}

/** Pieces one after another: the regexes joined; of their lists of needed words, the one that rules out most sentences. */
function all(pieces: readonly Piece[]): Piece {
  let needs: ReadonlySet<string> | undefined;
  for (const piece of pieces) if (piece.needs !== undefined && (needs === undefined || commonness(piece.needs) < commonness(needs))) needs = piece.needs;
  return { re: pieces.map((piece) => piece.re).join(''), needs, allNeeds: pieces.flatMap((piece) => piece.allNeeds) };
}

/**
 * How often a list of needed words is likely to be met in a sentence, roughly: every word counts,
 * and a short one ("the", "in", "i") many times over, as short words are the common ones. "the
 * police" needs "police" rather than "the", which nearly every sentence holds. (Any list is
 * correct; this only picks the one that lets fewer sentences through.)
 */
function commonness(words: ReadonlySet<string>): number {
  let sum = 0;
  for (const word of words) sum += word.length <= 3 ? 8 : 1;
  return sum;
}

/** One of the alternatives: each must need a word (an empty one needs none), and then any of them will do. */
function oneOf(alternatives: readonly Piece[]): Piece {
  const re = `(?:${alternatives.map((a) => a.re).join('|')})`;
  if (alternatives.some((a) => a.needs === undefined)) return { re, needs: undefined, allNeeds: [] };
  const needs = new Set(alternatives.flatMap((a) => [...a.needs!]));
  return { re, needs, allNeeds: [needs] };
}

const NONE: readonly number[] = [];

/**
 * A sentence as the patterns read it: " w1 w2 w3", each comparable word (`Token.norm`) after one
 * space, with the words on their own for the pre-filter. Made once per token array and shared by
 * the matchers that read the same draft (token arrays are not changed once matched, as in
 * `phrases.ts`); the text only for a sentence some pattern may match, and the offsets of word
 * starts and ends only for one with a match.
 */
class PatternSentence {
  readonly words: readonly string[];
  /** Each token's word, as `text` is built from them. */
  readonly norms: readonly string[];
  /** The token index of each word of `norms` (-1: the boundary between the two sentences of a pair). */
  private readonly at: readonly number[];
  private joined?: string;
  private wordSet?: ReadonlySet<string>;
  private firsts?: Map<number, number>;
  private lasts?: Map<number, number>;

  constructor(
    norms: readonly string[],
    at: readonly number[],
    /** Two adjacent sentences read as one, with the boundary between them. */
    readonly pair = false,
  ) {
    this.norms = norms;
    this.at = at;
    // The words as the regex sees them, between spaces: the tokens' own words, unless one holds a space.
    this.words = norms.some((norm) => norm.includes(' ')) ? this.text.split(' ').filter((w) => w !== '') : norms;
  }

  /** A sentence of the tokens, from its first token to its last. */
  static of(tokens: readonly Token[], from: number, to: number): PatternSentence {
    const norms: string[] = [];
    const at: number[] = [];
    for (let k = from; k <= to; k++) {
      norms.push(tokens[k]!.norm);
      at.push(k);
    }
    return new PatternSentence(norms, at);
  }

  /** Two adjacent sentences as one window: the first's words, the boundary, the second's. */
  static pair(a: PatternSentence, b: PatternSentence): PatternSentence {
    return new PatternSentence([...a.norms, BOUNDARY, ...b.norms], [...a.at, -1, ...b.at], true);
  }

  /** " w1 w2 w3", joined only for a sentence some pattern may match (most sentences have none). */
  get text(): string {
    return (this.joined ??= ` ${this.norms.join(' ')}`);
  }

  /** Whether any of these words is one of the sentence's words. */
  holdsOneOf(needs: ReadonlySet<string>): boolean {
    const words = (this.wordSet ??= new Set(this.words));
    if (needs.size <= words.size) {
      for (const word of needs) if (words.has(word)) return true;
    } else {
      for (const word of words) if (needs.has(word)) return true;
    }
    return false;
  }

  /** The token (its index in the draft) whose space is at this offset of `text`. */
  firstAt(offset: number): number | undefined {
    if (!this.firsts) this.offsets();
    const k = this.firsts!.get(offset);
    return k === undefined || this.at[k]! < 0 ? undefined : this.at[k];
  }

  /** The token (its index in the draft) that ends at this offset of `text`. */
  lastAt(offset: number): number | undefined {
    if (!this.lasts) this.offsets();
    const k = this.lasts!.get(offset);
    return k === undefined || this.at[k]! < 0 ? undefined : this.at[k];
  }

  private offsets(): void {
    this.firsts = new Map();
    this.lasts = new Map();
    let at = 0;
    for (let k = 0; k < this.norms.length; k++) {
      this.firsts.set(at, k);
      at += 1 + this.norms[k]!.length;
      this.lasts.set(at, k);
    }
  }
}

const sentencesByTokens = new WeakMap<readonly Token[], { readonly length: number; readonly sentences: readonly PatternSentence[] }>();

function sentencesOf(tokens: readonly Token[]): readonly PatternSentence[] {
  const cached = sentencesByTokens.get(tokens);
  if (cached !== undefined && cached.length === tokens.length) return cached.sentences;
  const sentences: PatternSentence[] = [];
  for (let from = 0; from < tokens.length; ) {
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1]!.sentence === tokens[from]!.sentence) to++;
    sentences.push(PatternSentence.of(tokens, from, to));
    from = to + 1;
  }
  sentencesByTokens.set(tokens, { length: tokens.length, sentences });
  return sentences;
}

const pairsByTokens = new WeakMap<readonly Token[], { readonly length: number; readonly pairs: readonly PatternSentence[] }>();

/** Each two adjacent sentences as one window (for the patterns that hold `//`). */
function pairsOf(tokens: readonly Token[], sentences: readonly PatternSentence[]): readonly PatternSentence[] {
  const cached = pairsByTokens.get(tokens);
  if (cached !== undefined && cached.length === tokens.length) return cached.pairs;
  const pairs: PatternSentence[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) pairs.push(PatternSentence.pair(sentences[i]!, sentences[i + 1]!));
  pairsByTokens.set(tokens, { length: tokens.length, pairs });
  return pairs;
}

/** The word that stands for a sentence boundary in a pattern, and between the two sentences of a pair. */
const BOUNDARY = '//';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
