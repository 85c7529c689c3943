import { isEverydayWord, isKnownFirstName } from '../context/names-knowledge';
import { defineDetector } from '../detector';
import type { DraftView } from '../draft';
import { phrase, say } from '../message-keys';
import { ComposedContemptSchema, type ComposedContemptLexicon } from '../schemas/composed-contempt';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { Topic } from '../types';
import type { RawFinding } from './raw-finding';

/**
 * Contempt told by composition rather than by a stock phrase. The contempt-patterns families list
 * wordings, and a reviewer who reworded them ("could not organise a fire drill in a building already on
 * fire") got past half; what a new writer keeps is the shape:
 *
 * - `contempt/target-predicate`: someone of the school community and a predicate of contempt in one
 *   clause ("the new SENCo is bone idle", "governors are a liability"), quiet when the writer, their own
 *   family or a thing is what the predicate is said of, when it is negated ("far from lazy"), or when
 *   the sentence reports or rebuts it ("stop calling the TAs lazy");
 * - `contempt/polite-group`: a protected group and a hostile generalisation ("the Polish families don't
 *   integrate", "trans kids are a fad"), and the weaker ones ("too many", "go back") only after the
 *   polite opener that marks them ("not being funny but…", "I'm not racist but…"); quiet in a draft that
 *   names the prejudice to challenge it;
 * - `contempt/praise-then-knife`: praise of a leader, then the next sentence opens "Shame…" and tells a
 *   failure ("Lovely assembly from the head. Shame he can't remember a single child's name.").
 *
 * Every check is a phrase-matcher pass over the tokens plus a look-back of at most `reach` words, so
 * the cost stays linear in the draft's length.
 */
type Rule = 'contempt/target-predicate' | 'contempt/polite-group' | 'contempt/praise-then-knife';
type Tokens = readonly Token[];

interface Compiled {
  readonly tp: {
    targets: PhraseMatcher<true>;
    predicates: PhraseMatcher<true>;
    negations: PhraseMatcher<true>;
    counter: PhraseMatcher<true>;
    firstPerson: PhraseMatcher<true>;
    ownFamily: PhraseMatcher<true>;
    things: PhraseMatcher<true>;
    trailing: PhraseMatcher<true>;
    links: ReadonlySet<string>;
    selfLinking: ReadonlySet<string>;
    beforeLink: ReadonlySet<string>;
    afterLink: ReadonlySet<string>;
    frames: PhraseMatcher<true>;
    denialsAfter: PhraseMatcher<true>;
    reach: number;
  };
  readonly pg: {
    groups: PhraseMatcher<true>;
    vague: PhraseMatcher<true>;
    strong: PhraseMatcher<true>;
    weak: PhraseMatcher<true>;
    afterNaming: PhraseMatcher<true>;
    hedges: PhraseMatcher<true>;
    counter: PhraseMatcher<true>;
    exceptions: PhraseMatcher<true>;
    negations: PhraseMatcher<true>;
    reach: number;
  };
  readonly pk: {
    praise: PhraseMatcher<true>;
    targets: PhraseMatcher<true>;
    knives: PhraseMatcher<true>;
    failures: PhraseMatcher<true>;
    quiet: PhraseMatcher<true>;
    firstPerson: PhraseMatcher<true>;
    between: number;
  };
}

const exact = (list: readonly string[]) => PhraseMatcher.of(list, { plurals: false });
/** A word list as a set of single words ("a bit" gives "a" and "bit"), compared with a token's norm. */
const words = (list: readonly string[]): ReadonlySet<string> => new Set(list.flatMap((w) => w.toLowerCase().replaceAll("'", '').split(/\s+/)));

function compile(lexicon: ComposedContemptLexicon): Compiled {
  const { targetPredicate: tp, politeGroup: pg, praiseThenKnife: pk } = lexicon;
  return {
    tp: {
      targets: PhraseMatcher.of(tp.targets),
      predicates: exact(tp.predicates),
      negations: exact(tp.negations),
      counter: exact(tp.counterCues),
      firstPerson: exact(tp.firstPerson),
      ownFamily: PhraseMatcher.of(tp.ownFamily),
      things: PhraseMatcher.of(tp.things),
      trailing: exact(tp.trailingTargets),
      links: words(tp.links),
      selfLinking: words(tp.selfLinking),
      beforeLink: words(tp.beforeLink),
      afterLink: words(tp.afterLink),
      frames: exact(tp.frames),
      denialsAfter: exact(tp.denialsAfter),
      reach: tp.reach,
    },
    pg: {
      groups: PhraseMatcher.of(pg.groups),
      vague: exact(pg.vagueGroups),
      strong: exact(pg.predicates),
      weak: exact(pg.weakPredicates),
      afterNaming: exact(pg.afterNaming),
      hedges: exact(pg.hedges),
      counter: exact(pg.counterCues),
      exceptions: exact(pg.counterExceptions),
      negations: exact(pg.negations),
      reach: pg.reach,
    },
    pk: { praise: exact(pk.praise), targets: PhraseMatcher.of(pk.targets), knives: exact(pk.knives), failures: exact(pk.failures), quiet: exact(pk.quiet), firstPerson: exact(tp.firstPerson), between: pk.between },
  };
}

/** For each token, whether a match of the matcher covers it: one pass, then O(1) per question. */
function coverage(matches: readonly PhraseMatch<true>[], length: number): Uint8Array {
  const covered = new Uint8Array(length);
  for (const m of matches) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  return covered;
}

/** For each sentence, the first token of the earliest match in it (Infinity: none). */
function firstPerSentence(matches: readonly PhraseMatch<true>[], tokens: Tokens): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of matches) {
    const s = tokens[m.first]!.sentence;
    if (!out.has(s)) out.set(s, m.first);
  }
  return out;
}

/** A clause break between two tokens of one sentence: a comma, semicolon or dash, or "but". */
function clauseBreak(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (/[,;:—–]/.test(tokens[k]!.gapBefore) || tokens[k]!.norm === 'but') return true;
  return false;
}

function targetPredicate(view: DraftView, c: Compiled['tp']): { from: number; to: number }[] {
  const tokens = view.doc.tokens;
  const preds = c.predicates.matchAll(tokens);
  if (preds.length === 0) return [];
  const targets = c.targets.matchAll(tokens);
  const n = tokens.length;
  // Where a target ends (value: its first token), where the writer, a thing or a negation stands.
  const targetEndingAt = new Int32Array(n).fill(-1);
  // A named colleague ("paul on site is bone idle"): a first name that is no everyday word stands as a target of one word.
  for (let k = 0; k < n; k++) if (targetEndingAt[k]! < 0 && tokens[k]!.kind === 'word' && isKnownFirstName(tokens[k]!.norm) && !isEverydayWord(tokens[k]!.norm)) targetEndingAt[k] = k;
  // The longest target ending there ("the chair of governors", not "governors" after "of").
  for (const t of targets) if (targetEndingAt[t.last]! < 0 || t.first < targetEndingAt[t.last]!) targetEndingAt[t.last] = t.first;
  const me = coverage(c.firstPerson.matchAll(tokens), n);
  const things = c.things.matchAll(tokens);
  const thing = coverage(things, n);
  const thingIn = firstPerSentence(things, tokens);
  const negationEndsAt = new Uint8Array(n);
  for (const m of c.negations.matchAll(tokens)) negationEndsAt[m.last] = 1;
  const own = c.ownFamily.matchAll(tokens);
  const ownEndsAt = new Uint8Array(n);
  for (const m of own) ownEndsAt[m.last] = 1;
  const counterEndsAt = new Uint8Array(n);
  for (const m of c.counter.matchAll(tokens)) counterEndsAt[m.last] = 1;
  const framed = new Set(c.frames.matchAll(tokens).map((m) => tokens[m.first]!.sentence));
  const denialAt = new Uint8Array(n + 1);
  for (const m of c.denialsAfter.matchAll(tokens)) denialAt[m.first] = 1;
  // "Rude, the lot of them": where a trailing target starts just after a predicate (value: its last token).
  const trailingStart = new Int32Array(n + 1).fill(-1);
  for (const m of c.trailing.matchAll(tokens)) if (m.first >= 1 && tokens[m.first - 1]!.sentence === tokens[m.first]!.sentence) trailingStart[m.first] = m.last;
  const sentenceStart = new Map<number, number>();
  const sentenceLength = new Map<number, number>();
  const targetIn = new Set<number>();
  for (let k = 0; k < n; k++) {
    const s = tokens[k]!.sentence;
    if (!sentenceStart.has(s)) sentenceStart.set(s, k);
    sentenceLength.set(s, (sentenceLength.get(s) ?? 0) + 1);
    if (targetEndingAt[k]! >= 0) targetIn.add(s);
  }
  const out: { from: number; to: number }[] = [];
  for (const p of preds) {
    const sentence = tokens[p.first]!.sentence;
    // "far from lazy", "is not useless", "isn't a joke": the predicate turned round.
    if ((p.first >= 1 && negationEndsAt[p.first - 1]) || (p.first >= 2 && negationEndsAt[p.first - 2] && tokens[p.first - 1]!.sentence === sentence)) continue;
    // "stop calling the TAs lazy": a report or rebuttal in the predicate's own clause ("The head called a meeting and honestly the head is clueless" is not one).
    if (reportedClause(tokens, counterEndsAt, p.first, sentence)) continue;
    // "the head was Dopey" after "dressed as", "a pig in the play", "whether Boris was incompetent"; "rude to nobody", "rude? Never!".
    if (framed.has(sentence) || denialAt[p.last + 1] || namedWork(tokens, p.last)) continue;
    const selfLinked = c.selfLinking.has(tokens[p.first]!.norm);
    let from = -1;
    for (let k = p.first - 1; k >= Math.max(0, p.first - 1 - c.reach) && tokens[k]!.sentence === sentence; k--) {
      // The nearest subject before the predicate decides: the writer or a thing ends the search quietly.
      if (me[k] || thing[k]) break;
      if (targetEndingAt[k]! >= 0) {
        const first = targetEndingAt[k]!;
        // "pay for TAs is a disgrace", "the parents of Year 9 are…": a target after a preposition is not the subject; look further back.
        if (afterPreposition(tokens, first)) continue;
        // "the council's new portal is a shambles": what the target owns is the subject ("the head's clueless" is "the head is").
        if (tokens[k]!.possessive && k + 1 < p.first && !ADVERBS.has(tokens[k + 1]!.norm)) break;
        // "governors: a bunch of nodding dogs": a colon right after the target is its link, and the only break.
        const colon = colonVerdict(tokens, c, first, k, p.first, p.last);
        if (!colon && clauseBreak(tokens, k, p.first)) break;
        // "my kids are so lazy": the writer's own.
        if (first >= 1 && ownEndsAt[first - 1]) break;
        if (ownEndsAt[k]) break;
        // "Year 3 made a simple circuit", "the staff room is a drain": no judgement links this target to the predicate.
        if (!colon && !selfLinked && !tokens[k]!.possessive && !linked(tokens, c, k, p.first)) break;
        from = first;
        break;
      }
    }
    // '"the kids are feral" is what I said about my OWN two': the writer's own family later in the sentence.
    if (from >= 0 && !ownAfter(own, tokens, p.last, sentence)) out.push({ from, to: p.last });
    // "the mice in the shed, vermin the lot of them": a thing or a pest earlier in the sentence is the lot.
    else if (from < 0 && trailingStart[p.last + 1]! >= 0 && (thingIn.get(sentence) ?? Infinity) > p.first) out.push({ from: p.first, to: trailingStart[p.last + 1]! });
    // "New SENCo talks to the students like puppies. Patronising and clueless.": a short verdict of its own after a sentence that names a target.
    else if (from < 0 && verdictAfterTarget(tokens, p, sentenceStart, sentenceLength, targetIn, thingIn)) out.push({ from: p.first, to: p.last });
  }
  return out;
}

/** Whether the reporting cue nearest before the predicate stands in its clause: no clause break or "and" between. */
function reportedClause(tokens: Tokens, counterEndsAt: Uint8Array, first: number, sentence: number): boolean {
  for (let k = first - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (counterEndsAt[k]) return true;
    if (tokens[k]!.norm === 'and' || /[,;:—–]/.test(tokens[k + 1]!.gapBefore)) return false;
  }
  return false;
}

/** A show a part is played in: "dinosaurs in the science play", "a pig in our Christmas panto". */
const SHOWS: ReadonlySet<string> = new Set(['play', 'show', 'panto', 'pantomime', 'nativity', 'musical', 'production', 'film', 'concert', 'sioe', 'drama']);

/** "a pig in Charlotte's Web", "a drunk in Macbeth", "dinosaurs in the science play": the predicate is a part in a work. */
function namedWork(tokens: Tokens, last: number): boolean {
  const inWord = tokens[last + 1];
  // "a weasel in the Wind in the Willows production": the show word may come after a long title.
  const title = tokens[last + 2];
  if (inWord?.norm !== 'in' || title === undefined || title.sentence !== inWord.sentence) return false;
  if (title.capitalised) return true;
  for (let k = last + 2; k <= last + 8 && tokens[k]?.sentence === inWord.sentence; k++) if (SHOWS.has(tokens[k]!.norm)) return true;
  return false;
}

/** Most words allowed between a target and its link ("Year 10 this term were"). */
const BEFORE_LINK_WORDS = 2;
const PLACE: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from']);

/**
 * A link word judges the target ("is", "were", "seems", "so", Welsh "yn"): at most two allowed words after
 * the target, then the link, then only intensifiers and articles up to the predicate. Any other word is a
 * verb or a noun of its own: "Year 10 studied pathetic fallacy", "Mrs Evans explained it in simple terms".
 */
function linked(tokens: Tokens, c: Compiled['tp'], targetLast: number, predFirst: number): boolean {
  let j = targetLast + 1;
  // "Harvey Gunton is": a named person's surname.
  if (j < predFirst && isKnownFirstName(tokens[targetLast]!.norm) && !isEverydayWord(tokens[targetLast]!.norm) && !c.links.has(tokens[j]!.norm)) j++;
  const start = j - 1;
  // "that mum at the gate is": a place phrase may take one word more; "the supply of glue sticks is" may not.
  const most = PLACE.has(tokens[j]?.norm ?? '') ? BEFORE_LINK_WORDS + 1 : BEFORE_LINK_WORDS;
  for (; j < predFirst && !c.links.has(tokens[j]!.norm); j++) if (j - start > most || !(c.beforeLink.has(tokens[j]!.norm) || most > BEFORE_LINK_WORDS)) return false;
  if (j >= predFirst) return false;
  // "a smirking little weasel": after an article, two describing words of any kind belong to the predicate's noun phrase.
  let free = 0;
  for (let k = j + 1; k < predFirst; k++) {
    const w = tokens[k]!.norm;
    if (w === 'a' || w === 'an') free = 2;
    else if (!c.links.has(w) && !c.afterLink.has(w) && free-- <= 0) return false;
  }
  return true;
}

/**
 * A colon right after the target, then only the words of a noun phrase up to the predicate (articles,
 * intensifiers, "bunch of", "retired"): a verdict written as a label ("governors: a bunch of retired nodding
 * dogs", "llywodraethwyr ni: criw o hen ddynion diflas"). No other break between; a thing or a verb is not allowed.
 */
function colonVerdict(tokens: Tokens, c: Compiled['tp'], targetFirst: number, targetLast: number, predFirst: number, predLast: number): boolean {
  const after = tokens[targetLast + 1];
  if (!after || after.sentence !== tokens[targetLast]!.sentence || !after.gapBefore.includes(':') || clauseBreak(tokens, targetLast + 1, predFirst)) return false;
  for (let k = targetLast + 1; k < predFirst; k++) if (!c.afterLink.has(tokens[k]!.norm) && !c.links.has(tokens[k]!.norm)) return false;
  // The verdict is the whole phrase after the colon: "Consortium: a useless website but great people",
  // "Form tutor: a car crash of a morning", "Pennaeth adran: dim syniad sut…" describe something else.
  const next = tokens[predLast + 1];
  if (next && next.sentence === after.sentence && !/[,;:.!?—–)]/.test(next.gapBefore)) return false;
  // "Me as a form tutor: a car crash": the writer in a role is the writer.
  let j = targetFirst - 1;
  while (j >= 0 && DETERMINERS.has(tokens[j]!.norm)) j--;
  return !(j >= 0 && tokens[j]!.norm === 'as' && tokens[j]!.sentence === after.sentence);
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'with', 'about', 'from', 'on', 'at', 'by', 'i', 'am', 'gan', 'efo', 'gyda']);

/** A verdict is a sentence of at most this many words. */
const VERDICT_WORDS = 6;

/** The predicate opens a short sentence (after at most two intensifiers), and the sentence before names a target and no thing. */
function verdictAfterTarget(tokens: Tokens, p: PhraseMatch<true>, starts: Map<number, number>, lengths: Map<number, number>, targetIn: Set<number>, thingIn: Map<number, number>): boolean {
  const s = tokens[p.first]!.sentence;
  // "bone idle, moves slower than the A47": a verdict may run on after a comma.
  const next = tokens[p.last + 1];
  const closes = !next || next.sentence !== s || /[,;:—–]/.test(next.gapBefore);
  if (s === 0 || ((lengths.get(s) ?? Infinity) > VERDICT_WORDS && !closes) || !targetIn.has(s - 1) || thingIn.has(s - 1)) return false;
  const start = starts.get(s)!;
  if (p.first - start > 2) return false;
  for (let k = start; k < p.first; k++) if (!ADVERBS.has(tokens[k]!.norm)) return false;
  return true;
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'these', 'those', 'y', 'yr', 'r']);
/** Words that may stand between "the head's" and its predicate when "'s" is "is": "the head's completely clueless". */
const ADVERBS: ReadonlySet<string> = new Set(['so', 'really', 'completely', 'utterly', 'totally', 'absolutely', 'just', 'a', 'an', 'such', 'bloody', 'genuinely', 'actually', 'honestly', 'literally', 'well', 'properly', 'proper', 'pretty', 'quite', 'always', 'still']);

/** A target after a preposition (and its determiners) is not the subject: "paperwork from the council", "pay for TAs". */
function afterPreposition(tokens: Tokens, first: number): boolean {
  let j = first - 1;
  while (j >= 0 && j >= first - 3 && DETERMINERS.has(tokens[j]!.norm)) j--;
  return j >= 0 && tokens[j]!.sentence === tokens[first]!.sentence && PREPOSITIONS.has(tokens[j]!.norm);
}

/** The writer's own family after the predicate in its sentence (the matches are in order: a binary search). */
function ownAfter(own: readonly PhraseMatch<true>[], tokens: Tokens, last: number, sentence: number): boolean {
  let lo = 0;
  for (let hi = own.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (own[mid]!.first <= last) lo = mid + 1;
    else hi = mid;
  }
  return lo < own.length && tokens[own[lo]!.first]!.sentence === sentence;
}

function politeGroup(view: DraftView, c: Compiled['pg']): { from: number; to: number }[] {
  const tokens = view.doc.tokens;
  const strong = c.strong.matchAll(tokens);
  const weak = c.weak.matchAll(tokens);
  const after = c.afterNaming.matchAll(tokens);
  if (strong.length === 0 && weak.length === 0 && after.length === 0) return [];
  const hedges = c.hedges.matchAll(tokens);
  // A draft that names the prejudice ("that's racist", "I challenged it") is counter-speech or a report; "I'm not racist but" is not.
  const excepted = coverage(c.exceptions.matchAll(tokens), tokens.length);
  if (c.counter.matchAll(tokens).some((m) => !excepted[m.first] && !excepted[m.last])) return [];
  const groups = c.groups.matchAll(tokens);
  const vague = hedges.length > 0 ? c.vague.matchAll(tokens) : [];
  if (groups.length === 0 && vague.length === 0) return [];
  // A hedge covers its own sentence and the next ("not being funny but. why does every new family…").
  const hedged = new Set<number>();
  for (const h of hedges) {
    hedged.add(tokens[h.first]!.sentence);
    hedged.add(tokens[h.first]!.sentence + 1);
  }
  const anyGroup = [...groups, ...vague].sort((a, b) => a.first - b.first);
  const named = coverage(groups, tokens.length);
  const out: { from: number; to: number }[] = [];
  const negatedAt = new Uint8Array(tokens.length + 1);
  for (const m of c.negations.matchAll(tokens)) negatedAt[m.last + 1] = 1;
  const claims = [...strong.map((m) => ({ m, strong: true })), ...weak.map((m) => ({ m, strong: false }))];
  for (const { m, strong: isStrong } of claims) {
    const sentence = tokens[m.first]!.sentence;
    const isHedged = hedged.has(sentence);
    if (!isStrong && !isHedged) continue;
    // "disabled kids are not a drain": the claim denied.
    if (negatedAt[m.first]) continue;
    const group = nearestGroup(anyGroup, tokens, m, c.reach, (g) => isHedged || named[g.first] === 1);
    if (group) out.push({ from: Math.min(group.first, m.first), to: Math.max(group.last, m.last) });
  }
  // "Travellers are back on the field. Lock up your bikes.": a claim that presupposes a group, in its sentence or the next.
  const hedgedAfter = new Set(hedges.map((h) => tokens[h.first]!.sentence - 1));
  for (const m of after) {
    if (negatedAt[m.first]) continue;
    // "Cloiwch bob dim yn y loceri plis": locking things away in a named place is ordinary advice, not about a group.
    if (placeAfter(tokens, m.last)) continue;
    const sentence = tokens[m.first]!.sentence;
    // A hedge after the claim frames it too ("… Maen nhw'n dal pawb arall yn ôl. Jyst gofyn de.").
    const isHedged = (g: PhraseMatch<true>) => hedged.has(sentence) || hedged.has(tokens[g.first]!.sentence) || hedgedAfter.has(sentence);
    const ok = (g: PhraseMatch<true>) => named[g.first] === 1 || isHedged(g);
    // Across a sentence, the group must be what the sentence before is about (it opens it: "Travellers on the rec
    // again.", "Mae'r Sipsiwn yn ôl…"), unless a hedge frames it: "Lovely visit from the Traveller education
    // service today. Lock everything up before half term" names them in passing.
    const okBefore = (g: PhraseMatch<true>) => ok(g) && (isHedged(g) || opensSentence(tokens, g.first));
    const group = nearestGroup(anyGroup, tokens, m, c.reach, ok) ?? groupBefore(anyGroup, tokens, m, c.reach, okBefore);
    if (group) out.push({ from: Math.min(group.first, m.first), to: Math.max(group.last, m.last) });
  }
  return out;
}

const PLACE_PREPOSITION: ReadonlySet<string> = new Set(['mewn', 'yng', 'ym', 'into', 'inside']);
const PLACE_DETERMINER: ReadonlySet<string> = new Set(['y', 'yr', 'r', 'eich', 'ein', 'the', 'your', 'our', 'a', 'an', 'their']);

/** A where-phrase right after a claim ("… yn y loceri", "… in the lockers", "… mewn cwpwrdd"), in its sentence. */
function placeAfter(tokens: Tokens, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]!.sentence) return false;
  if (PLACE_PREPOSITION.has(next.norm)) return true;
  const then = tokens[last + 2];
  return (next.norm === 'yn' || next.norm === 'in') && then !== undefined && then.sentence === next.sentence && PLACE_DETERMINER.has(then.norm);
}

/** Words that may stand before a group that opens its sentence ("The Roma family…", "Mae'r Sipsiwn…", "Another lot of…"). */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'our', 'those', 'these', 'another', 'more', 'mae', 'y', 'yr', 'r', 'rhai', 'mwy', 'o']);

function opensSentence(tokens: Tokens, first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (!OPENERS.has(tokens[k]!.norm)) return false;
  return true;
}

/** The last group in the sentence before a claim's, at most `2 × reach` words before it. */
function groupBefore(groups: readonly PhraseMatch<true>[], tokens: Tokens, claim: PhraseMatch<true>, reach: number, ok: (g: PhraseMatch<true>) => boolean): PhraseMatch<true> | undefined {
  const previous = tokens[claim.first]!.sentence - 1;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.last >= claim.first) continue;
    if (g.first < claim.first - 2 * reach || tokens[g.first]!.sentence < previous) return undefined;
    if (tokens[g.first]!.sentence === previous && ok(g)) return g;
  }
  return undefined;
}

/** The group nearest a claim in its sentence, within `reach` words either side (binary search: no rescans). */
function nearestGroup(groups: readonly PhraseMatch<true>[], tokens: Tokens, claim: PhraseMatch<true>, reach: number, ok: (g: PhraseMatch<true>) => boolean): PhraseMatch<true> | undefined {
  const sentence = tokens[claim.first]!.sentence;
  let lo = 0;
  for (let hi = groups.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (groups[mid]!.first < claim.first - reach) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < groups.length && groups[i]!.first <= claim.last + reach; i++) {
    const g = groups[i]!;
    if (tokens[g.first]!.sentence !== sentence || (g.first >= claim.first && g.last <= claim.last)) continue;
    if (ok(g)) return g;
  }
  return undefined;
}

function praiseThenKnife(view: DraftView, c: Compiled['pk']): { from: number; to: number }[] {
  const tokens = view.doc.tokens;
  const knives = c.knives.matchAll(tokens);
  if (knives.length === 0) return [];
  const praise = firstPerSentence(c.praise.matchAll(tokens), tokens);
  const targets = c.targets.matchAll(tokens);
  const failures = c.failures.matchAll(tokens);
  const targetIn = new Set(targets.map((t) => tokens[t.first]!.sentence));
  const failureAt = new Int32Array(tokens.length).fill(-1);
  for (const f of failures) if (failureAt[f.first]! < 0) failureAt[f.first] = f.last;
  const targetAt = coverage(targets, tokens.length);
  const me = coverage(c.firstPerson.matchAll(tokens), tokens.length);
  const quiet = new Set(c.quiet.matchAll(tokens).map((m) => tokens[m.first]!.sentence));
  const out: { from: number; to: number }[] = [];
  for (const k of knives) {
    const s = tokens[k.first]!.sentence;
    // The knife opens its sentence (at most one word before it: "Just a shame…", "Such a pity…").
    if (k.first >= 2 && tokens[k.first - 2]!.sentence === s) continue;
    const praised = praise.get(s - 1);
    if (praised === undefined) continue;
    if (!targetIn.has(s - 1) && !targetIn.has(s)) continue;
    // A farewell, a surprise party, a show: the shame is fond.
    if (quiet.has(s) || quiet.has(s - 1)) continue;
    // The failure follows the knife closely and is the praised person's: "Shame he can't…", never "Shame I didn't…".
    let end = -1;
    let person = false;
    for (let j = k.last + 1; j < tokens.length && j <= k.last + 1 + c.between && tokens[j]!.sentence === s; j++) {
      if (failureAt[j]! >= 0) {
        end = failureAt[j]!;
        break;
      }
      if (me[j]) break;
      if (targetAt[j]) person = true;
    }
    if (end < 0 || !person) continue;
    out.push({ from: praised, to: end });
  }
  return out;
}

const REASONS: Record<Rule, string> = {
  'contempt/target-predicate': 'a person of the school community and a predicate of contempt in one clause',
  'contempt/polite-group': 'a hostile generalisation about a group, however politely it opens',
  'contempt/praise-then-knife': 'praise of a person turned into a put-down by the sentence after it',
};

/**
 * Which of the pack's derogatory mappings a finding goes to, as the other derogatory detectors decide it:
 * a group's hostility is discriminatory (the equality clause); a remark about someone of the school
 * community is about that group (pupils, parents, staff, the school), from the reference the context
 * phase found inside the span; anything else is general.
 */
/** Target words that name a person but no place in the school ("that bloke", "a woman"). A pronoun is left to the fallback: it mostly points back at someone of the school. */
const GENERIC_PERSON = /^(?:that |this |the |a )?(?:bloke|man|woman)\b/;

function topicOf(view: DraftView, rule: Rule, from: number, to: number): Topic {
  if (rule === 'contempt/polite-group') return 'discriminatory';
  const ref = view.referencesNear(from, to, 0).find((r) => r.group !== 'people' && r.first >= from && r.last <= to);
  if (ref && ref.group !== 'people') return `about-${ref.group}`;
  // The rule's own targets are all people of the school ("the head", "SLT", "Year 9", "the mums"): by their words.
  const words = view.doc.draft.slice(view.doc.tokens[from]!.start, view.doc.tokens[to]!.end).toLowerCase();
  if (rule === 'contempt/target-predicate' || rule === 'contempt/praise-then-knife') {
    if (/\b(mums?|mams?|dads?|parents?|famil(y|ies))\b/.test(words)) return 'about-parents';
    if (/\b(year|y)\s?\d|\b(kids|pupils|sixth form(ers)?|class)\b/.test(words)) return 'about-pupils';
    // "That bloke is so thick": a person with no reference to the school found for them is anyone; their
    // remark is general, as the insult detectors read it.
    if (GENERIC_PERSON.test(words)) return 'general';
    return 'about-staff';
  }
  return 'general';
}

function finding(view: DraftView, rule: Rule, from: number, to: number): RawFinding {
  const tokens = view.doc.tokens;
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  const written = view.doc.draft.slice(start, end);
  const group = rule === 'contempt/polite-group';
  return {
    category: 'derogatory',
    topic: topicOf(view, rule, from, to),
    severity: 'warning',
    start,
    end,
    ruleId: rule,
    ...say(group ? 'finding_hostility_derogation' : 'finding_hostility_insult', written, phrase(group ? 'group_a_group' : 'group_someone'), written),
    explanation: { rule: `composed: ${rule}`, context: written, reason: REASONS[rule] },
  };
}

/** One finding per span; overlapping spans of one rule are one remark. */
function findAll(view: DraftView, c: Compiled): RawFinding[] {
  const out: RawFinding[] = [];
  const runs: [Rule, { from: number; to: number }[]][] = [
    ['contempt/target-predicate', targetPredicate(view, c.tp)],
    ['contempt/polite-group', politeGroup(view, c.pg)],
    ['contempt/praise-then-knife', praiseThenKnife(view, c.pk)],
  ];
  for (const [rule, spans] of runs) {
    let takenTo = -1;
    for (const span of spans.sort((a, b) => a.from - b.from)) {
      if (span.from <= takenTo) continue;
      takenTo = span.to;
      out.push(finding(view, rule, span.from, span.to));
    }
  }
  return out;
}

export const composedContemptDetector = defineDetector({
  id: 'composed-contempt',
  phase: 'findings',
  description: 'Contempt told by composition: a person of the school community and a predicate of contempt in one clause, polite-sounding hostility toward a group, praise followed by a put-down in the next sentence.',
  rules: {
    'contempt/target-predicate': 'a person or role of the school community and a predicate of contempt in one clause ("the new SENCo is bone idle", "governors are a liability", "that TA is out of her depth"); nothing when the writer, their family or a thing is its subject, when it is negated, or when the sentence reports or rebuts it: a warning',
    'contempt/polite-group': 'a hostile generalisation about a protected group, often behind a polite opener ("not being funny but the Polish families don\'t integrate", "I\'m not racist but they should go back", "trans kids are a fad"); nothing in a draft that names the prejudice to challenge it: a warning',
    'contempt/praise-then-knife': 'praise of a leader followed by a sentence opening "Shame…"/"Pity…" that tells a failure ("Lovely assembly from the head. Shame he can\'t remember a single child\'s name."): a warning',
  },
  lexicon: ComposedContemptSchema,
  select: (bundle) => bundle.composedContempt,
  compile: (lexicon) => compile(lexicon),
  run: (compiled, { view }) => findAll(view, compiled),
});
