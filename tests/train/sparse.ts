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
      for (let k = 0; k < f.length; k++) z += w[f[k]!]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - labels[i]!) * weight;
      for (let k = 0; k < f.length; k++) {
        const j = f[k]!;
        const g = err * v + options.l2 * w[j]!;
        g2[j]! += g * g;
        w[j]! -= (options.learningRate * g) / Math.sqrt(g2[j]!);
      }
      biasG2 += err * err;
      bias -= (options.learningRate * err) / Math.sqrt(biasG2);
    }
  }
  return { w, bias };
}

export function linearLogit(f: Int32Array, w: ArrayLike<number>, bias: number): number {
  if (f.length === 0) return bias;
  const v = 1 / Math.sqrt(f.length);
  let z = bias;
  for (let k = 0; k < f.length; k++) z += w[f[k]!]! * v;
  return z;
}
