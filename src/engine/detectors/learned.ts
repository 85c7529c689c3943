import type { Reference } from '../context/community';
import type { GroupTarget } from '../context/group-targets';
import { defineDetector } from '../detector';
import type { DraftView } from '../draft';
import { z } from 'zod';
import { compileLearnedModel, LearnedModelSchema, type LearnedModel, type LearnedModelData, type SentenceScore } from '../learned';
import type { DerogatoryLexicon, HostilityLexicon } from '../schemas/lexicons';
import { phraseWords } from '../text/phrases';
import { lowerBound } from '../lower-bound';
import { phrase, say, type PhraseKey } from '../message-keys';
import type { Severity, Topic } from '../types';
import type { RawFinding } from './raw-finding';

/**
 * The learned layer, fused with the rules. The model (src/engine/learned, weights in
 * rules/models/hostility.json) scores each sentence; a sentence the rules already flag as
 * derogatory is left to the rules, which are sure where they match (slurs, names, identifiers) and
 * know whom a remark is aimed at. Otherwise the model adds a finding on the words that drove its
 * score, and its severity follows the issue's rule: a learned finding alone holds a post only when
 * it is confident, or when it is aimed at the school community.
 *
 * | model says | aimed at the school community | at another person or a group | at no one |
 * |---|---|---|---|
 * | confident | high | warning | info |
 * | possible | warning | info | info |
 */
const compiledByData = new WeakMap<LearnedModelData, LearnedModel>();

interface Compiled {
  readonly model: LearnedModel;
  /**
   * Words the rules read and judge themselves (the lexicons' insults, swearing, slurs, hostile
   * cues): when the model's score rests on one of them, the rules' verdict stands ("Dying for a fag
   * after parents evening" is a cigarette; "the kids are not thick" is a denial).
   */
  readonly ruleWords: ReadonlySet<string>;
}

function compile(data: { model: LearnedModelData; ruleWords: readonly string[] }): Compiled {
  let model = compiledByData.get(data.model);
  if (!model) {
    model = compileLearnedModel(data.model);
    compiledByData.set(data.model, model);
  }
  return { model, ruleWords: new Set(data.ruleWords) };
}

export function learnedFindings(view: DraftView, { model, ruleWords }: Compiled, findings: readonly RawFinding[], groups: readonly GroupTarget[] = []): RawFinding[] {
  const score = model.score(view.doc.draft, { folded: view.doc.folded });
  if (score.level === 'none') return findings.slice();
  const derogatory = findings.filter((f) => f.category === 'derogatory').sort((a, b) => a.start - b.start);
  const out = findings.slice();
  for (const sentence of score.sentences) {
    if (sentence.level === 'none' || sentence.words.length === 0) continue;
    // The rules already speak for this sentence.
    const i = lowerBound(derogatory, (f) => f.end <= sentence.start);
    if (i < derogatory.length && derogatory[i]!.start < sentence.end) continue;
    const finding = fromSentence(view, sentence, groups, ruleWords);
    if (finding) out.push(finding);
  }
  return out;
}

function fromSentence(view: DraftView, sentence: SentenceScore, groups: readonly GroupTarget[], ruleWords: ReadonlySet<string>): RawFinding | undefined {
  const tokens = view.doc.tokens;
  const tokenOf = (word: { start: number }) => lowerBound(tokens, (t) => t.end <= word.start);
  // The words that drove the score, less the people it is about ("kids" is who, not what is said).
  const drivers = sentence.words.filter((w) => {
    const k = tokenOf(w);
    if (k >= tokens.length || STOP.has(tokens[k]!.norm) || tokens[k]!.norm.length < 3) return false;
    return !view.referencesNear(k, k, 0).some((r) => r.first <= k && r.last >= k) && !groups.some((g) => g.first <= k && g.last >= k);
  });
  const top = drivers[0];
  if (!top) return undefined;
  const first = tokenOf(top);
  if (first >= tokens.length) return undefined;
  // A word the rules judged, or one denied just before ("not thick"): the rules' verdict stands.
  if (drivers.slice(0, 2).some((w) => ruleWords.has(tokens[tokenOf(w)]?.norm ?? ''))) return undefined;
  if (NEGATIONS.has(tokens[first - 1]?.norm ?? '') || NEGATIONS.has(tokens[first - 2]?.norm ?? '')) return undefined;
  // Whom the sentence is about: a member of the school community, a group, or no one in particular.
  const inSentence = view.referencesNear(first, first, 40).filter((r) => r.start >= sentence.start && r.end <= sentence.end);
  const nearest = (refs: readonly Reference[]) => [...refs].sort((a, b) => Math.abs(a.first - first) - Math.abs(b.first - first))[0];
  const target = nearest(inSentence.filter((r) => r.group !== 'people'));
  // Someone at all: a person, a pronoun, a group. "The bins there are disgusting" is about no one.
  const someone = target ?? nearest(inSentence.filter((r) => r.group === 'people')) ?? groups.find((g) => g.start >= sentence.start && g.end <= sentence.end);
  const confident = sentence.level === 'confident';
  const severity: Severity = target ? (confident ? 'high' : 'warning') : someone && confident ? 'warning' : 'info';
  const words = drivers
    .slice(0, 3)
    .map((w) => w.text)
    .join('”, “');
  const topic: Topic = target ? (`about-${target.group}` as Topic) : 'general';
  const percent = Math.round(sentence.probability * 100);
  return {
    category: 'derogatory',
    topic,
    severity,
    start: top.start,
    end: top.end,
    ruleId: target ? 'derogatory/learned-community' : 'derogatory/learned',
    ...(target ? say('finding_learned_community', words, phrase(groupPhrase(target.group)), target.text) : say('finding_learned_hostile', words)),
    explanation: {
      rule: `learned layer: ${confident ? 'confident' : 'possible'} (${percent} %)`,
      context: target ? target.text : words,
      reason: `the on-device model scored the sentence ${percent} % likely hostile or offensive; the words that drove it: “${words}”${target ? `; aimed at ${target.text}` : '; not aimed at the school community, so it holds a post only when the model is confident'}`,
    },
  };
}

/** Words too common to underline as what made a sentence hostile. */
const STOP: ReadonlySet<string> = new Set(['the', 'and', 'are', 'was', 'were', 'is', 'his', 'her', 'him', 'she', 'they', 'them', 'their', 'you', 'your', 'that', 'this', 'these', 'those', 'with', 'for', 'have', 'has', 'had', 'not', 'but', 'what', 'who', 'just', 'all', 'some', 'its', 'our', 'out', 'get', 'got', 'can', 'cant', 'dont', 'will', 'would', 'about', 'from', 'then', 'than', 'there', 'here', 'being', 'been', 'such', 'very', 'really', 'mae', 'yn', 'and']);

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'isnt', 'arent', 'wasnt', 'werent', 'no', 'ddim', 'dim']);

function groupPhrase(group: Reference['group']): PhraseKey {
  return group === 'pupils' ? 'group_pupils' : group === 'parents' ? 'group_parents' : group === 'staff' ? 'group_staff' : group === 'school' ? 'group_school' : 'group_someone';
}

export const learnedDetector = defineDetector({
  id: 'learned',
  phase: 'post',
  description: 'The on-device learned model, where the rules found nothing derogatory in a sentence: it underlines the words that drove its score.',
  rules: {
    'derogatory/learned': 'the model finds a sentence hostile or offensive, not about the school community: a warning when confident and about someone, else info',
    'derogatory/learned-community': 'the model finds a sentence hostile and it names the school community: high when confident, else a warning',
  },
  lexicon: z.object({ model: LearnedModelSchema, ruleWords: z.array(z.string()) }),
  select: (bundle) => {
    const derogatory = bundle.derogatory as DerogatoryLexicon;
    const hostility = bundle.hostility as HostilityLexicon;
    const phrases = [...derogatory.entries.flatMap((e) => e.forms), ...hostility.dehumanising, ...hostility.derogation, ...hostility.insults];
    return { model: bundle.hostilityModel, ruleWords: phrases.flatMap((p) => phraseWords(p)).filter((w) => w.length > 2) };
  },
  compile: (data) => compile(data),
  run: (compiled, { view, findings, groups }) => learnedFindings(view, compiled, findings, groups),
});
