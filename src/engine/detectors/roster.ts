import { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { nameKeysOf, nameWords, type NameForm } from './name-keys';

export type { NameForm } from './name-keys';

/**
 * Compiles a list of names (the pupil roster, or staff) into matchers, once per settings change.
 * A name is split into given name, middle names and surname; each part is indexed in every way
 * people write it (see `nameKeysOf`): "Lily-Mae" as "Lily Mae" and "LilyMae", "O'Brien" as
 * "OBrien" and "O Brien", and hashtags run them all together ("#LilyMaeThomas").
 */
export interface RosterEntry {
  /** Unique across the plain and hashed rosters ("p3", "h17"): two matches are the same pupil when their ids are equal. */
  readonly id: string;
  readonly index: number;
  /** The name as configured, for messages in the extension's own pages ("on your roster as Siân O'Brien"). */
  readonly name: string;
  readonly given: string;
  readonly surname?: string;
  /** The given name is also an ordinary word (Grace, Summer): alone it needs more evidence. */
  readonly wordLike: boolean;
}

export interface NameMatch {
  readonly entry: RosterEntry;
  readonly form: NameForm;
}

/** The longest entry that starts at a token, as a phrase trie or a hashed lookup finds it. */
export interface NameLookup<T> {
  longestAt(tokens: readonly Token[], i: number, to?: number): { values: T[]; last: number } | undefined;
}

/** What the name detectors need of a roster, whether its names are plain or hashed. */
export interface NameIndex {
  /** Full names and initials, as token sequences. */
  readonly fullNames: NameLookup<NameMatch>;
  /** Given names and nicknames alone. */
  readonly givenNames: NameLookup<NameMatch>;
  /** Surnames alone, to recognise a full name with a middle name the roster lacks. */
  readonly surnames: NameLookup<RosterEntry>;
  /** A hashtag or handle that is a whole name ("#LilyMaeThomas", "@amira_khan"). */
  squashedMatch(token: Token): readonly NameMatch[] | undefined;
}

const EXACT_NAMES = { plurals: false, ampersand: false };

/** The roster as names the teacher or the school typed in. */
export class NameList implements NameIndex {
  readonly entries: RosterEntry[] = [];
  // Names are matched exactly: "Baileys" is not Bailey, "Thomas & Bowen" is not Thomas Bowen.
  readonly fullNames = new PhraseMatcher<NameMatch>(EXACT_NAMES);
  readonly givenNames = new PhraseMatcher<NameMatch>(EXACT_NAMES);
  readonly surnames = new PhraseMatcher<RosterEntry>(EXACT_NAMES);
  /** Whole names run together, for hashtags and handles ("amirakhan", "lilymaethomas"). */
  readonly squashed = new Map<string, NameMatch[]>();
  /** Names that could not be used, with the reason, for the settings screen and the CLI. */
  readonly skipped: { index: number; name: string; reason: string }[] = [];

  constructor(names: readonly string[], options: { withGivenAlone: boolean; idPrefix?: string }) {
    const seen = new Set<string>();
    names.forEach((name, index) => {
      const keys = nameKeysOf(name, options.withGivenAlone);
      if (!keys) {
        this.skipped.push({ index, name, reason: 'has no letters to match' });
        return;
      }
      const same = nameWords(name).map((parts) => parts.join('')).join(' ');
      if (seen.has(same)) return; // the same pupil listed twice
      seen.add(same);
      const entry: RosterEntry = {
        id: `${options.idPrefix ?? 'p'}${index}`,
        index,
        name,
        given: keys.given,
        ...(keys.surname !== undefined ? { surname: keys.surname } : {}),
        wordLike: keys.wordLike,
      };
      this.entries.push(entry);
      for (const key of keys.keys) {
        if (key.list === 'surname') this.surnames.addWords(key.words, entry);
        else {
          const match: NameMatch = { entry: key.wordLike === undefined ? entry : { ...entry, wordLike: key.wordLike }, form: key.form! };
          if (key.list === 'full') this.fullNames.addWords(key.words, match);
          else if (key.list === 'given') this.givenNames.addWords(key.words, match);
          else this.addSquashed(key.words[0]!, match);
        }
      }
    });
  }

  private addSquashed(key: string, match: NameMatch): void {
    const list = this.squashed.get(key);
    if (list) list.push(match);
    else this.squashed.set(key, [match]);
  }

  squashedMatch(token: Token): NameMatch[] | undefined {
    return this.squashed.get(squashedKey(token));
  }
}

/** A hashtag or handle as a run-together key: "@amira_khan" → "amirakhan". */
export function squashedKey(token: Token): string {
  return token.norm.replace(/[_.]/g, '');
}

/** Several rosters as one (the teacher's names and the school's hashed roster): the longest match wins, ties are merged. */
export function combineNames(indexes: readonly NameIndex[]): NameIndex {
  if (indexes.length === 1) return indexes[0]!;
  const longest = <T>(pick: (index: NameIndex) => NameLookup<T>): NameLookup<T> => ({
    longestAt(tokens, i, to) {
      let best: { values: T[]; last: number } | undefined;
      for (const index of indexes) {
        const found = pick(index).longestAt(tokens, i, to);
        if (!found) continue;
        if (!best || found.last > best.last) best = found;
        else if (found.last === best.last) best = { values: [...best.values, ...found.values], last: best.last };
      }
      return best;
    },
  });
  return {
    fullNames: longest((index) => index.fullNames),
    givenNames: longest((index) => index.givenNames),
    surnames: longest((index) => index.surnames),
    squashedMatch(token) {
      const all = indexes.flatMap((index) => index.squashedMatch(token) ?? []);
      return all.length > 0 ? all : undefined;
    },
  };
}
