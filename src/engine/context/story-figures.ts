import { LEXICONS } from '../rules';
import type { DraftView } from '../draft';
import { PhraseMatcher } from '../text/phrases';

/**
 * First names that are plainly not a pupil because of the words wrapped round them, asked by both the
 * roster detector and the unlisted-child detector (through `someoneElse`):
 * - a title of rank or legend before it: "Maid Marian", "King Arthur", "Queen Boudica", "Sir Gawain";
 * - a pet named with its kind after it: "Felix the cat", "Biscuit the hamster" (the kind before it,
 *   "our class snake Sid", is `afterAnAnimal`);
 * - part of a hyphenated compound word: "Jac-y-do" (a jackdaw), "jack-in-the-box", "Will-o'-the-wisp".
 */
const RANKS: ReadonlySet<string> = new Set(LEXICONS.names.storyRanks);
/** Nouns an eponym stands before: "a Harley Davidson rally", "the Grace Darling topic", "Florence Nightingale day". */
const EPONYM_HEADS = PhraseMatcher.of(LEXICONS.names.eponymHeads);
/** Words that, right after a first name, are not a surname: the name is doing something or joined to another. */
const NOT_A_SURNAME = /^(and|or|a|an|the|is|was|were|has|had|have|did|does|do|will|can|could|would|should|in|on|at|to|from|with|for|of|yn|a|ac|wedi|ydy|oedd|efo|gyda)$/u;
/** Single words that name a people ("Roma", "Somalis", "Pakistani"): a child of that people, not a child's name. */
const PEOPLES: ReadonlySet<string> = new Set(LEXICONS.hostility.groups.flatMap((g) => g.forms).filter((f) => !/\s/.test(f)));
/** Words before a capitalised word that make it a place: "moved to Bradford", "newydd symud i Fangor", "the story of …". */
const PLACE_LEAD_INS = PhraseMatcher.of(LEXICONS.schoolTypes.placeSenses.aliasBefore, { plurals: false });
/** The lead-ins above that only name ("called", Welsh "o'r enw"): they name children as often as places. */
const BARE_NAMING: ReadonlySet<string> = new Set(['called', 'named', 'or enw', 'a elwir']);
/** Things a naming word names ("a book called …", "llyfr o'r enw …"), beside the animals lexicon. */
const NAMED_THINGS: ReadonlySet<string> = new Set(['book', 'film', 'movie', 'game', 'app', 'song', 'show', 'story', 'programme', 'series', 'band', 'poem', 'play', 'website', 'podcast', 'character', 'doll', 'teddy', 'robot', 'llyfr', 'ffilm', 'gêm', 'gem', 'cân', 'can', 'rhaglen', 'stori', 'cymeriad', 'tedi']);

/**
 * For a capitalised word that no roster lists (the unlisted-child detector): a people's name ("ma'r
 * hogia Roma yn fy nosbarth", "our Somali families"), or a place after a move ("newydd symud i Bradford",
 * "moved to Leeds"). Why it is not a child's name, if it is not.
 */
export function notAChildsName(ctx: DraftView, index: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const token = tokens[index]!;
  if (PEOPLES.has(token.norm)) return 'the name of a people';
  for (let start = Math.max(0, index - 4); start < index; start++) {
    if (tokens[start]!.sentence !== token.sentence || PLACE_LEAD_INS.longestAt(tokens, start, index)?.last !== index - 1) continue;
    // "a boy in my class called Tyler", "merch o'r enw Lowri": a bare naming word introduces a child as
    // readily as a café; only with the place before it ("a café called …") is it a place.
    if (BARE_NAMING.has(tokens.slice(start, index).map((t) => t.norm).join(' '))) {
      // "a dog called Biscuit", "a book called Wonder": what stands before the naming word is what is named.
      const named = tokens[start - 1];
      if (named && named.sentence === token.sentence && (NAMED_THINGS.has(named.norm) || ANIMALS.longestAt(tokens, start - 1)?.last === start - 1)) return 'a pet or a thing named';
      continue;
    }
    return 'a place';
  }
  return undefined;
}
const ANIMALS = PhraseMatcher.of(LEXICONS.names.animals);
/** Small linking words inside a compound word: "jac-y-do", "jack-in-the-box", "will-o-the-wisp". */
const COMPOUND_LINKS: ReadonlySet<string> = new Set(['y', 'yr', 'r', 'in', 'the', 'o', 'of', 'a', 'and', 'on', 'at', 'no']);

/** Why the first name at `first` is a figure of story, a pet or part of a word, if it is. */
export function storyFigureOrWord(ctx: DraftView, first: number, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const token = tokens[first]!;
  const previous = tokens[first - 1];
  // "Maid Marian", "King Arthur": the title written with its capital, right before the name.
  if (previous && previous.sentence === token.sentence && previous.capitalised && !previous.allCaps && RANKS.has(previous.norm) && /^\s+$/.test(token.gapBefore)) return 'a figure with a title of rank or legend';
  const [the, kind] = [tokens[last + 1], tokens[last + 2]];
  // "Felix the cat has been asleep on my marking": the pet, with its kind after "the".
  if (the && kind && the.sentence === token.sentence && kind.sentence === token.sentence && the.norm === 'the' && !kind.capitalised && ANIMALS.longestAt(tokens, last + 2)) return 'a pet';
  // "went to see harvey at the vet, he's a golden retriever": the name's own sentence says it is an animal.
  for (let k = last + 1; k < tokens.length && k <= last + 12 && tokens[k]!.sentence === token.sentence; k++) {
    const t = tokens[k]!;
    // The name itself ("Harvey is a …"), or "he's a …" with no one else's thing between ("Harvey said his dog is a …" is a child).
    if (/^(his|her|their|my|our|your|ei|eu|fy)$/.test(t.norm)) break;
    const says = (k === last + 1 && /^(is|was)$/.test(t.norm)) || /^(hes|shes)$/.test(t.norm) || (t.possessive && /^(he|she)$/.test(t.norm));
    if (!says || tokens[k + 1]?.norm !== 'a') continue;
    for (let a = k + 2; a <= k + 4 && a < tokens.length && tokens[a]!.sentence === token.sentence; a++) if (ANIMALS.longestAt(tokens, a)) return 'a pet';
  }
  // "a harley davidson rally", "the nikola tesla display": a first name and another surname before a
  // noun, an eponym (a figure or a brand) used to name a thing, not the pupil who shares the first name.
  const [surname, head] = [tokens[last + 1], tokens[last + 2]];
  if (
    first === last &&
    !token.possessive &&
    surname &&
    head &&
    surname.sentence === token.sentence &&
    head.sentence === token.sentence &&
    surname.kind === 'word' &&
    /^\s+$/.test(surname.gapBefore) &&
    /^\s+$/.test(head.gapBefore) &&
    !surname.possessive &&
    /^\p{L}{3,}$/u.test(surname.norm) &&
    !NOT_A_SURNAME.test(surname.norm) &&
    !/(ed|ing)$/.test(surname.norm) &&
    EPONYM_HEADS.longestAt(tokens, last + 2)
  )
    return 'a figure or a brand named after someone';
  // "Jac-y-do yn nythu", "a jack-in-the-box": joined by hyphens to a small linking word.
  const link = tokens[last + 1];
  if (link && link.sentence === token.sentence && link.gapBefore === '-' && COMPOUND_LINKS.has(link.norm) && !link.capitalised) {
    const rest = tokens[last + 2];
    if (rest && rest.gapBefore === '-') return 'part of a compound word';
  }
  return undefined;
}
