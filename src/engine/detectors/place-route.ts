import type { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * "walked along the ravensbourne before work", "a swim across the Teifi", "afon Cynon": the place word
 * right after a word of a river, a road or a hill is that river, road or hill, whatever school words
 * stand beside it (the writer's "work" is the school, but the walk was along the river). Not when a
 * school cue follows ("along the Ravensbourne kids' fence", school-context.json `placeCues.after`).
 */
export function routeBefore(routes: PhraseMatcher<true>, tokens: readonly Token[], first: number, last: number, placeAfter: PhraseMatcher<true>): boolean {
  const sentence = tokens[first]!.sentence;
  const next = tokens[last + 1];
  if (next && next.sentence === sentence && placeAfter.longestAt(tokens, last + 1)) return false;
  for (let start = Math.max(0, first - 3); start < first; start++) {
    if (tokens[start]!.sentence === sentence && routes.longestAt(tokens, start, first)?.last === first - 1) return true;
  }
  return false;
}
