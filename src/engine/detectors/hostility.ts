import { verdictOnAbuse } from '../context/verdict-on-abuse';
import { startsAClause } from './new-clause';
import { selfReferenceAfter, selfReferenceBefore, type Reference } from '../context/community';
import { CounterSpeech } from '../context/counter-speech';
import type { GroupTarget } from '../context/group-targets';
import { isEverydayWord } from '../context/names-knowledge';
import { defineDetector } from '../detector';
import type { DraftView } from '../draft';
import { phrase, say, type PhraseKey } from '../message-keys';
import { z } from 'zod';
import { HostilitySchema, type DerogatoryLexicon, type HostilityLexicon } from '../schemas/lexicons';
import { FuzzyWords } from '../text/fuzzy-words';
import { lowerBound } from '../lower-bound';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { Severity, Topic } from '../types';
import type { RawFinding } from './raw-finding';
import { payAfterPeople, thingOfPeople } from '../context/general-talk';
import { compilePlacement, placementThreats, type PlacementMatchers } from './threat-placement';

/**
 * Hate and hostility that need no offensive word: dehumanising a group ("refugees are vermin"),
 * generalising about it ("they're all thieves"), hating it ("can't stand gay people"), denying it
 * any good ("never any good at anything"), threatening it or one person ("should all be shot",
 * "I'll swing for that parent"), telling it to leave, or asking why it is let in. Every cue needs a
 * target it is linked to in the same sentence (a group, a pronoun that refers back to one, the
 * school community, a person): "I hate Mondays" and "the policy should be shot" are never
 * findings. Counter-speech ("saying 'refugees are vermin' is disgusting") and negation ("they are
 * not vermin", "I don't hate anyone") stay quiet.
 */
type CueKind = 'dehumanising' | 'derogation' | 'hate' | 'hate-after' | 'negated-praise' | 'threat-outcome' | 'threat-verb' | 'threat-subject' | 'threat-modal' | 'threat-after' | 'threat-phrase' | 'insult' | 'trope' | 'sarcasm' | 'exclusion' | 'exclusion-question' | 'attribute' | 'disclaimer' | 'tail' | 'blow' | 'praise' | 'joke' | 'irony' | 'dogwhistle' | 'innocent-question' | 'grievance';

interface Cue {
  readonly kind: CueKind;
  readonly first: number;
  readonly last: number;
  readonly disguised: boolean;
}

interface Compiled {
  readonly cues: PhraseMatcher<CueKind>;
  readonly loose: FuzzyWords<CueKind>;
  readonly counterSpeech: CounterSpeech;
  readonly negations: PhraseMatcher<true>;
  readonly hedges: PhraseMatcher<true>;
  readonly threatObjects: ReadonlySet<string>;
  readonly all: PhraseMatcher<true>;
  /** Words that may stand between a target and what is said of it ("are all basically", "nothing but"). */
  readonly linking: ReadonlySet<string>;
  readonly sarcasmWords: PhraseMatcher<true>;
  readonly sarcasmEmoji: readonly string[];
  /** Insults, slurs and negative generalisations of both lexicons: what a generalising tail ("the lot of them") must follow. */
  readonly negative: PhraseMatcher<true>;
  /** The same, with verdicts that judge only when stretched over everyone ("entitled, the lot of them"). */
  readonly verdicts: PhraseMatcher<true>;
  /** Stereotypes, for a joke's punchline ("…? Your telly's gone" is no insult word, but "nicked" is a trope). */
  readonly tropes: PhraseMatcher<true>;
  /** Tropes that put a trait down to birth: praise when the sentences before them were warm. */
  readonly inherited: PhraseMatcher<true>;
  readonly givers: PhraseMatcher<true>;
  readonly wanters: PhraseMatcher<true>;
  /** Dog-whistle frames, read across a comma ("There, I said it", "not popular, but…"). */
  readonly dogWhistles: PhraseMatcher<true>;
  /** Words that make a why-question about a group a grievance ("always", "get", "gormod"). */
  readonly grievanceWords: PhraseMatcher<true>;
  /** A question asked to learn ("so I can explain it to my class"). */
  readonly curiosity: PhraseMatcher<true>;
  /** Words that speak well of a group ("welcome", "proud", "amazing"): a frame beside them is no dog whistle. */
  readonly warmth: PhraseMatcher<true>;
  /** Verbs of being given ("get", "cael", "rhoi"): what a two-tier grievance resents. */
  readonly privilege: PhraseMatcher<true>;
  /** "I'll put him through the window": threat-placement.ts. */
  readonly placement: PlacementMatchers | undefined;
  /** "someone should lamp the dad": people a threat verb may name with a bare "the". */
  readonly threatPeople: PhraseMatcher<true>;
  /** "I'm lamping him": blows said as what the writer is about to do. */
  readonly progressives: PhraseMatcher<true>;
  /** One- or two-word sentences of praise ("Legend."): no aside an idiom reaches back across. */
  readonly praiseAsides: PhraseMatcher<true>;
}

/** Verbs that carry what is said across to the person before them. */
const COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'r', 'were', 'was', 'be', 'been', 'being', 'has', 'have', 'had', 'seem', 'seems', 'look', 'looks', 'mae', 'yn', 'yw', 'ydy', 'ydi', 'ydyn', 'oedd']);
/** Prepositions that open a place phrase between a target and what is said of it ("at the gate"). */
const PLACE: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from', 'outside', 'near', 'round', 'around', 'by', 'yn', 'ar', 'o', 'wrth']);
/** Cues that carry their own verb ("shouldn't be allowed…", "should never have been…"). */
const MODAL_START: ReadonlySet<string> = new Set(['shouldnt', 'should', 'cant', 'cannot', 'wont', 'never', 'need', 'needs', 'deserve', 'deserves', 'want', 'wants', 'make', 'makes', 'dont', 'arent']);
/** The writer: "I hate myself" is not hate of anyone. */
const SELF: ReadonlySet<string> = new Set(['myself', 'me', 'ourselves', 'us', 'yourself']);

// Not "am": after a group it is Welsh "about" ("Bl 4 am anifeiliaid", learning about animals); English says "I am" only of the writer (eighteenth session).
const LINKING = ['are', 'is', 'r', 'were', 'was', 'be', 'being', 'been', 'all', 'just', 'basically', 'literally', 'nothing', 'but', 'like', 'such', 'a', 'an', 'the', 'bunch', 'of', 'load', 'pack', 'lot', 'total', 'complete', 'utter', 'absolute', 'bloody', 'so', 'really', 'simply', 'frankly', 'honestly', 'only', 'mostly', 'always', 'every', 'one', 'them', 'these', 'those', 'ones', 'some', 'most', 'more', 'than', 'breed', 'behave', 'act', 'acting', 'live', 'living', 'yn', 'fel', 'i', 'think', 'reckon', 'feel', 'tbh', 'imo', 'honestly', 'just', 'seriously', 'genuinely', 'like', 'here', 'round', 'around', 'na', 'ma', 'mae', 'gyd', 'criw', 'giang', 'llwyth'];

function compile({ hostility: lexicon, negativeWords }: { hostility: HostilityLexicon; negativeWords: readonly string[] }): Compiled {
  const cues = new PhraseMatcher<CueKind>({ plurals: false });
  const single: [string, CueKind][] = [];
  const add = (kind: CueKind, list: readonly string[], loose: boolean) => {
    for (const p of list) {
      cues.add(p, kind);
      const words = phraseWords(p);
      if (loose && words.length === 1) single.push([words[0]!, kind]);
    }
  };
  add('dehumanising', lexicon.dehumanising, true);
  add('derogation', lexicon.derogation, true);
  add('attribute', lexicon.attributesBefore, false);
  add('hate', lexicon.hateVerbs, true);
  add('hate-after', lexicon.hateAfter, false);
  add('negated-praise', lexicon.negatedPraise, false);
  add('threat-outcome', lexicon.threatOutcomes, true);
  add('threat-verb', lexicon.threatVerbs, false);
  add('threat-subject', lexicon.threatSubjects, false);
  add('threat-modal', lexicon.threatModals, false);
  add('threat-after', lexicon.threatAfter, false);
  add('threat-phrase', lexicon.threatPhrases, false);
  // Not loosely: everyday words sit one letter from many insults ("snowflake" crafts).
  add('insult', lexicon.insults, false);
  add('trope', lexicon.tropes, false);
  add('trope', lexicon.inheritedTropes, false);
  add('sarcasm', lexicon.sarcasm, false);
  add('praise', lexicon.ironicPraise, false);
  add('exclusion', lexicon.exclusion, false);
  add('exclusion-question', lexicon.exclusionQuestions, false);
  add('disclaimer', lexicon.disclaimers, false);
  add('tail', lexicon.generalisingTails, false);
  add('joke', lexicon.jokeFrames, false);
  add('blow', lexicon.blows, false);
  add('irony', lexicon.ironyFrames, false);
  add('innocent-question', lexicon.innocentQuestions, false);
  add('grievance', lexicon.grievanceContrasts, false);
  return {
    cues,
    loose: new FuzzyWords(single, isEverydayWord),
    counterSpeech: new CounterSpeech(lexicon),
    negations: PhraseMatcher.of(lexicon.hostileNegations, { plurals: false }),
    hedges: PhraseMatcher.of(lexicon.hedges, { plurals: false }),
    threatObjects: new Set(lexicon.threatObjects),
    all: PhraseMatcher.of(lexicon.threatAll, { plurals: false }),
    linking: new Set(LINKING),
    sarcasmWords: PhraseMatcher.of(lexicon.sarcasmMarkers.filter((w) => /\p{L}/u.test(w)), { plurals: false }),
    sarcasmEmoji: lexicon.sarcasmMarkers.filter((w) => !/\p{L}/u.test(w)),
    negative: PhraseMatcher.of([...negativeWords, ...lexicon.derogation, ...lexicon.insults, ...lexicon.dehumanising], { plurals: false }),
    verdicts: PhraseMatcher.of([...negativeWords, ...lexicon.derogation, ...lexicon.insults, ...lexicon.dehumanising, ...lexicon.tailVerdicts], { plurals: false }),
    tropes: PhraseMatcher.of(lexicon.tropes, { plurals: false }),
    inherited: PhraseMatcher.of(lexicon.inheritedTropes, { plurals: false }),
    givers: PhraseMatcher.of(lexicon.blowGivers, { plurals: false }),
    wanters: PhraseMatcher.of(lexicon.blowWanters, { plurals: false }),
    dogWhistles: PhraseMatcher.of(lexicon.dogWhistles, { plurals: false, commas: true }),
    grievanceWords: PhraseMatcher.of(lexicon.grievanceWords, { plurals: false }),
    curiosity: PhraseMatcher.of(lexicon.curiosity, { plurals: false }),
    warmth: PhraseMatcher.of(lexicon.groupWarmth, { plurals: false }),
    privilege: PhraseMatcher.of(lexicon.privilegeVerbs, { plurals: false }),
    placement: compilePlacement(lexicon.placementThreats),
    threatPeople: PhraseMatcher.of(lexicon.threatPeople, { plurals: false }),
    progressives: PhraseMatcher.of(lexicon.threatProgressives, { plurals: false }),
    praiseAsides: PhraseMatcher.of(lexicon.praiseAsides, { plurals: false }),
  };
}

/** Whom a cue is aimed at: a group (high, discriminatory), the school community (high), or a person (a warning). */
type Aim = { kind: 'group'; group: GroupTarget } | { kind: 'community'; ref: Reference } | { kind: 'person'; ref: Reference };

/** A thing a threat's words can be done to, right before them ("the bunting needs stringing up", "fairy lights want stringing up"). */
function doneToAThing(tokens: readonly Token[], m: Compiled, cue: Cue, sentence: number): boolean {
  return [cue.first - 1, cue.first - 2].some((k) => tokens[k]?.sentence === sentence && m.threatObjects.has(tokens[k]!.norm));
}

export function findHostility(view: DraftView, allGroups: readonly GroupTarget[], m: Compiled): RawFinding[] {
  const tokens = view.doc.tokens;
  const cues = findCues(tokens, m);
  // A threat told as where someone will be sent: against a person (a warning), whoever was named.
  const placed = m.placement ? placementThreats(tokens, m.placement).map(({ first, last }) => {
    const cue: Cue = { kind: 'threat-phrase', first, last, disguised: false };
    return finding(view, cue, { kind: 'person', ref: pseudoRef(view, cue) }, 'hostility/threat', first, last);
  }) : [];
  const groups = new GroupIndex(allGroups);
  for (const { cue, found } of progressiveThreats(view, groups, m)) {
    if (m.counterSpeech.reported(view, cue.first, found.to)) continue;
    placed.push(finding(view, cue, found.aim, found.rule, cue.first, Math.max(found.to, cue.last)));
  }
  if (cues.length === 0) return placed;
  const negated = marks(m.negations, tokens);
  // "No offence but…", "not being funny but…": a hedge before a remark, not a denial of it.
  for (const hedge of m.hedges.matchAll(tokens)) negated.fill(0, hedge.first, hedge.last + 1);
  const findings: RawFinding[] = [];
  const done = new Set<number>();
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (done.has(cue.first)) continue;
    const found = aimOf(view, groups, m, cues, c, negated);
    if (!found) continue;
    // "I don't think disabled kids are a burden": the statement is denied before it is made.
    // "Not one [group] I've met…" is a quantifier, not a denial.
    const quantified = /^(one|single)$/.test(tokens[found.from - 1]?.norm ?? '');
    if (DENIABLE.has(cue.kind) && !quantified && negatedBefore(negated, tokens, found.from, 4)) continue;
    if (m.counterSpeech.reported(view, Math.min(cue.first, found.from), Math.max(cue.last, found.to)) || m.counterSpeech.quotedClaim(view, cue.first, cue.last)) continue;
    done.add(cue.first);
    findings.push(finding(view, cue, found.aim, found.rule, Math.min(found.from, cue.first), Math.max(found.to, cue.last)));
  }
  for (const p of placed) if (!findings.some((f) => f.ruleId === 'hostility/threat' && f.start < p.end && p.start < f.end)) findings.push(p);
  return findings;
}

function findCues(tokens: readonly Token[], m: Compiled): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const whistle = m.dogWhistles.longestAt(tokens, i);
    if (whistle) cues.push({ kind: 'dogwhistle', first: i, last: whistle.last, disguised: false });
    const match = m.cues.longestAt(tokens, i);
    if (match) {
      for (const kind of new Set(match.values)) cues.push({ kind, first: i, last: match.last, disguised: false });
      i = match.last;
      continue;
    }
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const loose = m.loose.find(token.norm);
    if (loose) {
      cues.push({ kind: loose.value, first: i, last: i, disguised: loose.how === 'disguised' });
      continue;
    }
    // "ver min", "v e r m i n": a word broken by spaces, joined again (two or three short pieces).
    const next = tokens[i + 1];
    if (next && next.sentence === token.sentence && next.gapBefore === ' ' && token.norm.length <= 4) {
      const joined = m.loose.findJoined(token.norm, next.norm);
      // "carers over in Aberdare": two everyday words that join only into a misspelling ("overin" ≈ "vermin") are themselves.
      if (joined && !(joined.how === 'disguised' && isEverydayWord(token.norm) && isEverydayWord(next.norm))) {
        cues.push({ kind: joined.value, first: i, last: i + 1, disguised: true });
        i++;
      }
    }
  }
  return cues;
}

function marks(matcher: PhraseMatcher<true>, tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const found of matcher.matchAll(tokens)) out.fill(1, found.first, found.last + 1);
  return out;
}

interface Found {
  readonly aim: Aim;
  readonly rule: string;
  /** The span from the target to the cue, for the underline. */
  readonly from: number;
  readonly to: number;
}

/** How far apart, in tokens, a target and the words said of it may be. */
const REACH = 7;

function aimOf(view: DraftView, groups: GroupIndex, m: Compiled, cues: readonly Cue[], c: number, negated: Uint8Array): Found | undefined {
  const cue = cues[c]!;
  const tokens = view.doc.tokens;
  const sentence = tokens[cue.first]!.sentence;
  const before = () => targetBefore(view, groups, m, cue.first, sentence, negated);
  // "they are all the same as any other family": a comparison, not a generalisation.
  if (tokens[cue.last]!.norm === 'same' && tokens[cue.last + 1]?.norm === 'as' && tokens[cue.last + 1]!.sentence === sentence) return undefined;
  const after = (from: number, reach = 5) => targetAfter(view, groups, from, reach, sentence);
  switch (cue.kind) {
    case 'dehumanising': {
      // "the head lice letter": a condition every school writes home about, not "the head" called lice.
      if (tokens[cue.first]!.norm === 'lice' && tokens[cue.first - 1]?.norm === 'head') return undefined;
      const t = before() ?? adjacentAfter(groups, cue.last, sentence) ?? welshPredicate(view, groups, cue, sentence);
      // Dehumanising someone is hostile whoever they are; generalising about them only about a group.
      return t && { ...t, rule: 'hostility/dehumanising' };
    }
    case 'derogation': {
      const t = before() ?? welshPredicate(view, groups, cue, sentence);
      if (t && t.aim.kind === 'group') return { ...t, rule: 'hostility/derogation' };
      // "i'm done with that family, they're all the same": a family of the school generalised about.
      const family = t && familyOf(view, m, t, cue, sentence);
      return family ? { aim: { kind: 'community', ref: family }, from: Math.min(family.first, t!.from), to: Math.max(family.last, cue.last), rule: 'hostility/insult' } : undefined;
    }
    case 'attribute': {
      // "filthy gypsies", "thieving Romanians": the adjective right before a group.
      const t = adjacentAfter(groups, cue.last, sentence);
      return t && t.aim.kind === 'group' ? { ...t, rule: 'hostility/derogation' } : undefined;
    }
    case 'hate': {
      if (negatedBefore(negated, tokens, cue.first)) return undefined;
      if (askedWhyOthersHate(tokens, cue.first)) return undefined;
      const t = after(cue.last + 1, 4);
      // "I hate him sitting out", "hate them missing PE": what is hated is what happens to them.
      if (t && t.aim.kind !== 'group' && /ing$/.test(tokens[t.to + 1]?.norm ?? '') && tokens[t.to + 1]!.sentence === sentence) return undefined;
      // "sick of people in the comments calling PRU kids scum": hating those who say it is counter-speech.
      // "I hate people who say refugees are vermin": the group is what they say, not what is hated.
      if (t && (t.aim.kind === 'group' ? t.from - cue.last > 2 && m.counterSpeech.reportingAfter(view, cue.last, t.from - cue.last - 1) : m.counterSpeech.reportingAfter(view, t.to))) return undefined;
      // "fed up of the tired assumptions about our EAL parents": what is hated is an idea about people, whoever follows it.
      if (t && t.from - cue.last > 2 && m.counterSpeech.reportingAfter(view, cue.last, t.from - cue.last - 1)) return undefined;
      return t && { ...t, rule: 'hostility/hateful-feeling' };
    }
    case 'hate-after': {
      const t = before();
      return t && { ...t, rule: 'hostility/hateful-feeling' };
    }
    case 'negated-praise': {
      // Linked, or any words between when it is a group ("Not one Chinese person I've met has been any use").
      const none = new Uint8Array(tokens.length);
      const t = targetBefore(view, groups, m, cue.first, sentence, none) ?? targetBefore(view, groups, m, cue.first, sentence, none, 10, true);
      if (t && (t.aim.kind === 'group' || (t.aim.kind === 'community' && targetBefore(view, groups, m, cue.first, sentence, none)))) return { ...t, rule: 'hostility/negated-praise' };
      // "theyre never any good at anything, that family", "never any good, that family": praise denied to a whole family.
      const family = t ? familyOf(view, m, t, cue, sentence) : familyAfter(view, m, cue, sentence);
      return family ? { aim: { kind: 'community', ref: family }, from: Math.min(family.first, t?.from ?? cue.first), to: Math.max(family.last, cue.last), rule: 'hostility/insult' } : undefined;
    }
    case 'threat-outcome': {
      // "[target] should (all) be shot": a modal within a few words before the outcome.
      const modal = cues.slice(Math.max(0, c - 4), c).find((q) => (q.kind === 'threat-modal' || q.kind === 'threat-subject') && cue.first - q.last <= 4 && tokens[q.first]!.sentence === sentence);
      if (!modal || negatedBefore(negated, tokens, modal.first)) return undefined;
      // "They should all be shot": the subject may be part of the modal's own words.
      // Welsh puts the pronoun after the modal: "Dylen nhw gael eu saethu" (they should be shot).
      const t = targetBefore(view, groups, m, modal.first, sentence, negated, 8, true) ?? targetAt(view, groups, modal.first, sentence) ?? (modal.last > modal.first ? targetAt(view, groups, modal.last, sentence) : undefined);
      return t && { ...t, to: cue.last, rule: 'hostility/threat' };
    }
    case 'threat-verb': {
      // "I'll swing for that parent", "someone should slap him", "kill all [group]", "gas the [group]".
      const subject = cues.slice(Math.max(0, c - 3), c).find((q) => (q.kind === 'threat-subject' || q.kind === 'threat-modal') && cue.first - q.last <= 3 && tokens[q.first]!.sentence === sentence);
      let from = cue.last + 1;
      const all = m.all.longestAt(tokens, from);
      if (all && tokens[from]!.sentence === sentence) from = all.last + 1;
      if (!subject && !all && !/^(the|them)$/.test(tokens[from]?.norm ?? '')) return undefined;
      if (negatedBefore(negated, tokens, (subject ?? cue).first)) return undefined;
      const t = after(from, all || !subject ? 2 : 5) ?? (subject ? thePerson(view, m, from, sentence) : undefined);
      return t && { ...t, from: (subject ?? cue).first, rule: 'hostility/threat' };
    }
    case 'threat-after': {
      // "That parent wants a good slap", "[group] deserve a good kicking": said of someone even when
      // the words before are no one the lexicon knows ("the man at the garage needs a slap").
      if (negatedBefore(negated, tokens, cue.first)) return undefined;
      // "the bunting needs stringing up": a chore done to a thing right before the phrase.
      if (doneToAThing(tokens, m, cue, sentence)) return undefined;
      const t = targetBefore(view, groups, m, cue.first, sentence, negated, 8, true);
      return t ? { ...t, rule: 'hostility/threat' } : { aim: { kind: 'person', ref: pseudoRef(view, cue) }, from: cue.first, to: cue.last, rule: 'hostility/threat' };
    }
    case 'threat-phrase': {
      if (doneToAThing(tokens, m, cue, sentence)) return undefined;
      // "I'll put them in hospital", "six feet under": whoever was named, here or just before.
      const t = targetBefore(view, groups, m, cue.first, sentence, negated, 12, true);
      if (t) return { ...t, to: cue.last, rule: 'hostility/threat' };
      const group = groupInSentence(groups, sentence) ?? groupInSentence(groups, sentence - 1);
      if (group) return { aim: { kind: 'group', group }, from: cue.first, to: cue.last, rule: 'hostility/threat' };
      return { aim: { kind: 'person', ref: pseudoRef(view, cue) }, from: cue.first, to: cue.last, rule: 'hostility/threat' };
    }
    case 'insult': {
      // "Parents are dead weight", "the head is empty-headed", "another genius idea from SLT"; not
      // "I couldn't run a bath this week", "felt like dead weight on the netball team".
      // "repeated something vile about Black people": the words describe a thing said, not people.
      if (/^(something|anything|nothing|everything|stuff|things|comments|remarks)$/.test(tokens[cue.first - 1]?.norm ?? '')) return undefined;
      // "repeated some vile stuff about refugees", "vile comments about disabled people": the word describes what was said.
      // Only with what it was about after the noun: "refugees are vile things" is still said of them.
      if (
        cue.first === cue.last &&
        /^(stuff|things|comments|remarks|words|posts|memes|videos|names|abuse|language|rhetoric)$/.test(tokens[cue.last + 1]?.norm ?? '') &&
        /^(about|towards|toward|against|at|aimed)$/.test(tokens[cue.last + 2]?.norm ?? '') &&
        tokens[cue.last + 2]!.sentence === sentence
      )
        return undefined;
      // "the abuse she gets online is vile": a verdict on the abuse, counter-speech (verdict-on-abuse.ts).
      if (verdictOnAbuse(tokens, cue.first)) return undefined;
      if (selfReferenceBefore(view.doc, cue.first, m.linking) || /^(i|im|ive|id)$/.test(tokens[cue.first - 1]?.norm ?? '') || /^(felt|feel|feeling)$/.test(tokens[cue.first - 2]?.norm ?? tokens[cue.first - 1]?.norm ?? '')) return undefined;
      // "twpsyn ydw i", "what a muppet I am": the writer names themselves after the word.
      if (selfReferenceAfter(view.doc, cue.last)) return undefined;
      // A fragment after naming someone ("behaviour lead = human doormat. … spineless") is said of them.
      // "the school is run by clowns", "yn cael ei rhedeg gan ffyliaid": said of whoever is run.
      const runBy = /^(run|led|rhedeg|arwain)$/.test(tokens[cue.first]!.norm) ? personIn(view, sentence, cue.first) : undefined;
      // "Pay for TAs is a disgrace": aimed at the pay, not the TAs.
      const named = before();
      // An idiom of four words or more carries its own verb and object ("the lights are on and nobody's
      // home", "loves the sound of his own voice"): said of whoever this sentence or the one before
      // names, across a comma ("brooke s, lovely kid, but the lights are on and nobody's home").
      // Not after the writer as its subject: "I have the memory of a goldfish".
      const writerFirst = tokens.slice(Math.max(0, cue.first - 3), cue.first).some((t) => t.sentence === sentence && /^(i|im|ive|id|dwi|fi|wi|rwy|rydw)$/.test(t.norm));
      // Or across an aside of a word or two between ("NQT asked if phonics is still a thing. Bless. Shouldn't be allowed near a classroom").
      // Only an idiom with no subject of its own reaches across the aside (it opens its sentence), and never across praise
      // ("Sian organised the trip. Brilliant. The coach firm couldn't organise a piss up…" is said of the coach firm).
      const acrossAside = tokens[cue.first]!.sentenceStart && aside(view, sentence - 1, m.praiseAsides);
      const idiom = cue.last - cue.first >= 3 && !writerFirst ? (personIn(view, sentence, cue.first) ?? personIn(view, sentence - 1, cue.first) ?? (acrossAside ? personIn(view, sentence - 2, cue.first) : undefined)) : undefined;
      // "the cuts to schools are a disgrace, kids deserve better": said of a thing, and across a comma the people start a new clause.
      // "The budget cut is a disgrace, small schools will feel it": a predicate of what came before; the people after the comma start a new clause.
      // Not when the subject stands apart ("some staff, frankly, are deadwood, and they…"): then "they" may be them.
      const copula = COPULAS.has(tokens[cue.first - 1]?.norm ?? '') ? cue.first - 1 : /^(a|an)$/.test(tokens[cue.first - 1]?.norm ?? '') && COPULAS.has(tokens[cue.first - 2]?.norm ?? '') ? cue.first - 2 : -1;
      const predicate = copula > 0 && tokens[copula - 1]!.sentence === sentence && !/[,;:]/.test(tokens[copula]!.gapBefore);
      const acrossComma = (!!named ? thingOfPeople(tokens, named.from) >= 0 : predicate && tokens[cue.first - 1]!.sentence === sentence) && /[,;:]/.test(tokens[cue.last + 1]?.gapBefore ?? '');
      // "the ALN cut is a disgrace, small rural schools will feel it": people across a comma who start a clause of their own (new-clause.ts).
      // Never a protected group: "the park is a disgrace, immigrants have taken over" is aimed at them (review, eighth session).
      const next = after(cue.last + 1, 3);
      const newClause = !!next && /[,;:]/.test(tokens[cue.last + 1]?.gapBefore ?? '') && startsAClause(view, next.from, next.to);
      const across = next && (next.aim.kind === 'group' || (!acrossComma && !newClause)) ? next : undefined;
      // "support staff pay is a joke": the subject's head is the pay, the staff only describe it.
      // (A thing before the people, "the funding for SEN kids is a disgrace", is handled below: `named` is set aside and `across` is tried.)
      const thingSubject = predicate && named !== undefined && named.aim.kind !== 'group' && payAfterPeople(tokens, named.aim.ref.last);
      if (thingSubject) return undefined;
      const t = (named && thingOfPeople(tokens, named.from) < 0 ? named : undefined) ?? across ?? runBy ?? welshPredicate(view, groups, cue, sentence) ?? welshNegativeSubject(view, groups, cue, sentence) ?? (fragment(view, cue) ? personIn(view, sentence - 1, cue.first) ?? personIn(view, sentence - 2, cue.first) : undefined) ?? idiom;
      return t && { ...t, rule: 'hostility/insult' };
    }
    case 'trope': {
      // "the romanians are taking over", "Kids with two dads. … It's not natural": a stereotype
      // with a group named in this sentence or the one before.
      if (negatedBefore(negated, tokens, cue.first)) return undefined;
      // Or just after, when the stereotype comes first: "it's turning into a third world country. too many [group] round here".
      const group = groupInSentence(groups, sentence) ?? groupInSentence(groups, sentence - 1) ?? groupInSentence(groups, sentence - 2) ?? groupInSentence(groups, sentence + 1);
      // "Lock your sheds… and no, it isn't the Travellers": the group is cleared, not blamed.
      // A pronoun inside the trope itself ("dim un ohonyn nhw 'di gweithio…") is negated by the trope's own words, not cleared.
      if (group && !(group.first >= cue.first && group.last <= cue.last) && negatedBefore(negated, tokens, group.first, 3)) return undefined;
      // "Give it a year and the new Polish deli will be the best shop in town": praise, unless an eye-roll says otherwise.
      // Its own sentence only: a barb between two warm sentences is still a barb.
      if (group && withWords(view, m.warmth, sentence, cue.first) && !eyeRoll(view, m, sentence)) return undefined;
      // "The Roma kids are brilliant dancers. Must be in the blood": an inherited trait is whatever the
      // sentences before it said of the group, so their warmth makes it praise.
      if (group && m.inherited.longestAt(tokens, cue.first) && warmSince(view, m, group.sentence, sentence, cue.first)) return undefined;
      if (group) return { aim: { kind: 'group', group }, from: Math.min(group.first, cue.first), to: Math.max(group.last, cue.last), rule: 'hostility/derogation' };
      // "…that family tbh, they're all the same": a trope said of a family of the school.
      const t = before();
      const family = t && familyOf(view, m, t, cue, sentence);
      return family ? { aim: { kind: 'community', ref: family }, from: Math.min(family.first, t!.from), to: Math.max(family.last, cue.last), rule: 'hostility/insult' } : undefined;
    }
    case 'irony': {
      // "Mr X's assemblies are the highlight of my week, said no one ever": the frame carries its own
      // irony; it mocks whoever the sentence, or the one before, names.
      // Or two sentences back, after a retort: "…told me my job is babysitting. yes love, babysitting with restraint training. must be lovely being that clever".
      const t = targetBefore(view, groups, m, cue.first, sentence, negated, 14, true) ?? personIn(view, sentence, cue.first) ?? personIn(view, sentence - 1, cue.first) ?? personIn(view, sentence - 2, cue.first);
      return t && { ...t, to: cue.last, rule: 'hostility/sarcasm' };
    }
    case 'sarcasm':
    case 'praise': {
      // "Truly a caring genius 🙃", "Amazing work, geniuses" after naming someone: praise in irony.
      if (!ironic(view, m, cue, cue.kind === 'sarcasm')) return undefined;
      // "…than the head does 🙃": a comparison is about whoever follows it.
      if (/^(than|na|nag)$/.test(tokens[cue.first]!.norm)) {
        const t = after(cue.last + 1, 3);
        return t && t.aim.kind !== 'person' ? { ...t, from: cue.first, rule: 'hostility/sarcasm' } : undefined;
      }
      // A remark after the sentence that named them ("Mr Hale 'working from home' again. Funny how…",
      // "Heledd forgot her homework again. Shock. Genius as usual. 🙄"): a few sentences back.
      const t = targetBefore(view, groups, m, cue.first, sentence, negated, 12, true) ?? after(cue.last + 1, 4) ?? personIn(view, sentence - 1, cue.first) ?? personIn(view, sentence - 2, cue.first) ?? personIn(view, sentence - 3, cue.first);
      return t && { ...t, rule: 'hostility/sarcasm' };
    }
    case 'exclusion': {
      // "send them back", "go back to where they came from": a group named here or just before; the full
      // "go back to where you came from" is hostile on its own.
      const t = targetBefore(view, groups, m, cue.first, sentence, negated, 12);
      if (t) return { ...t, to: cue.last, rule: 'hostility/exclusion' };
      const group = groupInSentence(groups, sentence) ?? groupInSentence(groups, sentence - 1);
      if (group) return { aim: { kind: 'group', group }, from: cue.first, to: cue.last, rule: 'hostility/exclusion' };
      return cue.last - cue.first >= 4 ? { aim: { kind: 'person', ref: pseudoRef(view, cue) }, from: cue.first, to: cue.last, rule: 'hostility/exclusion' } : undefined;
    }
    case 'disclaimer': {
      // "I'm not racist but these families…": the disclaimer announces what follows about a group.
      const group = groups.between(cue.last + 1, tokens.length).find((g) => g.sentence === sentence || g.sentence === sentence + 1) ?? groupInSentence(groups, sentence);
      // "not being funny but…", "no disrespect but…" disclaim no prejudice by name: they announce hate
      // only when a hostile remark follows ("…the Polish deli does the best cake" is praise).
      const soft = !/(racist|hiliol|phobic|ffobig|sexist|rhywiaethol|bigot|against|offence)/.test(tokens.slice(cue.first, cue.last + 1).map((t) => t.norm).join(' '));
      const hostileAfter = !soft || cues.slice(c + 1).some((q) => q.kind !== 'disclaimer' && q.kind !== 'praise' && q.kind !== 'innocent-question' && tokens[q.first]!.sentence <= sentence + 1);
      if (!hostileAfter) return undefined;
      if (group) return { aim: { kind: 'group', group }, from: cue.first, to: Math.max(cue.last, group.last), rule: 'hostility/derogation' };
      // "dwi'm yn hiliol ond pam bod rhaid…? 'dyn nhw ddim yn perthyn yma": the group goes unnamed, but
      // the disclaimer is followed by a hostile remark of its own (exclusion, a trope) about "them".
      const remark = cues.slice(c + 1).find((q) => DISCLAIMED.has(q.kind) && tokens[q.first]!.sentence <= sentence + 1 && !negated.subarray(cue.last + 1, q.first).some(Boolean));
      return remark ? { aim: { kind: 'person', ref: pseudoRef(view, remark) }, from: cue.first, to: remark.last, rule: 'hostility/derogation' } : undefined;
    }
    case 'joke': {
      // "What do you call a [group] with a job? A liar 😂": a set-up naming a group, a punchline that insults.
      const group = groups.between(cue.last + 1, tokens.length).find((g) => g.sentence === sentence);
      if (!group) return undefined;
      for (let k = group.last + 1; k < tokens.length && tokens[k]!.sentence <= sentence + 1; k++) {
        const found = m.negative.longestAt(tokens, k) ?? m.tropes.longestAt(tokens, k);
        if (found) return { aim: { kind: 'group', group }, from: cue.first, to: found.last, rule: 'hostility/derogation' };
      }
      // "How do you know a [group]'s been in your house? Your telly's gone 😂 sorry not sorry": a set-up
      // asked about a group, answered, and owned as a jibe ("sorry not sorry", "no offence").
      // The classic shape only: the group right after the set-up ("how do you know a Romanian…"), a
      // question, then an answer of its own ("How do you know the Polish word for hello? 😂" is no joke on anyone).
      const end = view.doc.sentenceStarts[sentence + 2] ?? view.doc.draft.length;
      const rest = view.doc.draft.slice(tokens[group.last]!.end, end);
      const answered = tokens.some((t) => t.sentence === sentence + 1 && t.kind === 'word');
      const adjacent = tokens.slice(cue.last + 1, group.first).every((t) => /^(a|an|the|some|y|yr)$/.test(t.norm));
      if (group.first - cue.last <= 2 && adjacent && answered && /\?/.test(rest) && JIBE.test(rest)) return { aim: { kind: 'group', group }, from: cue.first, to: group.last, rule: 'hostility/derogation' };
      return undefined;
    }
    case 'tail': {
      // "Lazy, the lot of them", "lladron bob un": an insult stretched over everyone named here or just before.
      let insult = -1;
      for (let k = Math.max(0, cue.first - 5); k < cue.first; k++) {
        const found = m.verdicts.longestAt(tokens, k);
        if (found && found.last < cue.first && cue.first - found.last <= 2 && tokens[k]!.sentence === sentence) insult = k;
      }
      if (insult < 0 || negatedBefore(negated, tokens, insult)) return undefined;
      // Named before the insult: "them" in the tail itself refers back to the group, it is not it.
      const here = groupInSentence(groups, sentence);
      const group = here && here.first < insult ? here : groupInSentence(groups, sentence - 1);
      if (group) return { aim: { kind: 'group', group }, from: Math.min(group.first, insult), to: cue.last, rule: 'hostility/derogation' };
      const t = personIn(view, sentence, insult) ?? personIn(view, sentence - 1, insult);
      return t && { ...t, from: Math.min(t.from, insult), to: cue.last, rule: 'hostility/insult' };
    }
    case 'blow': {
      // "That mum wants a good kicking", "deserves a slap": owed a blow, whoever is named before.
      for (let k = Math.max(0, cue.first - 4); k < cue.first; k++) {
        const want = m.wanters.longestAt(tokens, k);
        if (!want || want.last !== cue.first - 1 || tokens[k]!.sentence !== sentence) continue;
        if (negatedBefore(negated, tokens, k)) return undefined;
        const t = targetBefore(view, groups, m, k, sentence, negated, 8, true);
        return t ? { ...t, to: cue.last, rule: 'hostility/threat' } : { aim: { kind: 'person', ref: pseudoRef(view, cue) }, from: k, to: cue.last, rule: 'hostility/threat' };
      }
      // "Someone needs to give that caretaker a slap", "Dylai rhywun roi pelten i'r boi": given by a
      // threatening subject, to whoever stands between (English) or after (Welsh).
      // A relative clause may stand between: "someone should give the dinner lady who shouts at the kids a good slap".
      for (let g = cue.first - 1; g >= Math.max(0, cue.first - 14) && tokens[g]!.sentence === sentence; g--) {
        if (!m.givers.longestAt(tokens, g)) continue;
        const subject = cues.slice(0, c).reverse().find((q) => (q.kind === 'threat-subject' || q.kind === 'threat-modal') && g - q.last >= 1 && g - q.last <= 3 && tokens[q.first]!.sentence === sentence);
        if (!subject || negatedBefore(negated, tokens, subject.first)) return undefined;
        if (g === cue.first - 1) {
          const t = after(cue.last + 1, 4);
          return t ? { ...t, from: subject.first, rule: 'hostility/threat' } : { aim: { kind: 'person', ref: pseudoRef(view, cue) }, from: subject.first, to: cue.last, rule: 'hostility/threat' };
        }
        const t = targetAfter(view, groups, g + 1, cue.first - g - 2, sentence);
        return t && { ...t, from: subject.first, to: cue.last, rule: 'hostility/threat' };
      }
      return undefined;
    }
    case 'exclusion-question': {
      const t = after(cue.last + 1, 4);
      return t && t.aim.kind === 'group' ? { ...t, from: cue.first, rule: 'hostility/exclusion' } : undefined;
    }
    case 'dogwhistle': {
      // "kids need a mum and a dad. there i said it", "what is it with these foreign teachers…",
      // "not popular but someone has to say it": the frame sells a remark about a group as a brave
      // truth. A group in this sentence or beside it, unless that sentence speaks well of it.
      const group = groupInSentence(groups, sentence) ?? groupInSentence(groups, sentence - 1) ?? groupInSentence(groups, sentence + 1);
      if (!group || Math.abs(group.first - cue.first) > WINDOW || warm(view, m, group.sentence, group.first) || quoted(view, group)) return undefined;
      // "What is it with people blaming immigrants…": about the people who blame, not the group.
      if (/^(people|folk|those|anyone|everyone|some)$/.test(tokens[cue.last + 1]?.norm ?? '') && group.first > cue.last) return undefined;
      return { aim: { kind: 'group', group }, from: Math.min(group.first, cue.first), to: Math.max(group.last, cue.last), rule: 'hostility/derogation' };
    }
    case 'innocent-question': {
      // "why do [group] always get away with it? genuine question", "Pam bod [group] yn cael…? Jest
      // gofyn": the frame calls innocent a why-question that resents a group. A question asked to
      // learn ("genuine question: why do Muslim pupils fast? so I can explain it to my class") is meant.
      for (let s = sentence - 1; s <= sentence + 1; s++) if (withWords(view, m.curiosity, s, cue.first)) return undefined;
      // Two sentences back as well: "why do [group] get…? [a remark]. just asking".
      for (const q of [sentence, sentence - 1, sentence + 1, sentence - 2]) {
        if (q < 0 || !whyQuestion(view, q, cue.first)) continue;
        const group = groupInSentence(groups, q) ?? groupInSentence(groups, q - 1);
        if (!group || Math.abs(group.first - cue.first) > WINDOW || warm(view, m, group.sentence, group.first) || quoted(view, group)) continue;
        if (!withWords(view, m.grievanceWords, q, cue.first) && !withWords(view, m.grievanceWords, group.sentence, group.first)) continue;
        return { aim: { kind: 'group', group }, from: Math.min(group.first, cue.first), to: Math.max(group.last, cue.last), rule: 'hostility/derogation' };
      }
      return undefined;
    }
    case 'grievance': {
      // "[group] get prayer rooms and my lot get told…", "rhoi tai i [group] cyn ein teuluoedd ni": a
      // group said to be given something, then the in-group's side of a two-tier complaint.
      const start = Math.max(lowerBound(tokens, (t) => t.sentence < sentence), cue.first - WINDOW);
      const group = groups.between(start, cue.first).filter((g) => g.sentence === sentence).pop();
      if (!group) return undefined;
      let given = false;
      for (let k = Math.max(start, group.first - 4); k < cue.first && !given; k++) if (m.privilege.longestAt(tokens, k)) given = true;
      if (!given || warm(view, m, sentence, cue.first) || quoted(view, group)) return undefined;
      return { aim: { kind: 'group', group }, from: Math.min(group.first, cue.first), to: cue.last, rule: 'hostility/derogation' };
    }
    default:
      return undefined;
  }
}

/**
 * A target ending shortly before token `index`, linked to it by linking words only ("refugees are
 * all basically…"), with no negation between. `loosely`: any words may stand between (a threat
 * has its own modal or verb: "The mums at the gate should all be lined up and shot").
 */
function targetBefore(view: DraftView, groups: GroupIndex, m: Compiled, index: number, sentence: number, negated: Uint8Array, reach = REACH, loosely = false): Found | undefined {
  const tokens = view.doc.tokens;
  const linked = (from: number) => {
    // Across a place before the verb: "The mums at the gate are dead weight", "That parent has the…".
    let k = from;
    const verb = tokens.slice(from, index).findIndex((t) => COPULAS.has(t.norm));
    if (verb > 0 && verb <= 4) k = from + verb;
    for (let j = from; j < index; j++) {
      if (negated[j]) return false;
      if (/[,;:()]/.test(tokens[j]!.gapBefore) && j > from) return false;
    }
    if (loosely) return true;
    // "Some of the parents at the gate shouldn't be allowed…": a short place phrase, then the cue's own verb.
    if (k === from && index - from <= 4 && PLACE.has(tokens[from]!.norm) && MODAL_START.has(tokens[index]!.norm)) return true;
    for (; k < index; k++) if (!m.linking.has(tokens[k]!.norm) && !COPULAS.has(tokens[k]!.norm)) return false;
    return true;
  };
  let best: Found | undefined;
  for (const group of groups.between(index - reach - 1, index)) {
    if (group.sentence !== sentence || group.last >= index || index - group.last > reach) continue;
    if (linked(group.last + 1) && (!best || group.last > best.to)) best = { aim: { kind: 'group', group }, from: group.first, to: group.last, rule: '' };
  }
  if (best) return best;
  for (const ref of view.referencesNear(index, index, reach)) {
    if (ref.sentence !== sentence || ref.last >= index || index - ref.last > reach) continue;
    if (!linked(ref.last + 1)) continue;
    const aim: Aim = ref.group === 'people' ? { kind: 'person', ref } : { kind: 'community', ref };
    if (!best || ref.last > best.to) best = { aim, from: ref.first, to: ref.last, rule: '' };
  }
  return best;
}

/** A target starting within `reach` tokens from `from` ("I hate [all the] refugees", "I'll swing for that parent"). */
function targetAfter(view: DraftView, groups: GroupIndex, from: number, reach: number, sentence: number): Found | undefined {
  const tokens = view.doc.tokens;
  if (from >= tokens.length) return undefined;
  // Not across a clause ("can't stand geese, they chased me"), nor at the writer ("I hate myself").
  for (let k = from; k < Math.min(tokens.length, from + reach + 1); k++) if (k > from && /[,;:()]/.test(tokens[k]!.gapBefore)) reach = Math.min(reach, k - from - 1);
  if (SELF.has(tokens[from]!.norm)) return undefined;
  const group = groups.between(from, from + reach + 1).find((g) => g.sentence === sentence && g.first >= from && g.first - from <= reach);
  if (group) return { aim: { kind: 'group', group }, from: group.first, to: group.last, rule: '' };
  const ref = view.referencesNear(from, from + reach, 0).find((r) => r.sentence === sentence && r.first >= from && r.first - from <= reach);
  if (!ref) return undefined;
  return { aim: ref.group === 'people' ? { kind: 'person', ref } : { kind: 'community', ref }, from: ref.first, to: ref.last, rule: '' };
}

/** A group or person right at token `index` ("They" in "They should…"). */
function targetAt(view: DraftView, groups: GroupIndex, index: number, sentence: number): Found | undefined {
  const group = groups.between(index, index + 1).find((g) => g.first === index && g.sentence === sentence);
  if (group) return { aim: { kind: 'group', group }, from: group.first, to: group.last, rule: '' };
  const ref = view.referencesNear(index, index, 0).find((r) => r.first === index);
  return ref && { aim: ref.group === 'people' ? { kind: 'person', ref } : { kind: 'community', ref }, from: ref.first, to: ref.last, rule: '' };
}

/**
 * Welsh puts the predicate first: "pla ydyn nhw" (a plague they are), "ffyliaid yw nhw". The
 * pronoun after the verb stands for the group or person named earlier in the sentence.
 */
function welshPredicate(view: DraftView, groups: GroupIndex, cue: Cue, sentence: number): Found | undefined {
  const tokens = view.doc.tokens;
  const verb = tokens[cue.last + 1];
  const pronoun = tokens[cue.last + 2];
  if (!verb || !pronoun || pronoun.sentence !== sentence || !/^(ydyn|yw|ydy|ydi|oedd|ydych|ydan|ydach)$/.test(verb.norm) || !/^(nhw|hi|e|fe|fo|o|chi)$/.test(pronoun.norm)) return undefined;
  const group = groupInSentence(groups, sentence);
  if (group && group.first < cue.first) return { aim: { kind: 'group', group }, from: group.first, to: cue.last + 2, rule: '' };
  const t = personIn(view, sentence, cue.first);
  return t && { ...t, to: cue.last + 2 };
}

/**
 * Welsh negative sentences put the verb first and the subject after it: "Dydy hi ddim yn gallu
 * rhedeg bath" (she can't run a bath). The pronoun stands for the group or person named in this
 * sentence or the one before.
 */
function welshNegativeSubject(view: DraftView, groups: GroupIndex, cue: Cue, sentence: number): Found | undefined {
  const tokens = view.doc.tokens;
  let k = cue.first - 1;
  if (tokens[k]?.norm === 'ddim') k--;
  const pronoun = tokens[k];
  const verb = tokens[k - 1];
  if (!pronoun || !verb || verb.sentence !== sentence || !/^(dydy|dyw|dydi|dydyn|dyn|doedd|dydw|nid|sai)$/.test(verb.norm) || !/^(nhw|hi|e|fe|fo|o)$/.test(pronoun.norm)) return undefined;
  const group = groupInSentence(groups, sentence) ?? groupInSentence(groups, sentence - 1);
  if (group && group.first < cue.first) return { aim: { kind: 'group', group }, from: group.first, to: cue.last, rule: '' };
  const t = personIn(view, sentence, k - 1) ?? personIn(view, sentence - 1, cue.first);
  return t && { ...t, to: cue.last };
}

/** "vermin immigrants", "filthy gypsies": the group right after the words. */
function adjacentAfter(groups: GroupIndex, last: number, sentence: number): Found | undefined {
  const group = groups.between(last + 1, last + 2).find((g) => g.sentence === sentence && g.first === last + 1 && g.antecedent === undefined);
  return group && { aim: { kind: 'group', group }, from: last, to: group.last, rule: '' };
}

/** Words that make a reference a whole family ("that family", "the Smith family", "her lot", "y teulu 'na"). */
const FAMILY = /\b(family|families|famly|lot|clan|teulu|teuluoedd)\b/i;

/**
 * The family a generalisation is said of: the subject itself ("that family are all the same") or a
 * pronoun standing for a family named in this sentence or the one before ("…that family tbh, they're
 * all the same"); not beside words that speak well of them ("they're all the same: kind and generous").
 */
function familyOf(view: DraftView, m: Compiled, t: Found, cue: Cue, sentence: number): Reference | undefined {
  if (warm(view, m, sentence, cue.first)) return undefined;
  if (t.aim.kind === 'community' && FAMILY.test(t.aim.ref.text)) return t.aim.ref;
  if (t.aim.kind !== 'person' || !/^(they|theyre|them|nhw|those|these)$/.test(view.doc.tokens[t.from]!.norm)) return undefined;
  const refs = view.referencesNear(cue.first, cue.last, WINDOW, -1, 0).filter((r) => r.group !== 'people' && FAMILY.test(r.text));
  return refs.sort((a, b) => Math.abs(a.first - cue.first) - Math.abs(b.first - cue.first))[0];
}

/** A family named as an afterthought just after the words ("never any good at anything, that family"). */
function familyAfter(view: DraftView, m: Compiled, cue: Cue, sentence: number): Reference | undefined {
  if (warm(view, m, sentence, cue.first)) return undefined;
  return view.referencesNear(cue.last + 1, cue.last + 6, 0).find((r) => r.sentence === sentence && r.first > cue.last && r.first - cue.last <= 6 && r.group !== 'people' && FAMILY.test(r.text));
}

/**
 * Whether sentence `sentence` holds a phrase of `matcher` within `WINDOW` tokens of token `near`
 * (a sentence of a megabyte is read near the cue, not whole for each cue: the draft stays linear).
 */
function withWords(view: DraftView, matcher: PhraseMatcher<true>, sentence: number, near: number): boolean {
  const tokens = view.doc.tokens;
  if (sentence < 0) return false;
  const first = Math.max(lowerBound(tokens, (t) => t.sentence < sentence), near - WINDOW);
  for (let k = first; k < tokens.length && k <= near + WINDOW && tokens[k]!.sentence <= sentence; k++) if (tokens[k]!.sentence === sentence && matcher.longestAt(tokens, k)) return true;
  return false;
}

/** How far from a cue, in tokens, the words that qualify it are looked for. */
const WINDOW = 60;

/** A sentence that speaks well of whoever it names ("a warm welcome to our Syrian families"), or is followed by one that does. */
function warm(view: DraftView, m: Compiled, sentence: number, near: number): boolean {
  return withWords(view, m.warmth, sentence, near) || withWords(view, m.warmth, sentence + 1, near);
}

/** Whether a group's words stand inside quotation marks: a question or remark reported, not made ("a parent asked me 'why do…?'"). */
function quoted(view: DraftView, group: GroupTarget): boolean {
  const text = view.doc.draft;
  const from = Math.max(0, group.start - 300);
  const nearby = text.slice(from, Math.min(text.length, group.end + 300));
  for (const q of nearby.matchAll(QUOTED_SPAN)) if (from + q.index <= group.start && from + q.index + q[0].length >= group.end) return true;
  return false;
}

const QUOTED_SPAN = /["“][^"“”\n]{1,300}["”]|(?<![\p{L}\p{N}])['‘][^'‘’\n]{1,300}['’](?![\p{L}\p{N}])/gu;

/**
 * Where each sarcasm emoji stands in a draft, found once per draft and kept beside it: slicing the sentence
 * and searching it for every cue made a 50,000-character sentence of repeated cues ("geniuses 👏 geniuses 👏…")
 * quadratic (several seconds).
 */
const emojiSpans = new WeakMap<DraftView['doc'], readonly { start: number; end: number }[]>();

function sarcasmEmojiSpans(view: DraftView, m: Compiled): readonly { start: number; end: number }[] {
  let spans = emojiSpans.get(view.doc);
  if (!spans) {
    const text = view.doc.draft;
    const found: { start: number; end: number }[] = [];
    for (const e of m.sarcasmEmoji) for (let at = text.indexOf(e); at !== -1; at = text.indexOf(e, at + e.length)) found.push({ start: at, end: at + e.length });
    spans = found.sort((a, b) => a.start - b.start);
    emojiSpans.set(view.doc, spans);
  }
  return spans;
}

/** A sarcasm emoji wholly inside the draft's characters [from, to). */
function emojiWithin(view: DraftView, m: Compiled, from: number, to: number): boolean {
  const spans = sarcasmEmojiSpans(view, m);
  // Emoji are a few characters long, so the first one starting in the range nearly always ends in it too.
  for (let k = lowerBound(spans, (s) => s.start < from); k < spans.length && spans[k]!.start < to; k++) if (spans[k]!.end <= to) return true;
  return false;
}

/** An eye-roll emoji in sentence `sentence` (or within four characters of it). */
function eyeRoll(view: DraftView, m: Compiled, sentence: number): boolean {
  const from = view.doc.sentenceStarts[sentence] ?? 0;
  const to = view.doc.sentenceStarts[sentence + 1] ?? view.doc.draft.length;
  return emojiWithin(view, m, Math.max(0, from - 4), Math.min(to + 4, view.doc.draft.length));
}

/** Warm words in any sentence from `from` to `to` (a trait told in one sentence, put down to birth in a later one). */
function warmSince(view: DraftView, m: Compiled, from: number, to: number, near: number): boolean {
  for (let s = from; s <= to; s++) if (withWords(view, m.warmth, s, near)) return true;
  return false;
}

/** A why-question: "why", "how come", "where does it end", Welsh "pam"/"paham" in the sentence, near token `near`. */
function whyQuestion(view: DraftView, sentence: number, near: number): boolean {
  const tokens = view.doc.tokens;
  const first = Math.max(lowerBound(tokens, (t) => t.sentence < sentence), near - WINDOW);
  for (let k = first; k < tokens.length && k <= near + WINDOW && tokens[k]!.sentence <= sentence; k++) {
    if (tokens[k]!.sentence !== sentence) continue;
    if (/^(why|pam|paham|whys)$/.test(tokens[k]!.norm) || (tokens[k]!.norm === 'how' && tokens[k + 1]?.norm === 'come')) return true;
    // "Where does it end?", "where will it stop?": the slippery-slope question asks no more innocently than "why".
    if (tokens[k]!.norm === 'where' && /^(does|will|do|would)$/.test(tokens[k + 1]?.norm ?? '') && /^(it|this)$/.test(tokens[k + 2]?.norm ?? '') && /^(end|stop)$/.test(tokens[k + 3]?.norm ?? '')) return true;
  }
  return false;
}

function groupInSentence(groups: GroupIndex, sentence: number): GroupTarget | undefined {
  return groups.inSentence(sentence);
}

/**
 * The draft's groups by position, so each question about "a group near here" is a binary search:
 * a megabyte of "refugees are vermin" must stay linear.
 */
class GroupIndex {
  private readonly bySentence = new Map<number, GroupTarget>();

  constructor(private readonly sorted: readonly GroupTarget[]) {
    for (const group of sorted) if (!this.bySentence.has(group.sentence)) this.bySentence.set(group.sentence, group);
  }

  /** Groups whose first token is in [from, to). */
  between(from: number, to: number): readonly GroupTarget[] {
    const start = lowerBound(this.sorted, (g) => g.first < from);
    let end = start;
    while (end < this.sorted.length && this.sorted[end]!.first < to) end++;
    return this.sorted.slice(start, end);
  }

  inSentence(sentence: number): GroupTarget | undefined {
    return this.bySentence.get(sentence);
  }
}

/** Irony: an eye-roll emoji in the sentence, or a marker word just before ("truly a caring genius"). */
function ironic(view: DraftView, m: Compiled, cue: Cue, byMarkerWords: boolean): boolean {
  const tokens = view.doc.tokens;
  const sentence = tokens[cue.first]!.sentence;
  const from = view.doc.sentenceStarts[sentence]!;
  const to = view.doc.sentenceStarts[sentence + 1] ?? view.doc.draft.length;
  // An emoji just before the sentence counts too ("…heb bwerbwynt? 🙄 athrylith").
  if (eyeRoll(view, m, sentence)) return true;
  // Or closing a short sentence right after it: "a true visionary. cannot wait for the next instalment 🙄".
  const nextEnd = view.doc.sentenceStarts[sentence + 2] ?? view.doc.draft.length;
  if (to < view.doc.draft.length && nextEnd - to <= 80) {
    const nextFirst = lowerBound(tokens, (t) => t.sentence <= sentence);
    const nextWords = lowerBound(tokens, (t) => t.sentence <= sentence + 1) - nextFirst;
    if (nextWords <= 8 && emojiWithin(view, m, to, nextEnd)) return true;
  }
  if (byMarkerWords) for (let k = Math.max(0, cue.first - 3); k < cue.first; k++) if (tokens[k]!.sentence === sentence && m.sarcasmWords.longestAt(tokens, k)) return true;
  // Or right after it, as an afterthought: "Visionaries, truly."
  const after = tokens[cue.last + 1];
  if (byMarkerWords && after && after.sentence === sentence && AFTERTHOUGHT.has(after.norm) && tokens[cue.last + 2]?.sentence !== sentence) return true;
  // A verdict on its own after words held at arm's length in quotes: 'told us "wellbeing is a
  // priority" and then emailed at 10:47pm. Inspirational.'
  // Or after a complaint: '…was clearly written by someone who's never met a teenager. Genius.'
  if (fragment(view, cue) && sentence > 0) {
    const previous = view.doc.draft.slice(view.doc.sentenceStarts[Math.max(0, sentence - 2)]!, from);
    if (/["“][^"“”\n]{3,80}["”]/u.test(previous)) return true;
    const start = lowerBound(tokens, (t) => t.sentence < sentence - 1);
    for (let k = start; k < cue.first && tokens[k]!.sentence < sentence; k++) if (COMPLAINT.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Marker words that turn praise to irony when they close its sentence ("Visionaries, truly."). */
const AFTERTHOUGHT: ReadonlySet<string> = new Set(['truly', 'honestly', 'really', 'clearly', 'obviously', 'wir']);

/** A jibe owned as one after a joke's punchline. */
const JIBE = /(sorry not sorry|no offen[cs]e|😂|🤣|😆|\blol\b|\blmao\b)/iu;

/** Words of a complaint that a one-word verdict after it turns to irony ("never met a teenager. Genius."). */
const COMPLAINT: ReadonlySet<string> = new Set(['never', 'clearly', 'apparently', 'obviously', 'again', 'eto', 'yet', 'still', 'forgot', 'forgotten', 'anghofio']);

/** A sentence of a few words with no verb of its own ("Spineless.", "Pointless dinosaurs.", "Well deserved, sir."). */
/**
 * "why do people hate refugees?", "pam bod pobl yn casáu ffoaduriaid?": a question about why others
 * hate (a pupil's question, a lesson) holds the hate at a distance; the writer hates nobody.
 */
const WHY_OTHERS = /^(why|pam) (do|does|did|would|bod|mae|fod|ma|oedd)( some| rhai| so many| cymaint o)? (people|pobl|folk|they|others)( yn)?$/;
function askedWhyOthersHate(tokens: readonly Token[], cue: number): boolean {
  const sentence = tokens[cue]!.sentence;
  for (let k = Math.max(0, cue - 6); k < cue; k++) {
    if (tokens[k]!.sentence !== sentence) continue;
    if (WHY_OTHERS.test(tokens.slice(k, cue).map((t) => t.norm).join(' '))) return true;
  }
  return false;
}

function fragment(view: DraftView, cue: Cue): boolean {
  const tokens = view.doc.tokens;
  const sentence = tokens[cue.first]!.sentence;
  let count = 0;
  for (let k = cue.first; k >= 0 && tokens[k]!.sentence === sentence; k--) count++;
  for (let k = cue.first + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) count++;
  return count <= 6;
}

/** A sentence of one or two words ("Bless.", "Wow.", "Honestly."), not praise: an aside that leaves the person named before it the subject. */
function aside(view: DraftView, sentence: number, praise: PhraseMatcher<true>): boolean {
  if (sentence < 0) return false;
  const tokens = view.doc.tokens;
  const start = lowerBound(tokens, (t) => t.sentence < sentence);
  let words = 0;
  for (let k = start; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (tokens[k]!.kind === 'word') words++;
  return words >= 1 && words <= 2 && !praise.longestAt(tokens, start);
}

/** Someone named in sentence `sentence` before token `index` (the one an ironic remark follows). */
function personIn(view: DraftView, sentence: number, index: number): Found | undefined {
  if (sentence < 0) return undefined;
  const back = sentence - view.doc.tokens[index]!.sentence;
  const ref = view.referencesNear(index, index, 60, Math.min(0, back), 0).filter((r) => r.sentence === sentence && r.last < index).pop();
  return ref && { aim: ref.group === 'people' ? { kind: 'person', ref } : { kind: 'community', ref }, from: ref.first, to: ref.last, rule: '' };
}

/** Remarks a disclaimer ("I'm not racist but…") announces even when no group is named. */
const DISCLAIMED: ReadonlySet<CueKind> = new Set(['exclusion', 'exclusion-question', 'trope', 'dehumanising', 'derogation']);

/** Statements a negation before their subject denies ("I don't think [group] are…"). */
const DENIABLE: ReadonlySet<CueKind> = new Set(['dehumanising', 'derogation', 'trope', 'insult', 'negated-praise']);

function negatedBefore(negated: Uint8Array, tokens: readonly Token[], index: number, reach = 3): boolean {
  for (let k = index - 1; k >= Math.max(0, index - reach) && tokens[k]!.sentence === tokens[index]!.sentence; k--) if (negated[k]) return true;
  return false;
}

/**
 * "someone should lamp the dad who…", "I'd headbutt the year 11 who keyed my car": a person named by
 * a bare "the" and a listed person noun (threatPeople), within two words. Only after a threatening
 * subject; a thing stays quiet ("I'm going to beat the traffic", "I'll end the lesson early").
 */
function thePerson(view: DraftView, m: Compiled, from: number, sentence: number): Found | undefined {
  const tokens = view.doc.tokens;
  if (tokens[from]?.norm !== 'the' || tokens[from]!.sentence !== sentence) return undefined;
  for (let k = from + 1; k <= from + 3 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (k > from + 1 && /[,;:()]/.test(tokens[k]!.gapBefore)) break;
    const person = m.threatPeople.longestAt(tokens, k);
    if (!person) continue;
    // "the dad's car", "the kid's bike": the person's things, not the person.
    if (tokens[person.last]!.possessive) return undefined;
    return { aim: { kind: 'person', ref: pseudoRef(view, { kind: 'threat-phrase', first: from, last: person.last, disguised: false }) }, from, to: person.last, rule: '' };
  }
  return undefined;
}

/**
 * "I'm lamping him", "I am decking that parent": a blow the writer says they are about to give,
 * right after "I'm"/"I am", to a person or group just after. Not "I'm punching above my weight",
 * "I'm not slapping anyone", "I'm battering the fish".
 */
function progressiveThreats(view: DraftView, groups: GroupIndex, m: Compiled): { cue: Cue; found: Found }[] {
  const tokens = view.doc.tokens;
  const out: { cue: Cue; found: Found }[] = [];
  for (const hit of m.progressives.matchAll(tokens)) {
    const before = tokens[hit.first - 1];
    const sentence = tokens[hit.first]!.sentence;
    if (!before || before.sentence !== sentence) continue;
    const speaker = before.norm === 'im' ? hit.first - 1 : before.norm === 'am' && tokens[hit.first - 2]?.norm === 'i' ? hit.first - 2 : -1;
    if (speaker < 0 || tokens[speaker]!.sentence !== sentence) continue;
    const t = targetAfter(view, groups, hit.last + 1, 2, sentence);
    if (!t) continue;
    out.push({ cue: { kind: 'threat-phrase', first: speaker, last: hit.last, disguised: false }, found: { ...t, from: speaker, rule: 'hostility/threat' } });
  }
  return out;
}

function pseudoRef(view: DraftView, cue: Cue): Reference {
  const tokens = view.doc.tokens;
  const start = tokens[cue.first]!.start;
  const end = tokens[cue.last]!.end;
  return { group: 'people', individual: false, named: false, text: view.doc.draft.slice(start, end), first: cue.first, last: cue.last, start, end, sentence: tokens[cue.first]!.sentence };
}

const RULE_KEYS = {
  'hostility/dehumanising': 'finding_hostility_dehumanising',
  'hostility/derogation': 'finding_hostility_derogation',
  'hostility/hateful-feeling': 'finding_hostility_hate',
  'hostility/negated-praise': 'finding_hostility_derogation',
  'hostility/threat': 'finding_hostility_threat',
  'hostility/exclusion': 'finding_hostility_exclusion',
  'hostility/insult': 'finding_hostility_insult',
  'hostility/sarcasm': 'finding_hostility_insult',
} as const;

function finding(view: DraftView, cue: Cue, aim: Aim, rule: string, first: number, last: number): RawFinding {
  const tokens = view.doc.tokens;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const written = view.doc.draft.slice(start, end);
  // Irony is mockery, not an insult: a warning whoever it is about.
  const severity: Severity = rule === 'hostility/sarcasm' || aim.kind === 'person' ? 'warning' : 'high';
  const topic: Topic = aim.kind === 'group' ? 'discriminatory' : aim.kind === 'community' ? (`about-${aim.ref.group}` as Topic) : 'general';
  const target = aim.kind === 'group' ? aim.group.text : aim.ref.text;
  const whom: PhraseKey = aim.kind === 'group' ? 'group_a_group' : aim.kind === 'community' ? communityPhrase(aim.ref.group) : 'group_someone';
  const key = RULE_KEYS[rule as keyof typeof RULE_KEYS];
  return {
    category: 'derogatory',
    topic,
    severity,
    start,
    end,
    ruleId: rule,
    ...say(key, written, phrase(whom), target),
    explanation: {
      rule: `hostility: ${rule.slice('hostility/'.length)}${cue.disguised ? ' (disguised spelling)' : ''}`,
      context: aim.kind === 'group' && aim.group.antecedent ? `${target} → ${aim.group.antecedent}` : target,
      reason:
        aim.kind === 'group'
          ? `hostile to a group of people (${aim.group.characteristic.replace('-', ' ')}): discriminatory remarks are high whatever words are used`
          : aim.kind === 'community'
            ? `hostile to ${aim.ref.group === 'school' ? 'the school' : aim.ref.group} in the school community`
            : 'hostile to a person',
    },
  };
}

function communityPhrase(group: Reference['group']): PhraseKey {
  return group === 'pupils' ? 'group_pupils' : group === 'parents' ? 'group_parents' : group === 'staff' ? 'group_staff' : group === 'school' ? 'group_school' : 'group_someone';
}

export const hostilityDetector = defineDetector({
  id: 'hostility',
  phase: 'findings',
  description: 'Hate and hostility with or without offensive words: dehumanising, generalising, hateful feeling, threats, exclusion, linked to a group or person.',
  rules: {
    'hostility/dehumanising': 'people compared to vermin, animals, disease ("refugees are vermin"): high about a group or the school community, else a warning',
    'hostility/derogation': 'a negative generalisation about a group ("they\'re all thieves", "filthy gypsies") or praise denied to it ("never any good"): high',
    'hostility/hateful-feeling': 'hatred of a group or person ("I hate [group]", "[group] make me sick"): high about a group or the school community',
    'hostility/negated-praise': 'praise denied to a whole group ("[group] are never any good at anything"): high',
    'hostility/threat': 'a direct or normative threat ("[group] should all be shot", "I\'ll swing for that parent"): high, a warning against another person',
    'hostility/insult': 'an insult with no offensive word aimed at people ("dead weight", "shouldn\'t be allowed near children"): high about the school community or a group, else a warning',
    'hostility/exclusion': 'telling people to leave or asking why they are let in ("send them back", "why do we let [group] in"): high about a group',
    'hostility/sarcasm': 'praise said in irony about people ("Inspirational. 🙄", "works more hours than the head does 🙃"): a warning about the school community or a group, else info',
  },
  lexicon: z.object({ hostility: HostilitySchema, negativeWords: z.array(z.string()) }),
  select: (bundle) => ({
    hostility: bundle.hostility,
    // The derogatory lexicon's insults, swearing and slurs, for "[insult], the lot of them".
    negativeWords: (bundle.derogatory as DerogatoryLexicon).entries.filter((e) => e.kind !== 'mild').flatMap((e) => e.forms),
  }),
  compile: (lexicon) => compile(lexicon),
  run: (compiled, { view, groups }) => findHostility(view, groups, compiled),
});
