import { normalisedWords } from '../../src/engine/learned/features';
import { compileLearnedModel } from '../../src/engine/learned/scorer';
import type { LearnedModelData } from '../../src/engine/learned/schema';
import type { Example } from './data';
import type { Glove } from './embeddings';
import { bestF1Within } from './metrics';
import { cnnLogit, trainCnn, type CnnWeights, type Sequence } from './cnn';
import { featurise, linearLogit, trainLinear, trainPairwise, type SparseOptions } from './sparse';

/**
 * From examples to the model file, deterministically: the same examples, vectors and options give
 * the same bytes (fixed seeds, one thread, a fixed order everywhere, numbers written at fixed precision).
 */
export interface PipelineOptions {
  seed: number;
  sparse: SparseOptions;
  /**
   * seeds: the linear part is the mean of this many models trained on different shuffles (a mean of
   * linear models is one linear model: variance down, nothing added to the scorer's work).
   */
  linear: { nb: boolean; epochs: number; learningRate: number; l2: number; seeds: number; loss: 'logistic' | 'pairwise' };
  /**
   * Label noise (docs/models.md): each TweetEval offensive tweet counts in proportion to how offensive
   * a linear model trained without it (4 folds) finds it, so doubtful labels pull the model less. 0 = off.
   */
  doubtfulPositives: number;
  cnn: { dim: number; filters: number; epochs: number; learningRate: number; batch: number; l2: number };
  maxWords: number;
  /** GloVe words kept in the shipped table beyond those seen in training: the most frequent N. */
  extraVocabulary: number;
  /** A word must occur this often in the training data to earn a row of its own. */
  minCount: number;
  /** False-alarm budgets (validation negatives) for the two thresholds. */
  possibleFalseAlarms: number;
  confidentFalseAlarms: number;
  /**
   * The fusion's "hold" threshold, written as is: chosen by `tests/eval/fusion-sweep.ts` on the fifth
   * of TweetEval's train split that `--holdout` keeps out, with a model trained without it (issue 11,
   * seventh session), not fitted here on the validation split.
   */
  hold: number;
  /** The fusion's "alone" threshold, written as is: chosen by `tests/eval/fusion-sweep.ts` (ninth session). */
  alone?: number;
}

export const DEFAULT_OPTIONS: PipelineOptions = {
  seed: 20261203,
  sparse: { buckets: 1 << 19, minGram: 3, maxGram: 5, bigrams: true },
  linear: { nb: true, epochs: 6, learningRate: 0.1, l2: 1e-5, seeds: 5, loss: 'pairwise' },
  doubtfulPositives: 0,
  cnn: { dim: 16, filters: 48, epochs: 5, learningRate: 0.002, batch: 32, l2: 0 },
  maxWords: 64,
  extraVocabulary: 30_000,
  minCount: 2,
  possibleFalseAlarms: 0.05,
  confidentFalseAlarms: 0.01,
  hold: 0.71,
  alone: 0.95,
};

export interface WeightedExample extends Example {
  readonly weight: number;
}

export interface PipelineInput {
  train: readonly WeightedExample[];
  /** Used only for choices: the combination of the two parts and the thresholds. */
  validation: readonly Example[];
  glove: Glove;
  sources: LearnedModelData['training']['sources'];
}

export function buildModel(input: PipelineInput, options: PipelineOptions = DEFAULT_OPTIONS): LearnedModelData {
  const { train, validation, glove } = input;
  const labels = train.map((e) => e.label);
  const sparse = featurise(train.map((e) => e.text), options.sparse);
  const weights = options.doubtfulPositives > 0 ? denoisedWeights(train, sparse, options) : train.map((e) => e.weight);

  // 1. The linear model over hashed features: the mean of `seeds` models, each on its own shuffle.
  const linear = meanLinear(sparse, labels, weights, options);
  const scale = quantiseScale(linear.w);
  const packedLinear = new Int8Array(linear.w.length);
  for (let i = 0; i < linear.w.length; i++) packedLinear[i] = Math.max(-127, Math.min(127, Math.round(linear.w[i]! / scale)));

  // 2. The network over word vectors; only words in the shipped table have vectors, in training too,
  //    so the model learns to live with the unknown-word vector it will meet on the device.
  const trainWords = train.map((e) => normalisedWords(e.text));
  const vocabulary = shippedVocabulary(trainWords, weights, glove, options);
  const known = new Set(vocabulary);
  const sequence = (words: readonly string[]): Sequence => words.map((w) => (known.has(w) ? glove.vector(w) : undefined));
  const cnn = trainCnn(trainWords.map(sequence), labels, weights, { input: glove.dimensions, dim: options.cnn.dim, filters: options.cnn.filters }, { ...options.cnn, seed: options.seed + 1, maxWords: options.maxWords });

  // 3. How much each part counts, fitted on the validation split (three numbers).
  const bias = linear.bias;
  const valFeatures = featurise(validation.map((e) => e.text), options.sparse);
  const valWords = validation.map((e) => normalisedWords(e.text));
  const zLinear = valFeatures.map((f) => linearLogit(f, linear.w, 0));
  const zCnn = valWords.map((w) => cnnLogit(cnn, sequence(w), options.maxWords));
  const combine = fitCombination(zLinear, zCnn, validation.map((e) => e.label), bias);

  const data: LearnedModelData = {
    $comment: 'Written by `npm run train` (tests/train/train.ts); do not edit by hand. Model card: docs/models.md.',
    format: 'guardrail-learned-hostility',
    version: 1,
    training: { command: 'npm run train', seed: options.seed, sources: input.sources },
    features: { ...options.sparse, maxWords: options.maxWords },
    linear: { scale: fixed(scale), weights: Buffer.from(packedLinear.buffer).toString('base64') },
    cnn: packCnn(cnn, vocabulary, glove),
    combine,
    thresholds: { possible: 0.5, confident: 0.9 },
  };

  // 4. Thresholds, chosen on the validation split through the scorer the product runs.
  const model = compileLearnedModel(data);
  const probabilities = validation.map((e) => model.score(e.text).probability);
  const valLabels = validation.map((e) => e.label);
  const possible = bestF1Within(probabilities, valLabels, options.possibleFalseAlarms).threshold;
  const confident = Math.max(possible, bestF1Within(probabilities, valLabels, options.confidentFalseAlarms).threshold);
  // The schema wants "hold" at or above "possible" (a sentence below "possible" is no finding); when the
  // trained model's "possible" lands above the chosen hold, hold is lifted to it, rounded up to the
  // hundredth (the eighth session set 0.71 by hand for the same reason; ninth: possible 0.722 -> 0.73).
  const p = fixed(clampProbability(possible));
  const hold = Math.max(options.hold, Math.ceil(p * 100) / 100);
  data.thresholds = { possible: p, confident: fixed(clampProbability(confident)), hold, ...(options.alone !== undefined ? { alone: options.alone } : {}) };
  return data;
}

function meanLinear(sparse: readonly Int32Array[], labels: readonly number[], weights: readonly number[], options: PipelineOptions): { w: Float64Array; bias: number } {
  const seeds = Math.max(1, options.linear.seeds);
  const w = new Float64Array(options.sparse.buckets);
  let bias = 0;
  for (let k = 0; k < seeds; k++) {
    // The first model keeps the single model's seed, so seeds = 1 is the model as it was.
    const m = (options.linear.loss === 'pairwise' ? trainPairwise : trainLinear)(sparse, labels, weights, options.sparse.buckets, { ...options.linear, seed: options.seed + k * 7919 });
    for (let j = 0; j < w.length; j++) w[j]! += m.w[j]! / seeds;
    bias += m.bias / seeds;
  }
  return { w, bias };
}

/**
 * TweetEval's offensive labels are noisy (docs/models.md). Cross-fitted over 4 folds (fold = index
 * mod 4), a linear model scores each training example it did not see; each TweetEval positive's
 * weight becomes weight × (1 − s + s·p), p its cross-fitted probability and s = doubtfulPositives.
 */
function denoisedWeights(train: readonly WeightedExample[], sparse: readonly Int32Array[], options: PipelineOptions): number[] {
  const folds = 4;
  const labels = train.map((e) => e.label);
  const p = new Float64Array(train.length);
  for (let f = 0; f < folds; f++) {
    const w = train.map((e, i) => (i % folds === f ? 0 : e.weight));
    const m = trainLinear(sparse, labels, w, options.sparse.buckets, { ...options.linear, seed: options.seed + 101 + f });
    train.forEach((_, i) => {
      if (i % folds === f) p[i] = 1 / (1 + Math.exp(-linearLogit(sparse[i]!, m.w, m.bias)));
    });
  }
  const s = options.doubtfulPositives;
  return train.map((e, i) => (e.label === 1 && e.source === 'tweeteval' ? e.weight * (1 - s + s * p[i]!) : e.weight));
}

/** Serialised with a fixed key order (the object literal's) and fixed-precision numbers. */
export function serialise(data: LearnedModelData): string {
  return JSON.stringify(data, null, 1) + '\n';
}

function fixed(x: number): number {
  return Number(x.toPrecision(7));
}

function clampProbability(p: number): number {
  return Math.min(0.999, Math.max(0.001, p));
}

/** One byte per weight: scale so the largest weights use the full range, clipping the rare extreme. */
function quantiseScale(w: Float64Array): number {
  const magnitudes = Array.from(w, Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
  if (magnitudes.length === 0) return 1;
  const top = magnitudes[Math.floor(magnitudes.length * 0.9999)] ?? magnitudes[magnitudes.length - 1]!;
  return top / 127;
}

function shippedVocabulary(trainWords: readonly string[][], weights: readonly number[], glove: Glove, options: PipelineOptions): string[] {
  const counts = new Map<string, number>();
  trainWords.forEach((words, i) => {
    if (weights[i] === 0) return;
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  });
  // GloVe order (most frequent first) is deterministic and puts common words first.
  return glove.words.filter((w, rank) => !w.includes(' ') && glove.vector(w) !== undefined && (rank < options.extraVocabulary || (counts.get(w) ?? 0) >= options.minCount));
}

function packCnn(m: CnnWeights, vocabulary: readonly string[], glove: Glove): LearnedModelData['cnn'] {
  const { input, dim, filters } = m.shape;
  const table = new Int8Array(vocabulary.length * dim);
  vocabulary.forEach((word, row) => {
    const e = glove.vector(word)!;
    for (let d = 0; d < dim; d++) {
      let a = m.bp[d]!;
      for (let k = 0; k < input; k++) a += m.P[d * input + k]! * e[k]!;
      table[row * dim + d] = Math.round(Math.tanh(a) * 127);
    }
  });
  const list = (a: Float64Array): number[] => Array.from(a, fixed);
  return {
    dim,
    filters,
    vocabulary: vocabulary.join(' '),
    table: Buffer.from(table.buffer).toString('base64'),
    unknown: Array.from(m.bp, (b) => fixed(Math.tanh(b))),
    current: list(m.W1),
    next: list(m.W2),
    bias: list(m.bh),
    output: list(m.u),
    outputBias: fixed(m.c[0]!),
  };
}

/** Logistic regression of the label on the two parts' logits, by plain gradient descent. */
function fitCombination(zLinear: readonly number[], zCnn: readonly number[], labels: readonly number[], linearBias: number): LearnedModelData['combine'] {
  let a = 1, b = 1, c = linearBias;
  const n = labels.length;
  for (let step = 0; step < 3000; step++) {
    let ga = 0, gb = 0, gc = 0;
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(a * zLinear[i]! + b * zCnn[i]! + c)));
      const e = p - labels[i]!;
      ga += e * zLinear[i]!;
      gb += e * zCnn[i]!;
      gc += e;
    }
    a -= (0.5 * ga) / n;
    b -= (0.5 * gb) / n;
    c -= (0.5 * gc) / n;
  }
  return { linear: fixed(a), cnn: fixed(b), bias: fixed(c) };
}
