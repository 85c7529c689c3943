import { fold } from '../../src/engine/text/fold';
import { segmentStarts, wordsOf } from '../../src/engine/learned/features';
import { mergeShort, readNumber } from '../../src/engine/learned/linear-scorer';
import { sparseFeatures, trainLinear } from './sparse';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import { corpusDrafts, issue13Drafts, otherNegatives, type ConfidentialExample } from './confidential-data';
import { NINTH_SESSION_CORPORA, SHIPPED_CORPORA, THIRTEENTH_SESSION_CORPORA, TRAINING_CORPORA } from './data';
import { FUNCTION_WORDS } from '../../src/engine/detectors/learned-confidential';

/**
 * Training of the learned confidential layer: a linear model over the same hashed word, word-pair
 * and character n-gram features as the hostility model (src/engine/learned/features.ts), scored
 * per sentence (the unit a finding underlines). Drafts are labelled as a whole, so which sentence
 * of a confidential draft tells the matter is not known: `mode` says how that is handled.
 */
export interface ConfidentialOptions {
  buckets: number;
  minGram: number;
  maxGram: number;
  bigrams: boolean;
  /** Longest segment scored as one unit, as in the scorer. */
  maxWords: number;
  /**
   * `draft`: one example per draft (all its words); `sentence`: every sentence with its draft's
   * label; `mil` (multiple instance): a draft model first, then every sentence of a benign draft
   * as a negative and, of a confidential draft, the sentences the draft model scores highest
   * (`milTop`) as positives, the rest left out; then refitted (`milRounds` times).
   */
  mode: 'draft' | 'sentence' | 'mil';
  milTop: number;
  milRounds: number;
  /** A sentence shorter than this many words is read with the next one (the last with the one before). */
  minWords: number;
  nb: boolean;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weights of the other sets' drafts used as negatives (confidential-data.ts `otherNegatives`); 0 leaves them out. */
  staffNegatives: number;
  tweetNegatives: number;
  /**
   * Weight of the engine's labelled corpora (tests/train/data.ts `TRAINING_CORPORA`, their 80 % split
   * by a hash of file and id; label: expect holds "confidential"); 0 leaves them out. When they are
   * in, their validation 20 % joins the issue-13 validation split for the thresholds (and chose this weight).
   */
  corpusWeight: number;
  /**
   * `shipped`: the eighth session's corpora (tests/train/data.ts `SHIPPED_CORPORA`); `ninth`: the ninth
   * session's (`NINTH_SESSION_CORPORA`), shipped since then with weight 3, both chosen by leave-one-writer-out
   * (tests/train/leave-out.ts; docs/models.md); `thirteenth`: the thirteenth session's (train-10 to train-13
   * too; `THIRTEENTH_SESSION_CORPORA`); `all`: every corpus of `TRAINING_CORPORA`.
   */
  corpora: 'shipped' | 'ninth' | 'thirteenth' | 'all';
  /**
   * Whether function words (the fusion's `FUNCTION_WORDS`, src/engine/detectors/learned-confidential.ts)
   * give no features, in training and (written into the model as `features.stopWords`) in the scorer.
   * Thirteenth session: every earlier candidate trained on all the corpora gave them weight ("after",
   * "we've", "her", "update today") because the confidential drafts tell stories about people; a benign
   * sentence built of them then scored as a matter (docs/models.md).
   */
  stopWords: boolean;
  /**
   * Words of digits only (written into the model as `features.numbers`): `keep` as read, `skip` no features,
   * `one` all read as "0". Fourteenth session: the candidate trained to train-13 gave "03" 2.15 of the logit
   * (dates of birth in its drafts), and "Trip on 12/03/2025" became confident (docs/models.md).
   */
  numbers: 'keep' | 'skip' | 'one';
  /** Experiment only: whether a sentence with an `info` confidential finding of the rules is left to them too. */
  deferToInfo: boolean;
}

function corporaFor(which: ConfidentialOptions['corpora']): readonly string[] {
  return which === 'all' ? TRAINING_CORPORA : which === 'thirteenth' ? THIRTEENTH_SESSION_CORPORA : which === 'ninth' ? NINTH_SESSION_CORPORA : SHIPPED_CORPORA;
}

export const DEFAULT_CONFIDENTIAL_OPTIONS: ConfidentialOptions = {
  buckets: 1 << 17,
  minGram: 3,
  maxGram: 5,
  bigrams: true,
  maxWords: 64,
  mode: 'mil',
  milTop: 1,
  milRounds: 1,
  minWords: 6,
  nb: true,
  epochs: 8,
  learningRate: 0.1,
  l2: 1e-6,
  seed: 13,
  deferToInfo: true,
  staffNegatives: 0,
  tweetNegatives: 0,
  corpusWeight: 3,
  corpora: 'ninth',
  stopWords: false,
  numbers: 'keep',
};

/** The stop words of a model trained with `options` (sorted, as written into the model), or none. */
export function stopWordsOf(options: Pick<ConfidentialOptions, 'stopWords'>): readonly string[] {
  return options.stopWords ? [...FUNCTION_WORDS].sort() : [];
}

function keptWords(norms: readonly string[], options: Pick<ConfidentialOptions, 'stopWords' | 'numbers'>): readonly string[] {
  const read = options.numbers === 'keep' ? norms : norms.flatMap((w) => readNumber(w, options.numbers as 'skip' | 'one') ?? []);
  if (!options.stopWords) return read;
  return read.filter((w) => !FUNCTION_WORDS.has(w));
}

export interface Unit {
  /** Draft offsets of the sentence (end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly features: Int32Array;
}

/** The sentences of a draft as the scorer segments them (src/engine/learned/linear-scorer.ts), each with its features. */
export function sentenceUnits(text: string, options: ConfidentialOptions): Unit[] {
  const folded = fold(text);
  const words = wordsOf(folded.text);
  const starts = mergeShort(segmentStarts(folded, words, options.maxWords), words.length, options.minWords);
  const norms = words.map((w) => w.norm);
  return starts.map((from, s) => {
    const to = s + 1 < starts.length ? starts[s + 1]! : words.length;
    return {
      start: folded.starts[words[from]!.foldedStart]!,
      end: folded.ends[words[to - 1]!.foldedEnd - 1]!,
      features: sparseFeatures(keptWords(norms.slice(from, to), options), options),
    };
  });
}

export function draftFeatures(text: string, options: ConfidentialOptions): Int32Array {
  return sparseFeatures(keptWords(wordsOf(fold(text).text).map((w) => w.norm), options), options);
}

export interface LinearModel {
  readonly w: Float64Array;
  readonly bias: number;
}

export function unitLogit(model: LinearModel, f: Int32Array): number {
  if (f.length === 0) return model.bias;
  const v = 1 / Math.sqrt(f.length);
  let z = model.bias;
  for (let k = 0; k < f.length; k++) z += model.w[f[k]!]! * v;
  return z;
}

export function trainConfidential(issue13: readonly ConfidentialExample[], options: ConfidentialOptions, leaveOut: ReadonlySet<string> = new Set()): LinearModel {
  const drafts = [...issue13, ...otherNegatives('staff', options.staffNegatives), ...otherNegatives('tweets', options.tweetNegatives), ...corpusDrafts(options.corpusWeight, leaveOut, corporaFor(options.corpora)).train];
  const fit = (features: Int32Array[], labels: number[], weights: number[]) =>
    trainLinear(features, labels, weights, options.buckets, { nb: options.nb, epochs: options.epochs, learningRate: options.learningRate, l2: options.l2, seed: options.seed });
  if (options.mode === 'draft') {
    return fit(drafts.map((d) => draftFeatures(d.text, options)), drafts.map((d) => d.label), drafts.map((d) => d.weight ?? 1));
  }
  const units = drafts.map((d) => sentenceUnits(d.text, options));
  if (options.mode === 'sentence') {
    const features = units.flat().map((u) => u.features);
    const labels = drafts.flatMap((d, i) => units[i]!.map(() => d.label));
    return fit(features, labels, drafts.flatMap((d, i) => units[i]!.map(() => d.weight ?? 1)));
  }
  let model = fit(drafts.map((d) => draftFeatures(d.text, options)), drafts.map((d) => d.label), drafts.map((d) => d.weight ?? 1));
  for (let round = 0; round < options.milRounds; round++) {
    const features: Int32Array[] = [];
    const labels: number[] = [];
    const weights: number[] = [];
    drafts.forEach((d, i) => {
      const us = units[i]!;
      if (d.label === 0) {
        for (const u of us) {
          features.push(u.features);
          labels.push(0);
          weights.push(d.weight ?? 1);
        }
        return;
      }
      const ranked = us.map((u, k) => ({ k, z: unitLogit(model, u.features) })).sort((a, b) => b.z - a.z || a.k - b.k);
      for (const { k } of ranked.slice(0, options.milTop)) {
        features.push(us[k]!.features);
        labels.push(1);
        weights.push(d.weight ?? 1);
      }
    });
    model = fit(features, labels, weights);
  }
  return model;
}


/** Thresholds: the model alone may flag at most these shares of the validation split's drafts that are not confidential. */
const CONFIDENT_FALSE_ALARMS = 0.01;
/**
 * With the corpora's validation fifth the split holds 880 non-confidential drafts instead of 280, so
 * "confident" is set at half a percent: about the same few validation drafts above it (4 against 2.8)
 * as before. At 1 % (0.628) the model trained on the corpora made a benign development draft high
 * ("Drinks with Sarah and Gareth tonight, much needed after the week we've had", 0.678).
 */
const CONFIDENT_FALSE_ALARMS_WITH_CORPORA = 0.005;
/**
 * "possible" stays at 5 % of the issue-13 validation split's non-confidential drafts, as before the
 * corpora joined: at 5 % of all 880 (0.299; the corpora's drafts are mostly easy negatives) "Project
 * Phoenix update today", a school's own term where none is configured, became a note
 * (tests/unit/confidential.test.ts), and "possible" beside a pupil named in the sentence is high.
 */
const POSSIBLE_FALSE_ALARMS = 0.05;

/**
 * The whole of `npm run train:confidential`: trains on the issue-13 training split, packs the
 * weights as signed bytes, and sets the thresholds on the validation split through the scorer the
 * product runs. Deterministic: the same options give the same bytes (tests/unit/learned-confidential.test.ts).
 */
/** One signed byte per weight; the scale puts the largest weights (all but the top 0.01 %) at the full range. */
export function packWeights(w: Float64Array | Float32Array | readonly number[]): { scale: number; packed: Int8Array } {
  const magnitudes = Array.from(w, Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
  const scale = magnitudes.length === 0 ? 1 : (magnitudes[Math.floor(magnitudes.length * 0.9999)] ?? magnitudes[magnitudes.length - 1]!) / 127;
  const packed = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) packed[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { scale, packed };
}

export function buildConfidentialModel(options: ConfidentialOptions = DEFAULT_CONFIDENTIAL_OPTIONS, out = 'rules/models/confidential.json', leaveOut: ReadonlySet<string> = new Set()): LinearModelData {
  const { train, validation: issue13Validation } = issue13Drafts();
  const corpora = corpusDrafts(options.corpusWeight, leaveOut, corporaFor(options.corpora));
  const validation = [...issue13Validation, ...corpora.validation];
  const model = trainConfidential(train, options, leaveOut);

  const { scale, packed } = packWeights(model.w);

  const fixed = (x: number) => Number(x.toPrecision(7));
  const data: LinearModelData = {
    $comment: 'Written by `npm run train:confidential` (tests/train/train-confidential.ts); do not edit by hand. Model card: docs/models.md.',
    format: 'guardrail-learned-linear',
    version: 1,
    category: 'confidential',
    training: {
      command: 'npm run train:confidential',
      seed: options.seed,
      sources: [
        { name: 'Issue-13 drafts, tests/corpus/train/issue13 (80 % split, by a hash of the id), label: expect holds "confidential"', examples: train.length, weight: '1' },
        { name: 'the same, the other 20 %: validation, thresholds only', examples: issue13Validation.length, weight: '0 (not trained on)' },
        ...(options.corpusWeight > 0
          ? [
              { name: `the engine's labelled corpora (drafts, blind-hostility, blind-2/3/4/6/7/8${options.corpora === 'shipped' ? '' : `/9/10, train-9${options.corpora === 'all' ? ', train-10, train-11' : options.corpora === 'thirteenth' ? ', train-10 to train-13' : ''}`}; 80 % split by a hash of file and id), label: expect holds "confidential"`, examples: corpora.train.length, weight: String(options.corpusWeight) },
              { name: 'the same corpora, the other 20 %: validation: thresholds and the corpus weight chosen on it', examples: corpora.validation.length, weight: '0 (not trained on)' },
            ]
          : []),
      ],
    },
    features: { buckets: options.buckets, minGram: options.minGram, maxGram: options.maxGram, bigrams: options.bigrams, maxWords: options.maxWords, minWords: options.minWords, ...(options.stopWords ? { stopWords: [...stopWordsOf(options)] } : {}), ...(options.numbers !== 'keep' ? { numbers: options.numbers } : {}) },
    linear: { scale: fixed(scale), weights: Buffer.from(packed.buffer).toString('base64'), bias: fixed(model.bias) },
    thresholds: { possible: 0.5, confident: 0.9 },
  };

  // Thresholds through the scorer the product runs (quantised weights, draft = its highest sentence).
  const scorer = compileLinearModel(data, out);
  const negatives = validation
    .filter((d) => d.label === 0)
    .map((d) => scorer.score(d.text).probability)
    .sort((a, b) => b - a);
  /** The smallest threshold above the score of the (share × n)-th highest negative, rounded up to 3 decimals. */
  const issue13Negatives = issue13Validation
    .filter((d) => d.label === 0)
    .map((d) => scorer.score(d.text).probability)
    .sort((a, b) => b - a);
  const thresholdAt = (share: number, among: readonly number[] = negatives) => Math.min(0.999, Math.ceil(((among[Math.floor(share * among.length)] ?? 0) + 1e-9) * 1000) / 1000);
  data.thresholds = { possible: thresholdAt(POSSIBLE_FALSE_ALARMS, issue13Negatives), confident: thresholdAt(options.corpusWeight > 0 ? CONFIDENT_FALSE_ALARMS_WITH_CORPORA : CONFIDENT_FALSE_ALARMS) };
  return data;
}

export function serialiseConfidentialModel(data: LinearModelData): string {
  return JSON.stringify(data, null, 1) + '\n';
}
