import { seeded, shuffle } from './random';

/**
 * A small convolutional network over word vectors, written out by hand so its weights can ship as data:
 * each word's pretrained vector is projected to `dim` values (tanh), a width-2 convolution with
 * `filters` ReLU filters reads each word with the next, max and mean pooling summarise the text,
 * and a linear output gives the logit. Trained with Adam on weighted examples, in a fixed order.
 */
export interface CnnShape {
  input: number;
  dim: number;
  filters: number;
}

export interface CnnWeights {
  shape: CnnShape;
  /** dim × input, row-major. */
  P: Float64Array;
  bp: Float64Array;
  /** filters × dim each: the current word and the next. */
  W1: Float64Array;
  W2: Float64Array;
  bh: Float64Array;
  /** Output weights on max pooling then mean pooling (2 × filters). */
  u: Float64Array;
  c: Float64Array;
}

export interface CnnOptions {
  epochs: number;
  learningRate: number;
  batch: number;
  l2: number;
  seed: number;
  maxWords: number;
}

/** An example: the vectors of its words (undefined for unknown words), in order. */
export type Sequence = readonly (Float32Array | undefined)[];

function init(shape: CnnShape, random: () => number): CnnWeights {
  const uniform = (n: number, fanIn: number, fanOut: number): Float64Array => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = (random() * 2 - 1) * limit;
    return a;
  };
  const { input, dim, filters } = shape;
  return {
    shape,
    P: uniform(dim * input, input, dim),
    bp: new Float64Array(dim),
    W1: uniform(filters * dim, 2 * dim, filters),
    W2: uniform(filters * dim, 2 * dim, filters),
    bh: new Float64Array(filters).fill(0.01),
    u: uniform(2 * filters, 2 * filters, 1),
    c: new Float64Array(1),
  };
}

const KEYS = ['P', 'bp', 'W1', 'W2', 'bh', 'u', 'c'] as const;
type Key = (typeof KEYS)[number];

interface Work {
  p: Float64Array; // T × dim
  g: Float64Array; // T × filters (pre-activation)
  mx: Float64Array;
  am: Int32Array;
  mean: Float64Array;
}

function forward(m: CnnWeights, seq: Sequence, T: number, work: Work): number {
  const { input, dim, filters } = m.shape;
  const { p, g, mx, am, mean } = work;
  for (let t = 0; t < T; t++) {
    const e = seq[t];
    for (let d = 0; d < dim; d++) {
      let a = m.bp[d]!;
      if (e) {
        const row = d * input;
        for (let k = 0; k < input; k++) a += m.P[row + k]! * e[k]!;
      }
      p[t * dim + d] = Math.tanh(a);
    }
  }
  mx.fill(0);
  am.fill(-1);
  mean.fill(0);
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < filters; j++) {
      let s = m.bh[j]!;
      const row = j * dim;
      for (let d = 0; d < dim; d++) s += m.W1[row + d]! * p[t * dim + d]!;
      if (t + 1 < T) for (let d = 0; d < dim; d++) s += m.W2[row + d]! * p[(t + 1) * dim + d]!;
      g[t * filters + j] = s;
      const h = s > 0 ? s : 0;
      if (am[j]! < 0 || h > mx[j]!) {
        mx[j] = h;
        am[j] = t;
      }
      mean[j]! += h / T;
    }
  }
  let z = m.c[0]!;
  for (let j = 0; j < filters; j++) z += m.u[j]! * mx[j]! + m.u[filters + j]! * mean[j]!;
  return z;
}

export function cnnLogit(m: CnnWeights, seq: Sequence, maxWords: number): number {
  const T = Math.min(seq.length, maxWords);
  if (T === 0) return m.c[0]!;
  return forward(m, seq, T, workFor(m.shape, T));
}

function workFor(shape: CnnShape, T: number): Work {
  return {
    p: new Float64Array(T * shape.dim),
    g: new Float64Array(T * shape.filters),
    mx: new Float64Array(shape.filters),
    am: new Int32Array(shape.filters),
    mean: new Float64Array(shape.filters),
  };
}

export function trainCnn(seqs: readonly Sequence[], labels: ArrayLike<number>, weights: ArrayLike<number>, shape: CnnShape, options: CnnOptions, onEpoch?: (epoch: number, m: CnnWeights) => void): CnnWeights {
  const random = seeded(options.seed);
  const m = init(shape, random);
  const grads = Object.fromEntries(KEYS.map((k) => [k, new Float64Array(m[k].length)])) as Record<Key, Float64Array>;
  const mom1 = Object.fromEntries(KEYS.map((k) => [k, new Float64Array(m[k].length)])) as Record<Key, Float64Array>;
  const mom2 = Object.fromEntries(KEYS.map((k) => [k, new Float64Array(m[k].length)])) as Record<Key, Float64Array>;
  const { input, dim, filters } = shape;
  const work = workFor(shape, options.maxWords);
  const dg = new Float64Array(options.maxWords * filters);
  const dp = new Float64Array(dim);
  const order = Array.from({ length: seqs.length }, (_, i) => i).filter((i) => weights[i]! > 0 && seqs[i]!.length > 0);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (let b = 0; b < order.length; b += options.batch) {
      for (const k of KEYS) grads[k].fill(0);
      const end = Math.min(order.length, b + options.batch);
      for (let n = b; n < end; n++) {
        const i = order[n]!;
        const seq = seqs[i]!;
        const T = Math.min(seq.length, options.maxWords);
        const z = forward(m, seq, T, work);
        const dz = (1 / (1 + Math.exp(-z)) - labels[i]!) * weights[i]!;
        const { p, g, mx, am, mean } = work;
        grads.c[0]! += dz;
        for (let j = 0; j < filters; j++) {
          grads.u[j]! += dz * mx[j]!;
          grads.u[filters + j]! += dz * mean[j]!;
        }
        for (let t = 0; t < T; t++) {
          for (let j = 0; j < filters; j++) {
            let dh = (dz * m.u[filters + j]!) / T;
            if (am[j] === t) dh += dz * m.u[j]!;
            dg[t * filters + j] = g[t * filters + j]! > 0 ? dh : 0;
          }
        }
        for (let t = 0; t < T; t++) {
          for (let j = 0; j < filters; j++) {
            const d = dg[t * filters + j]!;
            if (d === 0) continue;
            grads.bh[j]! += d;
            const row = j * dim;
            for (let k = 0; k < dim; k++) grads.W1[row + k]! += d * p[t * dim + k]!;
            if (t + 1 < T) for (let k = 0; k < dim; k++) grads.W2[row + k]! += d * p[(t + 1) * dim + k]!;
          }
          // Gradient reaching word t's projection: from its own window and from the previous one.
          dp.fill(0);
          for (let j = 0; j < filters; j++) {
            const d = dg[t * filters + j]!;
            const dPrev = t > 0 ? dg[(t - 1) * filters + j]! : 0;
            if (d === 0 && dPrev === 0) continue;
            const row = j * dim;
            for (let k = 0; k < dim; k++) dp[k]! += d * m.W1[row + k]! + dPrev * m.W2[row + k]!;
          }
          const e = seq[t];
          for (let k = 0; k < dim; k++) {
            const pk = p[t * dim + k]!;
            const da = dp[k]! * (1 - pk * pk);
            if (da === 0) continue;
            grads.bp[k]! += da;
            if (e) {
              const row = k * input;
              for (let q = 0; q < input; q++) grads.P[row + q]! += da * e[q]!;
            }
          }
        }
      }
      step++;
      const lr = options.learningRate;
      const c1 = 1 - 0.9 ** step;
      const c2 = 1 - 0.999 ** step;
      const scale = 1 / (end - b);
      for (const k of KEYS) {
        const w = m[k], gk = grads[k], m1 = mom1[k], m2 = mom2[k];
        for (let q = 0; q < w.length; q++) {
          const gq = gk[q]! * scale + options.l2 * w[q]!;
          m1[q] = 0.9 * m1[q]! + 0.1 * gq;
          m2[q] = 0.999 * m2[q]! + 0.001 * gq * gq;
          w[q]! -= (lr * (m1[q]! / c1)) / (Math.sqrt(m2[q]! / c2) + 1e-8);
        }
      }
    }
    onEpoch?.(epoch, m);
  }
  return m;
}
