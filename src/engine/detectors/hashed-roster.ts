import { isWordName } from '../context/names-knowledge';
import { HASHED_ENTRY, type HashedForm, type HashedRoster } from '../schemas/hashed-roster';
import { joinable } from '../text/phrases';
import { nameHasher, type NameHasher } from '../text/name-hash';
import type { Token } from '../text/tokenize';
import type { NameForm, NameListKind } from './name-keys';
import { squashedKey, type NameIndex, type NameLookup, type NameMatch, type RosterEntry } from './roster';

/**
 * A roster known only by salted hashes (see `HashedRosterSchema`). It answers the same questions
 * as a plain roster by hashing the words of the draft, span by span, and looking the hash up: the
 * engine recognises "Amira Khan" without ever holding the name. What it can say about a match is
 * what the draft says: the words typed, and which pupil number they belong to.
 */

/** The longest spellings hashed, in words; `guardrail hash-roster` leaves out (and reports) longer ones. */
export const MAX_HASHED_WORDS: Readonly<Record<NameListKind, number>> = { full: 8, given: 3, surname: 4, squashed: 1 };

const LIST_OF: Readonly<Record<HashedForm, NameListKind>> = {
  full: 'full',
  'given-initial': 'full',
  'initial-surname': 'full',
  given: 'given',
  'given-part': 'given',
  nickname: 'given',
  surname: 'surname',
  'tag-full': 'squashed',
  'tag-given': 'squashed',
};

const FORM_OF: Readonly<Record<HashedForm, NameForm | undefined>> = {
  full: 'full',
  'given-initial': 'given-initial',
  'initial-surname': 'initial-surname',
  given: 'given',
  'given-part': 'given-part',
  nickname: 'nickname',
  surname: undefined,
  'tag-full': 'full',
  'tag-given': 'given',
};

/** The entry form for a key (the inverse of the tables above), used by `guardrail hash-roster`. */
export function hashedFormOf(list: NameListKind, form: NameForm | undefined): HashedForm {
  if (list === 'surname') return 'surname';
  if (list === 'squashed') return form === 'full' ? 'tag-full' : 'tag-given';
  return form!;
}

interface Posting {
  readonly pupil: number;
  readonly form: HashedForm;
}

/** Hashes remembered between checks: typing re-checks the same words over and over. */
const CACHE_LIMIT = 50_000;

export class HashedNameList implements NameIndex {
  readonly pupils: number;
  readonly fullNames: NameLookup<NameMatch>;
  readonly givenNames: NameLookup<NameMatch>;
  readonly surnames: NameLookup<RosterEntry>;
  private readonly postings = new Map<string, Posting[]>();
  private readonly hash: NameHasher;
  private readonly cache = new Map<string, string>();
  private readonly entries = new Map<number, RosterEntry>();

  constructor(roster: HashedRoster) {
    this.pupils = roster.names;
    this.hash = nameHasher(roster.salt);
    for (const line of roster.hashes) {
      const [, form, pupil, hash] = HASHED_ENTRY.exec(line)!;
      const key = `${LIST_OF[form as HashedForm]}:${hash}`;
      const posting = { pupil: Number(pupil), form: form as HashedForm };
      const list = this.postings.get(key);
      if (list) list.push(posting);
      else this.postings.set(key, [posting]);
    }
    this.fullNames = this.lookup('full', (posting, words) => this.match(posting, words));
    this.givenNames = this.lookup('given', (posting, words) => this.match(posting, words));
    this.surnames = this.lookup('surname', (posting) => this.entry(posting.pupil, false));
  }

  squashedMatch(token: Token): NameMatch[] | undefined {
    const key = squashedKey(token);
    const postings = this.find('squashed', [key]);
    return postings?.map((posting) => this.match(posting, [key]));
  }

  private lookup<T>(list: NameListKind, value: (posting: Posting, words: readonly string[]) => T): NameLookup<T> {
    const max = MAX_HASHED_WORDS[list];
    return {
      longestAt: (tokens, i, to = tokens.length) => {
        let best: { values: T[]; last: number } | undefined;
        const words: string[] = [];
        for (let j = i; j < to && j < i + max; j++) {
          const token = tokens[j]!;
          if (j > i && !joinable(tokens[j - 1]!, token, false)) break;
          words.push(token.norm);
          const postings = this.find(list, words);
          if (postings) best = { values: postings.map((posting) => value(posting, words)), last: j };
        }
        return best;
      },
    };
  }

  private find(list: NameListKind, words: readonly string[]): Posting[] | undefined {
    const plain = `${list}\u001f${words.join(' ')}`;
    let hash = this.cache.get(plain);
    if (hash === undefined) {
      hash = this.hash(list, words);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(plain, hash);
    }
    return this.postings.get(`${list}:${hash}`);
  }

  private match(posting: Posting, words: readonly string[]): NameMatch {
    const alone = posting.form === 'given' || posting.form === 'given-part' || posting.form === 'nickname' || posting.form === 'tag-given';
    // Whether a first name is also a word (Grace) is read from the words matched: the hashed roster does not hold them.
    return { entry: this.entry(posting.pupil, alone && isWordName(words.join(''))), form: FORM_OF[posting.form]! };
  }

  private entry(pupil: number, wordLike: boolean): RosterEntry {
    const key = pupil * 2 + (wordLike ? 1 : 0);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { id: `h${pupil}`, index: pupil, name: `pupil ${pupil + 1} of the school’s hashed roster`, given: '', wordLike };
      this.entries.set(key, entry);
    }
    return entry;
  }
}
