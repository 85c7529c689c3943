import { LEXICONS } from '../rules';
import type { CommunityGroup } from '../schemas/lexicons';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { TokenizedText } from '../text/tokenize';
import type { ContextHit } from './school-context';

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

let references: PhraseMatcher<Value> | undefined;
let relations: PhraseMatcher<true> | undefined;
let standalone: PhraseMatcher<true> | undefined;
let possessives: ReadonlySet<string> | undefined;
let selfReference: PhraseMatcher<true> | undefined;

function build(): void {
  const lexicon = LEXICONS.community;
  references = new PhraseMatcher<Value>();
  for (const [group, lists] of Object.entries(lexicon.groups) as [CommunityGroup, { individual: string[]; collective: string[] }][]) {
    for (const phrase of lists.individual) references.add(phrase, { group, individual: true });
    for (const phrase of lists.collective) references.add(phrase, { group, individual: false });
  }
  for (const phrase of lexicon.people) references.add(phrase, { group: 'people', individual: false });
  // Year groups are the pupils in them ("Year 5 were feral today", "Blwyddyn 5").
  const { yearGroups } = LEXICONS.schoolContext;
  for (let n = 1; n <= yearGroups.highest; n++) {
    for (const word of yearGroups.spaced) for (const number of [String(n), yearGroups.numberWords[n - 1]!]) references.add(`${word} ${number}`, { group: 'pupils', individual: false });
    for (const prefix of yearGroups.joined) references.add(`${prefix}${n}`, { group: 'pupils', individual: false });
  }
  relations = new PhraseMatcher<true>();
  for (const phrase of lexicon.ownCircle.relations) relations.add(phrase, true);
  standalone = new PhraseMatcher<true>();
  for (const phrase of lexicon.ownCircle.standalone) standalone.add(phrase, true);
  possessives = new Set(lexicon.ownCircle.possessives.flatMap((p) => phraseWords(p)));
  selfReference = new PhraseMatcher<true>();
  for (const phrase of lexicon.selfReference) selfReference.add(phrase, true);
}

export const HONORIFICS: ReadonlySet<string> = new Set(LEXICONS.community.honorifics);

/** Class names: "5B", "6C", "4JW" (a year and the teacher's initials), "Y6". */
const CLASS_NAME = /^(?:[1-9][a-z]{1,3}|y[1-9][a-z]?|yr[1-9][a-z]?)$/;

/** Class names are school context too ("New starter in 5B today"). */
export function classNameContext(doc: TokenizedText): ContextHit[] {
  return doc.tokens
    .filter((token) => token.kind === 'word' && CLASS_NAME.test(token.norm) && /\p{Lu}/u.test(token.raw))
    .map((token) => ({ strength: 'strong' as const, text: token.raw, start: token.start, end: token.end, sentence: token.sentence }));
}

export function findReferences(doc: TokenizedText): Reference[] {
  if (!references) build();
  const found = references!
    .matchAll(doc.tokens)
    // "my own kids have been feral": the writer's family, not the school's pupils.
    .filter(({ value, first }) => value.group !== 'pupils' || !ownCircleBefore(doc, first))
    .map(({ value, first, last }) => referenceAt(doc, value.group, value.individual, first, last, false));
  doc.tokens.forEach((token, i) => {
    if (token.kind === 'word' && CLASS_NAME.test(token.norm) && /\p{Lu}/u.test(token.raw)) found.push(referenceAt(doc, 'pupils', false, i, i, false));
  });
  return found;
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
  if (!relations) build();
  const tokens = doc.tokens;
  const sentence = tokens[index]?.sentence;
  for (let end = index - 1; end >= Math.max(0, index - reach); end--) {
    if (tokens[end]!.sentence !== sentence || /[.!?;:]/.test(tokens[end + 1]!.gapBefore)) break;
    for (let start = Math.max(0, end - 2); start <= end; start++) {
      if (standalone!.longestAt(tokens, start, end + 1)?.last === end) return true;
      if (relations!.longestAt(tokens, start, end + 1)?.last === end) {
        // A possessive a few words before the relation: "my", "our", "me and my".
        for (let p = start - 1; p >= Math.max(0, start - 3) && tokens[p]!.sentence === sentence; p--) if (possessives!.has(tokens[p]!.norm)) return true;
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
export function selfReferenceBefore(doc: TokenizedText, index: number, filler: ReadonlySet<string>): boolean {
  if (!selfReference) build();
  const tokens = doc.tokens;
  const sentence = tokens[index]!.sentence;
  for (let start = Math.max(0, index - 6); start < index; start++) {
    if (tokens[start]!.sentence !== sentence) continue;
    const match = selfReference!.longestAt(tokens, start, index);
    if (!match) continue;
    let onlyFiller = true;
    for (let k = match.last + 1; k < index; k++) if (!filler.has(tokens[k]!.norm)) onlyFiller = false;
    if (onlyFiller) return true;
  }
  return false;
}
