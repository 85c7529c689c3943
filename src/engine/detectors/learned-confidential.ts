import { z } from 'zod';
import type { Reference } from '../context/community';
import { defineDetector } from '../detector';
import type { DraftView } from '../draft';
import { compileLinearModel, type LinearModel, type LinearSentence } from '../learned/linear-scorer';
import { LinearModelSchema, type LinearModelData } from '../learned/linear-schema';
import { lowerBound } from '../lower-bound';
import { phrase, say } from '../message-keys';
import type { Severity } from '../types';
import type { RawFinding } from './raw-finding';
import { WordPatternMatcher } from '../text/word-patterns';
import { spokenWelsh, wordClassMatcher } from './confidential-cues';
import { ConfidentialCuesSchema } from '../schemas/lexicons';

/**
 * The learned confidential layer, fused with the rules (as the hostility model is with the
 * derogatory rules, detectors/learned.ts). The model (rules/models/confidential.json, trained by
 * `npm run train:confidential`) scores each sentence for a confidential matter told in words no
 * rule lists: "has been coming in very quiet this week", "starts with his new foster family",
 * "cofnodi, pasio mlaen". A sentence the rules already give any confidential finding is theirs:
 * they know the matter's kind and whom it is about, and an `info` of theirs ("safeguarding training
 * today") is a verdict, not a gap. Otherwise:
 *
 * | model says | about one pupil or parent, or a named colleague | in a post about school | neither |
 * |---|---|---|---|
 * | confident | high | warning | info |
 * | possible | high if a pupil (or a parent through the child) is named inside the sentence, else info | info | info |
 *
 * The finding underlines the sentence, cites the pack's confidential clauses (topic `custom`: the
 * model does not know the matter's kind) and names the words that drove the score.
 */
interface Compiled {
  readonly model: LinearModel;
  /** The rules' own benign talk (confidential-cues.json `benignPatterns`: "not one complaint", "my knees have filed a complaint"). */
  readonly benign: WordPatternMatcher<true>;
  /** The writer's own family (`wordClasses.writersOwn`: "my little one", "my mum"): not the school community. */
  readonly writersOwn: WordPatternMatcher<true>;
  /** A surprise party or a present (`wordClasses.celebration`): a secret kept for someone's sake, as in confidential-cues.ts. */
  readonly celebration: WordPatternMatcher<true>;
}

const compiledByData = new WeakMap<LinearModelData, LinearModel>();
const benignByData = new WeakMap<object, { benign: WordPatternMatcher<true>; writersOwn: WordPatternMatcher<true>; celebration: WordPatternMatcher<true> }>();

function compile(data: { model: LinearModelData; cues: { wordClasses: Record<string, string[]>; benignPatterns: string[] } }): Compiled {
  let model = compiledByData.get(data.model);
  if (!model) {
    model = compileLinearModel(data.model);
    compiledByData.set(data.model, model);
  }
  let matchers = benignByData.get(data.cues);
  if (!matchers) {
    const benign = new WordPatternMatcher<true>(data.cues.wordClasses, spokenWelsh);
    for (const p of data.cues.benignPatterns) benign.add(p, true);
    matchers = { benign, writersOwn: wordClassMatcher(data.cues.wordClasses, '@writersOwn'), celebration: wordClassMatcher(data.cues.wordClasses, '@celebration') };
    benignByData.set(data.cues, matchers);
  }
  return { model, ...matchers };
}

/** Whom a confidential matter can be about. */
const CONCERNED: ReadonlySet<string> = new Set(['pupils', 'parents', 'staff']);

/**
 * Function words (pronouns and their contractions, auxiliaries, determiners, prepositions,
 * conjunctions; English and Welsh): never named as what made a sentence confidential, and a
 * sentence whose score rests on them alone ("she's", "can't", "since") is no finding: the model has
 * learnt the way confidential drafts are written, not a matter. The trainer can also write them into
 * the model as stop words that give no features (tests/train/confidential-pipeline.ts `stopWords`; tried in
 * the thirteenth session, not shipped: docs/models.md).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but so if then than that this these those there here what which who whom whose when where why how ' +
    'i me my mine we us our you your he him his she her it its they them their ' +
    'im ive id ill youre youve youd hes shes its were weve wed theyre theyve theyd thats theres whats whos ' +
    'is are was were be been being am do does did doing have has had having will would shall should can could may might must ' +
    'isnt arent wasnt werent dont doesnt didnt havent hasnt hadnt wont wouldnt cant couldnt shouldnt mustnt aint ' +
    'not no yes to of in on at by for with from about into onto over under up down out off as just very really too also ' +
    'all some any each every since until till yet still now again ever even only own same such both either ' +
    'mae yn y yr ar i o a ac ond fel wedi ei eu fy dy ni chi nhw fe fo hi ti fi dwi roedd oedd bod ddim dim efo gyda am'
  ).split(' '),
);

/** A word the model's explanation may name: not a function word, and at least two letters or an emoji. */
function isContent(text: string): boolean {
  const norm = text.toLowerCase().replace(/['’‘]/g, '');
  return !FUNCTION_WORDS.has(norm) && (norm.length >= 2 || /\p{Extended_Pictographic}/u.test(norm));
}

/** Words whose shares the person gate (`personFor`) can see: every positive one in a sentence of `maxWords`. */
const TOP_WORDS = 64;

export function learnedConfidentialFindings(view: DraftView, compiled: Compiled, findings: readonly RawFinding[]): RawFinding[] {
  const { model } = compiled;
  const { doc } = view;
  const score = model.score(doc.draft, { folded: doc.folded, topWords: TOP_WORDS });
  if (score.level === 'none') return findings.slice();
  const confidential = findings.filter((f) => f.category === 'confidential').sort((a, b) => a.start - b.start);
  const out = findings.slice();
  // Where the rules read the words as benign talk ("not one complaint"), the model's word is not a matter either.
  const benign = compiled.benign.matchAll(doc.tokens).map((m) => ({ start: doc.tokens[m.first]!.start, end: doc.tokens[m.last]!.end }));
  // "Peidiwch gweud wrth Mrs Jones am y parti!": a surprise kept from someone is no matter (review of merge11).
  const celebrating = compiled.celebration.matchAll(doc.tokens).map((m) => doc.tokens[m.first]!.start);
  for (const sentence of score.sentences) {
    if (sentence.level === 'none') continue;
    if (celebrating.some((at) => at >= sentence.start && at < sentence.end)) continue;
    // The rules already speak for this sentence.
    const i = lowerBound(confidential, (f) => f.end <= sentence.start);
    if (i < confidential.length && confidential[i]!.start < sentence.end) continue;
    const finding = fromSentence(view, sentence, benign, compiled);
    if (finding) out.push(finding);
  }
  return out;
}

function fromSentence(view: DraftView, sentence: LinearSentence, benign: readonly { start: number; end: number }[], compiled: Compiled): RawFinding | undefined {
  const { doc } = view;
  const tokens = doc.tokens;
  // The words that drove the score; at least one of the three strongest must be a content word that
  // carries some of it: in "this term has been a slog" the score rests on "been" (2.5 of the logit) and
  // "term" adds 0.1, so the sentence is the way stories are told, not a matter (fourteenth session).
  if (!sentence.words.slice(0, 3).some((w) => isContent(w.text) && w.contribution >= MIN_CONTENT_PUSH)) return undefined;
  const drivers = sentence.words.filter((w) => isContent(w.text));
  // A score that rests on the school's own words ("the office", "Reception" alone) says the post is
  // about school, not that it tells a matter: "Hannah from the office is leaving us" is no secret.
  const top = drivers[0];
  if (!top || view.schoolContext.some((hit) => hit.start < top.end && hit.end > top.start)) return undefined;
  // "no complaints from the kids all week": the word the score rests on is inside the rules' benign talk.
  if (benign.some((b) => b.start < top.end && b.end > top.start)) return undefined;
  const first = lowerBound(tokens, (t) => t.end <= sentence.start);
  const last = lowerBound(tokens, (t) => t.end < sentence.end);
  if (first >= tokens.length) return undefined;
  const confident = sentence.level === 'confident';
  const lastToken = Math.min(last, tokens.length - 1);
  // "possible" beside a pupil named in the sentence itself ("reggie p's mum turned up late again…"): the
  // model's doubt is about whether a matter is told, and a named child makes any matter theirs.
  const who = personFor(view, first, lastToken, sentence, compiled);
  // "Team meeting done", "Class trip photos coming soon": a "possible" on a sentence this short, about no
  // named pupil, rests on one or two everyday words; a note there only teaches people to ignore notes.
  if (!confident && !who && wordsIn(tokens, first, lastToken) < MIN_WORDS_FOR_A_NOTE) return undefined;
  const school = confident && !who ? schoolIn(view, first, Math.min(last, tokens.length - 1), compiled) : undefined;
  const severity: Severity = who ? 'high' : school ? 'warning' : 'info';
  const written = doc.draft.slice(sentence.start, sentence.end);
  const words = drivers
    .slice(0, 3)
    .map((w) => w.text)
    .join('”, “');
  const percent = Math.round(sentence.probability * 100);
  const subject = phrase('topic_confidential');
  return {
    category: 'confidential',
    topic: 'custom',
    severity,
    start: sentence.start,
    end: sentence.end,
    ruleId: who ? 'confidential/learned-person' : 'confidential/learned',
    ...(who ? say('finding_confidential_person', written, subject, who.text) : say('finding_confidential_case', written, subject)),
    explanation: {
      rule: `learned layer: ${confident ? 'confident' : 'possible'} (${percent} %)`,
      context: who?.text ?? school ?? words,
      reason:
        `the on-device model scored the sentence ${percent} % likely to tell a confidential school matter; the words that drove it: “${words}”` +
        (who ? `; about one person (“${who.text}”)` : school ? `; in a post about school (“${school}”)` : confident ? '; nothing says it is about school, so it is only a note' : '; a possible match only, so it is only a note'),
    },
    ...(who?.named ? { subject: { start: who.start, end: who.end } } : {}),
  };
}

/**
 * One pupil or parent in the sentence, or named in the sentence either side ("Kacper N. … has been
 * coming in very quiet"), or a colleague by name: whom the matter is about. An unnamed role ("a
 * deputy headship", "the head") is school context, not one person the model's guess can be high about.
 */
function individualIn(view: DraftView, first: number, last: number, sentence: LinearSentence): Reference | undefined {
  const refs = view
    .referencesNear(first, last, 40, -1, 1)
    .filter((r) => r.individual && CONCERNED.has(r.group) && (r.named || (r.group !== 'staff' && r.start >= sentence.start && r.end <= sentence.end)));
  refs.sort((a, b) => Math.abs(a.first - first) - Math.abs(b.first - first));
  return refs[0];
}

/**
 * Whom a finding is about, or nobody. The model learnt names as signs of a matter (most drafts that
 * name a pupil, or a parent through the child, in its training were confidential ones), so a sentence
 * that only names someone ("Harrison W has been wearing his Spider-Man costume all week", "Oliwia's
 * dad told me they're heading back to Poland") reached "possible" on the name, and the same name then
 * made the finding high as "about one person": the person counted twice (tenth session). The name's
 * own share of the score is set aside: if the rest of the sentence no longer reaches "possible", the
 * model saw a name, not a matter, and the finding is not about them (a note at most). Words for a
 * relative ("mum", "mam", "stepdad") keep their share: the labelled drafts count a parent's conduct
 * as a family matter, and setting them aside too lost seven such drafts of unseen writers
 * (leave-one-writer-out, docs/models.md).
 */
function personFor(view: DraftView, first: number, last: number, sentence: LinearSentence, compiled: Compiled): Reference | undefined {
  const found = sentence.level === 'confident' ? individualIn(view, first, last, sentence) : namedPupilIn(view, first, last, sentence);
  // Only a name is set aside. A name is a few words ("Harrison W", "tomos price's"); a description ("the lad in year 8 with the
  // bright ginger hair whose mum…") is the matter's own words, and keeps its share.
  if (!found?.named || found.last - found.first + 1 > NAME_WORDS) return found;
  let share = 0;
  for (const w of sentence.words) if (w.start < found.end && w.end > found.start) share += w.contribution;
  if (share <= 0) return found;
  const p = Math.min(Math.max(sentence.probability, 1e-9), 1 - 1e-9);
  const rest = 1 / (1 + Math.exp(share - Math.log(p / (1 - p))));
  return rest >= compiled.model.thresholds.possible ? found : undefined;
}

/**
 * The least share of a sentence's logit the content word it is reported for must carry. Below it the
 * content word is a bystander of function words ("term" at 0.1 beside "been" at 2.5).
 */
const MIN_CONTENT_PUSH = 0.25;

/** The most words a name takes (given name, initial or surname, possessive). */
const NAME_WORDS = 4;

/** Fewer words than this in a sentence the model finds only "possible": no note (tenth session). */
const MIN_WORDS_FOR_A_NOTE = 6;
function wordsIn(tokens: readonly { kind: string }[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'word') n++;
  return n;
}

/** A pupil (or a parent through the child) named inside the sentence: "possible" is enough beside them. */
function namedPupilIn(view: DraftView, first: number, last: number, sentence: LinearSentence): Reference | undefined {
  return view.referencesNear(first, last, 0, 0, 10).find((r) => r.individual && r.named && (r.group === 'pupils' || r.group === 'parents') && r.start >= sentence.start && r.end <= sentence.end);
}

/**
 * School words or the school community near the sentence: what makes a matter a school one. The
 * writer's own family is not the school community (eleventh session): in "My mum has moved into a care
 * home and my little one misses her terribly" the "little one" is the writer's child, and a model
 * trained on more corpora is confident about the sentence; it is the writer's news to share.
 */
function schoolIn(view: DraftView, first: number, last: number, compiled: Compiled): string | undefined {
  const hit = view.schoolContextNear(view.doc.tokens[first]!.start, 'any');
  if (hit) return hit.text;
  const tokens = view.doc.tokens;
  const own = compiled.writersOwn.matchAll(tokens).map((m) => ({ start: tokens[m.first]!.start, end: tokens[m.last]!.end }));
  return view.referencesNear(first, last, 40, -1, 1).find((r) => CONCERNED.has(r.group) && !own.some((o) => o.start < r.end && o.end > r.start))?.text;
}

export const learnedConfidentialDetector = defineDetector({
  id: 'learned-confidential',
  phase: 'post',
  description: 'The on-device confidential model, where the rules found no confidential matter in a sentence: it underlines the sentence and names the words that drove its score.',
  rules: {
    'confidential/learned': 'the model finds a sentence tells a confidential school matter the rules did not: a warning when confident in a post about school, else info ("possible")',
    'confidential/learned-person': 'the model is confident a sentence tells a confidential matter, and one pupil or parent (named or described) or a named colleague is in it; or finds one possible, and a pupil (or a parent through the child) is named inside the sentence: high',
  },
  lexicon: z.object({ model: LinearModelSchema, cues: ConfidentialCuesSchema.pick({ wordClasses: true, benignPatterns: true }) }),
  select: (bundle) => {
    const cues = bundle.confidentialCues as { wordClasses: unknown; benignPatterns: unknown };
    return { model: bundle.confidentialModel, cues: { wordClasses: cues.wordClasses, benignPatterns: cues.benignPatterns } };
  },
  compile: (data) => compile(data),
  run: (compiled, { view, findings }) => learnedConfidentialFindings(view, compiled, findings),
});
