import { bigramFeature, normalisedWords, wordFeatures } from '../../src/engine/learned/features';
import { seeded, shuffle } from './random';

/** Hashed word, bigram and character n-gram features of a text, one entry per occurrence. */
export interface SparseOptions {
  buckets: number;
  minGram: number;
  maxGram: number;
  bigrams: boolean;
}

export function sparseFeatures(words: readonly string[], options: SparseOptions): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    wordFeatures(words[i]!, options.buckets, options.minGram, options.maxGram, out);
    if (options.bigrams && i + 1 < words.length) out.push(bigramFeature(words[i]!, words[i + 1]!, options.buckets));
  }
  return Int32Array.from(out);
}

export function featurise(texts: readonly string[], options: SparseOptions): Int32Array[] {
  return texts.map((t) => sparseFeatures(normalisedWords(t), options));
}

export interface LinearOptions {
  /** NB-SVM style (Wang and Manning 2012): scale each feature by its log-count ratio before fitting. */
  nb?: boolean;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/**
 * Logistic regression by Adagrad over the hashed features, each occurrence valued 1/sqrt(n) so a
 * long text does not outscore a short one by length alone. Weighted examples; deterministic order.
 */
export function trainLinear(features: readonly Int32Array[], labels: ArrayLike<number>, weights: ArrayLike<number>, buckets: number, options: LinearOptions): { w: Float64Array; bias: number } {
  const r = options.nb ? logCountRatios(features, labels, weights, buckets) : new Float64Array(buckets).fill(1);
  const w = new Float64Array(buckets);
  const g2 = new Float64Array(buckets).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = seeded(options.seed);
  const order = Array.from({ length: features.length }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const f = features[i]!;
      const weight = weights[i]!;
      if (weight === 0 || f.length === 0) continue;
      const v = 1 / Math.sqrt(f.length);
      let z = bias;
      for (let k = 0; k < f.length; k++) z += w[f[k]!]! * r[f[k]!]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - labels[i]!) * weight;
      for (let k = 0; k < f.length; k++) {
        const j = f[k]!;
        const g = err * r[j]! * v + options.l2 * w[j]!;
        g2[j]! += g * g;
        w[j]! -= (options.learningRate * g) / Math.sqrt(g2[j]!);
      }
      biasG2 += err * err;
      bias -= (options.learningRate * err) / Math.sqrt(biasG2);
    }
  }
  // The scorer multiplies plain weights by values: fold the ratios into the weights.
  for (let j = 0; j < buckets; j++) w[j]! *= r[j]!;
  return { w, bias };
}

export function logCountRatios(features: readonly Int32Array[], labels: ArrayLike<number>, weights: ArrayLike<number>, buckets: number): Float64Array {
  const pos = new Float64Array(buckets).fill(1);
  const neg = new Float64Array(buckets).fill(1);
  let posTotal = buckets, negTotal = buckets;
  features.forEach((f, i) => {
    const weight = weights[i]!;
    if (weight === 0) return;
    const seen = new Set(f);
    for (const j of seen) {
      if (labels[i] === 1) { pos[j]! += weight; posTotal += weight; }
      else { neg[j]! += weight; negTotal += weight; }
    }
  });
  const r = new Float64Array(buckets);
  for (let j = 0; j < buckets; j++) r[j] = Math.log(pos[j]! / posTotal / (neg[j]! / negTotal));
  return r;
}

export function linearLogit(f: Int32Array, w: ArrayLike<number>, bias: number): number {
  if (f.length === 0) return bias;
  const v = 1 / Math.sqrt(f.length);
  let z = bias;
  for (let k = 0; k < f.length; k++) z += w[f[k]!]! * v;
  return z;
}

/**
 * A pairwise (AUC-style) loss for the same linear model: the logistic loss of score(offensive) −
 * score(not offensive) over random pairs of weighted examples (one pair per training example per
 * epoch), by Adagrad over NB-scaled features. It ranks rather than classifies, which is what a
 * threshold at 5 % false alarms asks for; the bias is left to the fitted combination.
 */
export function trainPairwise(features: readonly Int32Array[], labels: ArrayLike<number>, weights: ArrayLike<number>, buckets: number, options: LinearOptions): { w: Float64Array; bias: number } {
  const r = options.nb ? logCountRatios(features, labels, weights, buckets) : new Float64Array(buckets).fill(1);
  const w = new Float64Array(buckets);
  const g2 = new Float64Array(buckets).fill(1e-8);
  const usable = (i: number): boolean => weights[i]! > 0 && features[i]!.length > 0;
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < features.length; i++) if (usable(i)) (labels[i] === 1 ? pos : neg).push(i);
  if (pos.length === 0 || neg.length === 0) return { w, bias: 0 };
  const random = seeded(options.seed);
  const score = (i: number): number => {
    const f = features[i]!;
    const v = 1 / Math.sqrt(f.length);
    let z = 0;
    for (let k = 0; k < f.length; k++) z += w[f[k]!]! * r[f[k]!]! * v;
    return z;
  };
  const step = (i: number, err: number): void => {
    const f = features[i]!;
    const v = 1 / Math.sqrt(f.length);
    for (let k = 0; k < f.length; k++) {
      const j = f[k]!;
      const g = err * r[j]! * v + options.l2 * w[j]!;
      g2[j]! += g * g;
      w[j]! -= (options.learningRate * g) / Math.sqrt(g2[j]!);
    }
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let t = 0; t < features.length; t++) {
      const a = pos[Math.floor(random() * pos.length)]!;
      const b = neg[Math.floor(random() * neg.length)]!;
      const err = -(1 / (1 + Math.exp(score(a) - score(b)))) * Math.sqrt(weights[a]! * weights[b]!);
      step(a, err);
      step(b, -err);
    }
  }
  for (let j = 0; j < buckets; j++) w[j]! *= r[j]!;
  return { w, bias: 0 };
}
