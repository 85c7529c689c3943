import { systemReview } from './system-review';
import { defineDetector } from '../detector';
import { ConfidentialSchema, type ConfidentialLexicon } from '../schemas/lexicons';
import type { Reference } from '../context/community';
import type { DraftView } from '../draft';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token, TokenizedText } from '../text/tokenize';
import type { ContextHit } from '../context/school-context';
import type { Severity, Topic } from '../types';
import type { RawFinding } from './raw-finding';
import { phrase, say, type PhraseKey, type SaidMessage } from '../message-keys';
import { lowerBound } from '../lower-bound';

/**
 * Confidential school matters: safeguarding, additional needs, care, exclusions, staff matters,
 * inspections and results, and the school's own extra terms. The subject alone is not a risk
 * ("safeguarding training was great" is info); a case is ("safeguarding meeting" is a warning),
 * and a case beside one person ("about one of my pupils", a roster name, "a colleague") is high.
 */
export interface TermMatch {
  readonly term: Term;
  readonly first: number;
  readonly last: number;
}

export interface Term {
  readonly id: string;
  /** The last word of the phrase as listed, so "county lines" is not taken for a plural. */
  readonly lastWord?: string;
  readonly topic: Topic;
  readonly staffTopic?: Topic;
  readonly strength: 'specific' | 'general';
}

type Outcome = 'always' | 'capital';

interface Shared {
  readonly terms: PhraseMatcher<Term>;
  readonly caseWords: PhraseMatcher<true>;
  readonly benign: PhraseMatcher<true>;
  readonly wishes: PhraseMatcher<true>;
  readonly outcomes: PhraseMatcher<Outcome>;
  readonly verdictWords: ReadonlySet<string>;
  readonly ownership: PhraseMatcher<true>;
  readonly published: PhraseMatcher<true>;
  readonly findings: PhraseMatcher<true>;
  readonly groupsByTopic: Partial<Record<Topic, readonly string[]>>;
  readonly pluralHeads: ReadonlySet<string>;
  readonly systemHeads: ReadonlySet<string>;
  readonly roleTerms: ReadonlySet<string>;
}

/** Compiled once per lexicon: every school shares the vocabulary. */
const sharedByLexicon = new WeakMap<ConfidentialLexicon, Shared>();
function sharedMatchers(lexicon: ConfidentialLexicon): Shared {
  let shared = sharedByLexicon.get(lexicon);
  if (!shared) {
    shared = buildShared(lexicon);
    sharedByLexicon.set(lexicon, shared);
  }
  return shared;
}

function buildShared(lexicon: ConfidentialLexicon): Shared {
  const terms = new PhraseMatcher<Term>();
  for (const entry of lexicon.entries) {
    const term: Term = { id: entry.id, topic: entry.topic, strength: entry.strength, ...(entry.staffTopic ? { staffTopic: entry.staffTopic } : {}) };
    for (const phrase of entry.phrases) terms.add(phrase, { ...term, lastWord: phraseWords(phrase).at(-1)! });
    for (const phrase of entry.capitalsOnly) terms.add(phrase, { ...term, lastWord: phraseWords(phrase).at(-1)! }, { caseSensitive: true });
  }
  const list = (phrases: readonly string[], plurals = true) => {
    const m = new PhraseMatcher<true>({ plurals });
    for (const p of phrases) m.add(p, true);
    return m;
  };
  const outcomes = new PhraseMatcher<Outcome>();
  for (const p of lexicon.inspectionOutcomes) outcomes.add(p, 'always');
  for (const p of lexicon.inspectionOutcomesCapitals) outcomes.add(p, 'capital');
  return {
    terms,
    // Exactly as listed, with no plural folding: "meeting" is a case, "meetings" is usually talk
    // about meetings in general (the list names the few plurals that are cases: "concerns").
    caseWords: list(lexicon.caseWords, false),
    benign: list(lexicon.benignFrames),
    wishes: list(lexicon.wishBefore),
    outcomes,
    verdictWords: new Set(lexicon.inspectionVerdictWords.flatMap((w) => phraseWords(w))),
    ownership: list(lexicon.inspectionOwnership),
    published: list(lexicon.inspectionPublished),
    findings: list(lexicon.inspectionFindings),
    groupsByTopic: lexicon.subjectsByTopic,
    pluralHeads: new Set(lexicon.pluralHeads),
    systemHeads: new Set(lexicon.systemHeads),
    roleTerms: new Set(lexicon.roleTerms ?? []),
  };
}

/** The lexicon plus the school's own confidential terms, compiled once per settings change. */
export class ConfidentialMatcher {
  private readonly custom = new PhraseMatcher<Term>();
  private readonly s: Shared;

  constructor(lexicon: ConfidentialLexicon, extraTerms: readonly string[]) {
    this.s = sharedMatchers(lexicon);
    for (const term of extraTerms) this.custom.add(term, { id: 'custom', topic: 'custom', strength: 'specific' });
  }

  /** Every confidential term in a draft, longest first, without overlaps. */
  match(doc: TokenizedText): TermMatch[] {
    const s = this.s;
    const out: TermMatch[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const match = this.custom.longestAt(doc.tokens, i) ?? s.terms.longestAt(doc.tokens, i);
      if (!match) continue;
      out.push({ term: match.values[0]!, first: i, last: match.last });
      i = match.last;
    }
    return out;
  }

  /** Terms that name a school process ("EHCP", "PRU placement", "Project Phoenix") make a draft about school. */
  static schoolContext(doc: TokenizedText, matches: readonly TermMatch[]): ContextHit[] {
    return matches
      .filter((m) => m.term.strength === 'specific' || m.term.topic === 'inspection')
      .map((m) => {
        const start = doc.tokens[m.first]!.start;
        const end = doc.tokens[m.last]!.end;
        return { strength: 'strong' as const, text: doc.draft.slice(start, end), start, end, sentence: doc.tokens[m.first]!.sentence };
      });
  }

  find(ctx: DraftView, matches: readonly TermMatch[]): RawFinding[] {
    const s = this.s;
    const tokens = ctx.doc.tokens;
    const findings: RawFinding[] = [];
    const bySentence = (m: PhraseMatcher<true>) => sentencesWith(m, tokens);
    const caseWordSpans = spansBySentence(s.caseWords, tokens);
    const benignSentences = bySentence(s.benign);
    const ownershipSentences = bySentence(s.ownership);
    const publishedSentences = bySentence(s.published);
    const findingSentences = bySentence(s.findings);
    const outcomeSentences = outcomesBySentence(s, tokens);
    for (const { term, first, last } of matches) {
      findings.push(
        term.topic === 'inspection'
          ? this.inspection(ctx, first, last, { benign: benignSentences, ownership: ownershipSentences, outcome: outcomeSentences, published: publishedSentences, findings: findingSentences })
          : this.term(ctx, term, first, last, caseWordSpans, benignSentences),
      );
    }
    return findings;
  }

  private term(
    ctx: DraftView,
    term: Term,
    first: number,
    last: number,
    caseWordSpans: Map<number, { first: number; last: number; text: string }[]>,
    benignSentences: Map<number, string>,
  ): RawFinding {
    const { doc } = ctx;
    const tokens = doc.tokens;
    const sentence = tokens[first]!.sentence;
    const who = individualNearby(ctx, sentence, first, last, concernedGroups(this.s, term));
    // Not the term's own words: "disclosure" is not evidence that a disclosure is a case.
    const caseWordHere = caseWordNear(caseWordSpans.get(sentence), first, last) ?? (term.topic === 'results' ? numberIn(tokens, sentence, first) : undefined);
    // "SEND review meeting at the LA": the system's review of a general subject, with no one near (system-review.ts).
    const caseWord = caseWordHere && !who && term.strength !== 'specific' && term.topic !== 'results' && systemReview(tokens, sentence, first) ? undefined : caseWordHere;
    // "CPD today on trauma-informed practice. … how an exclusion feels": a term used of any case ("an", "every"),
    // in a post about learning, is that learning, whichever sentence names it.
    const previous = tokens[first - 1];
    const anyCase = previous !== undefined && previous.sentence === sentence && GENERIC_DETERMINERS.has(previous.norm);
    const benign = benignSentences.get(sentence) ?? (anyCase ? benignSentences.values().next().value : undefined);
    const hashtag = tokens[first]!.kind !== 'word';
    // "IDPs", "EHCP reviews": the subject in general, not one case.
    const strength = hashtag || writtenAsPlural(this.s, tokens, term, last) ? 'general' : term.strength;
    let severity: Severity;
    let reason: string;
    if (hashtag) {
      severity = 'info';
      reason = 'a hashtag names a subject, not a case';
    } else if (term.id === 'staff-discipline' && wishedFor(this.s, tokens, first)) {
      // "the head of year 9 should be sacked", "whoever wrote this wants sacking": what the writer wants done, not a matter.
      severity = 'info';
      reason = 'what the writer wishes on someone, not a matter of theirs';
    } else if (namesASystem(this.s, tokens, first, last)) {
      // "Sharon's been on the phone about the new attendance system": the term names the software, whoever is near.
      severity = 'info';
      reason = `the name of a system or a set of figures (“${doc.draft.slice(tokens[first]!.start, tokens[last + 1]!.end)}”), not a case`;
    } else if (term.id === 'exclusion-general' && /^(my|fy)$/.test(tokens[first - 1]?.norm ?? '') && tokens[first - 1]!.sentence === sentence) {
      // "HR want a meeting about my 'absence pattern'": the writer's own attendance, not a pupil's case (eighteenth session).
      severity = 'info';
      reason = "the writer's own";
    } else if (term.id === 'disadvantage' && !caseWord && aboutAGroup(tokens, first, last)) {
      // "repeated something about refugees he'd heard at home": a people in general, the topic of a remark, not a child's status (eighteenth session).
      severity = 'info';
      reason = 'a subject talked about, not one case';
    } else if (who && (who.named || !benign || caseWord)) {
      // A named pupil or colleague makes it about them, whatever else the post discusses.
      severity = 'high';
      reason = `about one person (“${who.text}”)`;
    } else if (benign && !(strength === 'specific' && caseWord)) {
      severity = 'info';
      reason = `about learning or a job (“${benign}”), not a case`;
    } else if (strength === 'specific' || caseWord || (term.topic === 'staff-matters' && staffNearby(ctx, first))) {
      severity = 'warning';
      reason =
        strength === 'specific' ? 'names a case or a confidential process' : caseWord ? `about a case (“${caseWord}”)` : 'about colleagues at the school';
    } else {
      severity = 'info';
      reason = 'the subject alone, with nothing about a case or a person';
    }
    const staffMatter = who?.group === 'staff' && term.staffTopic;
    const topic = staffMatter ? term.staffTopic! : term.topic;
    const start = doc.tokens[first]!.start;
    const end = doc.tokens[last]!.end;
    const written = doc.draft.slice(start, end);
    return {
      category: 'confidential',
      topic,
      severity,
      start,
      end,
      ruleId: `confidential/${term.id}`,
      ...messageFor(topic, written, severity, who),
      explanation: { rule: term.id === 'custom' ? 'a term your school marked as confidential' : `vocabulary: ${term.id}`, ...(who ? { context: who.text } : caseWord ? { context: caseWord } : benign ? { context: benign } : {}), reason },
      ...(who?.named && severity === 'high' ? { subject: { start: who.start, end: who.end } } : {}),
    };
  }

  /** Ofsted and Estyn: an outcome before publication is high; our own inspection is a warning. */
  private inspection(ctx: DraftView, first: number, last: number, bySentence: Record<'benign' | 'ownership' | 'outcome' | 'published' | 'findings', Map<number, string>>): RawFinding {
    const { doc } = ctx;
    const tokens = doc.tokens;
    const sentence = tokens[first]!.sentence;
    // A published report is public: its outcome is no secret.
    const published = bySentence.published.get(sentence);
    const near = (map: Map<number, string>) => map.get(sentence) ?? map.get(sentence + 1) ?? map.get(sentence - 1);
    // "Ofsted came in on Tuesday. Requires Improvement. Gutted.": the outcome may follow.
    const outcome = published ? undefined : near(bySentence.outcome);
    const benign = bySentence.benign.get(sentence);
    // Our inspection alone ("Estyn next week, wish us luck") is no secret; what the inspectors
    // found about us is ("lead inspector loved our reading", "they flagged our ALN provision").
    const found = near(bySentence.findings);
    const ownWords = found && near(bySentence.ownership) ? found : undefined;
    const severity: Severity = outcome ? 'high' : benign || published ? 'info' : ownWords ? 'warning' : 'info';
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const written = doc.draft.slice(start, end);
    return {
      category: 'confidential',
      topic: 'inspection',
      severity,
      start,
      end,
      ruleId: outcome ? 'confidential/inspection-outcome' : 'confidential/inspection',
      ...(outcome
        ? say('finding_inspection_outcome', outcome)
        : severity === 'warning'
          ? say('finding_inspection_findings', ownWords!)
          : say('finding_inspection_mention', written)),
      explanation: {
        rule: outcome ? 'inspection with an outcome' : 'inspection',
        ...(outcome ? { context: outcome } : ownWords ? { context: ownWords } : benign ? { context: benign } : {}),
        reason: outcome ? 'an inspection judgement beside Ofsted or Estyn' : ownWords ? `the inspectors' findings about this school (“${ownWords}”)` : 'a mention of inspection, without findings or an outcome',
      },
    };
  }
}

/** Determiners that make a term any case at all: "how an exclusion feels", "every exclusion". */
const GENERIC_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'every', 'any', 'each']);

/** Judgement words per sentence: "RI", "Requires Improvement"; "Good" only with a capital or after "got", "graded"… */
function outcomesBySentence(s: Shared, tokens: readonly Token[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of s.outcomes.matchAll(tokens)) {
    const token = tokens[m.first]!;
    if (out.has(token.sentence)) continue;
    const written = tokens
      .slice(m.first, m.last + 1)
      .map((t) => t.raw)
      .join(' ');
    const previous = tokens[m.first - 1];
    const capital = token.capitalised && !token.sentenceStart;
    const quoted = /['"“‘]\s*$/.test(token.gapBefore);
    const afterVerdict = previous !== undefined && previous.sentence === token.sentence && s.verdictWords.has(previous.norm);
    if (m.value === 'always' || capital || quoted || afterVerdict) out.set(token.sentence, written);
  }
  return out;
}

/**
 * The person a confidential term is about: a pupil, a colleague or a parent. A name counts in this
 * sentence or the ones either side ("Had a CP meeting. It was about Amira."); a phrase such as
 * "a child" only in the same sentence, since general posts talk about "a child" in the abstract.
 */
/** A wish right before the term ("should be", "wants"): the phrase ends on the word before it. */
function wishedFor(s: Shared, tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let k = Math.max(0, first - 4); k < first; k++) {
    if (tokens[k]!.sentence === sentence && s.wishes.longestAt(tokens, k, first)?.last === first - 1) return true;
  }
  return false;
}

function individualNearby(ctx: DraftView, sentence: number, first: number, last: number, groups: ReadonlySet<string>): Reference | undefined {
  const refs = ctx.referencesNear(first, last, 60, -1, 1).filter((r) => r.individual && groups.has(r.group) && (r.named || r.sentence === sentence));
  refs.sort((a, b) => Math.abs(a.first - first) - Math.abs(b.first - first));
  return refs.find((r) => r.last < first || r.first > last);
}

/**
 * Whose matter a topic can be: a pupil's needs are not a colleague's ("Helen Marsh is the best
 * SENCo" is praise for a colleague, not a confidential matter about her).
 */
function concernedGroups(s: Shared, term: Term): ReadonlySet<string> {
  const groups = new Set(s.groupsByTopic[term.topic] ?? ['pupils', 'parents', 'staff']);
  if (term.staffTopic) groups.add('staff');
  // "Nasra our DSL is a hero": a colleague beside a job title holds the job.
  if (s.roleTerms.has(term.id)) groups.delete('staff');
  return groups;
}

/**
 * Staff talked about in this sentence ("three of our support staff"); not the reader's staff in
 * general ("Leaders: if your staff keep going 'off with stress'…"), which is advice, not colleagues.
 */
function staffNearby(ctx: DraftView, first: number): boolean {
  const tokens = ctx.doc.tokens;
  return ctx.referencesNear(first, first, 60).some((r) => r.group === 'staff' && !readersOwn(tokens, r));
}

/** "your staff", "eich staff": whoever reads the post, not colleagues at the writer's school. */
const GENERIC_OWNERS: ReadonlySet<string> = new Set(['your', 'eich', 'dy']);

/** A reference owned by whoever reads the post ("your staff", "eich staff"): people in general, not the school's. */
export function readersOwn(tokens: readonly Token[], ref: { first: number }): boolean {
  return GENERIC_OWNERS.has(tokens[ref.first - 1]?.norm ?? '') || GENERIC_OWNERS.has(tokens[ref.first]?.norm ?? '');
}

/** "the attendance system", "SEN software": a system named by the term; not after a possessive ("Tyler's attendance figures" are his). */
function namesASystem(s: Shared, tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  const previous = tokens[first - 1];
  if (!next || next.sentence !== tokens[last]!.sentence || !s.systemHeads.has(next.norm)) return false;
  return !(previous && previous.sentence === tokens[first]!.sentence && previous.possessive);
}

/** Nouns after a term make it plural ("IDP meetings", "EHCP reviews"). */
function writtenAsPlural(s: Shared, tokens: readonly Token[], term: Term, last: number): boolean {
  if (term.id === 'custom') return false;
  const lastToken = tokens[last]!;
  const next = tokens[last + 1];
  const plural = lastToken.norm !== term.lastWord && lastToken.norm.length > 3 && /[^s]s$/.test(lastToken.norm);
  return plural || (next !== undefined && next.sentence === lastToken.sentence && s.pluralHeads.has(next.norm));
}

function spansBySentence(matcher: PhraseMatcher<true>, tokens: readonly Token[]): Map<number, { first: number; last: number; text: string }[]> {
  const out = new Map<number, { first: number; last: number; text: string }[]>();
  for (const m of matcher.matchAll(tokens)) {
    const sentence = tokens[m.first]!.sentence;
    const span = {
      first: m.first,
      last: m.last,
      text: tokens
        .slice(m.first, m.last + 1)
        .map((t) => t.raw)
        .join(' '),
    };
    const list = out.get(sentence);
    if (list) list.push(span);
    else out.set(sentence, [span]);
  }
  return out;
}

function sentencesWith(matcher: PhraseMatcher<true>, tokens: readonly Token[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of matcher.matchAll(tokens)) {
    const sentence = tokens[m.first]!.sentence;
    if (!out.has(sentence))
      out.set(
        sentence,
        tokens
          .slice(m.first, m.last + 1)
          .map((t) => t.raw)
          .join(' '),
      );
  }
  return out;
}

/** How far a case word or a figure reaches from a term, in tokens. */
const CASE_REACH = 30;

/** A case word near the term, not inside it; spans are in token order, so the search stops early. */
function caseWordNear(spans: readonly { first: number; last: number; text: string }[] | undefined, first: number, last: number): string | undefined {
  if (!spans) return undefined;
  for (let i = lowerBound(spans, (span) => span.last < first - CASE_REACH); i < spans.length && spans[i]!.first <= last + CASE_REACH; i++) if (spans[i]!.last < first || spans[i]!.first > last) return spans[i]!.text;
  return undefined;
}

/**
 * Results with figures are the results themselves: "82%", "24 out of 30", "94 per cent". A bare
 * number is not ("Phonics check next week for Year 1").
 */
function numberIn(tokens: readonly Token[], sentence: number, near: number): string | undefined {
  const figure = (i: number) => {
    const token = tokens[i]!;
    if (!/^\d/.test(token.norm)) return undefined;
    const next = tokens[i + 1];
    const after = next && next.sentence === sentence ? `${next.norm} ${tokens[i + 2]?.norm ?? ''}` : '';
    if (/^\s*%/.test(next?.gapBefore ?? '') || (i + 1 === tokens.length && /%/.test(token.raw))) return `${token.raw}%`;
    if (/^(out of|per cent|percent)/.test(after)) return `${token.raw} ${after}`;
    return undefined;
  };
  for (let i = Math.max(0, near - CASE_REACH); i < tokens.length && i <= near + CASE_REACH; i++) {
    if (tokens[i]!.sentence !== sentence) continue;
    const found = figure(i);
    if (found) return found;
  }
  return undefined;
}

/** What each topic is, in the words of the message catalogue ("a safeguarding matter"). */
const TOPIC_PHRASES: Partial<Record<Topic, PhraseKey>> = {
  safeguarding: 'topic_safeguarding',
  'additional-needs': 'topic_additional_needs',
  care: 'topic_care',
  behaviour: 'topic_behaviour',
  'staff-matters': 'topic_staff_matters',
  results: 'topic_results',
  custom: 'topic_custom',
};

function messageFor(topic: Topic, written: string, severity: Severity, who: Reference | undefined): SaidMessage {
  const subject = phrase(TOPIC_PHRASES[topic] ?? 'topic_confidential');
  if (severity === 'high') return say('finding_confidential_person', written, subject, who!.text);
  if (severity === 'warning') return say('finding_confidential_case', written, subject);
  return say('finding_confidential_general', written);
}

/** Confidential matters judged in context: beside one person, as a case, or the subject alone. */
export const confidentialDetector = defineDetector({
  id: 'confidential',
  phase: 'findings',
  description: 'Confidential school matters (safeguarding, needs, care, behaviour, staff matters, inspections, results, the school\'s own terms), judged by whom they are about.',
  rules: {
    'confidential/safeguarding': 'vocabulary of safeguarding (general): "safeguarding"…',
    'confidential/safeguarding-case': 'vocabulary of safeguarding (specific): "safeguarding concern"…',
    'confidential/child-in-need': 'vocabulary of safeguarding (specific): "child in need"…',
    'confidential/mash': 'vocabulary of safeguarding (specific): "mash referral"…',
    'confidential/lado': 'vocabulary of safeguarding (specific): "lado"…',
    'confidential/dsl': 'vocabulary of safeguarding (general): "dsl"…',
    'confidential/early-help': 'vocabulary of safeguarding (general): "early help"…',
    'confidential/prevent': 'vocabulary of safeguarding (specific): "prevent referral"…',
    'confidential/exploitation': 'vocabulary of safeguarding (specific): "child sexual exploitation"…',
    'confidential/disclosure': 'vocabulary of safeguarding (specific): "made a disclosure"…',
    'confidential/disclosure-general': 'vocabulary of safeguarding (general): "disclosure"…',
    'confidential/send': 'vocabulary of additional needs (general): "special educational needs"…',
    'confidential/ehcp': 'vocabulary of additional needs (specific): "ehcp"…',
    'confidential/looked-after': 'vocabulary of care (specific): "looked after child"…',
    'confidential/disadvantage': 'vocabulary of care (general): "free school meals"…',
    'confidential/exclusion': 'vocabulary of behaviour (specific): "permanent exclusion"…',
    'confidential/exclusion-general': 'vocabulary of behaviour (general): "exclusion"…',
    'confidential/staff-discipline': 'vocabulary of staff matters (specific): "disciplinary"…',
    'confidential/staff-absence': 'vocabulary of staff matters (general): "sickness absence"…',
    'confidential/inspection': 'Ofsted or Estyn mentioned: info, or a warning with what the inspectors found about us',
    'confidential/results': 'vocabulary of results (general): "sats results"…',
    'confidential/exploitation-acronyms': 'vocabulary of safeguarding (general): "cse concern"…',
    'confidential/annual-review': 'vocabulary of additional needs (general): "annual review"…',
    'confidential/results-provisional': 'vocabulary of results (specific): results not yet published, "provisional ks2 results"…',
    'confidential/custom': 'a term the school marked as confidential (extraConfidentialTerms): a warning, high beside one person',
    'confidential/inspection-outcome': 'Ofsted or Estyn with a judgement ("Requires Improvement"): high',
  },
  lexicon: ConfidentialSchema,
  select: (bundle) => bundle.confidential,
  compile: (lexicon, config) => new ConfidentialMatcher(lexicon, config.extraConfidentialTerms),
  run: (matcher, { view, confidentialTerms }) => matcher.find(view, confidentialTerms),
});

/** Words that make a plural after them the topic of a remark ("about refugees", "against asylum seekers"). */
const TOPIC_BEFORE: ReadonlySet<string> = new Set(['about', 'regarding', 'against', 'towards', 'am', 'ynghylch']);

/** A people written in the plural right after "about"/"against" ("about refugees"): people in general, talked about (only the disadvantage terms, which name people). */
function aboutAGroup(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && before.sentence === tokens[first]!.sentence && TOPIC_BEFORE.has(before.norm) && /s$/u.test(tokens[last]!.norm) && !tokens[last]!.possessive;
}
