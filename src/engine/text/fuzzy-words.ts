import { skeleton } from './skeleton';

/**
 * Finds a listed word however it was misspelt on purpose or by accident: one letter swapped with
 * the next ("vemrin"), left out ("vermn"), doubled or added ("verrmin"), or replaced ("vermon"),
 * and leetspeak ("v3rmin", "d1sgusting"). Only words of five letters or more are matched loosely,
 * and never a word that is itself an ordinary word: "rats" must not find "cats", nor "hate" "have".
 * Lookups are a handful of set probes per token, whatever the size of the list.
 */
export class FuzzyWords<T> {
  private readonly exact = new Map<string, T>();
  /** Each word with one letter deleted, to the word: finds missing and replaced letters. */
  private readonly deletions = new Map<string, T>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly isEverydayWord: (word: string) => boolean,
  ) {
    for (const [word, value] of entries) {
      if (!/^\p{L}+$/u.test(word)) continue;
      if (!this.exact.has(word)) this.exact.set(word, value);
      if (word.length < MIN_LOOSE) continue;
      for (let i = 0; i < word.length; i++) {
        const key = word.slice(0, i) + word.slice(i + 1);
        if (!this.deletions.has(key) && !isEverydayWord(key)) this.deletions.set(key, value);
      }
    }
  }

  /**
   * Answers by word, kept: a draft, and the next one, repeat the same few thousand words, and the
   * loose lookups below cost a few dozen string probes each. The answer depends on the word alone.
   */
  private readonly answers = new Map<string, { value: T; how: 'exact' | 'disguised' } | typeof NONE>();

  /** The listed word a token stands for, with how it was disguised, or undefined. */
  find(norm: string): { value: T; how: 'exact' | 'disguised' } | undefined {
    // A short word ("the", "is", "my": a good share of every draft) is only ever matched exactly
    // (see `lookUp`): the small map of listed words answers it, not the big cache of answers.
    if (norm.length < MIN_LOOSE - 1) {
      const exact = this.exact.get(norm);
      return exact === undefined ? undefined : { value: exact, how: 'exact' };
    }
    // Most words are no listed word: kept as NONE, so one probe answers them.
    const known = this.answers.get(norm);
    if (known !== undefined) return known === NONE ? undefined : known;
    const answer = this.lookUp(norm);
    if (this.answers.size >= ANSWERS_KEPT) this.answers.clear();
    this.answers.set(norm, answer ?? NONE);
    return answer;
  }

  /**
   * Answers for two short pieces read as one word ("ver min" → "vermin"), kept by piece: a draft has
   * a few dozen such pairs ("the cat", "is so"), nearly all new, which joined and kept among the
   * single words' answers would fill that cache and start it again every few hundred drafts.
   */
  private readonly joinedAnswers = new Map<string, Map<string, { value: T; how: 'exact' | 'disguised' } | typeof NONE>>();
  private joinedKept = 0;

  /** `find(left + right)`, without joining the two for a pair already answered. */
  findJoined(left: string, right: string): { value: T; how: 'exact' | 'disguised' } | undefined {
    let byRight = this.joinedAnswers.get(left);
    const known = byRight?.get(right);
    if (known !== undefined) return known === NONE ? undefined : known;
    const joined = left + right;
    const single = this.answers.get(joined);
    const answer = single !== undefined ? (single === NONE ? undefined : single) : this.lookUp(joined);
    if (this.joinedKept >= ANSWERS_KEPT) {
      this.joinedAnswers.clear();
      this.joinedKept = 0;
      byRight = undefined;
    }
    if (byRight === undefined) this.joinedAnswers.set(left, (byRight = new Map()));
    byRight.set(right, answer ?? NONE);
    this.joinedKept++;
    return answer;
  }

  private lookUp(norm: string): { value: T; how: 'exact' | 'disguised' } | undefined {
    const exact = this.exact.get(norm);
    if (exact !== undefined) return { value: exact, how: 'exact' };
    if (norm.length < MIN_LOOSE - 1 || norm.length > 24 || this.isEverydayWord(norm)) return undefined;
    // Leetspeak read as letters ("v3rmin"); the skeleton also reads "l" as "i", so plain letters are tried first.
    const skeletal = skeleton(norm);
    const unleet = this.exact.get(skeletal);
    if (unleet !== undefined) return { value: unleet, how: 'disguised' };
    return this.near(norm) ?? (skeletal !== norm ? this.near(skeletal) : undefined);
  }

  private near(word: string): { value: T; how: 'disguised' } | undefined {
    if (!/^\p{L}+$/u.test(word) || word.length < MIN_LOOSE - 1) return undefined;
    // A letter left out ("vermn").
    const missing = this.deletions.get(word);
    if (missing !== undefined && word.length >= MIN_LOOSE - 1) return { value: missing, how: 'disguised' };
    for (let i = 0; i < word.length; i++) {
      const shorter = word.slice(0, i) + word.slice(i + 1);
      // A letter added or doubled ("verrmin").
      const added = this.exact.get(shorter);
      if (added !== undefined && shorter.length >= MIN_LOOSE) return { value: added, how: 'disguised' };
      // A letter replaced ("vermon"): both lose a letter at the same place and meet.
      const replaced = word.length >= MIN_LOOSE + 1 ? this.deletions.get(shorter) : undefined;
      if (replaced !== undefined) return { value: replaced, how: 'disguised' };
      // Two letters swapped ("vemrin").
      if (i + 1 < word.length) {
        const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        const value = this.exact.get(swapped);
        if (value !== undefined && swapped.length >= MIN_LOOSE) return { value, how: 'disguised' };
      }
    }
    return undefined;
  }
}

/** A word known to stand for no listed word. */
const NONE = 0;
/** Shorter words are too easily one letter from an everyday word. */
const MIN_LOOSE = 5;
/** Words whose answers are kept (a few hundred kilobytes at most); the cache starts again when full. */
const ANSWERS_KEPT = 20_000;
