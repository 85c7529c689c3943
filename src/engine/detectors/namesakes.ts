import type { DraftView } from '../draft';
import type { PupilCuesLexicon } from '../schemas/lexicons';
import { lowerBound } from '../lower-bound';
import { PhraseMatcher, phraseWords, type PhraseMatch } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { NameIndex, NameMatch } from './roster';
import { boutAt } from './namesake-bout';
import type { FamousNamesakesLexicon } from '../schemas/famous-namesakes';
import { pupilRoleAfter } from '../context/pupil-role';
import { productAfter } from '../context/not-a-child-name';

/**
 * A roster full name that is someone else's: "rhys morgan the roofer", "elin bevan at the council",
 * "Oliver Smith Roofing", "got tickets to see liam gallagher at knebworth", "the new tom holland film".
 * Parents name children after public figures, and staff post about those figures: flagging
 * every Tom Jones concert as a pupil named is the commonest false alarm on drafts written blind.
 * A school word beside the name (same sentence, a few words away) keeps it a pupil: "Tom Holland
 * in 9B was on his phone all lesson" still warns.
 */
export interface Namesakes {
  readonly roles: PhraseMatcher<true>;
  readonly workplaces: PhraseMatcher<true>;
  readonly businesses: PhraseMatcher<true>;
  /** What is named after a public figure ("… Centre", "… statue"): after a listed name, that figure's. */
  readonly namedAfter: PhraseMatcher<true>;
  /** Every cue, tagged with the kinds it speaks of ('public' for any public figure). */
  readonly cues: PhraseMatcher<string>;
  /** Well-known people by their folded words ("tom jones"), with their kinds. */
  readonly people: ReadonlyMap<string, readonly string[]>;
  /** Counties, nations, cities and clubs' places: "Galway's Patrick Ward" is who plays for them. */
  readonly teams: PhraseMatcher<true>;
  /** A public figure's own work after the possessive name ("… column", "… knitting book"). */
  readonly works: PhraseMatcher<true>;
  /** What makes such a work a child's school thing ("reading book", "homework book"). */
  readonly schoolWorks: PhraseMatcher<true>;
  /** By kind, weak school words that are that kind's own public activity ("reading" for a poet). */
  readonly ownActivities: ReadonlyMap<string, ReadonlySet<string>>;
}

const PUBLIC = 'public';
/** The kind of a person listed only in famous-namesakes.json, who answers to that list's own cues. */
const STRICT = 'strict:';
const strict = (kind: string) => `${STRICT}${kind}`;
/** Words right after a public figure's name that say they are being imitated ("a Tom Jones impression"). */
const IMITATION: ReadonlySet<string> = new Set(['impression', 'impressions', 'impersonation', 'impersonator', 'lookalike', 'tribute', 'costume', 'outfit']);
const key = (name: string) => phraseWords(name).join(' ');
/** Verbs of a class studying a writer ("doing Dylan Thomas", "studying Owen Sheers", Welsh "astudio"); not "teaching", which a pupil can be taught. */
const STUDY_VERBS: ReadonlySet<string> = new Set(['doing', 'studying', 'analysing', 'analyzing', 'revising', 'astudio']);
/** Whether one of these names is a listed writer (famous namesakes' or the roster cues' "books" kind). */
function isListedAuthor(n: Namesakes, names: readonly string[]): boolean {
  return names.some((name) => (n.people.get(key(name)) ?? []).some((kind) => kind === 'books' || kind === strict('books')));
}

export function compileNamesakes(lexicon: PupilCuesLexicon['namesakes'], places: readonly string[] = [], famous?: FamousNamesakesLexicon): Namesakes {
  const exact = { plurals: false };
  const cues = new PhraseMatcher<string>(exact);
  for (const phrase of lexicon.public) cues.add(phrase, PUBLIC);
  // famous-namesakes.json adds clubs, programmes and people by kind; a phrase listed twice for a kind counts once.
  // Its cues also count under a strict kind of their own ("strict:sport"), the only cues its own
  // people answer to (below).
  const seen = new Set<string>();
  const addCue = (kind: string, phrase: string) => {
    if (seen.has(`${kind}\u0000${key(phrase)}`)) return;
    seen.add(`${kind}\u0000${key(phrase)}`);
    cues.add(phrase, kind);
  };
  for (const [kind, phrases] of Object.entries(lexicon.cues)) for (const phrase of phrases) addCue(kind, phrase);
  for (const [kind, phrases] of Object.entries(famous?.cues ?? {})) for (const phrase of phrases) (addCue(kind, phrase), addCue(strict(kind), phrase));
  const people = new Map<string, string[]>();
  const addPerson = (kind: string, name: string) => {
    if (!people.get(key(name))?.includes(kind)) people.set(key(name), [...(people.get(key(name)) ?? []), kind]);
  };
  for (const [kind, names] of Object.entries(lexicon.people)) for (const name of names) addPerson(kind, name);
  // famous-namesakes.json lists common names too (Ben Davies, Ffion Morgan, Liam Williams): a pupil of
  // that name plays in matches and scores goals, so "scored", "final" or "what a player" never make
  // them the famous one. Only a strong cue of the famous list (a club, the professional game's words,
  // a programme's title) or a public cue (on the radio, on S4C) does.
  for (const [kind, names] of Object.entries(famous?.people ?? {})) for (const name of names) if (!people.has(key(name)) || people.get(key(name))!.every((k) => k.startsWith(STRICT))) addPerson(strict(kind), name);
  const ownActivities = new Map(Object.entries(famous?.ownActivities ?? {}).flatMap(([kind, words]) => [[kind, new Set(words.map(key))], [strict(kind), new Set(words.map(key))]] as const));
  return {
    roles: PhraseMatcher.of(lexicon.roles, exact),
    workplaces: PhraseMatcher.of(lexicon.workplaces, exact),
    businesses: PhraseMatcher.of(lexicon.businesses, exact),
    namedAfter: PhraseMatcher.of(lexicon.namedAfter, exact),
    cues,
    people,
    teams: PhraseMatcher.of(places, exact),
    works: PhraseMatcher.of(lexicon.works, exact),
    schoolWorks: PhraseMatcher.of(lexicon.schoolWorks, exact),
    ownActivities,
  };
}

/** Small words between a name and its role or workplace: "rhys morgan, the roofer", "Megan Rowlands o'r cyngor". */
const LINKS: ReadonlySet<string> = new Set(['the', 'our', 'my', 'y', 'yr', 'r', 'from', 'at', 'of', 'o', 'or', 'down', 'up', 'in', 'local', 'lovely', 'new', 'old', 'ex', 'former']);
const AT: ReadonlySet<string> = new Set(['at', 'from', 'o', 'or']);
/** How far a public cue may stand from a name it was not listed for, in tokens. */
const CUE_REACH_AFTER = 5;
const CUE_REACH_BEFORE = 4;
/** A school word this close to the name (same sentence) keeps it a pupil, in characters. */
const SCHOOL_REACH = 40;

/** Degree words before a full name used as a description ("very Charlie Brown", Welsh "mor"). */
const DEGREE_BEFORE: ReadonlySet<string> = new Set(['very', 'totally', 'utterly', 'extremely', 'proper', 'mega', 'peak', 'mor']);

export interface NamesakeReading {
  /** The words that say who is meant, as written. */
  readonly cue: string;
  readonly why: 'role' | 'public-figure';
}

/** Whether the full name at tokens `first`..`last` is someone else's, and the words that say so. */
export function namesakeAt(ctx: DraftView, n: Namesakes, first: number, last: number, matches: readonly NameMatch[], roster?: NameIndex): NamesakeReading | undefined {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[first]!.sentence;
  const text = (a: number, b: number) => ctx.doc.draft.slice(tokens[a]!.start, tokens[b]!.end);
  // "did a full Tom Jones impression in the staffroom": a public figure imitated is that figure, school words or not.
  const imitated = tokens[last + 1];
  if (imitated && imitated.sentence === sentence && IMITATION.has(imitated.norm) && [key(text(first, last)), ...matches.map((m) => key(m.entry.name))].some((name) => n.people.has(name))) {
    return { cue: imitated.raw, why: 'public-figure' };
  }
  const listed = [key(text(first, last)), ...matches.map((m) => key(m.entry.name))].some((name) => n.people.has(name));
  // "Feeling very Charlie Brown this week", "proper Bridget Jones mood": a degree word before a listed figure's
  // full name makes it a character borrowed to describe someone. Only a listed figure: "Peak Amelia Clarke
  // behaviour today" is the pupil (review, nineteenth session). Not "so": "so Kai Lee came in late".
  const degree = tokens[first - 1];
  if (listed && degree && degree.sentence === sentence && DEGREE_BEFORE.has(degree.norm)) return { cue: `${degree.raw} ${text(first, last)}`, why: 'public-figure' };
  // "Zoë Williams' column in the Guardian about teacher pay", "tom daley's knitting book": a public
  // figure's own work is theirs, school words or not ("Tom Daley's reading book" stays a pupil's).
  const work = listed ? publicWork(ctx, n, last) : undefined;
  if (work) return { cue: work, why: 'public-figure' };
  // "Gareth Edwards' try in '73 still gives me goosebumps": a listed figure in a year before any pupil was born
  // is that figure, school words or not (eighteenth session).
  const year = listed ? yearBeforePupils(ctx, last) : undefined;
  if (year) return { cue: year, why: 'public-figure' };
  // "took bl 5 to the dylan thomas centre", "the Tom Jones statue": a place or prize named after a listed figure is theirs, school words or not.
  const named = listed && !tokens[last]!.possessive && tokens[last + 1]?.sentence === sentence ? n.namedAfter.longestAt(tokens, last + 1) : undefined;
  if (named) return { cue: text(last + 1, named.last), why: 'public-figure' };
  // "Dylan Thomas Day": a day named after a listed figure, with its capital ("Gareth Edwards day one back" is a pupil's day).
  const day = tokens[last + 1];
  if (listed && day && day.sentence === sentence && !tokens[last]!.possessive && day.raw === 'Day') return { cue: text(first, last + 1), why: 'public-figure' };
  // "watching amir khan v kell brook … instead of marking": a bout or fixture between public figures,
  // the other side no pupil of the roster (namesake-bout.ts); a teacher's own chore beside it changes nothing.
  const byKind = cuesOf(n, tokens).byKind;
  const bout = inAClass(tokens, last) ? undefined : boutAt(ctx, first, last, (byKind.get(SPORT)?.length ?? 0) + (byKind.get(PUBLIC)?.length ?? 0) > 0, roster);
  if (bout) return { cue: bout, why: 'public-figure' };
  if (inAClass(tokens, last)) return undefined;
  // "Chanel lipstick", "Kendal mint cake", "stella and a few cans": a brand, school words or not (twentieth session). The
  // list holds only what no child has: a coat, a bag, chips or a coke after a name are a pupil's (review).
  const product = productAfter(ctx, last);
  if (product) return { cue: product, why: 'role' };
  // "year 9 doing Dylan Thomas today", "studying Carol Ann Duffy with year 10": a writer a class studies is the
  // writer, school words or not. Only a listed author or poet, right after the verb and not a possessive
  // ("reading Dylan Thomas's diary" may be a pupil's).
  const studied = tokens[first - 1];
  if (studied && studied.sentence === sentence && STUDY_VERBS.has(studied.norm) && !tokens[last]!.possessive && isListedAuthor(n, [text(first, last), ...matches.map((m) => m.entry.name)])) {
    return { cue: `${studied.raw} ${text(first, last)}`, why: 'public-figure' };
  }
  if (schoolWordBeside(ctx, first, last)) {
    // "dylan thomas reading in swansea tonight, 'do not go gentle' …": the only school word is what a
    // poet does in public, and the poet's own work is in the draft; any other school word keeps the pupil.
    const own = listed ? ownActivityOnly(ctx, n, first, last, matches) : undefined;
    return own ? { cue: own, why: 'public-figure' } : undefined;
  }
  // "Emma Thompson in Sense and Sensibility for the fifth time": a listed figure in a title of several capitalised words.
  const title = listed ? inATitle(ctx, last) : undefined;
  if (title) return { cue: title, why: 'public-figure' };

  // After the name: "the roofer", ", y plymar", "at the council", "Roofing".
  const business = n.businesses.longestAt(tokens, last + 1);
  if (business && tokens[last + 1]!.sentence === sentence) return { cue: text(last + 1, business.last), why: 'role' };
  for (let j = last + 1; j < tokens.length && j <= last + 4 && tokens[j]!.sentence === sentence; j++) {
    const role = n.roles.longestAt(tokens, j);
    // "Tyler Stone the goalkeeper", "Ffion Hughes, our captain": a role a pupil has in a team or a show does not make
    // the roster name someone else's (pupil-role.ts); a professional is still told by the public-figure checks below.
    if (role && pupilRoleAfter(tokens, last)) break;
    if (role) return { cue: text(j, role.last), why: 'role' };
    // A workplace needs "at"/"from" before it: "at the council", "o'r cyngor".
    const place = n.workplaces.longestAt(tokens, j);
    if (place && tokens.slice(last + 1, j).some((t) => AT.has(t.norm))) return { cue: text(j, place.last), why: 'role' };
    if (!LINKS.has(tokens[j]!.norm)) break;
  }
  // "Oliver Smith from Smith & Sons plumbing", "Rhys Bevan at Bevan Bros Roofing": from a firm named by its trade.
  const firm = firmAfter(ctx, n, last);
  if (firm) return { cue: firm, why: 'role' };
  // "a new kitchen from Harvey Jones", "windows from Tom Price": a trade's goods from a firm of that name.
  const from = tokens[first - 1];
  if (from && from.sentence === sentence && (from.norm === 'from' || from.norm === 'by') && first >= 2) {
    for (let k = Math.max(0, first - 3); k < first - 1; k++) {
      const goods = n.businesses.longestAt(tokens, k, first - 1);
      if (goods?.last === first - 2 && tokens[k]!.sentence === sentence) return { cue: text(k, first - 1), why: 'role' };
    }
  }
  // Before it: "my plumber Rhys Evans", "the singer Tom Jones".
  for (let j = first - 1; j >= 0 && j >= first - 3 && tokens[j]!.sentence === sentence; j--) {
    for (let k = Math.max(0, j - 2); k <= j; k++) {
      const role = n.roles.longestAt(tokens, k, j + 1);
      if (role?.last === j && tokens[k]!.sentence === sentence) return { cue: text(k, j), why: 'role' };
    }
  }

  // A public figure: their own kind's cue anywhere in the draft, or a public cue close to the name.
  const cues = cuesOf(n, tokens);
  // The name as the draft writes it comes first: a hashed roster knows its pupils only as "pupil 3".
  const names = new Set([key(text(first, last)), ...matches.map((m) => key(m.entry.name))]);
  for (const name of names) {
    for (const kind of n.people.get(name) ?? []) {
      // A programme on television ("on Songs of Praise", "Morning Live") shows any listed figure on it, not only a presenter.
      const hit = cues.byKind.get(kind)?.find((h) => h.last < first || h.first > last) ?? cues.byKind.get(PUBLIC)?.find((h) => h.last < first || h.first > last) ?? cues.byKind.get(TV)?.find((h) => h.last < first || h.first > last);
      if (hit) return { cue: text(hit.first, hit.last), why: 'public-figure' };
    }
  }
  // "Galway's Patrick Ward sent off in the hurling final", "Wales' Aaron Ramsey": a county, nation or
  // club's own player, with what is said of a sportsperson in the sentence; listed or not.
  const team = representedBy(n, tokens, first);
  if (team !== undefined) {
    const hit = (cues.byKind.get(SPORT) ?? []).find((h) => tokens[h.first]!.sentence === sentence && (h.last < team || h.first > last));
    if (hit) return { cue: `${text(team, first - 1)} … ${text(hit.first, hit.last)}`, why: 'public-figure' };
  }
  // "Dafydd Rees with a box kick from the gods, what a scrum half", "joe bloggs flying down the right wing,
  // what a player": a full name, listed or not, in a sentence that says two different things only said of
  // a player on a pitch, in a draft with no school words at all, is the player.
  const sport = sportsperson(ctx, cues.byKind.get(SPORT) ?? [], sentence, first, last);
  if (sport) return { cue: sport, why: 'public-figure' };
  const publicHits = cues.byKind.get(PUBLIC) ?? [];
  for (let k = lowerBound(publicHits, (h) => h.last < first - CUE_REACH_BEFORE); k < publicHits.length && publicHits[k]!.first <= last + CUE_REACH_AFTER; k++) {
    const hit = publicHits[k]!;
    if (tokens[hit.first]!.sentence === sentence && (hit.last < first || hit.first > last)) return { cue: text(hit.first, hit.last), why: 'public-figure' };
  }
  return undefined;
}

const SPORT = 'sport';
const TV = 'tv';

/** Sport cues as true of a pupil's match as of a professional's: they never count towards a player. */
const PLAYED_AT_SCHOOL_TOO: ReadonlySet<string> = new Set(['goal', 'goals', 'scored', 'scores', 'scoring', 'hat-trick', 'hat trick', 'hat', 'trick', 'tackle', 'finish', 'finishing', 'final', 'the final', 'cup final', 'semi-final', 'semi final', 'brace', 'penalty', 'pens', 'penalties', 'header', 'volley', 'free kick', 'assist', 'assists', 'conversion', 'squad', 'the squad', 'kick off', 'kick-off', 'diving', 'marathon', 'olympics', 'wales', 'england', 'scotland', 'ireland']);

/** Two different sport cues in the name's sentence, in a draft with no school words: the words that say so. */
function sportsperson(ctx: DraftView, hits: readonly PhraseMatch<string>[], sentence: number, first: number, last: number): string | undefined {
  if (ctx.schoolContext.length > 0) return undefined;
  const tokens = ctx.doc.tokens;
  const said = new Map<string, PhraseMatch<string>>();
  for (const h of hits) {
    if (tokens[h.first]!.sentence !== sentence || (h.last >= first && h.first <= last)) continue;
    const words = tokens.slice(h.first, h.last + 1).map((t) => t.norm).join(' ');
    // "Caio Ferreira scored a hat-trick at the cluster tournament": what any child does in a match says nothing.
    if (!PLAYED_AT_SCHOOL_TOO.has(words)) said.set(words, h);
  }
  if (said.size < 2) return undefined;
  return [...said.values()].map((h) => ctx.doc.draft.slice(tokens[h.first]!.start, tokens[h.last]!.end)).join(' … ');
}

/** "from Smith & Sons plumbing", "at Bevan Bros Roofing": "from"/"at", a capitalised firm's name, then its trade. */
function firmAfter(ctx: DraftView, n: Namesakes, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const link = tokens[last + 1];
  if (!link || link.sentence !== tokens[last]!.sentence || !AT.has(link.norm)) return undefined;
  for (let k = last + 2; k < tokens.length && k <= last + 6 && tokens[k]!.sentence === link.sentence; k++) {
    const trade = n.businesses.longestAt(tokens, k);
    if (trade && k > last + 2) return ctx.doc.draft.slice(tokens[last + 2]!.start, tokens[trade.last]!.end);
    if (!tokens[k]!.capitalised && !/^(and|n)$/.test(tokens[k]!.norm)) return undefined;
  }
  return undefined;
}

/** "Zoë Williams' column", "tom daley's knitting book": the work right after the possessive name (one word may stand between). */
function publicWork(ctx: DraftView, n: Namesakes, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const name = tokens[last]!;
  // "Williams'": the apostrophe after a final s is not part of the token.
  const apostropheAfter = /^['’]/u.test(ctx.doc.draft.slice(name.end, name.end + 1)) && /s$/iu.test(name.raw);
  if (!name.possessive && !apostropheAfter) return undefined;
  const from = last + 1;
  // "Tom Jones' 'Green Green Grass of Home'", "Harper Lee's To Kill a Mockingbird": a title, quoted or in
  // capitals, right after the possessive is the figure's own work (eighteenth session).
  const title = titleAfter(ctx, name.end, from);
  if (title) return title;
  for (let start = from; start <= from + 1; start++) {
    const at = tokens[start];
    if (!at || at.sentence !== name.sentence) return undefined;
    // "Tom Daley's reading book", "… homework book": a child's school thing.
    if (n.schoolWorks.longestAt(tokens, start)) return undefined;
    const work = n.works.longestAt(tokens, start);
    if (work) return ctx.doc.draft.slice(tokens[from]!.start, tokens[work.last]!.end);
  }
  return undefined;
}

/** Whether the span from `start` to `end` is school talk or holds a school word: then it is no title. */
function schoolWordsWithin(ctx: DraftView, start: number, end: number): boolean {
  return ctx.insideSchoolContext(start, end) || ctx.schoolContext.some((h) => h.start >= start && h.end <= end);
}

/** How far after the name a year of the figure's may stand, in tokens ("Gareth Edwards' try in '73"). */
const YEAR_REACH = 4;

/** Words of a family or a day, which a scare-quote or a capital after a pupil's name may carry ("'Headache'", "Mum And Dad", "New Year"). */
const NOT_A_TITLE = /^(?:mum|mam|dad|tad|nan|nain|taid|grandad|grandma|brother|sister|family|teulu|headache|new|year|christmas|easter|jumper|day|birthday|resolution)$/u;

/**
 * A title right after a possessive: two or more words in quotation marks, or two or more capitalised words
 * (small words between them), with no family or calendar word in it and no school word inside it.
 */
function titleAfter(ctx: DraftView, after: number, from: number): string | undefined {
  const draft = ctx.doc.draft;
  const tokens = ctx.doc.tokens;
  const quoted = /^['’]?\s*(['‘"“])(\p{Lu}[^'’"”\n]{2,60})(['’"”])/u.exec(draft.slice(after, after + 80));
  if (quoted) {
    const words = quoted[2]!.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const start = after + quoted.index + quoted[0].indexOf(quoted[2]!);
    const end = start + quoted[2]!.length;
    if (words.length >= 2 && !words.some((w) => NOT_A_TITLE.test(w)) && !schoolWordsWithin(ctx, start, end)) return quoted[2];
    return undefined;
  }
  const sentence = tokens[from]?.sentence;
  if (sentence === undefined || tokens[from]!.sentence !== tokens[from - 1]!.sentence) return undefined;
  let capitals = 0;
  let k = from;
  for (; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.capitalised && !t.allCaps && t.kind === 'word') capitals++;
    else if (!(k > from && /^(and|of|the|a|an|in|on|at|to|for)$/.test(t.norm))) break;
  }
  // The small words the title ended on are not part of it ("… Mockingbird at the …" stops at "at").
  while (k > from && !tokens[k - 1]!.capitalised) k--;
  if (tokens.slice(from, k).some((t) => NOT_A_TITLE.test(t.norm))) return undefined;
  if (capitals < 2 || schoolWordsWithin(ctx, tokens[from]!.start, tokens[k - 1]!.end)) return undefined;
  return draft.slice(tokens[from]!.start, tokens[k - 1]!.end);
}

/**
 * A year right after the name and what it did, before any pupil now at school was born: "Gareth Edwards' try in
 * '73", "Tom Jones in 1966". Within a few words only: "sent home again, dad said he was like this in 1998" is
 * the dad's year (review, eighteenth session).
 */
function yearBeforePupils(ctx: DraftView, last: number): string | undefined {
  const { tokens, draft } = ctx.doc;
  const sentence = tokens[last]!.sentence;
  for (let k = last + 1; k < tokens.length && k <= last + YEAR_REACH && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (/^(?:18|19)\d\d$/.test(t.norm) || /^200[0-5]$/.test(t.norm)) return t.raw;
    const apostrophe = /^['’]/u.test(t.raw) || /['’]$/u.test(draft.slice(Math.max(0, t.start - 1), t.start));
    if (/^['’]?[5-9]\d$/u.test(t.norm) && apostrophe) return draft.slice(/^['’]/u.test(t.raw) ? t.start : t.start - 1, t.end);
  }
  return undefined;
}

/** "in Sense and Sensibility", "in The Crown": "in" and a title of two or more capitalised words, not a class or a school phrase. */
function inATitle(ctx: DraftView, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const link = tokens[last + 1];
  // "in Sense and Sensibility", and "on Morning Live": a programme the figure is on.
  if (!link || !/^(in|on|ar)$/.test(link.norm) || link.sentence !== tokens[last]!.sentence) return undefined;
  let k = last + 2;
  let capitals = 0;
  for (; k < tokens.length && tokens[k]!.sentence === link.sentence; k++) {
    const t = tokens[k]!;
    if (t.capitalised && !t.allCaps && t.kind === 'word') capitals++;
    else if (!/^(and|of|the|a|in|on|at|to|for)$/.test(t.norm)) break;
  }
  // "on Boxing Day", "on Monday Night": a day, not a programme.
  if (link.norm !== 'in' && tokens.slice(last + 2, k).some((t) => CALENDAR.test(t.norm))) return undefined;
  // "on Red Team", "on Blue Table", "on Top Set": a child's team or group at school, not a programme.
  if (link.norm !== 'in' && tokens.slice(last + 2, k).some((t) => SCHOOL_GROUPS.test(t.norm))) return undefined;
  if (capitals < 2 || schoolWordsWithin(ctx, tokens[last + 2]!.start, tokens[k - 1]!.end)) return undefined;
  return ctx.doc.draft.slice(link.start, tokens[k - 1]!.end);
}

const SCHOOL_GROUPS = /^(?:team|teams|group|groups|table|tables|house|houses|class|set|squad|bus|rota|duty|trip|list|register|report|stage|tîm|grŵp|bwrdd|tŷ|dosbarth)$/u;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|day|eve|night|morning|afternoon|evening|christmas|easter|halloween|bonfire|boxing|new|year|bank|holiday|dydd|nos)$/u;

/**
 * The cue that makes a listed figure's name theirs although a school word stands beside it: every
 * school word in the draft is weak and one of that figure's kind's own public activities
 * ("reading" for a poet), and a cue of that kind stands elsewhere in the draft ("do not go gentle").
 */
function ownActivityOnly(ctx: DraftView, n: Namesakes, first: number, last: number, matches: readonly NameMatch[]): string | undefined {
  const tokens = ctx.doc.tokens;
  const written = key(ctx.doc.draft.slice(tokens[first]!.start, tokens[last]!.end));
  const kinds = new Set([written, ...matches.map((m) => key(m.entry.name))].flatMap((name) => n.people.get(name) ?? []));
  const hits = ctx.schoolContext;
  const byKind = cuesOf(n, tokens).byKind;
  for (const kind of kinds) {
    const activities = n.ownActivities.get(kind);
    if (!activities || !hits.every((h) => h.strength === 'weak' && activities.has(key(h.text)))) continue;
    const cue = (byKind.get(kind) ?? []).find((h) => {
      const words = tokens.slice(h.first, h.last + 1).map((t) => t.norm).join(' ');
      const start = tokens[h.first]!.start;
      const end = tokens[h.last]!.end;
      // The cue is neither the name, a school word, nor something a child does at school as well.
      return (h.last < first || h.first > last) && !activities.has(words) && !PLAYED_AT_SCHOOL_TOO.has(words) && !hits.some((x) => x.start < end && start < x.end);
    });
    if (cue) return ctx.doc.draft.slice(tokens[cue.first]!.start, tokens[cue.last]!.end);
  }
  return undefined;
}

/** The first token of a place in the possessive right before the name ("Galway's", "Wales'"), if there is one. */
function representedBy(n: Namesakes, tokens: readonly Token[], first: number): number | undefined {
  const before = tokens[first - 1];
  if (!before || before.sentence !== tokens[first]!.sentence || !before.capitalised || !(before.possessive || /s['’]$/u.test(before.raw))) return undefined;
  for (let start = Math.max(0, first - 3); start < first; start++) {
    if (!tokens[start]!.capitalised || tokens[start]!.sentence !== before.sentence) continue;
    if (n.teams.longestAt(tokens, start, first)?.last === first - 1) return start;
  }
  return undefined;
}

/**
 * The draft's cues by kind, in draft order, found once per draft however many names it holds (a
 * long draft full of names stays linear).
 */
const cueCaches = new WeakMap<Namesakes, WeakMap<readonly Token[], { byKind: Map<string, PhraseMatch<string>[]> }>>();
function cuesOf(n: Namesakes, tokens: readonly Token[]): { byKind: Map<string, PhraseMatch<string>[]> } {
  let cueCache = cueCaches.get(n);
  if (!cueCache) {
    cueCache = new WeakMap();
    cueCaches.set(n, cueCache);
  }
  let cached = cueCache.get(tokens);
  if (!cached) {
    const byKind = new Map<string, PhraseMatch<string>[]>();
    for (const hit of n.cues.matchAll(tokens)) {
      const list = byKind.get(hit.value) ?? [];
      list.push(hit);
      byKind.set(hit.value, list);
    }
    cached = { byKind };
    cueCache.set(tokens, cached);
  }
  return cached;
}

/** Year words before a year number ("in bl.2", "in year 2"). */
const YEAR_OR_PERIOD: ReadonlySet<string> = new Set(['year', 'yr', 'bl', 'blwyddyn', 'flwyddyn', 'mlwyddyn']);

/** A class code right after the name: "harry kane in 10y2", "Tom Jones in 5B", "Will Smith yn 6W". */
const CLASS_CODE = /^(?:[1-9]|1[0-3])(?:[a-z]{1,3}\d?|\/\w+)$/u;
function inAClass(tokens: readonly Token[], last: number): boolean {
  const [link, code, number] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  if (link === undefined || code === undefined || link.sentence !== tokens[last]!.sentence || code.sentence !== link.sentence || !(link.norm === 'in' || link.norm === 'yn' || link.norm === 'from')) return false;
  // "tom jones in bl.2 sang delilah", "Tom Jones in year 2": a year group placed right after the name, the number perhaps after a dot.
  if (YEAR_OR_PERIOD.has(code.norm) && number !== undefined && /^(?:1[0-3]|[1-9])$/.test(number.norm) && /^[\s.]*$/.test(number.gapBefore)) return true;
  return CLASS_CODE.test(code.norm);
}

/** A school word in the name's sentence, close to it: "Tom Holland in 9B", "well done Tom Jones". */
function schoolWordBeside(ctx: DraftView, first: number, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const sentence = tokens[first]!.sentence;
  for (const hit of ctx.schoolContext) {
    if (hit.sentence !== sentence) continue;
    const distance = hit.end <= start ? start - hit.end : hit.start >= end ? hit.start - end : 0;
    if (distance <= SCHOOL_REACH) return true;
  }
  return false;
}

