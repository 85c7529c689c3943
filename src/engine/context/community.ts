import { LEXICONS } from '../rules';
import type { CommunityGroup } from '../schemas/lexicons';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token, TokenizedText } from '../text/tokenize';
import { yearGroupPhrases, yearGroupPupils, type ContextHit } from './school-context';

/**
 * Who a draft talks about: members of the school community (from the lexicon, and from the
 * settings: the school, its staff, the roster), other people, the writer's own family, the writer.
 */
export interface Reference {
  readonly group: CommunityGroup | 'people';
  /** Points at one person ("a boy in my class", "Mrs Pritchard", "Amira"), not a whole group. */
  readonly individual: boolean;
  /** A name (from the roster, the staff list, a title, or a child named in context), not a lexicon phrase. */
  readonly named: boolean;
  readonly text: string;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

type Value = { group: CommunityGroup | 'people'; individual: boolean };

const lexicon = LEXICONS.community;

const REFERENCES = new PhraseMatcher<Value>();
for (const [group, lists] of Object.entries(lexicon.groups) as [CommunityGroup, { individual: string[]; collective: string[] }][]) {
  for (const phrase of lists.individual) REFERENCES.add(phrase, { group, individual: true });
  for (const phrase of lists.collective) REFERENCES.add(phrase, { group, individual: false });
}
for (const phrase of lexicon.people) REFERENCES.add(phrase, { group: 'people', individual: false });
// One teacher or assistant by their year group ("the year 4 teacher", "athrawes bl2"): a colleague, not the pupils.
for (const year of yearGroupPhrases()) {
  if (year.endsWith('s')) continue;
  for (const noun of lexicon.yearStaff.after) REFERENCES.add(`${year} ${noun}`, { group: 'staff', individual: true });
  for (const noun of lexicon.yearStaff.before) REFERENCES.add(`${noun} ${year}`, { group: 'staff', individual: true });
}
// Year groups are the pupils in them ("Year 5 were feral today", "my Year 10s", "a Year 8 boy").
for (const phrase of yearGroupPhrases()) REFERENCES.add(phrase, { group: 'pupils', individual: false });
// One pupil of a year group, matched exactly: "Year 9 lad" is one child, "Year 9 lads" are not.
const YEAR_GROUP_PUPILS = PhraseMatcher.of(yearGroupPupils(), { plurals: false });

const RELATIONS = PhraseMatcher.of(lexicon.ownCircle.relations);
const STANDALONE = PhraseMatcher.of(lexicon.ownCircle.standalone);
const POSSESSIVES: ReadonlySet<string> = new Set(lexicon.ownCircle.possessives.flatMap((p) => phraseWords(p)));
const SELF_REFERENCE = PhraseMatcher.of(lexicon.selfReference);
const SELF_AFTER = PhraseMatcher.of(lexicon.selfAfter);

/** "our Amelia starts Year 1": a bare possessive before a first name is the writer's own child. */
export const BARE_POSSESSIVES: ReadonlySet<string> = new Set(lexicon.ownCircle.bare);
export const HONORIFICS: ReadonlySet<string> = new Set(lexicon.honorifics);

/** Words that make the title after them a word for a person's manner or family: "little madam", "cheeky sir", "little sister". */
const NOT_A_TITLE_AFTER: ReadonlySet<string> = new Set(['little', 'cheeky', 'proper', 'stroppy', 'sassy', 'big', 'baby', 'twin', 'older', 'younger']);

/**
 * Token `k` is a title before a name ("Mrs Grace", "madam Lily"), not the same word for a child's manner or a
 * relative ("that little madam lily mae in year 2", "my little sister Efa"): those name a child, not an adult.
 */
export function isTitleAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || !HONORIFICS.has(token.norm)) return false;
  const before = tokens[k - 1];
  if (!(before && before.sentence === token.sentence && NOT_A_TITLE_AFTER.has(before.norm))) return true;
  // "being a little madam at the shops": no name follows, so the phrase stays as it always read (review, nineteenth session).
  const next = tokens[k + 1];
  return !next || next.sentence !== token.sentence || NOT_A_NAME_AFTER_TITLE.has(next.norm);
}
const NOT_A_NAME_AFTER_TITLE: ReadonlySet<string> = new Set(['at', 'in', 'on', 'for', 'with', 'and', 'or', 'but', 'today', 'again', 'this', 'that', 'who', 'is', 'was', 'of', 'from', 'to', 'as', 'yn', 'ar', 'efo', 'gyda', 'heddiw']);

/** Class names: "5B", "6C", "4JW" (a year and the teacher's initials), "Y6", "Yr5". */
// Secondary forms too: "10B", "11R3", "7X1" (a year, a band or teacher, a set number).
const CLASS_NAME = new RegExp(`^(?:(?:1[0-3]|[1-9])[a-z]{1,3}[1-9]?|(?:${LEXICONS.schoolContext.yearGroups.joined.join('|')})[1-9][a-z]?)$`);
/** Tokens shaped like a class that are units or times ("10AM", "5KM", "2ND"). */
const NOT_A_CLASS: ReadonlySet<string> = new Set(['am', 'pm', 'km', 'kg', 'mm', 'cm', 'ml', 'mg', 'st', 'nd', 'rd', 'th', 'mb', 'gb', 'tb', 'hz', 'mph', 'kph', 'hr', 'hrs', 'min', 'mins', 'yo', 'yrs']);
/** A year of ten or more and one letter: "10K" is a run, "12V" a battery, "12A" a film certificate, "10X" a multiple, unless a set number follows ("10K2"). */
const TWO_DIGIT_UNIT = /^1[0-3][kgmlvwpx]$|^12a$/;
function classShaped(norm: string): boolean {
  return CLASS_NAME.test(norm) && !NOT_A_CLASS.has(norm.replace(/^\d+|\d+$/g, '')) && !TWO_DIGIT_UNIT.test(norm);
}

/** Tokens that name a class ("New starter in 5B today"): pupils, and school context too. */
export function findClassNames(doc: TokenizedText): { references: Reference[]; context: ContextHit[] } {
  const references: Reference[] = [];
  const context: ContextHit[] = [];
  doc.tokens.forEach((token, i) => {
    if (token.kind !== 'word' || !classShaped(token.norm) || !/\p{Lu}/u.test(token.raw)) return;
    references.push(referenceAt(doc, 'pupils', false, i, i, false));
    context.push({ strength: 'strong', text: token.raw, start: token.start, end: token.end, sentence: token.sentence });
  });
  return { references, context };
}

const ONE_OF_OWNERS: ReadonlySet<string> = new Set(['our', 'my', 'the', 'those', 'these']);

/** "one of our …", "one of the …" (or "one of" before a group that starts with "my"/"our") right before token `first`. */
function oneOf(doc: TokenizedText, first: number): boolean {
  const at = (k: number) => (k >= 0 && doc.tokens[k]!.sentence === doc.tokens[first]!.sentence ? doc.tokens[k]!.norm : undefined);
  // "one of our three Year 6 boys": a count between changes nothing.
  if (/^(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$/.test(at(first - 1) ?? '')) first--;
  if (at(first - 1) === 'of' && at(first - 2) === 'one') return true;
  return ONE_OF_OWNERS.has(at(first - 1) ?? '') && at(first - 2) === 'of' && at(first - 3) === 'one';
}

/**
 * "one of the lads' football boots went missing": a plural possessive after the words makes them the
 * owner of what the sentence is about, not its subject, so they pick out no one child.
 */
function possessor(doc: TokenizedText, last: number): boolean {
  const token = doc.tokens[last]!;
  const next = doc.tokens[last + 1];
  return /s$/.test(token.norm) && /^['’]\s/.test(doc.draft.slice(token.end, token.end + 2)) && next !== undefined && next.sentence === token.sentence && next.kind === 'word';
}

export function findReferences(doc: TokenizedText): Reference[] {
  const one = YEAR_GROUP_PUPILS.matchAll(doc.tokens);
  const oneAt = new Set(one.map((m) => m.first));
  return (
    [
      ...REFERENCES.matchAll(doc.tokens).filter((m) => !oneAt.has(m.first)),
      ...one.map(({ first, last }) => ({ value: { group: 'pupils', individual: true } as Value, first, last })),
    ]
      // "my own kids have been feral": the writer's family, not the school's pupils.
      .filter(({ value, first }) => value.group !== 'pupils' || !ownCircleBefore(doc, first))
      // "one of our Year 6 boys", "one of my form": one pupil picked out of a group is one child.
      .map(({ value, first, last }) => referenceAt(doc, value.group, !possessor(doc, last) && (value.individual || (value.group === 'pupils' && oneOf(doc, first))), first, last, false))
      .sort((a, b) => a.first - b.first)
  );
}

export function referenceAt(doc: TokenizedText, group: Reference['group'], individual: boolean, first: number, last: number, named = true): Reference {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { group, individual, named, text: doc.draft.slice(start, end), first, last, start, end, sentence: doc.tokens[first]!.sentence };
}

/**
 * The writer's own family or friends introduce token `index`: "my son Tyler", "my beautiful
 * daughter Nia", "our new neighbour Jack Wilson", "plumber Oliver Smith". `reach` is how many
 * tokens back a relation may stand (a date of birth looks across the whole clause).
 */
export function ownCircleBefore(doc: TokenizedText, index: number, reach = 3): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[index]?.sentence;
  for (let end = index - 1; end >= Math.max(0, index - reach); end--) {
    if (tokens[end]!.sentence !== sentence || /[.!?;:]/.test(tokens[end + 1]!.gapBefore)) break;
    for (let start = Math.max(0, end - 2); start <= end; start++) {
      if (STANDALONE.longestAt(tokens, start, end + 1)?.last === end) return true;
      if (RELATIONS.longestAt(tokens, start, end + 1)?.last === end) {
        // A possessive a few words before the relation: "my", "our", "me and my".
        for (let p = start - 1; p >= Math.max(0, start - 3) && tokens[p]!.sentence === sentence; p--) if (POSSESSIVES.has(tokens[p]!.norm)) return true;
      }
    }
  }
  return false;
}

/**
 * The writer speaking of themselves, leading straight into token `index` with only filler words
 * between ("I'm such a total numpty", "feeling like a complete waste of space"), never across
 * someone else ("I feel like SLT are clueless").
 */
/** "What a muppet I am", "absolutely shitting myself", "World's biggest idiot here 🤦‍♀️". */
/** Welsh intensifiers that follow their noun ("twpsyn llwyr", a complete idiot). */
const INTENSIFIERS_AFTER: ReadonlySet<string> = new Set(['llwyr', 'ofnadwy', 'uffernol']);

export function selfReferenceAfter(doc: TokenizedText, last: number): boolean {
  const tokens = doc.tokens;
  // "twpsyn llwyr me": the intensifier belongs to the word; the writer comes after both.
  if (INTENSIFIERS_AFTER.has(tokens[last + 1]?.norm ?? '') && tokens[last + 1]!.sentence === tokens[last]!.sentence) last++;
  if (cleftOnWriter(tokens, last)) return true;
  const match = SELF_AFTER.longestAt(tokens, last + 1);
  if (!match || tokens[last + 1]!.sentence !== tokens[last]!.sentence) return false;
  // "here" only at the end of what is said: "idiot here 🤦‍♀️", not "idiot here and there".
  if (tokens[last + 1]!.norm !== 'here') return true;
  const after = tokens[match.last + 1];
  return after === undefined || after.sentence !== tokens[last]!.sentence || /[^\s\p{L}]/u.test(after.gapBefore);
}

/** "the numpty who left the minibus lights on was me", "y twpsyn wnaeth hynny oedd fi": a cleft that names the writer at its end. */
function cleftOnWriter(tokens: TokenizedText['tokens'], last: number): boolean {
  const sentence = tokens[last]!.sentence;
  if (!/^(who|that|wnaeth|a|sy|sydd|nath)$/.test(tokens[last + 1]?.norm ?? '') || tokens[last + 1]!.sentence !== sentence) return false;
  for (let k = last + 2; k < Math.min(tokens.length - 1, last + 12) && tokens[k]!.sentence === sentence; k++) {
    if (/^(was|is|were|oedd|yw|ydy|ydi)$/.test(tokens[k]!.norm) && /^(me|myself|fi|i fi)$/.test(tokens[k + 1]!.norm) && tokens[k + 1]!.sentence === sentence) return true;
  }
  return false;
}

export function selfReferenceBefore(doc: TokenizedText, index: number, filler: ReadonlySet<string>): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[index]!.sentence;
  for (let start = Math.max(0, index - 6); start < index; start++) {
    if (tokens[start]!.sentence !== sentence) continue;
    const match = SELF_REFERENCE.longestAt(tokens, start, index);
    if (!match) continue;
    let onlyFiller = true;
    for (let k = match.last + 1; k < index; k++) if (!filler.has(tokens[k]!.norm)) onlyFiller = false;
    if (onlyFiller) return true;
  }
  return false;
}
