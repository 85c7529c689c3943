import type { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * "CFfI Bryn Onnen won the tug of war", "Côr Meibion Bryn Onnen", "Merched y Wawr Bryn Onnen",
 * "YFC Millbrook": a village body (young farmers, a choir, a chapel, a club, the WI) written right
 * before the place word the school is named after is that body, named for the village, not the
 * school. Staff post about the village's clubs as often as about its school.
 */
export function villageBodyBefore(bodies: PhraseMatcher<true>, tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let start = Math.max(0, first - 4); start < first; start++) {
    if (tokens[start]!.sentence === sentence && bodies.longestAt(tokens, start, first)?.last === first - 1) return true;
  }
  return false;
}
