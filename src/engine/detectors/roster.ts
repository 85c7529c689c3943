import { LEXICONS } from '../rules';
import { foldString } from '../text/fold';
import { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { isWordName } from '../context/names-knowledge';

/**
 * Compiles a list of names (the pupil roster, or staff) into matchers, once per settings change.
 * A name is split into given name, middle names and surname; each part is indexed in every way
 * people write it: "Lily-Mae" as "Lily Mae" and "LilyMae", "O'Brien" as "OBrien" and "O Brien",
 * and hashtags run them all together ("#LilyMaeThomas").
 */
export type NameForm =
  | 'full' // given (or a nickname of it) + surname, with or without middle names
  | 'given-initial' // "Amira K"
  | 'initial-surname' // "A. Khan"
  | 'given' // the given name alone
  | 'given-part' // the first part of a hyphenated given name ("Lily" of "Lily-Mae")
  | 'nickname'; // an everyday short form ("Tom" for "Thomas")

export interface RosterEntry {
  readonly index: number;
  /** The name as configured, for messages ("on your roster as Siân O'Brien"). */
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

/** Particles that belong to the surname after them ("Tomos ap Gruffydd", "Ludwig van Beethoven"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(LEXICONS.names.surnameParticles);

const EXACT_NAMES = { plurals: false, ampersand: false };

export class NameList {
  readonly entries: RosterEntry[] = [];
  // Names are matched exactly: "Baileys" is not Bailey, "Thomas & Bowen" is not Thomas Bowen.
  /** Full names and initials, as token sequences. */
  readonly fullNames = new PhraseMatcher<NameMatch>(EXACT_NAMES);
  /** Given names and nicknames alone. */
  readonly givenNames = new PhraseMatcher<NameMatch>(EXACT_NAMES);
  /** Surnames alone, to recognise a full name with a middle name the roster lacks. */
  readonly surnames = new PhraseMatcher<RosterEntry>(EXACT_NAMES);
  /** Whole names run together, for hashtags and handles ("amirakhan", "lilymaethomas"). */
  readonly squashed = new Map<string, NameMatch[]>();
  /** Names that could not be used, with the reason, for the settings screen and the CLI. */
  readonly skipped: { index: number; name: string; reason: string }[] = [];

  constructor(names: readonly string[], options: { withGivenAlone: boolean }) {
    const seen = new Set<string>();
    names.forEach((name, index) => {
      const words = nameWordsOf(name);
      if (words.length === 0) {
        this.skipped.push({ index, name, reason: 'has no letters to match' });
        return;
      }
      const key = words.map((w) => w.parts.join('')).join(' ');
      if (seen.has(key)) return; // the same pupil listed twice
      seen.add(key);
      this.add(index, name, words, options.withGivenAlone);
    });
  }

  private add(index: number, name: string, words: NameWord[], withGivenAlone: boolean): void {
    const givenParts = words[0]!.parts;
    const givenHyphenParts = words[0]!.hyphenParts;
    // Particles before the last word belong to the surname.
    let surnameStart = words.length - 1;
    while (surnameStart > 1 && SURNAME_PARTICLES.has(words[surnameStart - 1]!.parts.join(''))) surnameStart--;
    const hasSurname = words.length > 1;
    const surnameWords = hasSurname ? words.slice(surnameStart) : [];
    const middleWords = hasSurname ? words.slice(1, surnameStart) : [];
    const given = givenHyphenParts.join('-');
    const entry: RosterEntry = {
      index,
      name,
      given,
      ...(hasSurname ? { surname: surnameWords.map((w) => w.parts.join('')).join(' ') } : {}),
      wordLike: isWordName(givenParts.join('')),
    };
    this.entries.push(entry);

    const givenSpellings = partSpellings(words[0]!);
    const nicknames = (LEXICONS.names.nicknames[given] ?? LEXICONS.names.nicknames[givenParts.join('')] ?? [])
      .map((n) => nameWords(n).flat())
      .filter((n) => n.join('') !== givenParts.join(''));

    if (hasSurname) {
      const surnameSpellings = sequenceSpellings(surnameWords);
      // "Tomos ap Gruffydd" is also "Tomos Gruffydd".
      if (surnameWords.length > 1) surnameSpellings.push(...partSpellings(surnameWords[surnameWords.length - 1]!));
      const middles = middleWords.length > 0 ? [[], ...sequenceSpellings(middleWords)] : [[]];
      for (const g of givenSpellings)
        for (const m of middles)
          for (const s of surnameSpellings) {
            this.fullNames.addWords([...g, ...m, ...s], { entry, form: 'full' });
            this.addSquashed([...g, ...m, ...s].join(''), { entry, form: 'full' });
          }
      for (const nick of nicknames) for (const s of surnameSpellings) this.fullNames.addWords([...nick, ...s], { entry, form: 'full' });
      for (const s of surnameSpellings) this.surnames.addWords(s, entry);
      const surnameInitial = surnameWords[surnameWords.length - 1]!.parts[0]![0]!;
      for (const g of [...givenSpellings, ...nicknames]) this.fullNames.addWords([...g, surnameInitial], { entry, form: 'given-initial' });
      for (const s of surnameSpellings) this.fullNames.addWords([givenParts[0]![0]!, ...s], { entry, form: 'initial-surname' });
    }
    // A one-letter given name ("J Smith") alone would match every "J".
    if (withGivenAlone && givenParts.join('').length > 1) {
      for (const g of givenSpellings) {
        this.givenNames.addWords(g, { entry, form: 'given' });
        this.addSquashed(g.join(''), { entry, form: 'given' });
      }
      if (givenHyphenParts.length > 1 && givenHyphenParts[0]!.length > 1) this.givenNames.addWords([givenHyphenParts[0]!], { entry, form: 'given-part' });
      // A nickname that is also a word ("Will", "Bill") needs the evidence a word-name needs.
      for (const nick of nicknames) this.givenNames.addWords(nick, { entry: { ...entry, wordLike: isWordName(nick.join('')) }, form: 'nickname' });
    }
  }

  private addSquashed(key: string, match: NameMatch): void {
    const list = this.squashed.get(key);
    if (list) list.push(match);
    else this.squashed.set(key, [match]);
  }

  /** A hashtag or handle that is a whole name ("#LilyMaeThomas", "@amira_khan"). */
  squashedMatch(token: Token): NameMatch[] | undefined {
    return this.squashed.get(token.norm.replace(/[_.]/g, ''));
  }
}

/**
 * A name's words, each split into its parts at hyphens and apostrophes:
 * "Lily-Mae O'Brien" → [["lily","mae"], ["o","brien"]]. Joining the parts gives the other spelling.
 */
export function nameWords(name: string): string[][] {
  return nameWordsOf(name).map((w) => w.parts);
}

/** A word of a name: its parts split at hyphens and apostrophes, and as a draft's tokens split it (at hyphens only). */
interface NameWord {
  readonly parts: string[];
  readonly hyphenParts: string[];
}

function nameWordsOf(name: string): NameWord[] {
  const words: NameWord[] = [];
  for (const word of foldString(name).split(/\s+/)) {
    const clean = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    const hyphenParts = word.split(/-+/).map((p) => clean(p)).filter(Boolean);
    const parts = word.split(/[-']+/).map((p) => clean(p)).filter(Boolean);
    if (parts.length > 0) words.push({ parts, hyphenParts });
  }
  return words;
}

/** One word's spellings: "Lily-Mae" → [lily, mae], [lilymae]; "O'Brien" → [o, brien], [obrien]; "O'Neil-Ryan" also [oneil, ryan]. */
function partSpellings(word: NameWord): string[][] {
  return dedupe([word.parts.slice(), [word.parts.join('')], word.hyphenParts.slice()]);
}

/** A name with more spellings than this keeps only "all split" and "all joined". */
const MAX_SPELLINGS = 16;

/** Several words in a row, each in all its spellings (capped: a long multi-part name is rare). */
function sequenceSpellings(words: readonly NameWord[]): string[][] {
  let out: string[][] = [[]];
  for (const word of words) {
    out = out.flatMap((prefix) => partSpellings(word).map((s) => [...prefix, ...s]));
    if (out.length > MAX_SPELLINGS) return dedupe([words.flatMap((w) => w.hyphenParts), words.flatMap((w) => w.parts), words.map((w) => w.parts.join(''))]);
  }
  return dedupe(out);
}

function dedupe(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((l) => {
    const key = l.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
