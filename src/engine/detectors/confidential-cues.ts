import { matterForAGroup } from './matter-for-a-group';
import { defineDetector } from '../detector';
import { ConfidentialCuesSchema, type ConfidentialCuesLexicon } from '../schemas/lexicons';
import type { Reference } from '../context/community';
import type { DraftView } from '../draft';
import { lowerBound } from '../lower-bound';
import { phrase, say, type PhraseKey } from '../message-keys';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { WordPatternMatcher } from '../text/word-patterns';
import type { Severity, Topic } from '../types';
import { readersOwn, type TermMatch } from './confidential';
import type { RawFinding } from './raw-finding';
import { namesAGroup } from '../context/general-talk';

/**
 * Confidential matters as staff really write them, without the vocabulary the `confidential`
 * detector knows: "dad's been inside since Easter", "police came into school", "logged it",
 * "Miss Jenkins off with stress again", "complaint from a parent", "results are in"; and secrecy
 * cues ("between us", "can't say more", 🤐) that say the writer knows a school matter is
 * confidential. A phrase counts only with what makes it a school matter near it (a pupil, a
 * colleague, school words, a secrecy cue), and it is high beside one identified person.
 */
type Needs = 'child' | 'one-child' | 'staff' | 'school' | 'outcome' | 'hint' | 'secret' | 'itself';

interface Matter {
  readonly id: string;
  readonly topic: Topic<'confidential'>;
  readonly needs: Needs;
  readonly unlessFollowedBy: ReadonlySet<string>;
  /** Counts only inside quotation marks: 'his "dentist appointment"'. */
  readonly quoted: boolean;
}

interface Compiled {
  readonly secrecy: PhraseMatcher<true>;
  readonly weakSecrecy: PhraseMatcher<true>;
  /** Families of phrasings as word patterns (`text/word-patterns.ts`), beside the phrase lists. */
  readonly secrecyPatterns: WordPatternMatcher<true>;
  readonly matterPatterns: WordPatternMatcher<Matter>;
  readonly benignPatterns: WordPatternMatcher<true>;
  readonly emoji: readonly string[];
  readonly matters: PhraseMatcher<Matter>;
  readonly outcomeWords: PhraseMatcher<true>;
  readonly secretMatters: PhraseMatcher<true>;
  readonly outcomeHints: PhraseMatcher<true>;
  readonly selfBefore: PhraseMatcher<true>;
  readonly benign: PhraseMatcher<true>;
  /** The staff matter a span of absence ("off 3 weeks") belongs to. */
  readonly absence?: Matter;
  /** `wordClasses.celebration`: a surprise party or a present is a secret kept for someone, not a school matter. */
  readonly celebration: WordPatternMatcher<true>;
  /** `wordClasses.oneChild` then `myClass`: "one in my class", one of the writer's own pupils. */
  readonly myClass: WordPatternMatcher<true>;
  /** `wordClasses.equipmentFault`: a printer, a ticket, a fault, which the two steps of IT's procedure are about. */
  readonly equipmentFault: WordPatternMatcher<true>;
}

const compiledByLexicon = new WeakMap<ConfidentialCuesLexicon, Compiled>();

function compile(lexicon: ConfidentialCuesLexicon): Compiled {
  let compiled = compiledByLexicon.get(lexicon);
  if (compiled) return compiled;
  const matters = new PhraseMatcher<Matter>({ plurals: false });
  const spoken = (word: string) => spokenWelsh(word);
  const matterPatterns = new WordPatternMatcher<Matter>(lexicon.wordClasses, spoken);
  for (const entry of lexicon.matters) {
    const unlessFollowedBy: ReadonlySet<string> = new Set(entry.unlessFollowedBy.flatMap((w) => phraseWords(w)));
    for (const p of entry.patterns) matterPatterns.add(p, { id: entry.id, topic: entry.topic, needs: entry.needs, unlessFollowedBy, quoted: false });
  }
  const secrecyPatterns = new WordPatternMatcher<true>(lexicon.wordClasses, spoken);
  for (const p of lexicon.secrecy.patterns) secrecyPatterns.add(p, true);
  const benignPatterns = new WordPatternMatcher<true>(lexicon.wordClasses, spoken);
  for (const p of lexicon.benignPatterns) benignPatterns.add(p, true);
  for (const entry of lexicon.matters) {
    const unlessFollowedBy: ReadonlySet<string> = new Set(entry.unlessFollowedBy.flatMap((w) => phraseWords(w)));
    for (const p of entry.phrases.flatMap(spokenWelsh)) matters.add(p, { id: entry.id, topic: entry.topic, needs: entry.needs, unlessFollowedBy, quoted: false });
    for (const p of entry.quoted.flatMap(spokenWelsh)) matters.add(p, { id: entry.id, topic: entry.topic, needs: entry.needs, unlessFollowedBy, quoted: true });
  }
  const staff = lexicon.matters.find((entry) => entry.id === 'staff-wellbeing');
  compiled = {
    celebration: wordClassMatcher(lexicon.wordClasses, '@celebration'),
    myClass: wordClassMatcher(lexicon.wordClasses, '@oneChild @myClass'),
    equipmentFault: wordClassMatcher(lexicon.wordClasses, '@equipmentFault'),
    ...(staff ? { absence: { id: staff.id, topic: staff.topic, needs: staff.needs, unlessFollowedBy: new Set<string>(), quoted: false } } : {}),
    secrecy: PhraseMatcher.of(lexicon.secrecy.phrases.flatMap(spokenWelsh), { plurals: false }),
    secrecyPatterns,
    weakSecrecy: PhraseMatcher.of(lexicon.secrecy.weakPhrases.flatMap(spokenWelsh), { plurals: false }),
    matterPatterns,
    benignPatterns,
    emoji: lexicon.secrecy.emoji,
    matters,
    outcomeWords: PhraseMatcher.of(lexicon.outcomeWords),
    secretMatters: PhraseMatcher.of(lexicon.secrecy.matters),
    outcomeHints: PhraseMatcher.of(lexicon.outcomeHints),
    selfBefore: PhraseMatcher.of(lexicon.selfBefore, { plurals: false }),
    benign: PhraseMatcher.of(lexicon.benignFrames),
  };
  compiledByLexicon.set(lexicon, compiled);
  return compiled;
}

const classMatchers = new WeakMap<object, Map<string, WordPatternMatcher<true>>>();

/**
 * A matcher of one pattern made only of confidential-cues.json word classes ("@writersOwn",
 * "@oneChild @myClass"), compiled once per lexicon and shared by the detectors that read the same
 * classes (confidential cues, the learned confidential layer, the staff-voice head). A class the
 * lexicon lacks matches nothing.
 */
export function wordClassMatcher(wordClasses: Record<string, string[]>, pattern: string): WordPatternMatcher<true> {
  let byPattern = classMatchers.get(wordClasses);
  if (!byPattern) classMatchers.set(wordClasses, (byPattern = new Map()));
  let matcher = byPattern.get(pattern);
  if (!matcher) {
    matcher = new WordPatternMatcher<true>(wordClasses, spokenWelsh);
    if (pattern.split(/\s+/).every((word) => !word.startsWith('@') || wordClasses[word.slice(1)])) matcher.add(pattern, true);
    byPattern.set(pattern, matcher);
  }
  return matcher;
}

/**
 * Welsh as it is spoken and typed: "dweud" is "deud" in the north and "gweud" in the south, and its soft
 * mutation "ddweud" is "ddeud" or "weud"; "adref" and "gartref" lose their final f ("anfon adre") or end in
 * -a in the north ("adra"); "wedi" is typed "'di", "cael" "cal" or "ca'l", "gwybod" "gwbod", "gyda" "efo".
 * A phrase listed in one form matches in all of them, so "ddim i fod i ddweud" also catches "ddim i fod i
 * weud" and "wedi cael ei anfon adref" also "'di cal ei anfon adra".
 */
const SPOKEN_WELSH: Readonly<Record<string, readonly string[]>> = {
  dweud: ['deud', 'gweud'],
  deud: ['dweud', 'gweud'],
  gweud: ['dweud', 'deud'],
  ddweud: ['ddeud', 'weud'],
  ddeud: ['ddweud', 'weud'],
  weud: ['ddweud', 'ddeud'],
  adref: ['adre', 'adra'],
  adre: ['adref', 'adra'],
  adra: ['adref', 'adre'],
  gartref: ['gartre', 'gartra'],
  gartre: ['gartref', 'gartra'],
  wedi: ['di'],
  "wedi'i": ["'di'i"],
  cael: ['cal'],
  gael: ['gal'],
  chael: ['chal'],
  gwybod: ['gwbod'],
  wybod: ['wbod'],
  gyda: ['efo'],
  "gyda'i": ["efo'i"],
  "gyda'r": ["efo'r"],
};

/** How many spoken forms one listed phrase may stand for: a phrase rarely has more than two words that vary. */
const MAX_SPOKEN_FORMS = 16;

/** A phrase and its spoken Welsh variants, every varying word in every form (up to MAX_SPOKEN_FORMS). */
export function spokenWelsh(phrase: string): string[] {
  let forms: string[][] = [[]];
  for (const word of phrase.split(' ')) {
    const variants = [word, ...(SPOKEN_WELSH[word.toLowerCase()] ?? [])];
    forms = forms.flatMap((form) => variants.map((v) => [...form, v])).slice(0, MAX_SPOKEN_FORMS);
  }
  return forms.map((form) => form.join(' '));
}

/**
 * Verbs that, leading their clause, ask the reader to do something ("pass it on x", "please ring 101 if
 * you see anything"): a request about the post itself or general advice, not a report of what was done.
 */
const REQUEST_VERBS: ReadonlySet<string> = new Set(['pass', 'ring', 'call', 'phone', 'report', 'log']);
const PLEASE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'plis']);

function isRequest(tokens: readonly Token[], first: number): boolean {
  const token = tokens[first]!;
  if (!REQUEST_VERBS.has(token.norm)) return false;
  const before = tokens[first - 1];
  const clauseStart = before === undefined || before.sentence !== token.sentence || /[,;:(—–-]/.test(token.gapBefore);
  return clauseStart || (before !== undefined && PLEASE.has(before.norm));
}

/** A cue found in the draft, as token indexes (an emoji seals the words before it). */
interface Cue {
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly emoji: boolean;
  /** A turn of speech as often as a cue (`weakPhrases`): like an emoji, it needs more than school words. */
  readonly weak: boolean;
}

/** Whose matter each kind of phrase can be. */
const CONCERNED: Record<Needs, ReadonlySet<string>> = {
  child: new Set(['pupils', 'parents']),
  'one-child': new Set(['pupils', 'parents']),
  staff: new Set(['staff']),
  school: new Set(['pupils', 'parents', 'staff']),
  outcome: new Set(),
  hint: new Set(),
  secret: new Set(['pupils', 'parents', 'staff']),
  itself: new Set(['pupils', 'parents']),
};

const TOPIC_PHRASES: Partial<Record<Topic, PhraseKey>> = {
  safeguarding: 'topic_safeguarding',
  care: 'topic_care',
  'staff-matters': 'topic_staff_matters',
  results: 'topic_results',
};

export function findConfidentialCues(c: Compiled, ctx: DraftView, terms: readonly TermMatch[]): RawFinding[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  const secrecy = secrecyCues(c, ctx);
  // A pattern and a listed phrase may find the same words: keep one finding per matter and span.
  const spans = new Set<string>();
  // "the child exploitation team": of listed phrases ending on the same word, the longest is read, so "child" in
  // a service's name is no child. (One ending earlier may be refused by the word after it, "called in for a"
  // before "chat", a quoted one counts only inside its own quotation marks, and a pattern's span may hold the
  // person it is about: those are all kept.)
  const listed = c.matters.matchAll(tokens);
  const earliest = new Map<string, number>();
  for (const m of listed) if (!m.value.quoted) earliest.set(`${m.value.id}:${m.last}`, Math.min(m.first, earliest.get(`${m.value.id}:${m.last}`) ?? m.first));
  const longest = listed.filter((m) => m.value.quoted || earliest.get(`${m.value.id}:${m.last}`) === m.first);
  const matters = [...longest, ...c.matterPatterns.matchAll(tokens), ...absences(c, tokens)]
    .filter((m) => {
      const key = `${m.value.id}:${m.first}:${m.last}`;
      return spans.has(key) ? false : (spans.add(key), true);
    })
    .sort((x, y) => x.first - y.first);
  if (secrecy.length === 0 && matters.length === 0) return [];
  const findings: RawFinding[] = [];
  const benignSentences = new Set([...c.benign.matchAll(tokens), ...c.benignPatterns.matchAll(tokens)].map((m) => tokens[m.first]!.sentence));
  let matterText: string | undefined;
  const described = new Set<number>();

  for (const { value: matter, first, last } of matters) {
    const token = tokens[first]!;
    const sentence = token.sentence;
    // "police came in to talk to Year 6 about road safety" is general; "…to talk to Mrs Whitley about one of our families" is not.
    if (benignSentences.has(sentence) && !oneFamilyInSentence(ctx, first, last)) continue;
    const next = tokens[last + 1];
    if (next && next.sentence === sentence && matter.unlessFollowedBy.has(next.norm)) continue;
    if (matter.quoted && !inQuotes(doc.draft, token.start, tokens[last]!.end)) continue;
    if (isRequest(tokens, first)) continue;
    // "one of the girls has gone missing again... her water bottle that is": the joke's afterthought names a thing.
    if (matter.id === 'missing-child' && thingAfterthought(tokens, sentence)) continue;
    // "pay freeze for support staff again": a decision about a whole group of staff (matter-for-a-group.ts).
    if (matter.needs === 'staff' && matterForAGroup(ctx, last)) continue;
    // "tad Elis yn yr ysbyty", "asked us not to put Nia in any photos": a pattern's words may hold the one child it is about.
    const who = individualNear(ctx, first, last, CONCERNED[matter.needs], false, matter.needs === 'one-child');
    // "Calling asylum seekers 'an invasion' is disgusting": a group of people, and no one person near.
    if (!who && namesAGroup(tokens, last)) continue;
    if (matter.needs === 'staff' && !who && selfBefore(c, tokens, first)) continue;
    const evidence =
      matter.needs === 'secret' ? secretSchoolMatter(ctx, secrecy, first) : (who?.text ?? evidenceFor(c, ctx, matter.needs, first, last, secrecy[0]?.text) ?? otherStep(c, doc, matters, matter.id, first, last));
    if (evidence === undefined) continue;
    matterText ??= doc.draft.slice(token.start, tokens[last]!.end);
    findings.push(finding(ctx, first, last, `confidential/${matter.id}`, matter.topic, who, evidence, `plain words for ${matter.id.replaceAll('-', ' ')}`));
    // "the twins in 8K: dad isn't allowed on site": a child placed in a class, with their home told, is identified to local readers.
    const placedTo = who && !who.named && who.group === 'pupils' && DESCRIBES_A_HOME.has(matter.id) && !described.has(who.first) ? placedAtSchool(tokens, who) : -1;
    if (who && placedTo >= 0) {
      described.add(who.first);
      findings.push(describedFinding(ctx, who.first, placedTo, doc.draft.slice(token.start, tokens[last]!.end)));
    }
  }

  dropNested(findings);

  // A secrecy cue is a confidential matter when something about school is near it.
  const seen = new Set<number>();
  // "Keep it zipped about the surprise party for Mrs Jones": a secret kept for someone's sake, unless a
  // matter is told in the same sentence (review of merge11).
  const celebrating = new Set(c.celebration.matchAll(tokens).map((m) => tokens[m.first]!.sentence));
  const matterSentences = new Set(findings.map((f) => tokens[lowerBound(tokens, (t) => t.end <= f.start)]?.sentence));
  for (const cue of secrecy) {
    const sentence = tokens[cue.first]!.sentence;
    if (seen.has(sentence)) continue;
    if (celebrating.has(sentence) && !matterSentences.has(sentence)) continue;
    // An emoji seals the words it follows, so in "know who the new head is 🤐" the person stands inside them
    // (not in "the real MVP? our caretaker 🤫": only a "know who" / "guess who" secret counts so).
    const who = individualNear(ctx, cue.first, cue.last, CONCERNED.school, cue.emoji && knowWho(tokens, cue.first, cue.last));
    const term = terms[0];
    const about =
      who?.text ??
      matterText ??
      (term ? doc.draft.slice(tokens[term.first]!.start, tokens[term.last]!.end) : undefined) ??
      // "can't say a word yet but our results…": an inspection or results word beside a secrecy cue.
      outcomeNear(c, tokens, cue.first, cue.last) ??
      // "can't say owt yet, the governors meet tonight": the school's own business in plain nouns.
      secretMatterNear(c, tokens, cue) ??
      // An emoji is a weaker cue than words ("kept quiet at the staff meeting 🤐"): it needs a matter, a term or a person.
      (cue.emoji || cue.weak ? undefined : strongSchoolNear(ctx, cue.first, cue.last));
    if (about === undefined) continue;
    seen.add(sentence);
    findings.push(finding(ctx, cue.first, cue.last, 'confidential/secrecy-cue', 'custom', who, about, `a secrecy cue (“${cue.text}”)`));
  }
  return findings;
}

/**
 * "logged it. passed it on.": both steps of the school's procedure after a disclosure, told in sentences
 * side by side, are their own evidence, as in one sentence (the 'itself' pattern): someone who only
 * "logged it" may be logging a parcel, someone who logged it and passed it on followed the procedure.
 * A step is told by its first word ("logged", "passed"); the other step must begin with another. Beside a
 * printer, a ticket or a fault (`wordClasses.equipmentFault`) the two steps are IT's procedure, not a disclosure's.
 */
function otherStep(c: Compiled, doc: DraftView['doc'], matters: readonly { value: Matter; first: number; last: number }[], id: string, first: number, last: number): string | undefined {
  if (!TWO_STEP_MATTERS.has(id)) return undefined;
  const tokens = doc.tokens;
  const sentence = tokens[first]!.sentence;
  // "logged it. passed it on. that's the new printer fault procedure": the same two steps for a printer or a ticket.
  if (equipmentSentences(c, doc).some((s) => Math.abs(s - sentence) <= 2)) return undefined;
  const other = matters.find(
    (m) => m.value.id === id && (m.last < first || m.first > last) && Math.abs(tokens[m.first]!.sentence - sentence) <= 1 && tokens[m.first]!.norm !== tokens[first]!.norm,
  );
  return other ? doc.draft.slice(tokens[other.first]!.start, tokens[other.last]!.end) : undefined;
}

/**
 * A sentence (the matter's own or the next) that ends "… that is" after a possessive and a thing: "her water
 * bottle that is", "his PE kit that is" — the writer takes back the person and names what went missing.
 */
function thingAfterthought(tokens: readonly Token[], sentence: number): boolean {
  const found = afterthoughtSentences(tokens);
  return found.has(sentence) || found.has(sentence + 1);
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

/**
 * "the exploitation team" and "exploitation team" are listed both ways and find the same words: a finding
 * inside another of the same rule that ends with it, and no more severe, says nothing the outer one does not.
 */
function dropNested(findings: RawFinding[]): void {
  // Findings ending together are compared (kept linear: a megabyte draft may hold thousands).
  const outer = new Map<string, RawFinding>();
  for (const f of findings) {
    const key = `${f.ruleId}:${f.end}`;
    const o = outer.get(key);
    if (!o || f.start < o.start || (f.start === o.start && RANK[f.severity] > RANK[o.severity])) outer.set(key, f);
  }
  const kept = findings.filter((f) => {
    const o = outer.get(`${f.ruleId}:${f.end}`)!;
    return o === f || RANK[f.severity] > RANK[o.severity];
  });
  findings.splice(0, findings.length, ...kept);
}

const equipmentByDoc = new WeakMap<object, number[]>();

/** The sentences that name a printer, a ticket or a fault, found once per draft. */
function equipmentSentences(c: Compiled, doc: DraftView['doc']): number[] {
  let found = equipmentByDoc.get(doc);
  if (!found) equipmentByDoc.set(doc, (found = [...new Set(c.equipmentFault.matchAll(doc.tokens).map((m) => doc.tokens[m.first]!.sentence))]));
  return found;
}

const afterthoughtByTokens = new WeakMap<readonly Token[], Set<number>>();

/** The sentences ending "… her water bottle that is", found once per draft. */
function afterthoughtSentences(tokens: readonly Token[]): Set<number> {
  let found = afterthoughtByTokens.get(tokens);
  if (found) return found;
  found = new Set();
  for (let k = 3; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.norm !== 'is' || tokens[k - 1]!.norm !== 'that') continue;
    const after = tokens[k + 1];
    if (after !== undefined && after.sentence === t.sentence && after.kind === 'word') continue;
    for (let j = k - 2; j >= Math.max(0, k - 5) && tokens[j]!.sentence === t.sentence; j--) if (/^(her|his|their|my|our)$/.test(tokens[j]!.norm)) found.add(t.sentence);
  }
  afterthoughtByTokens.set(tokens, found);
  return found;
}

/** Matters told as a procedure of two steps (logging, then passing on). */
const TWO_STEP_MATTERS: ReadonlySet<string> = new Set(['logged-disclosure']);

function finding(ctx: DraftView, first: number, last: number, ruleId: string, topic: Topic, who: Reference | undefined, evidence: string, rule: string): RawFinding {
  const { doc } = ctx;
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const written = doc.draft.slice(start, end);
  const severity: Severity = who ? 'high' : 'warning';
  const subject = phrase(TOPIC_PHRASES[topic] ?? 'topic_confidential');
  return {
    category: 'confidential',
    topic,
    severity,
    start,
    end,
    ruleId,
    ...(who ? say('finding_confidential_person', written, subject, who.text) : say('finding_confidential_case', written, subject)),
    explanation: {
      rule,
      context: evidence,
      reason: who ? `about one person (“${who.text}”)` : ruleId === 'confidential/secrecy-cue' ? `a secrecy cue beside a school matter (“${evidence}”)` : `told in plain words, beside “${evidence}”`,
    },
    ...(who?.named ? { subject: { start: who.start, end: who.end } } : {}),
  };
}

/** "been off 3 weeks", "off for six weeks now": how long a colleague has been away, in any number. */
const COUNTS = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a|dau|dwy|tri|tair|pedwar|pedair|pum|pump|chwe|chwech)$/;
const SPANS: ReadonlySet<string> = new Set(['days', 'weeks', 'wks', 'months', 'week', 'month', 'diwrnod', 'wythnos', 'mis']);

function absences(c: Compiled, tokens: readonly Token[]): { value: Matter; first: number; last: number }[] {
  const out: { value: Matter; first: number; last: number }[] = [];
  if (!c.absence) return out;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'off') continue;
    let k = i + 1;
    if (tokens[k]!.norm === 'for') k++;
    const [count, span] = [tokens[k], tokens[k + 1]];
    if (!count || !span || span.sentence !== tokens[i]!.sentence || !COUNTS.test(count.norm) || !SPANS.has(span.norm)) continue;
    out.push({ value: c.absence, first: i, last: k + 1 });
  }
  return out;
}

/**
 * One person the matter is about: a name in this sentence or the ones either side, a phrase ("a boy in Year 4") in its own.
 * `namedInside`: a name wholly inside the matter's own words counts ("tad Elis yn yr ysbyty"), a description overlapping their edge does not.
 */
function individualNear(ctx: DraftView, first: number, last: number, groups: ReadonlySet<string>, inside = false, namedInside = false): Reference | undefined {
  const sentence = ctx.doc.tokens[first]!.sentence;
  const refs = ctx.referencesNear(first, last, 40, -1, 1).filter(
    (r) => r.individual && groups.has(r.group) && (r.named || r.sentence === sentence) && (inside || (namedInside && r.named && r.first > first && r.last < last) || r.last < first || r.first > last),
  );
  refs.sort((a, b) => Math.abs(a.first - first) - Math.abs(b.first - first));
  return refs[0];
}

const KNOW_WHO: ReadonlySet<string> = new Set(['know', 'knows', 'guess', 'wbod', 'gwybod']);

/** "know who the new head is", "guess who's leaving": a secret about who, in the words an emoji seals. */
function knowWho(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(1, first); k <= last; k++) if (/^(who|whos|pwy)$/.test(tokens[k]!.norm) && KNOW_WHO.has(tokens[k - 1]!.norm)) return true;
  return false;
}

/** The words at `start`..`end` are exactly what stands inside quotation marks ('"working from home"'). */
function inQuotes(draft: string, start: number, end: number): boolean {
  // The closing mark may follow the writer's own full stop or "!" inside the quotes ("'Migraine.'", '"dentist!"').
  const close = /^[.!?…]{0,3}["“”'‘’]/.test(draft.slice(end, end + 4));
  return /["“”'‘’]/.test(draft[start - 1] ?? '') && close;
}

/** Matters about a child's home or safety: with the child's class, they identify the child. */
const DESCRIBES_A_HOME: ReadonlySet<string> = new Set(['home-circumstances', 'police-at-school', 'logged-disclosure', 'missing-child']);
/** A class or year written as one token ("8K", "Y7", "11R3") or a year number after "year"/"blwyddyn". */
const CLASS_TOKEN = /^(?:(?:1[0-3]|[1-9])[a-z]{1,3}[1-9]?|(?:y|yr|bl)(?:1[0-3]|[1-9])s?)$/;
const YEAR_WORDS: ReadonlySet<string> = new Set(['year', 'yr', 'blwyddyn', 'mlwyddyn', 'flwyddyn', 'bl']);
/** "the twins", "y ddwy chwaer": a definite description points at particular children ("one of mine" or "a Year 1 child" does not). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'that', 'those', 'these', 'y', 'yr']);

/**
 * A definite description of particular children, and the few words after it say where they are at
 * school ("the twins in 8K", "y ddwy chwaer ym Mlwyddyn 7"): the last token of the description, or -1.
 * "One of mine" or "a Year 1 child" identifies no one on its own.
 */
function placedAtSchool(tokens: readonly Token[], who: Reference): number {
  const sentence = tokens[who.first]!.sentence;
  const before = tokens[who.first - 1];
  const definite = DEFINITE.has(tokens[who.first]!.norm) || (before !== undefined && before.sentence === sentence && DEFINITE.has(before.norm));
  if (!definite) return -1;
  for (let k = who.first; k <= who.last + 4 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (CLASS_TOKEN.test(t.norm) && /\d/.test(t.norm)) return k;
    if (/^\d{1,2}$/.test(t.norm) && k > 0 && YEAR_WORDS.has(tokens[k - 1]!.norm)) return k;
  }
  return -1;
}

function describedFinding(ctx: DraftView, first: number, last: number, matter: string): RawFinding {
  const { doc } = ctx;
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const written = doc.draft.slice(start, end);
  return {
    category: 'pupil-name',
    topic: 'unlisted',
    severity: 'warning',
    start,
    end,
    ruleId: 'pupil-name/described-by-circumstances',
    ...say('finding_described_child', written),
    explanation: {
      rule: 'a child placed in a class, with their home or safety told',
      context: matter,
      reason: `where the child is at school and “${matter}” together identify them to local readers`,
    },
  };
}

/** One pupil or family of the school in the matter's own sentence ("about one of our families", "Kyle"). */
function oneFamilyInSentence(ctx: DraftView, first: number, last: number): boolean {
  const sentence = ctx.doc.tokens[first]!.sentence;
  return ctx.referencesNear(first, last, 40, -1, 1).some((r) => r.individual && r.sentence === sentence && CONCERNED.child.has(r.group) && (r.last < first || r.first > last));
}

/** What makes a plain-words phrase a school matter, by what it needs; undefined when nothing does. */
function evidenceFor(c: Compiled, ctx: DraftView, needs: Needs, first: number, last: number, secret: string | undefined): string | undefined {
  const start = ctx.doc.tokens[first]!.start;
  // "if your staff keep going 'off with stress'": the reader's people in general are no evidence of a matter at this school.
  const group = (groups: ReadonlySet<string>) => ctx.referencesNear(first, last, 40, -1, 1).find((r) => groups.has(r.group) && !readersOwn(ctx.doc.tokens, r))?.text;
  switch (needs) {
    case 'one-child':
      return undefined;
    case 'child': {
      // One child or parent; strong school words only when the sentence is not about children in general ("the amount of kids coming in hungry").
      const refs = ctx.referencesNear(first, last, 40, -1, 1).filter((r) => CONCERNED.child.has(r.group));
      const one = refs.find((r) => r.individual);
      if (one) return one.text;
      // "Little one in my class is living at her gran's": one child of the writer's own class (review of merge11).
      const sentence = ctx.doc.tokens[first]!.sentence;
      const mine = c.myClass.matchAll(ctx.doc.tokens).find((m) => m.last < first && ctx.doc.tokens[m.first]!.sentence === sentence);
      if (mine) return ctx.doc.draft.slice(ctx.doc.tokens[mine.first]!.start, ctx.doc.tokens[mine.last]!.end);
      const general = refs.some((r) => !r.individual && r.sentence === ctx.doc.tokens[first]!.sentence);
      // Not the matter's own words ("Pythefnos Gofal Maeth": a care word is school talk, but it cannot vouch for itself).
      const strong = ctx.schoolContextNear(start, 'strong');
      const own = strong !== undefined && strong.start < ctx.doc.tokens[last]!.end && strong.end > start;
      return general ? secret : ((own ? undefined : strong?.text) ?? secret);
    }
    case 'staff':
      return group(CONCERNED[needs]) ?? ctx.schoolContextNear(start, 'strong')?.text ?? secret;
    case 'school':
      return schoolNear(ctx, first, last) ?? secret;
    case 'secret':
      return undefined;
    // "logged it, passed it on": only a school's procedure after a disclosure takes both steps, so the words are their own evidence.
    case 'itself':
      return ctx.doc.draft.slice(start, ctx.doc.tokens[last]!.end);
    // "can't share till they're published": waiting is what the policy asks; only a hint of the outcome ("way above national") tells it.
    case 'hint':
      return outcomeNear(c, ctx.doc.tokens, first, last, c.outcomeHints) ? evidenceFor(c, ctx, 'outcome', first, last, secret) : undefined;
    case 'outcome': {
      const word = outcomeNear(c, ctx.doc.tokens, first, last);
      if (!word) return undefined;
      return ctx.schoolContextNear(start, 'any') || secret !== undefined ? word : undefined;
    }
  }
}

/**
 * The school's own future ("merging us with the juniors", "y cau posib") is a confidential matter only when
 * the writer marks it secret: a cue in words anywhere in the draft, or an emoji cue with strong school words
 * near (an announced closure is public news, and "🤫 closing time" is not about school).
 */
function secretSchoolMatter(ctx: DraftView, secrecy: readonly Cue[], first: number): string | undefined {
  const words = secrecy.find((cue) => !cue.emoji);
  if (words) return words.text;
  const emoji = secrecy.find((cue) => cue.emoji);
  return emoji && ctx.schoolContextNear(ctx.doc.tokens[first]!.start, 'strong') ? emoji.text : undefined;
}

/** School words or the school community near a span. */
function schoolNear(ctx: DraftView, first: number, last: number): string | undefined {
  const hit = ctx.schoolContextNear(ctx.doc.tokens[first]!.start, 'any');
  if (hit) return hit.text;
  return ctx.referencesNear(first, last, 40, -2, 2).find((r) => r.group !== 'people')?.text;
}

/** Strong school words near a span, or the school community (not weak words such as "kids" that fit family life too). */
function strongSchoolNear(ctx: DraftView, first: number, last: number): string | undefined {
  const hit = ctx.schoolContextNear(ctx.doc.tokens[first]!.start, 'strong');
  if (hit) return hit.text;
  return ctx.referencesNear(first, last, 40, -2, 2).find((r) => r.group !== 'people' && (r.group !== 'pupils' || r.individual))?.text;
}

/** A phrase of `words` within two sentences of tokens `first`..`last` (and 40 tokens either side), if any. */
function matchNear(words: PhraseMatcher<true>, tokens: readonly Token[], first: number, last: number): { first: number; last: number } | undefined {
  const sentence = tokens[first]!.sentence;
  const from = Math.max(0, first - 40);
  const to = Math.min(tokens.length, last + 41);
  for (const m of words.matchAll(tokens, from, to)) if (Math.abs(tokens[m.first]!.sentence - sentence) <= 2) return m;
  return undefined;
}

/** An inspection or results word within two sentences ("Ofsted outcome came through", "results are in"). */
function outcomeNear(c: Compiled, tokens: readonly Token[], first: number, last: number, words: PhraseMatcher<true> = c.outcomeWords): string | undefined {
  const m = matchNear(words, tokens, first, last);
  return m ? tokens[m.first]!.raw : undefined;
}

/** A noun of the school's own business (governors, moderation, redundancies…) within two sentences of a secrecy cue in words. */
function secretMatterNear(c: Compiled, tokens: readonly Token[], cue: Cue): string | undefined {
  // Only a cue in words: an emoji or a weak cue beside "consultation" is too often a family's own news (review, nineteenth session).
  if (cue.emoji || cue.weak) return undefined;
  const m = matchNear(c.secretMatters, tokens, cue.first, cue.last);
  return m ? tokens.slice(m.first, m.last + 1).map((t) => t.raw).join(' ') : undefined;
}

/** Words of a state a draft opens on when its "I'm" is dropped ("Off sick…", "Signed off…"); not an event ("cyfarfod disgyblu fory i un o'r staff"). */
const OWN_STATE_OPENERS: ReadonlySet<string> = new Set(['off', 'signed', 'sick', 'bant', 'ffwrdd', 'back']);

/**
 * "I've been signed off": the writer's own health or career. Also a state the draft opens on with no one
 * before it ("Off sick with covid, day 3. Netflix and guilt"): a post that starts so has dropped its "I'm"
 * (twentieth session); a matter later in a draft may be anyone's.
 */
function selfBefore(c: Compiled, tokens: readonly Token[], first: number): boolean {
  if (first === 0) return OWN_STATE_OPENERS.has(tokens[0]!.norm);
  const sentence = tokens[first]!.sentence;
  for (let start = Math.max(0, first - 4); start < first; start++) {
    if (tokens[start]!.sentence !== sentence) continue;
    if (c.selfBefore.longestAt(tokens, start, first)) return true;
  }
  return false;
}

/** Words that only mark a secret at a clause's edge ("Between us, …", "… keep this between us"), not "the gap between us". */
const EDGE_ONLY = new Set(['between', 'rhwng', 'rhyngom', 'say']);

function secrecyCues(c: Compiled, ctx: DraftView): Cue[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const cues: Cue[] = [];
  for (const m of [...c.secrecy.matchAll(tokens), ...c.secrecyPatterns.matchAll(tokens)]) {
    const firstToken = tokens[m.first]!;
    if (EDGE_ONLY.has(firstToken.norm) && !atEdge(tokens, m.first, m.last)) continue;
    cues.push({ first: m.first, last: m.last, text: doc.draft.slice(firstToken.start, tokens[m.last]!.end), emoji: false, weak: false });
  }
  for (const m of c.weakSecrecy.matchAll(tokens)) cues.push({ first: m.first, last: m.last, text: doc.draft.slice(tokens[m.first]!.start, tokens[m.last]!.end), emoji: false, weak: true });
  // An emoji seals the words before it: the span is the clause it follows, so it can be shown.
  for (const emoji of c.emoji) {
    for (let at = doc.draft.indexOf(emoji); at !== -1; at = doc.draft.indexOf(emoji, at + emoji.length)) {
      const after = lowerBound(tokens, (t) => t.end <= at);
      const before = after - 1;
      const index = before >= 0 ? before : after < tokens.length ? after : -1;
      if (index < 0) continue;
      const sentence = tokens[index]!.sentence;
      let first = index;
      while (first > 0 && first > index - 5 && tokens[first - 1]!.sentence === sentence && !/[,.;:!?]/.test(tokens[first]!.gapBefore)) first--;
      cues.push({ first, last: index, text: emoji, emoji: true, weak: false });
    }
  }
  return cues.sort((a, b) => a.first - b.first);
}

function atEdge(tokens: readonly Token[], first: number, last: number): boolean {
  const start = first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence || /[,;:(—–-]/.test(tokens[first]!.gapBefore);
  const next = tokens[last + 1];
  const end = next === undefined || next.sentence !== tokens[last]!.sentence || /[,;:)!?.—–-]/.test(next.gapBefore);
  return start || end;
}

export const confidentialCuesDetector = defineDetector({
  id: 'confidential-cues',
  phase: 'findings',
  description: 'Confidential matters told without their vocabulary (home circumstances, police at school, "logged it", a colleague off with stress, a complaint, an outcome before publication) and secrecy cues about school.',
  rules: {
    'confidential/home-circumstances': 'a child\'s home in plain words ("dad\'s been inside since Easter", "in a B&B since the fire", "not allowed to collect him") beside a child or in a school post: a warning, high beside one child or parent',
    'confidential/police-at-school': 'police or 101 at school ("police came into school", "rang 101") in a school post: a warning, high beside one person',
    'confidential/logged-disclosure': 'what was done after a child said something ("logged it", "passed it on", "did the paperwork", "it\'s been referred") beside a child or school words, or its two steps together with nothing else ("logged it, passed it on"): a warning, high beside one child',
    'confidential/missing-child': 'a child gone missing ("went missing last night", "reported missing", "ar goll neithiwr") beside a child or school words: a warning, high beside one child (not a procedure the writer followed, so not `logged-disclosure`)',
    'confidential/staff-wellbeing': 'a colleague off with stress, signed off, suspended or under investigation, their pay or probation: a warning, high beside one colleague (not the writer\'s own)',
    'confidential/complaint': 'a parent\'s complaint ("complaint from a parent has gone to governors") in a school post: a warning, high beside one person',
    'confidential/outcome-hinted': 'an inspection or results outcome hinted before it is public ("Ofsted outcome came through", "results are in") in a school post or beside a secrecy cue: a warning',
    'confidential/sanction': 'a sanction or an incident beside one pupil ("Kyle\'s on report again", "George was kept in at lunch", "sent home for 2 days"): high',
    'confidential/diagnosis': 'a diagnosis, a need or medication beside one pupil ("Ruby\'s being assessed for autism", "ADHD meds"): high',
    'pupil-name/described-by-circumstances': 'particular children placed in a class ("the twins in 8K", "y ddwy chwaer ym Mlwyddyn 7") that a home or safeguarding matter is about: a warning (the class and the circumstances identify them to local readers; "one of mine" alone does not)',
    'confidential/identity': 'a pupil\'s sexual orientation or gender identity told beside them ("came out to his form", "wants to change her name on the register", "newid ei enw ar y gofrestr"): high',
    'confidential/family-illness': 'a pupil\'s parent or carer in hospital ("blessing\'s mum is in hospital", "mam Caio yn yr ysbyty") beside that child or parent: high (the writer\'s own family stays quiet)',
    'confidential/photo-restriction': 'a family\'s request that one child never appears in photos ("asked us not to put her in any photos", "can\'t be on the school page", "dim caniatâd lluniau") beside that child: high',
    'confidential/details-shared': 'a child\'s home address or date of birth gone where it should not ("his address is now on someone\'s facebook", "sent round every kid\'s address and DOB") beside that child: high',
    'confidential/school-future': 'the school\'s own future (closure, merger, restructure, redundancies, "y cau posib") beside a secrecy cue in words, or an emoji cue with school words: a warning',
    'confidential/secrecy-cue': 'a secrecy cue ("between us", "can\'t say more", "not allowed to say yet", 🤐, "rhyngom ni") about a school matter: a warning, high beside one person',
  },
  lexicon: ConfidentialCuesSchema,
  select: (bundle) => bundle.confidentialCues,
  compile: (lexicon) => compile(lexicon),
  run: (compiled, { view, confidentialTerms }) => findConfidentialCues(compiled, view, confidentialTerms),
});
