import { LEXICONS } from '../rules';
import { foldString } from '../text/fold';
import { isEverydayWord, isKnownFirstName, isWordName } from '../context/names-knowledge';

/** Two letters everyone writes for something else: initials that spell them are a pupil only with more evidence. */
const INITIALS_IN_USE: ReadonlySet<string> = new Set(['am', 'pm', 'ok', 'tv', 'pe', 're', 'dt', 'ta', 'pa', 'hr', 'it', 'gp', 'mp', 'dj', 'pr', 'bt', 'ms', 'mr', 'st', 'rd', 'yr', 'ny', 'la', 'sa', 'fa', 'ma', 'da', 'bl', 'ni', 'ti', 'fi', 'mi', 'di', 'na', 'ac', 'ar', 'at', 'yn', 'wy', 'cd', 'id', 'uk', 'eu', 'us', 'ps', 'bb', 'lol']);

/**
 * Every way a draft can write one name, as the words a draft's tokens would carry: "Lily-Mae
 * O'Brien" as "lily mae o brien", "lilymae obrien", "Lily-Mae O", "L O'Brien", "#LilyMaeOBrien"…
 * The same keys feed the plain roster (a phrase trie) and the hashed roster (salted hashes made by
 * `guardrail hash-roster`), so both recognise exactly the same spellings.
 */
export type NameForm =
  | 'full' // given (or a nickname of it) + surname, with or without middle names
  | 'given-initial' // "Amira K"
  | 'initial-surname' // "A. Khan"
  | 'given' // the given name alone
  | 'given-part' // the first part of a hyphenated given name ("Lily" of "Lily-Mae")
  | 'nickname'; // an everyday short form ("Tom" for "Thomas")

/** Which lookup a key belongs to: whole names, first names alone, surnames alone, or run-together hashtags. */
export type NameListKind = 'full' | 'given' | 'surname' | 'squashed';

export interface NameKey {
  readonly list: NameListKind;
  /** The words as a draft's tokens carry them (one word for `squashed`). */
  readonly words: readonly string[];
  /** Absent for `surname` keys. */
  readonly form?: NameForm;
  /** For nicknames: whether the nickname is also an ordinary word ("Will"); otherwise the given name's. */
  readonly wordLike?: boolean;
}

export interface NameKeys {
  /** The given name, hyphens kept ("lily-mae"). */
  readonly given: string;
  readonly surname?: string;
  /** The given name is also an ordinary word (Grace, Summer): alone it needs more evidence. */
  readonly wordLike: boolean;
  readonly keys: readonly NameKey[];
}

/** Particles that belong to the surname after them ("Tomos ap Gruffydd", "Ludwig van Beethoven"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(LEXICONS.names.surnameParticles);

/** The shortest and longest clip of a first name kept ("Zuza" of Zuzanna, "Abdi" of Abdirahman); the clip leaves two letters off at least. */
const CLIP_SHORTEST = 4;
const CLIP_LEFT_OFF = 2;

/**
 * A one-word first name of six letters or more, clipped after four letters or more: "zuza", "zuzan" for
 * Zuzanna. Not a clip that is a word or a name-word ("char" of Charlotte); a first name of its own ("mary" of Maryam) is marked.
 */
function clippedGiven(givenParts: readonly string[]): { clip: string; firstName: boolean }[] {
  if (givenParts.length !== 1) return [];
  const given = givenParts[0]!;
  if (!/^\p{L}+$/u.test(given)) return [];
  const clips: { clip: string; firstName: boolean }[] = [];
  for (let length = CLIP_SHORTEST; length <= given.length - CLIP_LEFT_OFF; length++) {
    const clip = given.slice(0, length);
    if (!isEverydayWord(clip) && !isWordName(clip)) clips.push({ clip, firstName: isKnownFirstName(clip) });
  }
  return clips;
}

/** "kaykay" for Kayden, "jojo" for Jordan: the name's first two to four letters said twice, run together. */
function doubledGiven(givenParts: readonly string[]): string[] {
  if (givenParts.length !== 1) return [];
  const given = givenParts[0]!;
  if (!/^\p{L}+$/u.test(given) || given.length < 4) return [];
  const out: string[] = [];
  for (let length = 2; length <= Math.min(4, given.length - 1); length++) {
    const clip = given.slice(0, length);
    const doubled = clip + clip;
    if (!isEverydayWord(doubled) && !isWordName(doubled) && !isEverydayWord(clip)) out.push(doubled);
  }
  return out;
}

/** The keys of one name, or undefined when it has no letters to match. */
export function nameKeysOf(name: string, withGivenAlone: boolean): NameKeys | undefined {
  const words = nameWordsOf(name);
  if (words.length === 0) return undefined;
  const keys: NameKey[] = [];
  const givenParts = words[0]!.parts;
  const givenHyphenParts = words[0]!.hyphenParts;
  // Particles before the last word belong to the surname.
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has(words[surnameStart - 1]!.parts.join(''))) surnameStart--;
  const hasSurname = words.length > 1;
  const surnameWords = hasSurname ? words.slice(surnameStart) : [];
  const middleWords = hasSurname ? words.slice(1, surnameStart) : [];
  const given = givenHyphenParts.join('-');

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
          keys.push({ list: 'full', words: [...g, ...m, ...s], form: 'full' });
          keys.push({ list: 'squashed', words: [[...g, ...m, ...s].join('')], form: 'full' });
        }
    for (const nick of nicknames) for (const s of surnameSpellings) keys.push({ list: 'full', words: [...nick, ...s], form: 'full' });
    for (const s of surnameSpellings) keys.push({ list: 'surname', words: s });
    const surnameInitial = surnameWords[surnameWords.length - 1]!.parts[0]![0]!;
    for (const g of [...givenSpellings, ...nicknames]) keys.push({ list: 'full', words: [...g, surnameInitial], form: 'given-initial' });
    // "Mabli J R" for Mabli Jên Roberts, "Twm Siôn W" for Twm Siôn Williams: a pupil with a middle name is
    // written with its initial too, or with the double given name whole, before the surname's initial.
    if (middleWords.length > 0) {
      const middleInitials = middleWords.map((w) => w.parts[0]![0]!);
      for (const g of givenSpellings) {
        keys.push({ list: 'full', words: [...g, ...middleInitials, surnameInitial], form: 'given-initial' });
        for (const m of sequenceSpellings(middleWords)) keys.push({ list: 'full', words: [...g, ...m, surnameInitial], form: 'given-initial' });
      }
    }
    // "zuza k", "Abdi F", "gabi petrauskaite": a long first name clipped to its first syllables, as friends and
    // staff say it, is the pupil with the surname or its initial after it (never alone: a clip is too short to trust).
    // A clip that is a first name of its own ("Magda", "Mary") is the pupil only with the whole surname.
    for (const { clip, firstName } of clippedGiven(givenParts)) {
      if (!firstName) keys.push({ list: 'full', words: [clip, surnameInitial], form: 'given-initial' });
      for (const s of surnameSpellings) keys.push({ list: 'full', words: [clip, ...s], form: 'full' });
    }
    for (const s of surnameSpellings) keys.push({ list: 'full', words: [givenParts[0]![0]!, ...s], form: 'initial-surname' });
  }
  // A one-letter given name ("J Smith") alone would match every "J".
  if (withGivenAlone && givenParts.join('').length > 1) {
    for (const g of givenSpellings) {
      keys.push({ list: 'given', words: g, form: 'given' });
      keys.push({ list: 'squashed', words: [g.join('')], form: 'given' });
    }
    if (givenHyphenParts.length > 1 && givenHyphenParts[0]!.length > 1) keys.push({ list: 'given', words: [givenHyphenParts[0]!], form: 'given-part' });
    // "Elin Haf Morgan" is "Elin Haf" to everyone who knows her: a double given name (common in Wales) is
    // a first name, needing the evidence a first name needs, not a full name with a surname.
    if (middleWords.length > 0) for (const g of givenSpellings) for (const m of sequenceSpellings(middleWords)) keys.push({ list: 'given', words: [...g, ...m], form: 'given' });
    // "TJ" for Tyler-Jay, "AJ" for Alfie-James: a hyphenated given name is often said by its initials. Two
    // letters that spell a word ("Ai", "Am") need the evidence a word-name needs.
    if (givenHyphenParts.length === 2 && givenHyphenParts.every((p) => p.length > 1)) {
      const initials = givenHyphenParts.map((p) => p[0]!).join('');
      keys.push({ list: 'given', words: [initials], form: 'nickname', wordLike: isWordName(initials) || isEverydayWord(initials) || INITIALS_IN_USE.has(initials) });
    }
    // A nickname that is also a word ("Will", "Bill") needs the evidence a word-name needs.
    for (const nick of nicknames) keys.push({ list: 'given', words: nick, form: 'nickname', wordLike: isWordName(nick.join('')) });
    // "abdi in my form", "zuza in 10Y": a clip alone is short and could be anything, so it needs the evidence a
    // word-name needs (a class frame, a capital in a post about school); never a clip that is a first name of its own.
    if (hasSurname) for (const { clip, firstName } of clippedGiven(givenParts)) if (!firstName) keys.push({ list: 'given', words: [clip], form: 'nickname', wordLike: true });
    // "KayKay in 9", "jojo in reception": a first syllable said twice is how children and staff shorten a
    // name (tenth session). Never a word ("nana", "mama", "tutu"), and like a clip it needs a class frame or a capital in a post about school.
    for (const doubled of doubledGiven(givenParts)) keys.push({ list: 'given', words: [doubled], form: 'nickname', wordLike: true });
  }
  return {
    given,
    ...(hasSurname ? { surname: surnameWords.map((w) => w.parts.join('')).join(' ') } : {}),
    wordLike: isWordName(givenParts.join('')),
    keys,
  };
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
