import type { HostilityLexicon } from '../schemas/lexicons';
import { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * A threat told as where the speaker will send a person: "I'll put him through the window",
 * "I swear I'll throw her through a wall", "someone should chuck him in the canal", "Dylai rhywun
 * ei daflu fo i'r afon", "I'll knock him into the middle of next week". Four parts in a row, each a
 * short word list (`placementThreats` in rules/lexicons/hostility.json): who means to (a speaker's
 * intent or a normative "someone should"), a verb of throwing or putting, a person (a pronoun, or
 * "that parent"), and a path into a place no one is put for their good (a window, a wall, the
 * canal). Without the speaker's intent it is a report ("the ball went through the window"); with
 * a thing instead of a person it is housework ("I'll put it in the skip", "chuck them in the bin"
 * says "them", which is why "them" is not a listed person).
 */
export interface PlacementMatchers {
  readonly subjects: PhraseMatcher<true>;
  readonly verbs: PhraseMatcher<true>;
  readonly people: PhraseMatcher<true>;
  readonly paths: PhraseMatcher<true>;
  readonly places: PhraseMatcher<true>;
}

export function compilePlacement(lexicon: HostilityLexicon['placementThreats']): PlacementMatchers | undefined {
  if (!lexicon) return undefined;
  const of = (list: readonly string[]) => PhraseMatcher.of(list, { plurals: false });
  return { subjects: of(lexicon.subjects), verbs: of(lexicon.verbs), people: of(lexicon.people), paths: of(lexicon.paths), places: of(lexicon.places) };
}

/** Words that may stand between the parts ("I'll put him straight through the window", "i'r"). */
const FILLER: ReadonlySet<string> = new Set(['straight', 'right', 'just', 'the', 'a', 'that', 'y', 'yr', 'r', 'personally', 'actually']);

/** The token spans [first, last] of every placement threat in the draft. */
export function placementThreats(tokens: readonly Token[], m: PlacementMatchers): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = [];
  const skip = (k: number, sentence: number) => {
    while (k < tokens.length && tokens[k]!.sentence === sentence && FILLER.has(tokens[k]!.norm)) k++;
    return k;
  };
  for (let i = 0; i < tokens.length; i++) {
    const subject = m.subjects.longestAt(tokens, i);
    if (!subject) continue;
    const sentence = tokens[i]!.sentence;
    if (tokens[subject.last]!.sentence !== sentence) continue;
    let k = skip(subject.last + 1, sentence);
    // Welsh puts the object pronoun before the verb and echoes it after: "ei daflu fo".
    const before = tokens[k]?.sentence === sentence ? m.people.longestAt(tokens, k) : undefined;
    if (before) k = before.last + 1;
    const verb = tokens[k]?.sentence === sentence ? m.verbs.longestAt(tokens, k) : undefined;
    if (!verb) continue;
    k = skip(verb.last + 1, sentence);
    const person = tokens[k]?.sentence === sentence ? m.people.longestAt(tokens, k) : undefined;
    if (!person && !before) continue;
    if (person) k = skip(person.last + 1, sentence);
    const path = tokens[k]?.sentence === sentence ? m.paths.longestAt(tokens, k) : undefined;
    if (!path) continue;
    k = skip(path.last + 1, sentence);
    const place = tokens[k]?.sentence === sentence ? m.places.longestAt(tokens, k) : undefined;
    if (!place) continue;
    found.push({ first: i, last: place.last });
    i = place.last;
  }
  return found;
}
