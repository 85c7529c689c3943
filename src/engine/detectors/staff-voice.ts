import { z } from 'zod';
import type { Reference } from '../context/community';
import { thingOfPeople } from '../context/general-talk';
import type { GroupTarget } from '../context/group-targets';
import { defineDetector } from '../detector';
import type { DraftView } from '../draft';
import { compileLinearModel, type LinearModel, type LinearSentence } from '../learned/linear-scorer';
import { GROUP_PLACEHOLDER, groupMaskMatcher, maskGroupTerms } from '../learned/group-mask';
import { LinearModelSchema, type LinearModelData } from '../learned/linear-schema';
import { ConfidentialCuesSchema } from '../schemas/lexicons';
import { lowerBound } from '../lower-bound';
import { phrase, say } from '../message-keys';
import type { Topic } from '../types';
import { groupPhrase, NEGATIONS, ruleWordsOf, saidOfSomeone, STOP } from './learned';
import type { RawFinding } from './raw-finding';
import type { WordPatternMatcher } from '../text/word-patterns';
import { PhraseMatcher } from '../text/phrases';
import { wordClassMatcher } from './confidential-cues';

/**
 * The staff-voice head (issue 11, tenth session), fused with the rules and the hostility model.
 * A small linear model (rules/models/staff-voice.json, `npm run train:staff-voice`) that learnt only
 * from school staff's drafts, a dozen writers, with their benign near-misses as negatives: the
 * polite, sarcastic and "just asking" contempt the tweet-trained model scores low ("Bless her, she
 * really does try her best with the basics", "Some of us actually read the behaviour policy").
 *
 * It only ever raises a **warning**, never high, and only where the sentence is about someone:
 *
 * - the sentence names a person or group of the school community or a person by a pronoun ("she",
 *   "those parents", "the new head"), before the words it underlines or after them (the school
 *   itself only before them: "this school is a joke", not "… back to school"); a sentence about a
 *   protected group (race, religion, disability…) is judged instead by the group-stance model on the
 *   draft with every group term masked (nineteenth session, `groupStanceFindings`), so it scores the
 *   stance around the group, never the group's name;
 * - the rules have not already held the sentence (a warning or high derogatory finding of theirs or
 *   the hostility model's stands); an `info` of theirs on the sentence is agreement, and the head's
 *   warning replaces the hostility model's note there;
 * - the words it underlines are not denied just before ("not lazy") and, where they are words the
 *   rules judge themselves, are said of someone (as in detectors/learned.ts).
 *
 * Its threshold was chosen by leave-one-writer-out through the engine (docs/models.md): at it, at
 * most 3 % of the benign drafts of writers the head never saw were newly held.
 */
/**
 * The head's operating point (rules/lexicons/staff-voice-operating-point.json): one threshold for each kind
 * of evidence of whom the sentence is about. On writers the head never saw, its ranking held (AUC 0.948 on
 * train-13) but one threshold for every sentence caught half: a sentence that names someone of the school
 * community, or a protected group, is evidence that generalises across writers, a bare pronoun is not.
 * Above 1, a tier is off.
 */
export const StaffVoiceOperatingPointSchema = z.object({
  $comment: z.string().optional(),
  /** The sentence names someone of the school community (the context phase's reference): "the deputy", "Year 9", "parents". */
  community: z.number().min(0).max(1.01),
  /** Only a pronoun says whom ("she", "they") in a post about school. */
  pronoun: z.number().min(0).max(1.01),
  /** A protected group the targets phase found in the sentence ("the Polish families"); counter-speech still drops it. */
  group: z.number().min(0).max(1.01),
  /**
   * Nothing in the sentence says whom, in a post about school (seventeenth session): contempt whose target the
   * reader supplies ("what a shambles of a place, run by clowns"; "honestly embarrassing, every single one of
   * them" after a sentence about a meeting). The head's ranking generalises across writers (AUC 0.94–0.99
   * leave-one-writer-out), so a score this high is evidence enough without a named target.
   */
  bare: z.number().min(0).max(1.01),
  /** Nouns after a people word that make it describe a thing ("the staff room", "parents evening"): no one is named then. */
  thingsAfterPeople: z.array(z.string().min(1)),
  /**
   * Group terms masked for the group-stance model beside the group lexicon's forms (hostility.json `groups`): the
   * ways the staff drafts name a group of outsiders that the lexicon does not ("incomers", "them lot", "site
   * families", "pobl ddŵad"). Nineteenth session; src/engine/learned/group-mask.ts.
   */
  groupTerms: z.array(z.string().min(1)).default([]),
});
export type StaffVoiceOperatingPoint = z.infer<typeof StaffVoiceOperatingPointSchema>;
type Tier = 'community' | 'pronoun' | 'group' | 'bare';

interface Compiled {
  readonly model: LinearModel;
  /**
   * The group-stance model (rules/models/staff-voice-group.json, nineteenth session): the head's recipe trained and
   * scored with every group term masked (src/engine/learned/group-mask.ts). When present it alone judges the group
   * tier, at the operating point's `group` threshold.
   */
  readonly groupModel?: LinearModel;
  readonly groupMask: PhraseMatcher<true>;
  readonly operatingPoint: StaffVoiceOperatingPoint;
  readonly thingsAfter: PhraseMatcher<true>;
  readonly ruleWords: ReadonlySet<string>;
  /**
   * The writer's own family (confidential-cues.json `wordClasses.writersOwn`: "my little boy", "my mum"),
   * shared with the learned confidential layer: "My little boy thinks he's a dinosaur expert now, bless
   * him" is a parent's fondness, not a staff voice about someone at school (review of merge11).
   */
  readonly writersOwn: WordPatternMatcher<true>;
}

const compiledByData = new WeakMap<LinearModelData, LinearModel>();

function compiledModel(data: LinearModelData, source: string): LinearModel {
  let model = compiledByData.get(data);
  if (!model) {
    model = compileLinearModel(data, source, 'derogatory');
    compiledByData.set(data, model);
  }
  return model;
}

function compile(data: { model: LinearModelData; groupModel?: LinearModelData | undefined; groups: readonly { forms: readonly string[] }[]; operatingPoint: StaffVoiceOperatingPoint; ruleWords: readonly string[]; wordClasses: Record<string, string[]> }): Compiled {
  const model = compiledModel(data.model, 'rules/models/staff-voice.json');
  const groupModel = data.groupModel ? compiledModel(data.groupModel, 'rules/models/staff-voice-group.json') : undefined;
  return {
    model,
    ...(groupModel ? { groupModel } : {}),
    groupMask: groupMaskMatcher(data.groups, data.operatingPoint.groupTerms),
    operatingPoint: data.operatingPoint,
    thingsAfter: PhraseMatcher.of(data.operatingPoint.thingsAfterPeople, { plurals: false }),
    ruleWords: new Set(data.ruleWords),
    writersOwn: wordClassMatcher(data.wordClasses, '@writersOwn'),
  };
}

const POSSESSIVES: ReadonlySet<string> = new Set(['your', 'ur']);

/** Whom a bare-tier finding is said of, in its explanation (tests/train/staff-voice-leave-out.ts reads it). */
export const NO_ONE_NAMED = 'no one named, in a post about school';

/**
 * Words before which the people named after the scored words are where or for whom, not whom the words
 * are said of ("dogs shouldn't be allowed near children": the children are not the dogs).
 */
const PLACE_OR_PURPOSE: ReadonlySet<string> = new Set(['near', 'around', 'beside', 'among', 'amongst', 'for', 'with', 'from', 'without']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'my', 'their', 'his', 'her', 'some', 'any', 'all', 'other', 'young', 'small', 'little']);

/**
 * Thanks or congratulations with applause or a heart and no eye-roll: sincere, whatever the praise word
 * ("thank you to the PTA, geniuses the lot of them 👏"); the head learnt praise words from sarcasm.
 */
const THANKS = /\b(?:thank(?:s| you)|diolch|congrat(?:ulation)?s|well done|llongyfarchiadau|shout ?out)\b/i;
const WARM = /👏|🙌|❤️|❤|💙|💚|🥰|😍|🎉/u;
const SCORN = /🙄|🙃|😒|🤦|🤡/u;
/**
 * Plain praise before applause or a heart, with no complaint or "again" beside it: meant ("Mae'r pennaeth
 * yn wych, gweledigaeth wir 👏"). The head learnt "wir" and 👏 from Welsh sarcasm, where a complaint or
 * "another"/"eto" stands beside them; the rules' eye-roll families still judge "another genius idea 👏".
 */
const PRAISE = /\b(?:g?wych|ardderchog|arbennig|brilliant|amazing|fantastic|superb|inspiring|inspirational|outstanding|proud|balch)\b/i;
const COMPLAINT = /\b(?:but|ond|shame|another|again|eto|yet|as always|fel arfer|apparently|mae'n debyg)\b/i;

/**
 * Words that frame a sentence (a question, a generalisation, a wry "funny how") without saying anything
 * of anyone: the head learnt them from sarcasm, where they sit beside the contempt, but alone they are
 * the frame of a joke or a sincere question too ("Why do governors always get the best biscuits?
 * Genuine question 😂"). They never drive a finding alone: a sentence that reaches the threshold only by these holds
 * nothing: their share of the score is set aside before the threshold, and they are never underlined
 * (eleventh session, chosen by leave-one-writer-out).
 */
const NONE: ReadonlySet<string> = new Set();
/** Modal verbs, English and Welsh: with no one named they frame a sentence; their share is set aside for the bare tier. */
const MODALS: ReadonlySet<string> = new Set(['should', 'shouldnt', "shouldn't", 'must', 'ought', 'dylen', 'dylai', 'dylan', 'dylent', 'ddylen', 'ddylai', 'ddylan']);
const FRAME: ReadonlySet<string> = new Set(['why', 'how', 'when', 'where', 'always', 'genuine', 'genuinely', 'honest', 'honestly', 'funny', 'question', 'asking', 'wonder', 'wondering']);

/**
 * "My kids": a teacher's class or the writer's own children? Their own where the post says nothing of
 * school ("My kids get hand me downs from their cousins and love them"); the school's pupils where it does
 * ("my kids were feral in maths", "my Year 9s" is a class name anyway) or a year follows ("my kids this
 * year"), as a teacher says of a class. Only "my": "our kids" is how staff speak of the school's pupils.
 */
const MY_KIDS: ReadonlySet<string> = new Set(['kids', 'children', 'kiddies', 'kiddos']);
const A_YEAR: ReadonlySet<string> = new Set(['this', 'last', 'next']);

function writersOwnKids(view: DraftView): { start: number; end: number }[] {
  const tokens = view.doc.tokens;
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.norm !== 'my' || !MY_KIDS.has(tokens[k + 1]!.norm)) continue;
    const next = tokens[k + 2];
    if (next && next.sentence === tokens[k]!.sentence && A_YEAR.has(next.norm) && /^(?:year|yr|term)$/.test(tokens[k + 3]?.norm ?? '')) continue;
    out.push({ start: tokens[k]!.start, end: tokens[k + 1]!.end });
  }
  // School words elsewhere in the post make them a class ("kids" itself is a weak school word).
  const aboutSchool = view.schoolContext.some((c) => !out.some((o) => c.start < o.end && c.end > o.start));
  return aboutSchool ? [] : out;
}

const holds = (f: RawFinding) => f.category === 'derogatory' && (f.severity === 'warning' || f.severity === 'high');

export function staffVoiceFindings(view: DraftView, compiled: Compiled, findings: readonly RawFinding[], groups: readonly GroupTarget[] = []): RawFinding[] {
  const { model, groupModel, operatingPoint, thingsAfter, ruleWords, writersOwn } = compiled;
  const score = model.score(view.doc.draft, { folded: view.doc.folded });
  const withGroups = groupModel && operatingPoint.group <= 1 ? groupStanceFindings(view, compiled, findings, groups) : findings;
  if (score.level === 'none') return withGroups.slice();
  let out = withGroups.slice();
  const tokens = view.doc.tokens;
  const own = [...writersOwn.matchAll(tokens).map((m) => ({ start: tokens[m.first]!.start, end: tokens[m.last]!.end })), ...writersOwnKids(view)];
  for (const sentence of score.sentences) {
    if (sentence.level === 'none' || sentence.words.length === 0) continue;
    const inside = (f: RawFinding) => f.start < sentence.end && f.end > sentence.start;
    if (out.some((f) => holds(f) && inside(f))) continue;
    // The frame's share of the score is set aside: what is left must reach the threshold by itself.
    const probability = withoutFrame(view, sentence);
    if (probability < model.thresholds.possible) continue;
    const found = fromSentence(view, { ...sentence, probability }, groups, ruleWords, own, thingsAfter);
    // Each kind of evidence of whom it is about has its own threshold, never below the model's own.
    // With no one named, what a modal verb added is set aside too ("Dylen nhw gael eu canmol", they should be praised):
    // the head learnt "should" from normative threats, which name whom and are the rules' to judge.
    if (!found || (found.tier === 'bare' ? withoutFrame(view, sentence, MODALS) : probability) < operatingPoint[found.tier]) continue;
    // The group tier is the group-stance model's where there is one (it scores the masked sentence, above).
    if (found.tier === 'group' && groupModel) continue;
    const { finding } = found;
    // The hostility model's note on the same sentence says less than this warning: one finding, not two.
    out = out.filter((f) => !(f.ruleId === 'derogatory/learned' && inside(f)));
    out.push(finding);
  }
  return out;
}

/**
 * The group tier (nineteenth session): every sentence that names a protected group (the targets phase's groups, or a
 * term of the group mask) is scored by the group-stance model with the group terms masked, so the score is the
 * stance around the group, not its name; at or above the operating point's `group` threshold, and past the same
 * gates as the head's other findings (thanks with applause, a denied word, rule words said of no one), it is a
 * warning whose context is the group. Counter-speech drops it afterwards as it drops the rules' group findings.
 */
function groupStanceFindings(view: DraftView, compiled: Compiled, findings: readonly RawFinding[], groups: readonly GroupTarget[]): RawFinding[] {
  const { groupModel, groupMask, operatingPoint, ruleWords } = compiled;
  if (!groupModel) return findings.slice();
  const tokens = view.doc.tokens;
  const draft = view.doc.draft;
  const masked = maskGroupTerms(draft, tokens, groupMask);
  // The targets phase's groups that are a masked term or a pronoun that refers back to one: a loose match one letter
  // from a group's name is left to the rules ("maes parcio", Welsh for a car park, is not "males").
  const named = groups.filter((g) => g.antecedent !== undefined || masked.spans.some((s) => s.start < g.end && s.end > g.start));
  if (masked.spans.length === 0 && named.length === 0) return findings.slice();
  // The masked terms as groups of the sentence (whom it is about), beside the targets phase's own.
  const all: GroupTarget[] = [...named, ...masked.spans.filter((s) => !named.some((g) => g.start < s.end && g.end > s.start)).map((s) => ({ id: 'masked', characteristic: 'other', first: s.first, last: s.last, start: s.start, end: s.end, sentence: tokens[s.first]!.sentence, text: draft.slice(s.start, s.end) }))];
  const score = groupModel.score(masked.text, { topWords: 16 });
  if (score.level === 'none') return findings.slice();
  let out = findings.slice();
  for (const m of score.sentences) {
    if (m.level === 'none' || m.words.length === 0) continue;
    const start = masked.toOriginal(m.start, 'start');
    const end = masked.toOriginal(m.end, 'end');
    if (!all.some((g) => g.start < end && g.end > start)) continue;
    const inside = (f: RawFinding) => f.start < end && f.end > start;
    if (out.some((f) => holds(f) && inside(f))) continue;
    // The placeholder's own share is set aside like a frame word's: that a group is named is not the stance.
    const p = Math.min(Math.max(m.probability, 1e-9), 1 - 1e-9);
    const z = Math.log(p / (1 - p)) - m.words.filter((w) => w.text.toLowerCase() === GROUP_PLACEHOLDER).reduce((sum, w) => sum + Math.max(0, w.contribution), 0);
    const words = m.words
      .filter((w) => w.text.toLowerCase() !== GROUP_PLACEHOLDER)
      .map((w) => {
        const ws = masked.toOriginal(w.start, 'start');
        const we = masked.toOriginal(w.end, 'end');
        return { ...w, start: ws, end: we, text: draft.slice(ws, we) };
      });
    const sentence: LinearSentence = { ...m, start, end, words, probability: 1 / (1 + Math.exp(-z)) };
    // A modal verb's share too, as for the bare tier: the model learnt "should"/"dylen" from normative exclusion
    // ("dylen nhw fynd adre"), which the rules' exclusion families judge; alone it is sympathy as often
    // ("Dylen nhw ddim cael byw mewn ofn", they shouldn't have to live in fear).
    const probability = withoutFrame(view, sentence, MODALS);
    if (probability < operatingPoint.group) continue;
    const found = fromSentence(view, { ...sentence, probability }, all, ruleWords, [], compiled.thingsAfter);
    if (!found || found.tier !== 'group') continue;
    out = out.filter((f) => !(f.ruleId === 'derogatory/learned' && inside(f)));
    out.push(found.finding);
  }
  return out;
}

/** The sentence's probability with the logit share of its frame words (`FRAME`) taken out. */
export function withoutFrame(view: DraftView, sentence: LinearSentence, also: ReadonlySet<string> = NONE): number {
  const p = Math.min(Math.max(sentence.probability, 1e-9), 1 - 1e-9);
  let z = Math.log(p / (1 - p));
  // Only what a frame word added is set aside: one that pulled the score down keeps it down (review of merge11).
  for (const w of sentence.words) {
    const word = view.doc.draft.slice(w.start, w.end).toLowerCase();
    if (FRAME.has(word) || also.has(word)) z -= Math.max(0, w.contribution);
  }
  return 1 / (1 + Math.exp(-z));
}

function fromSentence(view: DraftView, sentence: LinearSentence, groups: readonly GroupTarget[], ruleWords: ReadonlySet<string>, own: readonly { start: number; end: number }[] = [], thingsAfter?: PhraseMatcher<true>): { finding: RawFinding; tier: Tier } | undefined {
  const tokens = view.doc.tokens;
  const tokenOf = (word: { start: number }) => lowerBound(tokens, (t) => t.end <= word.start);
  const inPeople = (k: number) => view.referencesNear(k, k, 0).some((r) => r.first <= k && r.last >= k) || groups.some((g) => g.first <= k && g.last >= k);
  // The words that drove the score, less whom it is about ("parents" is who, not what is said).
  const drivers = sentence.words.filter((w) => {
    const k = tokenOf(w);
    return k < tokens.length && !STOP.has(tokens[k]!.norm) && !FRAME.has(tokens[k]!.norm) && tokens[k]!.norm.length >= 3 && !inPeople(k);
  });
  const top = drivers[0];
  if (!top) return undefined;
  const first = tokenOf(top);
  // A protected group in the sentence: its own tier (a higher threshold), since the staff drafts this head
  // learnt from hold fewer groups said well and ill; "Calling Muslims animals is vile" is counter-speech,
  // which the counter-speech pass drops after this one.
  const group = groups.find((g) => g.start < sentence.end && g.end > sentence.start);
  const said = view.doc.draft.slice(sentence.start, sentence.end);
  if (THANKS.test(said) && WARM.test(said) && !SCORN.test(said)) return undefined;
  if (PRAISE.test(said) && WARM.test(said) && !SCORN.test(said) && !COMPLAINT.test(said)) return undefined;
  if (NEGATIONS.has(tokens[first]!.norm) || NEGATIONS.has(tokens[first - 1]?.norm ?? '') || NEGATIONS.has(tokens[first - 2]?.norm ?? '')) return undefined;
  const judged = drivers.slice(0, 2).filter((w) => ruleWords.has(tokens[tokenOf(w)]?.norm ?? ''));
  if (judged.length > 0 && !judged.some((w) => saidOfSomeone(tokens, tokenOf(w)))) return undefined;
  // Whom the sentence is about. "Pay for TAs is a disgrace": the people a thing is for are not whom it blames.
  const afterPlace = (k: number) => {
    let j = k - 1;
    while (j > first && DETERMINERS.has(tokens[j]!.norm)) j--;
    return j > first && PLACE_OR_PURPOSE.has(tokens[j]!.norm);
  };
  // "the staff room is a drain": the people word describes the thing after it (or the reference ends on that thing).
  const thingAt = (k: number) => thingsAfter !== undefined && tokens[k] !== undefined && thingsAfter.longestAt(tokens, k) !== undefined;
  const describesThing = (r: Reference) => (r.last > r.first && thingAt(r.last)) || (tokens[r.last + 1]?.sentence === tokens[r.last]!.sentence && thingAt(r.last + 1));
  const inSentence = view.referencesNear(first, first, 60).filter((r) => r.start >= sentence.start && r.end <= sentence.end && thingOfPeople(tokens, r.first) < 0 && !describesThing(r) && (r.group !== 'school' || r.last < first) && !(r.first > first && afterPlace(r.first)));
  const nearest = (refs: readonly Reference[]) => [...refs].sort((a, b) => Math.abs(a.first - first) - Math.abs(b.first - first))[0];
  // The writer's own family ("my little boy") is not the school community, and where they are in the
  // sentence a pronoun is most likely them: only someone else of the school community can be the target.
  const ownHere = own.filter((o) => o.start >= sentence.start && o.end <= sentence.end);
  const community = nearest(inSentence.filter((r) => r.group !== 'people' && !ownHere.some((o) => o.start < r.end && o.end > r.start)));
  if (ownHere.length > 0 && !community) return undefined;
  // A pronoun after the words points back at something the engine does not know is a person ("Rats are
  // vermin, get them out of the shed"), as in detectors/learned.ts: only one before them is the subject.
  // "Your" names whose thing it is ("Lock your sheds, a few thefts…"), not whom the words are said of.
  // A person by a pronoun only in a post that is about school at all (a school word or the school
  // community anywhere in it): the head knows the staff voice, not every register ("he", "they" in a tweet).
  const aboutSchool = view.schoolContext.length > 0 || view.referencesNear(0, tokens.length - 1, tokens.length).some((r) => r.group !== 'people');
  const pronoun = community || group ? undefined : aboutSchool ? nearest(inSentence.filter((r) => r.last < first && !POSSESSIVES.has(r.text.toLowerCase()))) : undefined;
  // No one named, in a post about school: the bare tier, which asks the most of the score.
  const targetText = group ? group.text : (community ?? pronoun)?.text ?? (aboutSchool ? NO_ONE_NAMED : undefined);
  if (targetText === undefined) return undefined;
  const tier: Tier = group ? 'group' : community ? 'community' : pronoun ? 'pronoun' : 'bare';
  // With no one named, only words can say something of someone: a hashtag labels a post's topic
  // ("#Wellbeing" under a reflection) and a number ("since 1994") says nothing of anyone, so neither is underlined
  // as what drove the finding, and a sentence driven by nothing else holds nothing.
  const meant = tier === 'bare' ? drivers.filter((w) => tokens[tokenOf(w)]!.kind === 'word' && /\p{L}/u.test(tokens[tokenOf(w)]!.norm)) : drivers;
  const lead = meant[0];
  if (!lead) return undefined;
  // With no one named, a word the rules judge themselves anywhere in the sentence must be said of someone, as the
  // rules ask ("their little angel" in "Love it when a parent emails at midnight…" is a fond word, not said of anyone).
  if (tier === 'bare') {
    const judged: number[] = [];
    for (let k = tokenOf({ start: sentence.start }); k < tokens.length && tokens[k]!.start < sentence.end; k++) if (ruleWords.has(tokens[k]!.norm)) judged.push(k);
    if (judged.length > 0 && !judged.some((k) => saidOfSomeone(tokens, k))) return undefined;
  }
  const words = meant
    .slice(0, 3)
    .map((w) => w.text)
    .join('”, “');
  const topic: Topic = group ? 'discriminatory' : community ? (`about-${community.group}` as Topic) : 'general';
  const percent = Math.round(sentence.probability * 100);
  const finding: RawFinding = {
    category: 'derogatory',
    topic,
    severity: 'warning',
    start: lead.start,
    end: lead.end,
    ruleId: 'derogatory/staff-voice',
    ...(community && !group ? say('finding_learned_community', words, phrase(groupPhrase(community.group)), community.text) : say('finding_learned_hostile', words)),
    explanation: {
      rule: `staff-voice model (${(sentence.probability * 100).toFixed(1)} %)`,
      context: targetText,
      reason: `the on-device model trained on school staff's own drafts scored the sentence ${percent} % likely derogatory; the words that drove it: “${words}”; said of ${targetText}`,
    },
  };
  return { finding, tier };
}

export const staffVoiceDetector = defineDetector({
  id: 'staff-voice',
  phase: 'post',
  description: 'The on-device staff-voice model (trained only on school staff drafts), where nothing already holds a sentence that is about someone: it underlines the words that drove its score.',
  rules: {
    'derogatory/staff-voice': 'the staff-voice model finds a sentence derogatory, it is about a person or a group (of the school community, a pronoun, a group the engine sees, judged then by the group-stance model with every group term masked), and nothing already holds it: a warning, never high; the score it needs depends on whom (a named person or role of the school community, only a pronoun, or, asking the most, no one named in a post about school: rules/lexicons/staff-voice-operating-point.json)',
  },
  lexicon: z.object({ model: LinearModelSchema, groupModel: LinearModelSchema.optional(), groups: z.array(z.object({ forms: z.array(z.string()) })), operatingPoint: StaffVoiceOperatingPointSchema, ruleWords: z.array(z.string()), wordClasses: ConfidentialCuesSchema.shape.wordClasses }),
  select: (bundle) => ({
    model: bundle.staffVoiceModel,
    groupModel: bundle.staffVoiceGroupModel,
    groups: (bundle.hostility as { groups: unknown }).groups,
    operatingPoint: bundle.staffVoiceOperatingPoint,
    ruleWords: ruleWordsOf(bundle),
    wordClasses: (bundle.confidentialCues as { wordClasses: unknown }).wordClasses,
  }),
  compile: (data) => compile(data),
  run: (compiled, { view, findings, groups }) => staffVoiceFindings(view, compiled, findings, groups),
});
