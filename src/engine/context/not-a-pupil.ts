import { LEXICONS } from '../rules';
import type { DraftView } from '../draft';
import type { Token } from '../text/tokenize';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import { isKnownFirstName } from './names-knowledge';
import { BARE_POSSESSIVES, isTitleAt, ownCircleBefore } from './community';
import { storyFigureOrWord } from './not-a-child-name';
import { PUPIL_CUES } from './child-frames';

/**
 * When a first name in a draft is not a pupil: an adult with a title, the writer's own family, a
 * colleague in apposition, part of an idiom or a title ("Noah's ark", "Jude the Obscure"), a
 * surname after another first name ("Dylan Thomas"), a part in a play, a pet. Both the roster
 * detector and the unlisted-child detector ask the same question here.
 */
const IDIOMS = new PhraseMatcher<true>();
for (const phrase of LEXICONS.names.nameIdioms) IDIOMS.add(phrase, true);
const ANIMALS = new PhraseMatcher<true>();
for (const animal of LEXICONS.names.animals) ANIMALS.add(animal, true);
const ROLES = LEXICONS.names.roles.map((role) => {
  const when = new PhraseMatcher<true>();
  for (const phrase of role.when) when.add(phrase, true);
  return { when, names: new Set(role.names.flatMap((n) => phraseWords(n))) };
});
const roleCache = new WeakMap<DraftView, Set<string>>();

/** "Mary" and "Joseph" in a post about the nativity are parts in a play, not children. */
export function isRoleInPlay(ctx: DraftView, index: number): boolean {
  let names = roleCache.get(ctx);
  if (!names) {
    names = new Set();
    for (const role of ROLES) if (role.when.matchAll(ctx.doc.tokens).length > 0) role.names.forEach((n) => names!.add(n));
    roleCache.set(ctx, names);
  }
  return names.has(ctx.doc.tokens[index]!.norm);
}

/** "Our class snake Sid", "the class hamster, Biscuit": the pet's name. */
export function afterAnAnimal(ctx: DraftView, index: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let start = Math.max(0, index - 3); start < index; start++) {
    if (ANIMALS.longestAt(tokens, start, index)?.last === index - 1 && tokens[start]!.sentence === tokens[index]!.sentence) return true;
  }
  return false;
}
export const NOT_NAMES: ReadonlySet<string> = new Set(LEXICONS.names.notNames);
const WORD_NAMES: ReadonlySet<string> = new Set(LEXICONS.names.wordNames);
const covered = new WeakMap<DraftView, Uint8Array>();

export function inNameIdiom(ctx: DraftView, index: number): boolean {
  let marks = covered.get(ctx);
  if (!marks) {
    marks = new Uint8Array(ctx.doc.tokens.length);
    for (const m of IDIOMS.matchAll(ctx.doc.tokens)) marks.fill(1, m.first, m.last + 1);
    covered.set(ctx, marks);
  }
  return marks[index] === 1;
}

/** "Jude the Obscure", "George and the Dragon", "Matilda the Musical": a title, not a person. */
export function inTitle(ctx: DraftView, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const at = (k: number) => (tokens[k] && tokens[k]!.sentence === tokens[last]!.sentence ? tokens[k] : undefined);
  const [a, b, c] = [at(last + 1), at(last + 2), at(last + 3)];
  if (a?.norm === 'the' && b?.capitalised) return true;
  return a?.norm === 'and' && b?.norm === 'the' && c?.capitalised === true;
}

export function followsAFirstName(ctx: DraftView, index: number): boolean {
  const answer = followsAFirstNameLater(ctx, index);
  return typeof answer === 'boolean' ? answer : answer();
}

/** `followsAFirstName`, with compromise asked only when the answer is called for (see `tagsLater`). */
function followsAFirstNameLater(ctx: DraftView, index: number): boolean | (() => boolean) {
  const tokens = ctx.doc.tokens;
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const candidate =
    previous !== undefined &&
    previous.sentence === token.sentence &&
    previous.kind === 'word' &&
    previous.capitalised &&
    !previous.allCaps &&
    /^\s+$/.test(token.gapBefore) &&
    !NOT_NAMES.has(previous.norm);
  if (!candidate) return false;
  if (isKnownFirstName(previous.norm) || WORD_NAMES.has(previous.norm)) return true;
  const tags = ctx.tagger.tagsLater(ctx.doc, index - 1);
  return () => /FirstName|Person/.test([...tags()].join());
}

const SAINT: ReadonlySet<string> = new Set(['st', 'saint', 'sant']);
const WORKPLACES = PhraseMatcher.of(LEXICONS.pupilCues.namesakes.workplaces);

/** "Nia fach ni", "Osian bach ni", "Ffion ni yn yr Urdd": Welsh "our (little) …" after the name is the writer's own child. */
function ownAfter(ctx: DraftView, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const [a, b] = [tokens[last + 1], tokens[last + 2]];
  if (a === undefined || a.sentence !== tokens[last]!.sentence || !/^\s+$/.test(a.gapBefore)) return false;
  if (a.norm === 'ni') return true;
  // "Nia fach ni", "Rhodri bach fi" (spoken "fi" for "i": my little Rhodri).
  return b !== undefined && b.sentence === a.sentence && (a.norm === 'fach' || a.norm === 'bach') && (b.norm === 'ni' || b.norm === 'i' || b.norm === 'fi');
}

/** "Mihai from my Welsh for Adults class", "Tobi from yoga", "Rhian in my spin class": adult company. */
const ADULT_CIRCLES = PhraseMatcher.of(LEXICONS.pupilCues.namesakes.adultCircles);
const CIRCLE_OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'the', 'fy', 'ein', 'y', 'yr']);

/** "kacper the plumber", "Sian, our dentist", "Aled y plymar": a first name, a small word or a comma, then an adult's trade. */
const TRADES = PhraseMatcher.of(LEXICONS.pupilCues.namesakes.tradesAfterFirstName, { plurals: false });
const TRADE_LINKS: ReadonlySet<string> = new Set(['the', 'our', 'my', 'y', 'yr', 'ein', 'fy']);

/**
 * A post about school with pupils in it: school context and a pupil cue ("I read my book" alone is neither).
 * Once per draft, since every name in a long draft asks.
 */
const PUPILS_IN: WeakMap<DraftView, boolean> = new WeakMap();
function pupilsInPost(ctx: DraftView): boolean {
  let has = PUPILS_IN.get(ctx);
  if (has === undefined) PUPILS_IN.set(ctx, (has = ctx.schoolContext.length > 0 && PUPIL_CUES.matchAll(ctx.doc.tokens).length > 0));
  return has;
}

export function tradeAfter(ctx: DraftView, last: number): boolean {
  // In a post about school with pupils in it ("in class", a year group, "the kids") a trade is as likely a part
  // in a class's role play as an adult's job, and a later "Kacper in 7B threw a chair" is the pupil, even after
  // "Kacper, our electrician": a pupil missed costs more than a namesake flagged. A post about the staffroom's
  // boiler names no pupil activity.
  if (pupilsInPost(ctx)) return false;
  const tokens = ctx.doc.tokens;
  const name = tokens[last]!;
  let k = last + 1;
  if (tokens[k]?.sentence === name.sentence && TRADE_LINKS.has(tokens[k]!.norm)) k++;
  // "Kacper plumber" with nothing between is no apposition; a comma alone is ("Sian, dentist extraordinaire").
  if (k === last + 1 && !/,/.test(tokens[k]?.gapBefore ?? '')) return false;
  const trade = tokens[k]?.sentence === name.sentence ? TRADES.longestAt(tokens, k) : undefined;
  // "Kacper, the plumber's son": the child of the trade, not the tradesman.
  return trade !== undefined && !tokens[trade.last]!.possessive;
}

/** Per draft, the first token of each name where `tradeAfter` holds ("kacper the plumber"), or -1. */
const FIRST_TRADE: WeakMap<DraftView, Map<string, number>> = new WeakMap();

/**
 * "kacper the plumber fixed the sink … cake for kacper": whether a mention of this first name before `before`
 * is an adult named by their trade. Each name's first such mention is found once per draft, so a long draft
 * that repeats a roster name stays linear.
 */
export function tradeMentionBefore(ctx: DraftView, norm: string, before: number): boolean {
  // "Kacper, our electrician, fixed the lights in my classroom. Then Kacper in 7B threw a chair": in a post with
  // pupils in it, a later mention may be the pupil of that name, even after the writer's own tradesman.
  if (pupilsInPost(ctx)) return false;
  let byName = FIRST_TRADE.get(ctx);
  if (!byName) FIRST_TRADE.set(ctx, (byName = new Map()));
  let at = byName.get(norm);
  if (at === undefined) {
    const tokens = ctx.doc.tokens;
    at = tokens.findIndex((t, k) => t.norm === norm && tradeAfter(ctx, k));
    byName.set(norm, at);
  }
  return at >= 0 && at < before;
}

/** "Tobi from the gym", "Kyle from the pub", "Mihai from my Welsh for Adults class": an adult named by the place they are known from. */
function fromAWorkplace(ctx: DraftView, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const from = tokens[last + 1];
  if (!from || from.sentence !== tokens[last]!.sentence) return false;
  // "Nia o'r swyddfa", "Aled o'r siop lyfrau": Welsh "o'r" is "from the", the article built in.
  if (from.norm === 'or' && /['’]/u.test(from.raw)) {
    const place = tokens[last + 2];
    return place !== undefined && place.sentence === from.sentence && WORKPLACES.longestAt(tokens, last + 2) !== undefined;
  }
  const owner = tokens[last + 2] !== undefined && CIRCLE_OWNERS.has(tokens[last + 2]!.norm);
  // "Arjun from the local sixth form college": "local" before the place changes nothing.
  const at = (owner ? last + 3 : last + 2) + (tokens[owner ? last + 3 : last + 2]?.norm === 'local' ? 1 : 0);
  if (tokens[at] === undefined || tokens[at]!.sentence !== from.sentence) return false;
  // "in my yoga class" counts; "in my class" does not (no adult circle), nor "in the gym" (a pupil may be there).
  if ((from.norm === 'from' || (from.norm === 'in' && owner)) && ADULT_CIRCLES.longestAt(tokens, at)) return true;
  if (from.norm !== 'from') return false;
  return (owner ? tokens[last + 2]!.norm === 'the' : true) && WORKPLACES.longestAt(tokens, at) !== undefined;
}

/** Programmes, channels and stages a public figure is known from ("Love Island", "Strictly", "the telly", "S4C"). */
const SHOWS = PhraseMatcher.of(LEXICONS.pupilCues.namesakes.public, { plurals: false });

/** "Kayden off Love Island", "Gethin from Strictly": a first name known from a programme is its star, not a child of the school. */
function offTheTelly(ctx: DraftView, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const from = tokens[last + 1];
  const show = tokens[last + 2];
  if (!from || !show || from.sentence !== tokens[last]!.sentence || show.sentence !== from.sentence || (from.norm !== 'off' && from.norm !== 'from')) return false;
  return SHOWS.longestAt(tokens, last + 2) !== undefined;
}

/** "Noor means 'light' in Arabic", "Haf is Welsh for summer": the name itself is what the sentence is about (not "Noor means the world to me"). */
function nameAsAWord(ctx: DraftView, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const [a, b, c] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  if (!a || a.sentence !== tokens[last]!.sentence) return false;
  if ((a.norm === 'means' || a.norm === 'meaning') && !(b?.norm === 'the' && c?.norm === 'world') && !/^(so|a|everything|alot)$/.test(b?.norm ?? '')) return true;
  return a.norm === 'is' && b?.sentence === a.sentence && /^(welsh|arabic|urdu|polish|irish|hebrew|greek|latin|gaelic|persian|turkish|punjabi)$/.test(b.norm) && c?.norm === 'for';
}

/** Words before a name-word that make it a place: "Isle of Skye", "Mount Hope", "Loch Ness", "Ynys Enlli". */
const PLACE_BEFORE = PhraseMatcher.of(LEXICONS.pupilCues.namesakes.placeBefore, { plurals: false });

function inPlaceName(ctx: DraftView, first: number): boolean {
  const tokens = ctx.doc.tokens;
  const token = tokens[first]!;
  if (!token.capitalised) return false;
  for (let start = Math.max(0, first - 3); start < first; start++) {
    if (tokens[start]!.sentence === token.sentence && PLACE_BEFORE.longestAt(tokens, start, first)?.last === first - 1) return true;
  }
  return false;
}

/** What adults do ("yn priodi", "getting married", "got engaged"), after one or two names in the same sentence. */
const ADULT_EVENTS = PhraseMatcher.of(LEXICONS.pupilCues.namesakes.adultEvents, { plurals: false });
/** Words between names and the event: "Cerys a Dylan yn priodi", "Sam and Alex are finally getting married". */
const PAIR_LINKS: ReadonlySet<string> = new Set(['and', 'a', 'ac', '&', 'has', 'have', 'is', 'are', 'just', 'finally', 'yn', 'wedi', 'newydd', 'o', 'r', 'diwedd']);

function marrying(ctx: DraftView, first: number, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[first]!.sentence;
  for (let k = last + 1; k < tokens.length && k <= last + 5 && tokens[k]!.sentence === sentence; k++) {
    if (ADULT_EVENTS.longestAt(tokens, k)) return true;
    if (!PAIR_LINKS.has(tokens[k]!.norm) && !tokens[k]!.capitalised) return false;
  }
  return false;
}

/** Why the name at tokens `first`..`last` is someone other than a pupil, if it is. */
export function someoneElse(ctx: DraftView, first: number, last: number): string | undefined {
  const answer = someoneElseLater(ctx, first, last);
  return typeof answer === 'function' ? answer() : answer;
}

/**
 * `someoneElse` for a caller with cheaper checks of its own: when only compromise's tags can
 * settle it (is the word before a first name?), the answer comes back as a function, to call once
 * the cheaper checks have passed. Parsing a sentence costs far more than every other check here.
 */
export function someoneElseLater(ctx: DraftView, first: number, last: number): string | undefined | (() => string | undefined) {
  const tokens = ctx.doc.tokens;
  const token = tokens[first]!;
  const previous = tokens[first - 1];
  if (previous && previous.sentence === token.sentence && isTitleAt(tokens, first - 1)) return 'an adult with a title'; // "Mrs Grace"
  if (previous && previous.sentence === token.sentence && SAINT.has(previous.norm)) return 'a saint (a church or school named after one)'; // "St Aidan's CE Primary"
  // "our Amelia starts Year 1", "my Chloe's first day": a bare possessive before a first name is the writer's own child.
  if (previous && previous.sentence === token.sentence && BARE_POSSESSIVES.has(previous.norm)) return "the writer's own child";
  if (ownAfter(ctx, last)) return "the writer's own family"; // "Nia fach ni"
  if (fromAWorkplace(ctx, last)) return 'an adult known from where they work or train'; // "Tobi from the gym"
  if (offTheTelly(ctx, last)) return 'a public figure known from a programme'; // "Kayden off Love Island"
  if (nameAsAWord(ctx, last)) return 'the name talked of as a word'; // "Noor means 'light' in Arabic"
  if (tradeAfter(ctx, last)) return 'an adult named by their trade'; // "kacper the plumber"
  if (ownCircleBefore(ctx.doc, first)) return "the writer's own family or friends"; // "my son Tyler"
  if (inNameIdiom(ctx, first) || inTitle(ctx, last)) return 'part of an idiom or a title';
  if (inPlaceName(ctx, first)) return 'part of a place name'; // "the Isle of Skye", "Loch Lomond", "Ynys Enlli"
  if (marrying(ctx, first, last)) return 'an adult couple'; // "Cerys a Dylan yn priodi"
  const follows = followsAFirstNameLater(ctx, first); // "Dylan Thomas"
  if (follows === true) return 'a surname after a first name';
  const otherwise = someoneElseOtherwise(ctx, first, last);
  return follows === false ? otherwise : () => (follows() ? 'a surname after a first name' : otherwise);
}

/** The checks of `someoneElse` after "a surname after a first name": pure, and cheap beside a parse. */
function someoneElseOtherwise(ctx: DraftView, first: number, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const token = tokens[first]!;
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  if (previous?.norm === 'by' && previous.sentence === token.sentence && next?.sentence === token.sentence && next.capitalised) return 'an author'; // "by Charles Dickens"
  if (isRoleInPlay(ctx, first)) return 'a part in a play';
  const figure = storyFigureOrWord(ctx, first, last); // "Maid Marian", "Felix the cat", "Jac-y-do"
  if (figure) return figure;
  if (afterAnAnimal(ctx, first)) return 'a pet';
  // "my colleague Sarah", "Sarah, our TA", "Hannah from the office".
  // Not "Tyler's head of year", "Amira's TA": a role after a possessive name is that child's teacher.
  // Not "Reminder to all dinner staff: Esmeralda's dad…": staff addressed before a colon are who is told, not who the name is.
  // Not "Kieran in Mrs Bloomfield's class", "Ola from Mr Price's group": a child placed in a teacher's class (twentieth session).
  const colleague = ctx.referencesNear(first, last, 2).some(
    (r) => r.group === 'staff' && ((r.last < first && !/:/.test(tokens[r.last + 1]!.gapBefore)) || (r.first > last && !tokens[last]!.possessive && !inATeachersClass(tokens, last, r.first, r.last))),
  );
  if (colleague) return 'a colleague';
  // Inside a context phrase ("Star of the Week", "Seren yr wythnos") it is part of the phrase.
  if (ctx.insideSchoolContext(token.start, tokens[last]!.end)) return 'part of a school phrase';
  return undefined;
}

/** "in Mrs Bloomfield's class", "o ddosbarth Mr Price": the words from a name to a colleague after it place a child in that colleague's class. */
const CLASS_WORDS = /^(?:class|group|form|set|room|dosbarth|ddosbarth|nosbarth|grŵp|tutor)$/u;
function inATeachersClass(tokens: readonly Token[], last: number, staffFirst: number, staffLast: number): boolean {
  const between = tokens.slice(last + 1, staffFirst).map((t) => t.norm);
  if (!between.some((w) => w === 'in' || w === 'from' || w === 'yn' || w === 'o')) return false;
  const after = tokens[staffLast + 1];
  return (tokens[staffLast]!.possessive && after !== undefined && CLASS_WORDS.test(after.norm)) || between.some((w) => CLASS_WORDS.test(w));
}
