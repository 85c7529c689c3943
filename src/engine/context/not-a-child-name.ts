import { LEXICONS } from '../rules';
import type { DraftView } from '../draft';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * When a capitalised word, or a roster first name, is plainly not a child, from the words wrapped
 * round it: one module and one lexicon (rules/lexicons/not-a-child.json) for the roster detector and
 * the unlisted-child detector alike. (Ninth session: folded from story-figures.ts and pupil-frames.ts,
 * which decided the same things from two lexicons each: storyRanks and titleBefore, aliasBefore and
 * placeBefore, hostility groups and describing words.)
 * - `notAChildName`: a title before it ("Maid Marian"), a patronymic ("Branwen ferch Llŷr"), a place
 *   after a move or a naming word ("moved to Bradford", "a café called Seren"), a pet ("Felix the
 *   cat"), part of a compound word ("Jac-y-do");
 * - `storyFigureOrWord`: those, and a pet the sentence calls an animal, an eponym ("a harley davidson rally");
 * - `namesAGroup`: a people or a describing word ("Roma", "Somali", "ginger"), never an unlisted child's name.
 */
const lexicon = LEXICONS.notAChild;
const words = (list: readonly string[]) => new Set(list.flatMap((w) => phraseWords(w)));

const TITLES = words(lexicon.titles);
const PATRONYMIC_BEFORE = PhraseMatcher.of(lexicon.patronymicBefore, { plurals: false });
/** Words before a capitalised word that make it a place: this lexicon's and the school-name lexicon's ("moved to", "a walk round", "Heol"). */
const PLACE_LEAD_INS = PhraseMatcher.of([...new Set([...lexicon.placeBefore, ...LEXICONS.schoolTypes.placeSenses.aliasBefore])], { plurals: false });
const BARE_NAMING: ReadonlySet<string> = new Set(lexicon.bareNaming.map((w) => phraseWords(w).join(' ')));
const NAMED_THINGS = words(lexicon.namedThings);
const NOT_A_SURNAME = words(lexicon.notASurname);
const ANIMALS = PhraseMatcher.of(LEXICONS.names.animals);
/** Trades and roles after "the"/"y": "Tyler the plumber", "Rhys y plymar" (pupil-cues.json namesakes). */
const ROLES = PhraseMatcher.of(LEXICONS.pupilCues.namesakes.roles);
const OWN_NAME_BEFORE = PhraseMatcher.of(lexicon.ownNameBefore, { plurals: false });
const PATRONYMIC_AFTER = words(lexicon.patronymicAfter);
/** Team and stage roles a pupil has: never "someone else" after a name (review, eighth session: "Tyler, our goalkeeper, saved three penalties"). */
const PUPIL_ROLES = PhraseMatcher.of(lexicon.pupilRolesAfter, { plurals: false });
/** "the", "our", Welsh "y"/"yr"/"ein" before a title or a trade after the name ("Tyler, our electrician"). */
const THE: ReadonlySet<string> = new Set(['the', 'y', 'yr', 'our', 'ein']);
/** Nouns an eponym stands before: "a Harley Davidson rally", "the Grace Darling topic", "Florence Nightingale day". */
const EPONYM_HEADS = PhraseMatcher.of(LEXICONS.names.eponymHeads);
/** What a brand or a product name stands before ("a Ted Baker bag", "Stella and a curry"). */
const PRODUCTS_AFTER = PhraseMatcher.of(lexicon.productsAfter, { plurals: false });

/** The product right after the name at `first`..`last`, as written, when the name is not a possessive ("Chanel lipstick"). */
export function productAfter(ctx: DraftView, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const name = tokens[last]!;
  const next = tokens[last + 1];
  if (name.possessive || !next || next.sentence !== name.sentence || !/^\s+$/.test(next.gapBefore)) return undefined;
  const product = PRODUCTS_AFTER.longestAt(tokens, last + 1);
  return product ? ctx.doc.draft.slice(next.start, tokens[product.last]!.end) : undefined;
}

/** A people ("Roma", "Somalis", "Pakistani") or a describing word ("ginger", "tall"): one set. */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  ...LEXICONS.hostility.groups.flatMap((g) => g.forms).filter((f) => !/\s/.test(f)),
  ...LEXICONS.pupilFrames.describing.flatMap((w) => phraseWords(w)),
]);
/** "Y ferch Mali" is "the girl Mali": an article before "ferch" makes it the noun, not a patronymic. */
const ARTICLES: ReadonlySet<string> = new Set(['y', 'yr', 'the', 'a', 'an']);

/** "whoever played", "who plays", "pwy bynnag chwaraeodd": the part in a play comes next (eighteenth session). */
const PLAYED: ReadonlySet<string> = new Set(['played', 'plays', 'playing', 'chwaraeodd', 'chwaraeod', 'actio']);
const WHO: ReadonlySet<string> = new Set(['who', 'whoever', 'bynnag', 'wnaeth', 'sy']);

/** Welsh "y"/"yr" and ordinals before a capitalised word: a noun or a title ("Ail Gainc y Mabinogi"). */
const NOUN_BEFORE = words(lexicon.nounBefore);

/**
 * "Ail Gainc y Mabinogi", "stori y Wladfa", "the Second World War": a capitalised word right after the
 * Welsh article or an ordinal, written in lower case ("y") or as part of a title ("Ail"), is a noun or
 * a title, not an unlisted child's first name. Not at a sentence start ("Y Gymraeg …" is a heading).
 */
export function nounAfterArticle(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (!previous || previous.sentence !== tokens[first]!.sentence || previous.kind !== 'word' || !/^\s+$/.test(tokens[first]!.gapBefore)) return false;
  if (!NOUN_BEFORE.has(previous.norm)) return false;
  // "y" and "yr" in lower case only: a capital "Y" may be a year group ("Y Seren" is rare, "Y6 Tyler" is a token of its own).
  return /^(y|yr)$/.test(previous.norm) ? previous.raw === previous.norm : true;
}

const spoken = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to + 1).map((t) => t.raw).join(' ');

/** "ma'r hogia Roma", "the Roma families", "the ginger lad": a people or a look, never an unlisted child's name. */
export function namesAGroup(norm: string): boolean {
  return GROUP_WORDS.has(norm);
}

/** The place lead-in right before `first` ("moved to", "a café called"), or undefined; a bare naming word only with a pet or a thing before it. */
function placeBefore(tokens: readonly Token[], first: number): string | undefined {
  const sentence = tokens[first]!.sentence;
  for (let start = Math.max(0, first - 4); start < first; start++) {
    if (tokens[start]!.sentence !== sentence || PLACE_LEAD_INS.longestAt(tokens, start, first)?.last !== first - 1) continue;
    // "a boy in my class called Tyler", "merch o'r enw Lowri": a bare naming word introduces a child as
    // readily as a café; only with a pet or a thing before it ("a dog called Biscuit") is it not a child.
    if (BARE_NAMING.has(tokens.slice(start, first).map((t) => t.norm).join(' '))) {
      const named = tokens[start - 1];
      if (named && named.sentence === sentence && (NAMED_THINGS.has(named.norm) || ANIMALS.longestAt(tokens, start - 1)?.last === start - 1)) return spoken(tokens, start - 1, first);
      continue;
    }
    return spoken(tokens, start, first);
  }
  return undefined;
}

/**
 * The name from `first` to `last` is plainly not a child: "moved to Bradford" (a place), "Maid Marian"
 * (a title before it), "Branwen ferch Llŷr" (the parent in a name from legend), "Felix the cat" (a
 * pet), "Jac-y-do" (a compound word). The words that show it, or undefined.
 */
export function notAChildName(tokens: readonly Token[], first: number, last: number): string | undefined {
  const token = tokens[first]!;
  const sentence = token.sentence;
  const previous = tokens[first - 1];
  const after = tokens[last + 1];
  const place = placeBefore(tokens, first);
  if (place) return place;
  // "my name (Noor) means light", "fy enw i ydy Seren": the writer's own name.
  for (let start = Math.max(0, first - 5); start < first; start++) {
    const own = tokens[start]!.sentence === sentence ? OWN_NAME_BEFORE.longestAt(tokens, start, first) : undefined;
    if (own?.last === first - 1) return spoken(tokens, start, first);
  }
  // "whoever played Emrys the wizard deserves a BAFTA": the name after "who played" is the part, not the child.
  const whoBefore = tokens[first - 2];
  if (previous && whoBefore && whoBefore.sentence === sentence && PLAYED.has(previous.norm) && WHO.has(whoBefore.norm)) return `${whoBefore.raw} ${previous.raw} ${token.raw}`;
  if (previous && previous.sentence === sentence && previous.kind === 'word' && /^\s+$/.test(token.gapBefore)) {
    // "Maid Marian", "King Arthur": the title written with its capital, as part of the name.
    if (TITLES.has(previous.norm) && previous.capitalised) return `${previous.raw} ${token.raw}`;
    for (let k = Math.max(0, first - 2); k < first; k++) {
      const patronymic = PATRONYMIC_BEFORE.longestAt(tokens, k, first);
      if (patronymic && patronymic.last === first - 1 && tokens[k]!.sentence === sentence && k > 0 && tokens[k - 1]!.sentence === sentence && tokens[k - 1]!.capitalised && !ARTICLES.has(tokens[k - 1]!.norm)) return `${tokens[k - 1]!.raw} ${spoken(tokens, k, first)}`;
    }
  }
  if (!after || after.sentence !== sentence) return undefined;
  // "Jac-y-do", "jack-in-the-box": a name run into lower-case words by hyphens is a compound word.
  if (after.gapBefore === '-' && after.kind === 'word' && !after.capitalised && tokens[last + 2]?.gapBefore === '-') return `${token.raw}-${after.raw}`;
  // "Felix the cat": a pet.
  if (after.norm === 'the' && tokens[last + 2]?.sentence === sentence) {
    const animal = ANIMALS.longestAt(tokens, last + 2);
    if (animal && tokens[animal.last]!.sentence === sentence) return spoken(tokens, first, animal.last);
  }
  // "Tyler the plumber", "Gwenllian, y dywysoges goll", "Arthur the king": a trade or a title after the name.
  const described = tokens[last + 2];
  // Not "Tyler's the plumber's son": a name with 's is not in apposition, and neither is "the plumber's" (his son, someone else).
  // Only after a lone first name: a roster full name ("Tyler Stone the goalkeeper") is the pupil whatever follows.
  if (first === last && THE.has(after.norm) && !tokens[last]!.possessive && described && described.sentence === sentence && described.kind === 'word' && !PUPIL_ROLES.longestAt(tokens, last + 2)) {
    if (TITLES.has(described.norm)) return spoken(tokens, first, last + 2);
    const role = ROLES.longestAt(tokens, last + 2);
    if (role && tokens[role.last]!.sentence === sentence && !tokens[role.last]!.possessive) return spoken(tokens, first, role.last);
  }
  // "Mabon ap Gwynfor", "Gwenllian ferch Llywelyn": another person's whole Welsh name (not "Osian ap D", a pupil's surname cut to its initial).
  if (PATRONYMIC_AFTER.has(after.norm) && !after.capitalised && /^\s+$/.test(after.gapBefore) && described && described.sentence === sentence && described.capitalised && described.norm.length >= 3 && /^\s+$/.test(described.gapBefore)) return spoken(tokens, first, last + 2);
  return undefined;
}

/** Why the first name at `first` is a figure of story, a pet, an eponym or part of a word, if it is. */
export function storyFigureOrWord(ctx: DraftView, first: number, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const token = tokens[first]!;
  const plainly = notAChildName(tokens, first, last);
  if (plainly) return plainly;
  if (productAfter(ctx, last)) return 'a brand or a product';
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
    !NOT_A_SURNAME.has(surname.norm) &&
    !/(ed|ing)$/.test(surname.norm) &&
    EPONYM_HEADS.longestAt(tokens, last + 2)
  )
    return 'a figure or a brand named after someone';
  return undefined;
}
