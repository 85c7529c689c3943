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
 * - `$`: the end of the sentence.
 *
 * A pattern never crosses a sentence. `variants` gives the other written forms of a word (spoken Welsh
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
}

export class WordPatternMatcher<T> {
  private readonly entries: { re: RegExp; value: T }[] = [];
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
    this.entries.push({ re: new RegExp(`${body.re}(?= |$)`, 'gu'), value });
    if (body.needs === undefined) this.alwaysRun.push(index);
    else for (const word of body.needs) (this.byNeededWord.get(word) ?? this.byNeededWord.set(word, []).get(word)!).push(index);
  }

  /** The entries whose regex could match this sentence text (" w1 w2 …"), in the order they were added. */
  private candidates(text: string): number[] {
    const picked = new Set<number>(this.alwaysRun);
    for (const word of text.split(' ')) {
      const entries = this.byNeededWord.get(word);
      if (entries !== undefined) for (const index of entries) picked.add(index);
    }
    // Added order, as when every pattern ran: the sort of `matchAll` keeps ties in that order.
    return [...picked].sort((a, b) => a - b);
  }

  /** Every match in the tokens, sentence by sentence, as token indexes. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.entries.length === 0) return out;
    for (let from = 0; from < tokens.length; ) {
      let to = from;
      while (to + 1 < tokens.length && tokens[to + 1]!.sentence === tokens[from]!.sentence) to++;
      // " w1 w2 w3": each word preceded by one space; starts[k] is where token from+k's space is.
      let text = '';
      const starts: number[] = [];
      for (let k = from; k <= to; k++) {
        starts.push(text.length);
        text += ` ${tokens[k]!.norm}`;
      }
      const ends = new Map<number, number>(starts.map((s, k) => [s + 1 + tokens[from + k]!.norm.length, from + k]));
      const firsts = new Map<number, number>(starts.map((s, k) => [s, from + k]));
      for (const index of this.candidates(text)) {
        const { re, value } = this.entries[index]!;
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const first = firsts.get(m.index);
          const last = ends.get(m.index + m[0].length);
          if (first !== undefined && last !== undefined) out.push({ value, first, last });
        }
      }
      from = to + 1;
    }
    return out.sort((a, b) => a.first - b.first || b.last - a.last);
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
    if (word === '$') return { re: '$', needs: undefined };
    const gap = /^~(\d)$/.exec(word);
    if (gap) return { re: `(?: [^ ]+){0,${gap[1]}}`, needs: undefined };
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
        return { re: ` ${alt}${stem ? '[^ ]*' : ''}`, needs: stem ? undefined : new Set(forms) };
      }),
    );
  }
}

/** Pieces one after another: the regexes joined; the smallest list of needed words among them. */
function all(pieces: readonly Piece[]): Piece {
  let needs: ReadonlySet<string> | undefined;
  for (const piece of pieces) if (piece.needs !== undefined && (needs === undefined || piece.needs.size < needs.size)) needs = piece.needs;
  return { re: pieces.map((piece) => piece.re).join(''), needs };
}

/** One of the alternatives: each must need a word (an empty one needs none), and then any of them will do. */
function oneOf(alternatives: readonly Piece[]): Piece {
  const re = `(?:${alternatives.map((a) => a.re).join('|')})`;
  if (alternatives.some((a) => a.needs === undefined)) return { re, needs: undefined };
  return { re, needs: new Set(alternatives.flatMap((a) => [...a.needs!])) };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
