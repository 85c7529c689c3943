import { fold, type FoldedText } from '../text/fold';
import { formatIssues } from '../schemas/errors';
import { bigramSeed, bigramWith, sharedSegmentStarts, wordFeatures, wordsOfFolded, type LearnedWord } from './features';
import { LearnedModelSchema, type LearnedModelData } from './schema';
import { decodeBase64 } from './base64';

/**
 * The learned layer: scores each sentence of a draft for hostile, derogatory or offensive language
 * and says which words drove the score, so a finding can underline them and explain itself.
 *
 * The model is the sum of two parts trained in tests/train/: a linear model over hashed word, bigram
 * and character n-gram features (spelling variants and masks share n-grams with the word they hide),
 * and a small convolutional network over projected GloVe vectors (words never seen in training but
 * close in meaning to insults still score). Both are additive enough to attribute: every feature
 * belongs to a word, and the network's pooled values are traced back to the words that produced them.
 */

export class LearnedModelError extends Error {
  override name = 'LearnedModelError';
}

export type LearnedLevel = 'none' | 'possible' | 'confident';

export interface WordContribution {
  /** Offsets in the draft (end exclusive): what a finding underlines. */
  readonly start: number;
  readonly end: number;
  /** The word as the user wrote it. */
  readonly text: string;
  /** Its share of the sentence's logit (positive pushes toward hostile). */
  readonly contribution: number;
}

export interface SentenceScore {
  readonly start: number;
  readonly end: number;
  readonly probability: number;
  readonly level: LearnedLevel;
  /** Words that pushed the score up, strongest first (at most `topWords`). */
  readonly words: readonly WordContribution[];
}

export interface LearnedScore {
  /** The highest sentence probability (0 for a draft without words). */
  readonly probability: number;
  readonly level: LearnedLevel;
  readonly sentences: readonly SentenceScore[];
  /** True when the draft was longer than `maxChars` characters or `maxWords` words and only its start was scored. */
  readonly truncated: boolean;
}

export interface ScoreOptions {
  /** Characters of the draft read at most (its start): bounds the work on a pasted book. Default 64,000. */
  readonly maxChars?: number;
  /** Words scored per draft at most. Default 12,000. */
  readonly maxWords?: number;
  /** Contributing words kept per sentence. Default 5. */
  readonly topWords?: number;
  /**
   * The draft already folded by `fold` (src/engine/text/fold.ts), when the caller has it (the
   * engine folds every draft once): spares folding it again. Used only when the whole draft is read.
   */
  readonly folded?: FoldedText;
}

export interface LearnedModel {
  readonly thresholds: { readonly possible: number; readonly confident: number; readonly hold?: number | undefined; readonly alone?: number | undefined };
  score(draft: string, options?: ScoreOptions): LearnedScore;
}

/** Validates model data and prepares it for scoring; throws LearnedModelError naming the field. */
export function compileLearnedModel(data: unknown, source = 'rules/models/hostility.json'): LearnedModel {
  const parsed = LearnedModelSchema.safeParse(data);
  if (!parsed.success) throw new LearnedModelError(`${source}: ${formatIssues(parsed.error.issues, data).join('; ')}`);
  return new CompiledModel(parsed.data);
}

interface CachedWord {
  readonly linearSum: number;
  readonly featureCount: number;
  /** Where its convolution parts start in the parts slab: `filters` values as the current word, then `filters` as the next. */
  readonly parts: number;
  /** `bigramSeed` of the word: half the hashing of every word pair it starts. */
  readonly pairSeed: number;
}

/**
 * Distinct words kept: at most `WORD_CACHE_LIMIT` in all, of which at most `PARTS_LIMIT` have
 * convolution parts (the model's vocabulary words: about 3 MB of parts at 48 filters). A word
 * outside the vocabulary costs only its entry, so many more of those are kept: a day's drafts use
 * a few thousand distinct words, and starting afresh at 4,096 of them made every word new again.
 * The cache starts afresh when either is full.
 */
export const WORD_CACHE_LIMIT = 16_384;
export const PARTS_LIMIT = 4096;
const DEFAULT_MAX_CHARS = 64_000;
const DEFAULT_MAX_WORDS = 12_000;
const DEFAULT_TOP_WORDS = 5;

/** The first `maxChars` characters, cut at a space where one is near so no word is cut in two. */
function readablePrefix(draft: string, maxChars: number): string {
  if (draft.length <= maxChars) return draft;
  let cut = maxChars;
  const space = draft.lastIndexOf(' ', cut);
  if (space > maxChars - 200) cut = space;
  else if (cut > 0 && draft.charCodeAt(cut - 1) >= 0xd800 && draft.charCodeAt(cut - 1) <= 0xdbff) cut--; // not between surrogates
  return draft.slice(0, cut);
}

class CompiledModel implements LearnedModel {
  readonly thresholds: { readonly possible: number; readonly confident: number; readonly hold?: number | undefined; readonly alone?: number | undefined };
  private readonly features: LearnedModelData['features'];
  private readonly linear: Int8Array;
  private readonly linearScale: number;
  private readonly vocabulary: Map<string, number>;
  private readonly table: Int8Array;
  private readonly unknown: Float64Array;
  private readonly dim: number;
  private readonly filters: number;
  private readonly current: Float64Array;
  private readonly next: Float64Array;
  private readonly convBias: Float64Array;
  private readonly output: Float64Array;
  private readonly outputBias: number;
  private readonly combine: LearnedModelData['combine'];
  // Scratch buffers, sized for the longest segment and reused for every sentence.
  private readonly activations: Float64Array;
  private readonly maxima: Float64Array;
  private readonly argmaxes: Int32Array;
  private readonly sums: Float64Array;
  private readonly entries: CachedWord[] = [];
  private readonly featureScratch: number[] = [];
  /**
   * Per word (its normalised form): the sum of its own linear weights, how many features it has,
   * and its two convolution parts. All are functions of the word alone, so they are computed once
   * and reused: a draft's cost is then its bigrams and the pooling, not n-gram hashing and
   * products. The same arithmetic in the same order as computing them afresh: scores do not change.
   */
  private readonly wordCache = new Map<string, CachedWord>();
  /** Convolution parts of the cached words, one block of 2 × filters each; block 0 is the unknown word's. */
  private readonly slab: Float64Array;
  private slabUsed = 1;
  /** How many times the cache has started afresh. */
  private generation = 0;
  private readonly projectedScratch: Float64Array;

  constructor(data: LearnedModelData) {
    this.thresholds = data.thresholds;
    this.features = data.features;
    this.linear = new Int8Array(decodeBase64(data.linear.weights).buffer);
    this.linearScale = data.linear.scale;
    const words = data.cnn.vocabulary === '' ? [] : data.cnn.vocabulary.split(' ');
    this.vocabulary = new Map(words.map((w, i) => [w, i]));
    this.table = new Int8Array(decodeBase64(data.cnn.table).buffer);
    this.unknown = Float64Array.from(data.cnn.unknown);
    this.dim = data.cnn.dim;
    this.filters = data.cnn.filters;
    this.current = Float64Array.from(data.cnn.current);
    this.next = Float64Array.from(data.cnn.next);
    this.convBias = Float64Array.from(data.cnn.bias);
    this.output = Float64Array.from(data.cnn.output);
    this.outputBias = data.cnn.outputBias;
    this.combine = data.combine;
    this.activations = new Float64Array(data.features.maxWords * data.cnn.filters);
    this.maxima = new Float64Array(data.cnn.filters);
    this.argmaxes = new Int32Array(data.cnn.filters);
    this.sums = new Float64Array(data.cnn.filters);
    this.slab = new Float64Array((PARTS_LIMIT + 1) * 2 * data.cnn.filters);
    this.projectedScratch = new Float64Array(data.cnn.dim);
    this.convolutionParts(this.unknown, 0, 0);
  }

  /** A word's cached values, computed on first sight. */
  private word(norm: string): CachedWord {
    let entry = this.wordCache.get(norm);
    if (entry) return entry;
    const { buckets, minGram, maxGram } = this.features;
    const features = this.featureScratch;
    features.length = 0;
    wordFeatures(norm, buckets, minGram, maxGram, features);
    let sum = 0;
    for (let k = 0; k < features.length; k++) sum += this.linear[features[k]!]!;
    const row = this.vocabulary.get(norm);
    // Bounded: a pasted book of made-up words must not grow memory without limit.
    if (this.wordCache.size >= WORD_CACHE_LIMIT || (row !== undefined && this.slabUsed > PARTS_LIMIT)) {
      this.wordCache.clear();
      this.slabUsed = 1;
      this.generation++;
    }
    let parts = 0;
    if (row !== undefined) {
      parts = this.slabUsed++ * 2 * this.filters;
      this.convolutionParts(this.table, row, parts);
    }
    entry = { linearSum: sum, featureCount: features.length, parts, pairSeed: bigramSeed(norm) };
    this.wordCache.set(norm, entry);
    return entry;
  }

  /**
   * The convolution's parts for one projected vector, written into the slab at `at`: table row
   * `row` (signed bytes / 127) or, for the unknown word, its float vector.
   */
  private convolutionParts(source: Int8Array | Float64Array, row: number, at: number): void {
    const { dim, filters, current, next, slab } = this;
    const projected = this.projectedScratch;
    for (let d = 0; d < dim; d++) projected[d] = source instanceof Int8Array ? source[row * dim + d]! / 127 : source[d]!;
    for (let j = 0; j < filters; j++) {
      let a = 0;
      let b = 0;
      const w = j * dim;
      for (let d = 0; d < dim; d++) a += current[w + d]! * projected[d]!;
      for (let d = 0; d < dim; d++) b += next[w + d]! * projected[d]!;
      slab[at + j] = a;
      slab[at + filters + j] = b;
    }
  }

  score(draft: string, options: ScoreOptions = {}): LearnedScore {
    const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
    const topWords = options.topWords ?? DEFAULT_TOP_WORDS;
    // Folding costs about a microsecond a character: fold only the start of a huge draft.
    const read = readablePrefix(draft, options.maxChars ?? DEFAULT_MAX_CHARS);
    const folded = options.folded !== undefined && read === draft ? options.folded : fold(read);
    const all = wordsOfFolded(folded, maxWords + 1);
    const truncated = all.length > maxWords || read.length < draft.length;
    const words = all.length > maxWords ? all.slice(0, maxWords) : all;
    const starts = sharedSegmentStarts(folded, words, this.features.maxWords);
    const sentences: SentenceScore[] = [];
    let best = 0;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s]!;
      const to = s + 1 < starts.length ? starts[s + 1]! : words.length;
      const segment = words.slice(from, to);
      const logit = this.segmentLogit(segment, undefined);
      const probability = 1 / (1 + Math.exp(-logit));
      best = Math.max(best, probability);
      const first = segment[0]!;
      const last = segment[segment.length - 1]!;
      sentences.push(this.sentenceScore(draft, folded, segment, topWords, folded.starts[first.foldedStart]!, folded.ends[last.foldedEnd - 1]!, probability));
    }
    return { probability: best, level: this.levelOf(best), sentences, truncated };
  }

  /**
   * A sentence's score, with the words that drove it worked out only when they are read: the
   * engine reads them only for a sentence the model flags, and tracing the network back to its
   * words costs as much again as the score. They are the same words, in the same order, with the
   * same contributions as when they were worked out with the score (the same arithmetic; every
   * word's cached values are a function of the word alone).
   */
  private sentenceScore(draft: string, folded: FoldedText, segment: readonly LearnedWord[], topWords: number, start: number, end: number, probability: number): SentenceScore {
    let words: readonly WordContribution[] | undefined;
    const model = this;
    return {
      start,
      end,
      probability,
      level: this.levelOf(probability),
      get words(): readonly WordContribution[] {
        if (words === undefined) {
          const contributions = new Float64Array(model.features.maxWords);
          model.segmentLogit(segment, contributions);
          words = model.topContributions(draft, folded, segment, contributions, topWords);
        }
        return words;
      },
    };
  }

  private levelOf(probability: number): LearnedLevel {
    return probability >= this.thresholds.confident ? 'confident' : probability >= this.thresholds.possible ? 'possible' : 'none';
  }

  /** The combined logit of one segment; adds each word's share into `contributions`, when given. */
  private segmentLogit(segment: readonly LearnedWord[], contributions: Float64Array | undefined): number {
    const { linear: a, cnn: b, bias } = this.combine;
    const entries = this.entries;
    const generation = this.generation;
    for (let i = 0; i < segment.length; i++) entries[i] = this.word(segment[i]!.norm);
    // The cache started afresh part-way through the segment: the parts of its earlier words may
    // have been overwritten by later ones, so look them all up again (a segment's 64 words at most
    // fit in the fresh cache). Before this, such a segment's score depended on the drafts before it.
    if (this.generation !== generation) for (let i = 0; i < segment.length; i++) entries[i] = this.word(segment[i]!.norm);
    return bias + a * this.linearLogit(segment, contributions, a) + b * this.cnnLogit(segment.length, contributions, b);
  }

  private linearLogit(segment: readonly LearnedWord[], contributions: Float64Array | undefined, share: number): number {
    const { buckets, bigrams } = this.features;
    const entries = this.entries;
    const n = segment.length;
    let count = 0;
    for (let i = 0; i < n; i++) count += entries[i]!.featureCount;
    if (bigrams && n > 1) count += n - 1;
    if (count === 0) return 0;
    // Each occurrence is valued 1/sqrt(count), as in training.
    const v = this.linearScale / Math.sqrt(count);
    let z = 0;
    for (let i = 0; i < n; i++) {
      const own = entries[i]!.linearSum * v;
      z += own;
      if (contributions) contributions[i]! += share * own;
      if (bigrams && i + 1 < n) {
        // A bigram belongs half to each of its words.
        const pair = this.linear[bigramWith(entries[i]!.pairSeed, segment[i + 1]!.norm, buckets)]! * v;
        z += pair;
        if (contributions) {
          contributions[i]! += (share * pair) / 2;
          contributions[i + 1]! += (share * pair) / 2;
        }
      }
    }
    return z;
  }

  /** The network's logit over the first `T` entries; a window is a word and the next. */
  private cnnLogit(T: number, contributions: Float64Array | undefined, share: number): number {
    const { filters, activations, convBias, output, maxima, argmaxes, sums, entries, slab } = this;
    // Each window's activation is the sum of the bias and its two words' parts (cached per word).
    // (The loops below are written for speed, with the arithmetic of the plain version in the same
    // order, so every score and contribution is the same to the last bit: the first window sets
    // each maximum, as any activation, never below zero, beats -1; sums start at 0, and 0 + h is h.)
    maxima.fill(-1);
    argmaxes.fill(0);
    sums.fill(0);
    // A score alone (every sentence, every check) needs only each filter's maximum and sum; the
    // activations and which window gave each maximum are kept only for the words' contributions,
    // worked out later for a flagged sentence. The same sums and maxima, in the same order.
    if (!contributions) {
      for (let t = 0; t < T; t++) {
        const own = entries[t]!.parts;
        const after = t + 1 < T ? entries[t + 1]!.parts + filters : -1;
        for (let j = 0; j < filters; j++) {
          const s = after >= 0 ? convBias[j]! + slab[own + j]! + slab[after + j]! : convBias[j]! + slab[own + j]! + 0;
          const h = s > 0 ? s : 0;
          if (h > maxima[j]!) maxima[j] = h;
          sums[j]! += h;
        }
      }
      let score = this.outputBias;
      for (let j = 0; j < filters; j++) score += output[j]! * maxima[j]! + (output[filters + j]! * sums[j]!) / T;
      return score;
    }
    for (let t = 0; t < T; t++) {
      const own = entries[t]!.parts;
      const base = t * filters;
      if (t + 1 < T) {
        const after = entries[t + 1]!.parts + filters;
        for (let j = 0; j < filters; j++) {
          const s = convBias[j]! + slab[own + j]! + slab[after + j]!;
          const h = s > 0 ? s : 0;
          activations[base + j] = h;
          if (h > maxima[j]!) {
            maxima[j] = h;
            argmaxes[j] = t;
          }
          sums[j]! += h;
        }
      } else {
        for (let j = 0; j < filters; j++) {
          const s = convBias[j]! + slab[own + j]! + 0;
          const h = s > 0 ? s : 0;
          activations[base + j] = h;
          if (h > maxima[j]!) {
            maxima[j] = h;
            argmaxes[j] = t;
          }
          sums[j]! += h;
        }
      }
    }
    let z = this.outputBias;
    for (let j = 0; j < filters; j++) z += output[j]! * maxima[j]! + (output[filters + j]! * sums[j]!) / T;
    if (!contributions) return z;
    // Attribution: the max-pooled value goes to the window that produced it, the mean to every
    // window in proportion; a window's value is split between its two words by the size of
    // their parts, so the explanation names words, not filters. Each word's share is added up in
    // a local, in the same order as into the array.
    for (let t = 0; t < T; t++) {
      const own = entries[t]!.parts;
      const base = t * filters;
      let mine = contributions[t]!;
      if (t + 1 < T) {
        const after = entries[t + 1]!.parts + filters;
        let theirs = contributions[t + 1]!;
        for (let j = 0; j < filters; j++) {
          const h = activations[base + j]!;
          if (h <= 0) continue;
          let value = (output[filters + j]! * h) / T;
          if (t === argmaxes[j]) value += output[j]! * h;
          value *= share;
          const a = Math.abs(slab[own + j]!);
          const b = Math.abs(slab[after + j]!);
          const first = a + b === 0 ? 1 : a / (a + b);
          mine += value * first;
          theirs += value * (1 - first);
        }
        contributions[t + 1] = theirs;
      } else {
        for (let j = 0; j < filters; j++) {
          const h = activations[base + j]!;
          if (h <= 0) continue;
          let value = (output[filters + j]! * h) / T;
          if (t === argmaxes[j]) value += output[j]! * h;
          value *= share;
          const a = Math.abs(slab[own + j]!);
          const first = a + 0 === 0 ? 1 : a / (a + 0);
          mine += value * first;
        }
      }
      contributions[t] = mine;
    }
    return z;
  }

  private topContributions(draft: string, folded: ReturnType<typeof fold>, segment: readonly LearnedWord[], contributions: Float64Array, topWords: number): WordContribution[] {
    const order: number[] = [];
    for (let i = 0; i < segment.length; i++) if (contributions[i]! > 0) order.push(i);
    order.sort((x, y) => contributions[y]! - contributions[x]! || x - y);
    return order.slice(0, topWords).map((i) => {
      const word = segment[i]!;
      const start = folded.starts[word.foldedStart]!;
      const end = folded.ends[word.foldedEnd - 1]!;
      return { start, end, text: draft.slice(start, end), contribution: contributions[i]! };
    });
  }
}
