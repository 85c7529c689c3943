import { LEXICONS } from '../rules';
import { PhraseMatcher } from '../text/phrases';
import type { TokenizedText } from '../text/tokenize';

/**
 * Finds the words that make a draft about school ("my class", "Year 6", "star of the week").
 * Strong words settle it; weak ones ("well done", "so proud") fit family life too.
 */
export type ContextStrength = 'strong' | 'weak';

export interface ContextHit {
  readonly strength: ContextStrength;
  /** The words as written in the draft, for the explanation. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** "Year 6", "Yr6", "Y6", "Year Six", "Blwyddyn 6", "Blwyddyn Chwech", "Year 10s": every way a year group is written. */
export function yearGroupPhrases(): string[] {
  const { yearGroups } = LEXICONS.schoolContext;
  const phrases: string[] = [];
  for (let n = 1; n <= yearGroups.highest; n++) {
    for (const word of yearGroups.spaced) for (const number of [String(n), yearGroups.numberWords[n - 1]!]) phrases.push(`${word} ${number}`, `${word} ${number}s`);
    for (const prefix of yearGroups.joined) phrases.push(`${prefix}${n}`, `${prefix}${n}s`);
    for (const word of yearGroups.welsh.spaced) phrases.push(`${word} ${yearGroups.welsh.numberWords[n - 1]!}`);
  }
  return phrases;
}

/** One pupil of a year group: "a Year 8 boy", "one of my Year 6s". */
export function yearGroupPupils(): string[] {
  const { yearGroups } = LEXICONS.schoolContext;
  const phrases: string[] = [];
  for (let n = 1; n <= yearGroups.highest; n++) {
    for (const word of yearGroups.spaced.slice(0, 2)) {
      // "a Year 8 boy", and "Year 9 lad told me…" with the article dropped, as people type.
      for (const noun of yearGroups.individual) phrases.push(`a ${word} ${n} ${noun}`, `${word} ${n} ${noun}`);
      phrases.push(`one of my ${word} ${n}s`, `one of our ${word} ${n}s`);
    }
  }
  return phrases;
}

const MATCHER = new PhraseMatcher<ContextStrength>();
for (const phrase of LEXICONS.schoolContext.strong) MATCHER.add(phrase, 'strong');
for (const phrase of LEXICONS.schoolContext.weak) MATCHER.add(phrase, 'weak');
for (const phrase of yearGroupPhrases()) MATCHER.add(phrase, 'strong');

export function findSchoolContext(doc: TokenizedText): ContextHit[] {
  return MATCHER.matchAll(doc.tokens)
    .map(({ value, first, last }) => {
      const start = doc.tokens[first]!.start;
      const end = doc.tokens[last]!.end;
      return { strength: value, text: doc.draft.slice(start, end), start, end, sentence: doc.tokens[first]!.sentence };
    });
}
