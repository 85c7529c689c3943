import { selfReferenceAfter, selfReferenceBefore } from '../context/community';
import { isEverydayWord, isKnownFirstName } from '../context/names-knowledge';
import { defineDetector } from '../detector';
import type { DraftView } from '../draft';
import { phrase, say } from '../message-keys';
import { ContemptPatternsSchema, type ContemptPatternsLexicon } from '../schemas/contempt-patterns';
import { PhraseMatcher } from '../text/phrases';
import { WordPatternMatcher } from '../text/word-patterns';
import type { RawFinding } from './raw-finding';

/**
 * Contempt for people told by a construction rather than an insult word: "couldn't run a bath",
 * "the personality of a wet lettuce", "knows sod all about running a school", "a masterclass in how
 * not to…", ", stroppy mare", "the laziest teacher I've worked with", "I'll slash his tyres", and
 * scare quotes that doubt what a person claims (a dad's 'gifted' daughter). Each family is a few word
 * patterns in `rules/lexicons/contempt-patterns.json`, so one line covers the many ways staff write
 * the same put-down. Said by the writer of themselves ("I couldn't run a bath this week", "lazy
 * cow, me") it is nothing. A warning: contempt for a person, whoever they are.
 */
type Rule = ContemptPatternsLexicon['families'][number]['rule'];

interface Compiled {
  readonly patterns: WordPatternMatcher<Family>;
  readonly people: PhraseMatcher<true>;
  readonly sympathy: PhraseMatcher<true>;
  readonly condescension: PhraseMatcher<true>;
  readonly animalEpithets: PhraseMatcher<true>;
  readonly farmWords: PhraseMatcher<true>;
  readonly firstPerson: PhraseMatcher<true>;
  readonly claims: ReadonlySet<string>;
  readonly quotedPeople: PhraseMatcher<true>;
  readonly eyeRolls: readonly string[];
  readonly applause: readonly string[];
  readonly sincere: PhraseMatcher<true>;
  readonly roles: PhraseMatcher<true>;
  readonly grievances: PhraseMatcher<true>;
  readonly ownFamily: PhraseMatcher<true>;
  readonly scenes: PhraseMatcher<true>;
  readonly things: PhraseMatcher<true>;
  /** Each family's `undoneBy` patterns (value: the family id) and its `undoneLaterBy` ones. */
  readonly undoneBy: WordPatternMatcher<string>;
  readonly undoneLaterBy: WordPatternMatcher<string>;
  readonly undoneEarlierBy: WordPatternMatcher<string>;
}

interface Family {
  readonly rule: Rule;
  readonly family: string;
  readonly alone: boolean;
  readonly subject: 'any' | 'person' | 'draft' | 'role';
  readonly sarcasm: 'none' | 'sarcasm' | 'eye-roll' | 'unless-sincere';
  readonly blessScorns: boolean;
}

/**
 * What the draft-wide checks need, found once per draft so that each match costs only a look-up: scanning
 * the draft again for every match made a long draft of repeated matches quadratic (50,000 chars of
 * "classy. " took nearly two seconds).
 */
interface DraftFacts {
  readonly hasPeople: boolean;
  readonly hasRole: boolean;
  /** Where each eye-roll emoji starts and ends in the draft, in order. */
  readonly eyeRolls: readonly { start: number; end: number }[];
  /** The draft offset where the last applause emoji starts (-1: none). */
  readonly lastApplause: number;
  /** The first token that starts a sincere word (Infinity: none), and the first that starts a grievance. */
  readonly firstSincere: number;
  readonly firstGrievance: number;
  /** `family@token` for each family's undoing pattern starting at that token, and `family@sentence@token` for later ones. */
  readonly undone: ReadonlySet<string>;
  readonly undoneLater: readonly { family: string; sentence: number; first: number }[];
  readonly undoneEarlier: readonly { family: string; sentence: number; last: number }[];
}

const KEYS: Record<Rule, 'finding_hostility_insult' | 'finding_hostility_threat'> = {
  'contempt/put-down': 'finding_hostility_insult',
  'contempt/mockery': 'finding_hostility_insult',
  'contempt/name-call': 'finding_hostility_insult',
  'contempt/threat': 'finding_hostility_threat',
};

function compile(lexicon: ContemptPatternsLexicon): Compiled {
  const patterns = new WordPatternMatcher<Family>(lexicon.wordClasses);
  const undoneBy = new WordPatternMatcher<string>(lexicon.wordClasses);
  const undoneLaterBy = new WordPatternMatcher<string>(lexicon.wordClasses);
  const undoneEarlierBy = new WordPatternMatcher<string>(lexicon.wordClasses);
  for (const family of lexicon.families) {
    const value: Family = { rule: family.rule, family: family.id, alone: family.clause === 'alone', subject: family.subject, sarcasm: family.marker, blessScorns: family.blessed === 'scorn' };
    for (const p of family.patterns) patterns.add(p, value);
    for (const p of family.undoneBy) undoneBy.add(p, family.id);
    for (const p of family.undoneLaterBy) undoneLaterBy.add(p, family.id);
    for (const p of family.undoneEarlierBy) undoneEarlierBy.add(p, family.id);
  }
  return {
    patterns,
    firstPerson: PhraseMatcher.of(lexicon.firstPerson, { plurals: false }),
    claims: new Set(lexicon.scareQuotedClaims.map((c) => c.toLowerCase())),
    quotedPeople: PhraseMatcher.of(lexicon.scareQuotedPeople),
    people: PhraseMatcher.of(lexicon.people),
    sympathy: PhraseMatcher.of(lexicon.sympathy, { plurals: false }),
    condescension: PhraseMatcher.of(lexicon.condescension, { plurals: false }),
    animalEpithets: PhraseMatcher.of(lexicon.animalEpithets),
    farmWords: PhraseMatcher.of(lexicon.farmWords, { plurals: false }),
    eyeRolls: lexicon.eyeRolls,
    applause: lexicon.applause,
    sincere: PhraseMatcher.of(lexicon.sincere, { plurals: false }),
    roles: PhraseMatcher.of(lexicon.wordClasses.role ?? []),
    grievances: PhraseMatcher.of(lexicon.grievances, { plurals: false }),
    ownFamily: PhraseMatcher.of(lexicon.ownFamily),
    scenes: PhraseMatcher.of(lexicon.scenes),
    things: PhraseMatcher.of(lexicon.things),
    undoneBy,
    undoneLaterBy,
    undoneEarlierBy,
  };
}

/** Filler that may stand between the writer and a put-down ("I honestly couldn't…", "I'm such a…"). */
const FILLER: ReadonlySet<string> = new Set(['honestly', 'genuinely', 'literally', 'just', 'really', 'actually', 'also', 'still', 'a', 'an', 'such', 'so', 'am', 'was', 'yn', 'n', 'wir', 'hefyd', 'tbh']);

function occurrences(text: string, marks: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const e of marks) for (let at = text.indexOf(e); at !== -1; at = text.indexOf(e, at + e.length)) out.push({ start: at, end: at + e.length });
  return out.sort((a, b) => a.start - b.start);
}

function firstMatch(words: PhraseMatcher<true>, view: DraftView): number {
  return words.matchAll(view.doc.tokens)[0]?.first ?? Infinity;
}

function draftFacts(view: DraftView, m: Compiled): DraftFacts {
  const tokens = view.doc.tokens;
  const text = view.doc.draft;
  const applause = occurrences(text, m.applause);
  return {
    hasPeople: m.people.matchAll(tokens).length > 0,
    hasRole: m.roles.matchAll(tokens).length > 0,
    eyeRolls: occurrences(text, m.eyeRolls),
    lastApplause: applause.length > 0 ? applause[applause.length - 1]!.start : -1,
    firstSincere: firstMatch(m.sincere, view),
    firstGrievance: firstMatch(m.grievances, view),
    undone: new Set(m.undoneBy.matchAll(tokens).map((u) => `${u.value}@${u.first}`)),
    undoneLater: m.undoneLaterBy.matchAll(tokens).map((u) => ({ family: u.value, sentence: tokens[u.first]!.sentence, first: u.first })),
    undoneEarlier: m.undoneEarlierBy.matchAll(tokens).map((u) => ({ family: u.value, sentence: tokens[u.last]!.sentence, last: u.last })),
  };
}

/**
 * A weapon emoji standing as the verb of the writer's threat, with a person after it ("I will actually 🔪 the next
 * person who parks there", "I'm gonna 🔫 him"). Emoji are not words, so this reads the draft itself; a thing after
 * the emoji ("I'll 🔪 the cake at three", "I'll 🔪 her birthday cake") names no person and stays quiet, and nor does a
 * head taken off or of a thing ("someone needs to 🔪 the head off this cauliflower"; "the head of the school" is the head).
 */
const EMOJI_THREAT =
  /(?<![\p{L}])(?:i\s+will|i['’]?ll|i\s+am\s+going\s+to|i['’]?m\s+(?:going\s+to|gonna)|gonna|going\s+to|someone\s+(?:should|needs\s+to))\s+(?:(?:actually|literally|honestly|just|genuinely|seriously)\s+)?(?:🔪|🗡|🔫|🪓)\uFE0F?\s*(?:him|her(?=\s*(?:$|[^\p{L}\s]|(?:if|when|and|for|i|tomorrow|today|next|myself)(?![\p{L}])))|you|whoever|anyone|everyone|everybody|the\s+next\s+(?:person|parent|one|kid|child|man|woman|driver|teacher)|that\s+(?:man|woman|parent|kid|child|dad|mum|teacher|bloke)|the\s+(?:head(?!\s+(?:off(?![\p{L}])|of\s+(?:this|that|these|those|a|an|my|your|the)\s+(?!school|ysgol|department|dept|year|academy|trust|federation)))|deputy|parent|dad|mum|governors?|inspector))(?![\p{L}])/giu;

function emojiThreats(view: DraftView): RawFinding[] {
  const text = view.doc.draft;
  if (!/[🔪🗡🔫🪓]/u.test(text)) return [];
  return [...text.matchAll(EMOJI_THREAT)].map((t) => finding(view, 'contempt/threat', 'emoji-threat-19', t.index, t.index + t[0].length));
}

function findContempt(view: DraftView, m: Compiled): RawFinding[] {
  const words = findContemptWords(view, m);
  const emoji = emojiThreats(view);
  return emoji.length === 0 ? words : [...words, ...emoji.filter((e) => !words.some((w) => w.start < e.end && e.start < w.end))];
}

function findContemptWords(view: DraftView, m: Compiled): RawFinding[] {
  const { doc } = view;
  const tokens = doc.tokens;
  const out: RawFinding[] = [];
  // Matches come in order of their first word, so one overlaps an earlier finding exactly when it starts before the furthest end yet.
  let takenTo = -1;
  const matches = m.patterns.matchAll(tokens);
  if (matches.length === 0) return scareQuotes(view, m).map((q) => finding(view, 'contempt/mockery', 'scare-quoted-claim', q.start, q.end));
  const facts = draftFacts(view, m);
  for (const match of matches) {
    if (match.first <= takenTo) continue;
    const { rule, family, alone, subject, sarcasm, blessScorns } = match.value;
    // "Oh how lucky we are to have…🙃" says "we" of the writer and means the people it names.
    if (rule !== 'contempt/threat' && sarcasm !== 'eye-roll' && aboutWriter(view, m, match.first, match.last)) continue;
    // "My son is the reason shampoo bottles have instructions 😂": the writer teasing their own.
    if (rule !== 'contempt/threat' && ownFamilyBefore(view, m, match.first)) continue;
    if (undone(view, facts, family, match.last, tokens[match.first]!.sentence !== tokens[match.last]!.sentence)) continue;
    if (facts.undoneEarlier.some((u) => u.family === family && u.sentence === tokens[match.first]!.sentence && u.last < match.first)) continue;
    // "The new boiler is a spreadsheet wearing a lanyard": a machine or a pet is what is run down.
    if (rule !== 'contempt/threat' && thingBefore(view, m, match.first, match.last)) continue;
    if (alone && !standsAlone(view, match.first, match.last)) continue;
    if (subject === 'person' && !personSubject(view, m, match.first, match.last)) continue;
    if (subject === 'draft' && !facts.hasPeople) continue;
    if (subject === 'role' && !facts.hasRole) continue;
    // "Lovely to see all the families at the fair. Classy": a verdict after praise is the praise's.
    // A complaint before it ("lovely email telling us to cut costs… geniuses") keeps it scorn.
    if (sarcasm === 'unless-sincere' && facts.firstGrievance > match.first && (facts.firstSincere < match.first || applauded(view, facts, match.first, match.last))) continue;
    if ((sarcasm === 'sarcasm' || sarcasm === 'eye-roll') && !markedSarcastic(view, facts, match.first, match.last, sarcasm === 'eye-roll')) continue;
    if (rule !== 'contempt/threat' && sympathyBefore(view, m, match.first, blessScorns)) continue;
    if (rule === 'contempt/name-call' && farmAnimal(view, m, match.first, match.last)) continue;
    takenTo = Math.max(takenTo, match.last);
    out.push(finding(view, rule, family, tokens[match.first]!.start, tokens[match.last]!.end));
  }
  for (const q of scareQuotes(view, m)) if (!out.some((f) => f.start < q.end && q.start < f.end)) out.push(finding(view, 'contempt/mockery', 'scare-quoted-claim', q.start, q.end));
  return out;
}

/** "The IT team fixed the wifi in ten minutes. Geniuses 👏": applause after the verdict and no eye-roll (the caller checks for a complaint). */
function applauded(view: DraftView, facts: DraftFacts, first: number, last: number): boolean {
  const tokens = view.doc.tokens;
  return facts.lastApplause >= tokens[last]!.end && !markedSarcastic(view, facts, first, last, true);
}

/**
 * An undoing pattern of the family right after the match, or later in its sentence ("…, and he's brilliant"),
 * or in the next sentence when the match's sentence is a question the next answers ("how did that woman
 * become a head at 32? an inspiring talk at our careers day"), or when the match spans two sentences (a pattern
 * with `//`: what it reads across two sentences, the third may still undo: "…great with the nervous ones. That's
 * it. So proud of her").
 */
function undone(view: DraftView, facts: DraftFacts, family: string, last: number, spans = false): boolean {
  if (facts.undone.has(`${family}@${last + 1}`)) return true;
  const tokens = view.doc.tokens;
  const sentence = tokens[last]!.sentence;
  const answer = spans || questionAnswered(tokens, last) ? sentence + 1 : sentence;
  return facts.undoneLater.some((u) => u.family === family && (u.sentence === sentence || u.sentence === answer) && u.first > last);
}

/** The match's sentence ends in a question mark and another sentence follows it. */
function questionAnswered(tokens: DraftView['doc']['tokens'], last: number): boolean {
  const sentence = tokens[last]!.sentence;
  for (let k = last + 1; k < tokens.length; k++) if (tokens[k]!.sentence !== sentence) return tokens[k]!.gapBefore.includes('?');
  return false;
}

/**
 * "The photocopier is allergic to effort", "the class snail is so slow he's going backwards": the nearest
 * subject before the match in its sentence is a machine or a pet, with no person between it and the match
 * and none named in it (a pronoun in it is the thing's: "he's" of the snail).
 */
function thingBefore(view: DraftView, m: Compiled, first: number, last: number): boolean {
  const tokens = view.doc.tokens;
  const sentence = tokens[first]!.sentence;
  // "The kettle works harder than the deputy head": a person inside the match is what the thing is set against.
  for (let k = first; k <= last; k++) if (m.people.longestAt(tokens, k) && !/^(he|she|hes|shes|they|theyre|e|o|fe|fo|hi)$/.test(tokens[k]!.norm)) return false;
  for (let k = first - 1; k >= Math.max(0, first - 8) && tokens[k]!.sentence === sentence; k--) {
    if (m.people.longestAt(tokens, k)) return false;
    const thing = m.things.longestAt(tokens, k);
    if (thing && thing.last < first) return true;
  }
  return false;
}

/**
 * "My own kids breed like rabbits 😂", "my son has a face like a slapped haddock": the writer's own family
 * just before the match in its sentence, with no other person between ("my son's teacher is the reason…" is
 * about the teacher).
 */
function ownFamilyBefore(view: DraftView, m: Compiled, first: number): boolean {
  const tokens = view.doc.tokens;
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1; k >= Math.max(0, first - 8) && tokens[k]!.sentence === sentence; k--) {
    const own = m.ownFamily.longestAt(tokens, k);
    if (own && own.last < first) {
      for (let j = own.last + 1; j < first; j++) if (m.people.longestAt(tokens, j)) return false;
      return true;
    }
  }
  return false;
}

/** "I couldn't run a bath this week", "lazy cow, me": the writer's own. */
function aboutWriter(view: DraftView, m: Compiled, first: number, last: number): boolean {
  const tokens = view.doc.tokens;
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1; k >= Math.max(0, first - 3) && tokens[k]!.sentence === sentence; k--) {
    const me = m.firstPerson.longestAt(tokens, k);
    if (me && ourPerson(view, m, k, me.last)) continue;
    if (me && me.last >= first - 1) return true;
    if (me && [...Array(first - 1 - me.last).keys()].every((d) => FILLER.has(tokens[me.last + 1 + d]!.norm))) return true;
  }
  return selfReferenceBefore(view.doc, first, FILLER) || (selfReferenceAfter(view.doc, last) && !writerGoesOn(view, last));
}

/**
 * Welsh puts "our" after the noun: "prifathro ni methu trefnu parti mewn bragdy", "pennaeth newydd ni ffaelu
 * trefnu…", "caretaker ni'n symud mor araf…" are about our head and our caretaker, not the writer. A lone "ni"
 * with a people word ending one or two words before it is that possessive.
 */
function ourPerson(view: DraftView, m: Compiled, k: number, last: number): boolean {
  const tokens = view.doc.tokens;
  if (last !== k || tokens[k]!.norm !== 'ni') return false;
  for (let j = Math.max(0, k - 4); j < k; j++) {
    if (tokens[j]!.sentence !== tokens[k]!.sentence) continue;
    const person = m.people.longestAt(tokens, j);
    if (person && person.last >= k - 2 && person.last < k) return true;
  }
  return false;
}

/**
 * "…couldn't run a bath, me and Sarah had to do everything", "stroppy mare, me I just smiled": a "me"
 * after the contempt that starts the writer's own next clause is not "lazy cow, me" (which ends there).
 */
function writerGoesOn(view: DraftView, last: number): boolean {
  const tokens = view.doc.tokens;
  const me = tokens[last + 1];
  if (!me || !/^(me|fi)$/.test(me.norm)) return false;
  const next = tokens[last + 2];
  return next !== undefined && next.sentence === me.sentence && !/[^\s]/u.test(next.gapBefore);
}

/**
 * A person as the subject or target: a people word, or a first name ("honestly huw couldn't teach a fish
 * to swim", "Gemma C is about as much use as…"), in the match or in the few words before it, in its sentence.
 */
function personSubject(view: DraftView, m: Compiled, first: number, last: number): boolean {
  const tokens = view.doc.tokens;
  const sentence = tokens[first]!.sentence;
  let person = -1;
  let scene = -1;
  for (let k = Math.max(0, first - 8); k <= last; k++) {
    if (tokens[k]!.sentence !== sentence) continue;
    if (m.people.longestAt(tokens, k)) {
      if (k >= first) return true;
      person = k;
    }
    const norm = tokens[k]!.norm;
    if (k < first && tokens[k]!.kind === 'word' && isKnownFirstName(norm) && !isEverydayWord(norm)) person = k;
    if (k < first && sceneAsSubject(tokens, m, k)) scene = k;
  }
  // "Dad said the fire drill was like a flock of seagulls": the scene after the person is what is compared.
  return person >= 0 && scene < person;
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'from', 'of', 'into', 'through', 'across', 'round', 'around', 'yn', 'ar', 'o']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'their', 'his', 'her', 'y', 'yr']);

/** A scene word standing as a subject, not after a preposition ("the kids in the dinner hall were like…" is the kids). */
function sceneAsSubject(tokens: DraftView['doc']['tokens'], m: Compiled, k: number): boolean {
  if (!m.scenes.longestAt(tokens, k)) return false;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && DETERMINERS.has(tokens[j]!.norm)) j--;
  return j < 0 || tokens[j]!.sentence !== tokens[k]!.sentence || !PREPOSITIONS.has(tokens[j]!.norm);
}

/**
 * Praise turned into scorn by what follows it: an eye-roll after the match (in the rest of the draft), or
 * applause with no thanks or congratulations before the match ("geniuses, all of them 👏" is scorn;
 * "Congratulations to our inspirational head 👏" and "thank you, geniuses 👏" are meant). `eyeRollOnly`:
 * phrases that applause leaves sincere ("so glad the kids had fun 👏", "couldn't happen to a nicer person 👏").
 */
function markedSarcastic(view: DraftView, facts: DraftFacts, first: number, last: number, eyeRollOnly: boolean): boolean {
  const tokens = view.doc.tokens;
  const end = tokens[last]!.end;
  const start = tokens[first]!.start;
  // An eye-roll after the match, or "…a guilt trip 🙃 pure genius": one just before the praise (within 6 chars).
  const rolls = facts.eyeRolls;
  if (rolls.length > 0 && rolls[rolls.length - 1]!.start >= end) return true;
  let lo = 0;
  for (let hi = rolls.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (rolls[mid]!.start < start - 6) lo = mid + 1;
    else hi = mid;
  }
  if (lo < rolls.length && rolls[lo]!.end <= start) return true;
  if (eyeRollOnly || facts.lastApplause < end) return false;
  // Applause after praise is nearly always meant ("The inspector was delightful 👏"): it is scorn only after a
  // complaint ("discovered that laminating costs money. geniuses the lot of em 👏") and no thanks.
  return facts.firstSincere > first && facts.firstGrievance < first;
}

/**
 * "Poor Dave, the state of him today": sympathy earlier in the sentence. `blessScorns`: "bless her" before a
 * put-down of someone's wits talks down to them ("bless her, not the sharpest pencil in the pot"), so only
 * the other words of sympathy count. Looks back at most `SYMPATHY_REACH` words, so that a 50,000-character
 * sentence of repeated matches does not rescan the sentence for each one.
 */
function sympathyBefore(view: DraftView, m: Compiled, first: number, blessScorns: boolean): boolean {
  const tokens = view.doc.tokens;
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1; k >= Math.max(0, first - SYMPATHY_REACH) && tokens[k]!.sentence === sentence; k--) {
    const found = m.sympathy.longestAt(tokens, k);
    if (!found) continue;
    const condescending = m.condescension.longestAt(tokens, k);
    if (blessScorns && condescending && condescending.last >= found.last) continue;
    return true;
  }
  return false;
}

/** How many words back sympathy may stand from what it softens ("Poor Dave, honestly, bless him, the state of him today"). */
const SYMPATHY_REACH = 30;

/** "Farm trip today: we met Daisy. Nosy cow!": an animal epithet in a draft about the farm is the animal (derogatory.json's exception). */
function farmAnimal(view: DraftView, m: Compiled, first: number, last: number): boolean {
  const tokens = view.doc.tokens;
  let animal = false;
  for (let k = first; k <= last && !animal; k++) animal = m.animalEpithets.longestAt(tokens, k) !== undefined;
  if (!animal) return false;
  return tokens.some((_, k) => (k < first || k > last) && m.farmWords.longestAt(tokens, k) !== undefined);
}

/** A name-call on its own: the start of a sentence or after a comma/dash, and the end of one or before a comma. */
function standsAlone(view: DraftView, first: number, last: number): boolean {
  const tokens = view.doc.tokens;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const opens = !before || before.sentence !== tokens[first]!.sentence || /[,;:—–-]/.test(tokens[first]!.gapBefore);
  const closes = !after || after.sentence !== tokens[last]!.sentence || /[,;:—–!?.]/.test(after.gapBefore);
  return opens && closes;
}

const QUOTE = /(?<![\p{L}\p{N}])(['‘"“])([\p{L} -]{2,30}?)(['’"”])(?![\p{L}\p{N}])/gu;
const DETERMINER = /(?:^|[\s(])(her|his|their|your|the|our|a|an|my|this|these|those|ei|eu|y|yr)\s*$/iu;

/**
 * a dad's 'gifted' daughter, "our 'expert' consultant": a claim about
 * people held in scare quotes to doubt it. Only single short claims from the lexicon, between a
 * determiner and a person (the old "who 'needed'" branch needed no person and caught "families who
 * 'need' a little extra", so it was cut): a quoted title ("our 'Gifted and Talented'
 * programme") or a quotation of what someone said is not it.
 */
function scareQuotes(view: DraftView, m: Compiled): { start: number; end: number }[] {
  const text = view.doc.draft;
  const tokens = view.doc.tokens;
  const out: { start: number; end: number }[] = [];
  for (const q of text.matchAll(QUOTE)) {
    const claim = q[2]!.trim().toLowerCase();
    if (!m.claims.has(claim)) continue;
    const start = q.index;
    const end = start + q[0].length;
    const lead = text.slice(Math.max(0, start - 30), start);
    // "A big thank you to all our 'lovely' teachers": quotes for warmth, not doubt.
    if (/\b(thank|thanks|diolch)\b/iu.test(text.slice(Math.max(0, start - 80), start))) continue;
    if (!DETERMINER.test(lead)) continue;
    const next = tokens.findIndex((t) => t.start >= end);
    if (next >= 0 && m.quotedPeople.longestAt(tokens, next)) out.push({ start, end: tokens[next]!.end });
  }
  return out;
}

function finding(view: DraftView, rule: Rule, family: string, start: number, end: number): RawFinding {
  const written = view.doc.draft.slice(start, end);
  return {
    category: 'derogatory',
    topic: 'general',
    severity: 'warning',
    start,
    end,
    ruleId: rule,
    ...say(KEYS[rule], written, phrase('group_someone'), written),
    explanation: { rule: `contempt: ${family}`, context: written, reason: rule === 'contempt/threat' ? 'a threat or a wish of harm against a person, joking or not' : 'contempt for a person told without an insult word' },
  };
}

export const contemptPatternsDetector = defineDetector({
  id: 'contempt-patterns',
  phase: 'findings',
  description: 'Contempt for people told by a construction with no insult word: idioms of incompetence, comparisons with animals, mockery, name-calls standing alone, scare-quoted claims, threats through property.',
  rules: {
    'contempt/put-down': 'a put-down with no insult word ("couldn\'t run a bath", "the personality of a wet lettuce", "knows sod all about running a school", "the laziest teacher I\'ve worked with", Welsh "ddylai fe ddim bod ar gyfyl plant"): a warning',
    'contempt/mockery': 'mockery of people ("a masterclass in how not to run a meeting", "spoke for an hour and said nothing", blame told as thanks to a "visionary" leader, "his \'gifted\' daughter"): a warning',
    'contempt/name-call': 'a name-call standing as its own clause (", stroppy mare", "gobby cow.", Welsh "cnaf bach digywilydd", "nightmare parent"): a warning',
    'contempt/threat': 'a threat through a person\'s property ("I\'ll key his car", "I\'ll slash her tyres"), misfortune wished on a person, violence laughed off ("im launching him off the pier 😂"): a warning',
  },
  lexicon: ContemptPatternsSchema,
  select: (bundle) => bundle.contemptPatterns,
  compile: (lexicon) => compile(lexicon),
  run: (compiled, { view }) => findContempt(view, compiled),
});
