import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import { packWeights, type LinearModel } from './confidential-pipeline';
import { readFileSync } from 'node:fs';
import { ELEVENTH_SESSION_CORPORA, labelledCorpora, ROOT, SEVENTEENTH_SESSION_CORPORA, staffDrafts, TENTH_SESSION_CORPORA, THIRTEENTH_SESSION_CORPORA, TRAINING_CORPORA, TWELFTH_SESSION_CORPORA } from './data';
import { trainSentenceModel, type LabelledDraft, type SentenceTrainingOptions } from './sentence-training';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { StaffVoiceOperatingPointSchema } from '../../src/engine/detectors/staff-voice';
import { groupMaskMatcher, maskGroupTerms } from '../../src/engine/learned/group-mask';
import { tokenize } from '../../src/engine/text/tokenize';
import type { PhraseMatcher } from '../../src/engine/text/phrases';

/**
 * The staff-voice head (issue 11, tenth session): a second, small hostility model that learns only
 * from drafts written by school staff (the engine's labelled corpora of `TRAINING_CORPORA`, nineteen
 * writers, and the engineer's staff drafts of tests/corpus/train/), never from tweets. The shipped
 * hostility model learns the staff voice beside 12,000 US tweets, whose idea of offence (swearing,
 * politics) outweighs the staff's polite contempt ("bless her, she tries", "some of us actually
 * read the policy"); this head sees only the staff voice, with every other draft of the same
 * writers as a negative (benign near-misses, names, confidential matters), so it learns the contempt,
 * not "a post about school". The engine fuses it only where a sentence is about a person or a group
 * (src/engine/detectors/staff-voice.ts).
 *
 * The same linear model, features and scorer as the confidential layer (src/engine/learned/linear-scorer.ts),
 * so its weights are one signed byte each and it explains itself by the words that drove the score.
 */
export interface StaffVoiceOptions extends SentenceTrainingOptions {
  /**
   * `tenth`: the tenth session's corpora (tests/train/data.ts `TENTH_SESSION_CORPORA`); `eleventh`: the
   * eleventh's (`ELEVENTH_SESSION_CORPORA`); `twelfth`: the twelfth's (`TWELFTH_SESSION_CORPORA`);
   * `thirteenth`: the thirteenth's (`THIRTEENTH_SESSION_CORPORA`, shipped); `seventeenth`: to train-17
   * (`SEVENTEENTH_SESSION_CORPORA`); `all`: every corpus of `TRAINING_CORPORA`.
   */
  corpora: 'tenth' | 'eleventh' | 'twelfth' | 'thirteenth' | 'seventeenth' | 'all';
  /** Weight of the engineer's staff drafts (tests/corpus/train/*.jsonl; one writer, templated group hate); 0 leaves them out. */
  staffWeight: number;
  /** Weight of a derogatory draft against a non-derogatory one (the corpora hold about one in four). */
  positiveWeight: number;
  /**
   * The "possible" threshold the trainer writes: the floor below which the head says nothing at all. Since
   * the fourteenth session each kind of evidence of whom a sentence is about has its own threshold at or
   * above it (rules/lexicons/staff-voice-operating-point.json); this is the lowest of them. Both chosen by
   * leave-one-writer-out through the engine (tests/train/staff-voice-leave-out.ts --two-tier), never on a split.
   */
  possible: number;
  /** Weight of the engineer's near-miss negatives (tests/corpus/train/staff-voice/near-misses.jsonl); 0 leaves them out. */
  nearMissWeight: number;
  /**
   * Nineteenth session, the group-stance model (rules/models/staff-voice-group.json): every group term of every
   * training text replaced by one placeholder (src/engine/learned/group-mask.ts), as the engine masks the draft it scores.
   */
  maskGroups?: boolean;
  /**
   * Weight of the benign group-mention sentences written for the group-stance model
   * (tests/corpus/train/staff-voice/group-benign.jsonl: events, provision, counter-speech, news, the writer's own
   * friends and family); 0 or absent leaves them out.
   */
  groupBenignWeight?: number;
}

function corporaFor(which: StaffVoiceOptions['corpora']): readonly string[] {
  return which === 'all' ? TRAINING_CORPORA : which === 'seventeenth' ? SEVENTEENTH_SESSION_CORPORA : which === 'thirteenth' ? THIRTEENTH_SESSION_CORPORA : which === 'twelfth' ? TWELFTH_SESSION_CORPORA : which === 'eleventh' ? ELEVENTH_SESSION_CORPORA : TENTH_SESSION_CORPORA;
}

export const DEFAULT_STAFF_VOICE_OPTIONS: StaffVoiceOptions = {
  buckets: 1 << 17,
  minGram: 3,
  maxGram: 5,
  bigrams: true,
  maxWords: 64,
  minWords: 4,
  mode: 'sentence',
  milTop: 1,
  milRounds: 1,
  nb: true,
  epochs: 8,
  learningRate: 0.1,
  l2: 1e-6,
  seed: 11,
  staffWeight: 1,
  positiveWeight: 1,
  possible: 0.55,
  nearMissWeight: 3,
  corpora: 'thirteenth',
};

/**
 * The group-stance model's recipe (nineteenth session): the head's, on every corpus of `TRAINING_CORPORA`, with group
 * terms masked and the benign group-mention sentences as negatives. Chosen by leave-one-writer-out
 * (tests/train/staff-voice-leave-out.ts --group), docs/models.md.
 */
export const DEFAULT_GROUP_STANCE_OPTIONS: StaffVoiceOptions = { ...DEFAULT_STAFF_VOICE_OPTIONS, corpora: 'seventeenth', maskGroups: true, groupBenignWeight: 2 };

/** Masks the group terms of a training text as the engine masks a draft (src/engine/learned/group-mask.ts). */
let maskMatcher: PhraseMatcher<true> | undefined;
export function maskedForTraining(text: string): string {
  maskMatcher ??= groupMaskMatcher((RULES_BUNDLE.hostility as { groups: { forms: string[] }[] }).groups, StaffVoiceOperatingPointSchema.parse(RULES_BUNDLE.staffVoiceOperatingPoint).groupTerms);
  return maskGroupTerms(text, tokenize(text).tokens, maskMatcher).text;
}

/**
 * Benign sentences written for this head only: words the corpora use only as contempt ("entitled
 * parents") in their everyday sense ("entitled to a free school meal"). Not read by the main model.
 */
export function nearMisses(path = `${ROOT}tests/corpus/train/staff-voice/near-misses.jsonl`): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const draft = JSON.parse(line) as { text?: unknown; label?: unknown };
      if (typeof draft.text !== 'string' || draft.label !== 'benign') throw new Error(`${path}:${i + 1}: needs a text and label "benign"`);
      return draft.text;
    });
}

/** The head's training drafts: every corpus draft (both splits: the threshold is chosen by leave-one-writer-out, not on a split) less the writers left out, and the staff drafts. */
export function staffVoiceDrafts(options: StaffVoiceOptions, leaveOut: ReadonlySet<string> = new Set()): LabelledDraft[] {
  const corpora = labelledCorpora('derogatory', corporaFor(options.corpora), leaveOut);
  const staff = options.staffWeight > 0 ? [...staffDrafts().train, ...staffDrafts().dev] : [];
  const weigh = (label: 0 | 1, base: number) => base * (label === 1 ? options.positiveWeight : 1);
  const groupBenign = options.groupBenignWeight ?? 0;
  const drafts: LabelledDraft[] = [
    ...[...corpora.train, ...corpora.validation].map((e) => ({ text: e.text, label: e.label, weight: weigh(e.label, 1) })),
    ...staff.map((e) => ({ text: e.text, label: e.label, weight: weigh(e.label, options.staffWeight) })),
    ...(options.nearMissWeight > 0 ? nearMisses().map((text) => ({ text, label: 0 as const, weight: options.nearMissWeight })) : []),
    ...(groupBenign > 0 ? nearMisses(GROUP_BENIGN).map((text) => ({ text, label: 0 as const, weight: groupBenign })) : []),
  ];
  return options.maskGroups ? drafts.map((d) => ({ ...d, text: maskedForTraining(d.text) })) : drafts;
}

/** The benign group-mention sentences written for the group-stance model (nineteenth session). */
export const GROUP_BENIGN = `${ROOT}tests/corpus/train/staff-voice/group-benign.jsonl`;

/**
 * Drafts are labelled as a whole; which sentence insults is not known. Since the eleventh session every
 * sentence of a derogatory draft is a positive (`mode: 'sentence'`): on writers the head never saw it held
 * more than `mil` (the highest-scoring sentence only) at the same benign cost (docs/models.md). The loop
 * is shared with the confidential layer (tests/train/sentence-training.ts).
 */
export function trainStaffVoice(drafts: readonly LabelledDraft[], options: StaffVoiceOptions): LinearModel {
  return trainSentenceModel(drafts, options);
}

/**
 * The whole of `npm run train:staff-voice`: trains, packs the weights as signed bytes and writes the
 * thresholds of the options ("confident" is not used by the engine, which never makes this head's
 * finding high; it is written as the schema wants, at the possible threshold's midpoint to 1).
 * Deterministic: the same options and data give the same bytes.
 */
export function buildStaffVoiceModel(options: StaffVoiceOptions = DEFAULT_STAFF_VOICE_OPTIONS, leaveOut: ReadonlySet<string> = new Set()): LinearModelData {
  const drafts = staffVoiceDrafts(options, leaveOut);
  const model = trainStaffVoice(drafts, options);
  const { scale, packed } = packWeights(model.w);
  const fixed = (x: number) => Number(x.toPrecision(7));
  const staffCount = options.staffWeight > 0 ? staffDrafts().train.length + staffDrafts().dev.length : 0;
  const nearMissCount = options.nearMissWeight > 0 ? nearMisses().length : 0;
  const groupBenignCount = (options.groupBenignWeight ?? 0) > 0 ? nearMisses(GROUP_BENIGN).length : 0;
  const corpora = drafts.length - staffCount - nearMissCount - groupBenignCount;
  const data: LinearModelData = {
    $comment: options.maskGroups
      ? 'Written by `npm run train:staff-voice -- --group` (tests/train/train-staff-voice.ts); do not edit by hand. Every group term masked (src/engine/learned/group-mask.ts). Model card: docs/models.md (the staff-voice head, nineteenth session).'
      : 'Written by `npm run train:staff-voice` (tests/train/train-staff-voice.ts); do not edit by hand. Model card: docs/models.md (the staff-voice head).',
    format: 'guardrail-learned-linear',
    version: 1,
    category: 'derogatory',
    training: {
      command: options.maskGroups ? 'npm run train:staff-voice -- --group' : 'npm run train:staff-voice',
      seed: options.seed,
      sources: [
        { name: `the engine's labelled corpora (${corporaFor(options.corpora).map((f) => f.replace(/\.jsonl$/, '')).join(', ')}; every draft), label: expect holds "derogatory"`, examples: corpora, weight: `1 (derogatory ${options.positiveWeight})` },
        ...(options.staffWeight > 0 ? [{ name: 'staff drafts, tests/corpus/train/*.jsonl (both splits), label: hostile', examples: staffCount, weight: String(options.staffWeight) }] : []),
        ...(nearMissCount > 0 ? [{ name: 'near-misses written for this head, tests/corpus/train/staff-voice/near-misses.jsonl, label: benign', examples: nearMissCount, weight: String(options.nearMissWeight) }] : []),
        ...(groupBenignCount > 0 ? [{ name: 'benign group mentions written for the group-stance model, tests/corpus/train/staff-voice/group-benign.jsonl, label: benign', examples: groupBenignCount, weight: String(options.groupBenignWeight) }] : []),
      ],
    },
    features: { buckets: options.buckets, minGram: options.minGram, maxGram: options.maxGram, bigrams: options.bigrams, maxWords: options.maxWords, minWords: options.minWords },
    linear: { scale: fixed(scale), weights: Buffer.from(packed.buffer).toString('base64'), bias: fixed(model.bias) },
    thresholds: { possible: options.possible, confident: fixed((1 + options.possible) / 2) },
  };
  compileLinearModel(data, 'rules/models/staff-voice.json', 'derogatory');
  return data;
}
