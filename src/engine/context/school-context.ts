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

let matcher: PhraseMatcher<ContextStrength> | undefined;

function schoolContextMatcher(): PhraseMatcher<ContextStrength> {
  if (matcher) return matcher;
  const { strong, weak, yearGroups } = LEXICONS.schoolContext;
  const m = new PhraseMatcher<ContextStrength>();
  for (const phrase of strong) m.add(phrase, 'strong');
  for (const phrase of weak) m.add(phrase, 'weak');
  for (let n = 1; n <= yearGroups.highest; n++) {
    const spellings = [String(n), yearGroups.numberWords[n - 1]!];
    for (const word of yearGroups.spaced) for (const number of spellings) m.add(`${word} ${number}`, 'strong');
    for (const prefix of yearGroups.joined) m.add(`${prefix}${n}`, 'strong');
  }
  matcher = m;
  return m;
}

export function findSchoolContext(doc: TokenizedText): ContextHit[] {
  return schoolContextMatcher()
    .matchAll(doc.tokens)
    .map(({ value, first, last }) => {
      const start = doc.tokens[first]!.start;
      const end = doc.tokens[last]!.end;
      return { strength: value, text: doc.draft.slice(start, end), start, end, sentence: doc.tokens[first]!.sentence };
    });
}
