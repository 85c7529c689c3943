import { fold } from '../text/fold';
import { formatIssues } from '../schemas/errors';
import { bigramFeature, segmentStarts, wordFeatures, wordsOf, type LearnedWord } from './features';
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
}

export interface LearnedModel {
  readonly thresholds: { readonly possible: number; readonly confident: number };
  score(draft: string, options?: ScoreOptions): LearnedScore;
}

/** Validates model data and prepares it for scoring; throws LearnedModelError naming the field. */
export function compileLearnedModel(data: unknown, source = 'rules/models/hostility.json'): LearnedModel {
  const parsed = LearnedModelSchema.safeParse(data);
  if (!parsed.success) throw new LearnedModelError(`${source}: ${formatIssues(parsed.error.issues, data).join('; ')}`);
  return new CompiledModel(parsed.data);
}

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
  readonly thresholds: { readonly possible: number; readonly confident: number };
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
  private readonly projected: Float64Array;
  private readonly ownParts: Float64Array;
  private readonly nextParts: Float64Array;
  private readonly featureScratch: number[] = [];
  private readonly featureEnds: Uint32Array;

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
    this.projected = new Float64Array((data.features.maxWords + 1) * data.cnn.dim);
    this.ownParts = new Float64Array(data.features.maxWords * data.cnn.filters);
    this.nextParts = new Float64Array(data.features.maxWords * data.cnn.filters);
    this.featureEnds = new Uint32Array(data.features.maxWords);
  }

  score(draft: string, options: ScoreOptions = {}): LearnedScore {
    const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
    const topWords = options.topWords ?? DEFAULT_TOP_WORDS;
    // Folding costs about a microsecond a character: fold only the start of a huge draft.
    const read = readablePrefix(draft, options.maxChars ?? DEFAULT_MAX_CHARS);
    const folded = fold(read);
    const words = wordsOf(folded.text, maxWords + 1);
    const truncated = words.length > maxWords || read.length < draft.length;
    if (words.length > maxWords) words.length = maxWords;
    const starts = segmentStarts(folded, words, this.features.maxWords);
    const sentences: SentenceScore[] = [];
    let best = 0;
    const contributions = new Float64Array(this.features.maxWords);
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s]!;
      const to = s + 1 < starts.length ? starts[s + 1]! : words.length;
      const segment = words.slice(from, to);
      contributions.fill(0);
      const logit = this.segmentLogit(segment, contributions);
      const probability = 1 / (1 + Math.exp(-logit));
      best = Math.max(best, probability);
      const first = segment[0]!;
      const last = segment[segment.length - 1]!;
      sentences.push({
        start: folded.starts[first.foldedStart]!,
        end: folded.ends[last.foldedEnd - 1]!,
        probability,
        level: this.levelOf(probability),
        words: this.topContributions(draft, folded, segment, contributions, topWords),
      });
    }
    return { probability: best, level: this.levelOf(best), sentences, truncated };
  }

  private levelOf(probability: number): LearnedLevel {
    return probability >= this.thresholds.confident ? 'confident' : probability >= this.thresholds.possible ? 'possible' : 'none';
  }

  /** The combined logit of one segment; adds each word's share into `contributions`. */
  private segmentLogit(segment: readonly LearnedWord[], contributions: Float64Array): number {
    const { linear: a, cnn: b, bias } = this.combine;
    return bias + a * this.linearLogit(segment, contributions, a) + b * this.cnnLogit(segment, contributions, b);
  }

  private linearLogit(segment: readonly LearnedWord[], contributions: Float64Array, share: number): number {
    const { buckets, minGram, maxGram, bigrams } = this.features;
    const features = this.featureScratch;
    const ends = this.featureEnds;
    features.length = 0;
    for (let i = 0; i < segment.length; i++) {
      wordFeatures(segment[i]!.norm, buckets, minGram, maxGram, features);
      if (bigrams && i + 1 < segment.length) features.push(bigramFeature(segment[i]!.norm, segment[i + 1]!.norm, buckets));
      ends[i] = features.length;
    }
    if (features.length === 0) return 0;
    // Each occurrence is valued 1/sqrt(count), as in training.
    const v = this.linearScale / Math.sqrt(features.length);
    let z = 0;
    let k = 0;
    for (let i = 0; i < segment.length; i++) {
      const hasBigram = bigrams && i + 1 < segment.length;
      const wordEnd = hasBigram ? ends[i]! - 1 : ends[i]!;
      let own = 0;
      for (; k < wordEnd; k++) own += this.linear[features[k]!]!;
      own *= v;
      z += own;
      contributions[i]! += share * own;
      if (hasBigram) {
        // A bigram belongs half to each of its words.
        const pair = this.linear[features[k++]!]! * v;
        z += pair;
        contributions[i]! += (share * pair) / 2;
        contributions[i + 1]! += (share * pair) / 2;
      }
    }
    return z;
  }

  private cnnLogit(segment: readonly LearnedWord[], contributions: Float64Array, share: number): number {
    const { dim, filters, projected, ownParts, nextParts, current, next, convBias, output } = this;
    const T = segment.length;
    for (let t = 0; t < T; t++) {
      const row = this.vocabulary.get(segment[t]!.norm);
      for (let d = 0; d < dim; d++) projected[t * dim + d] = row === undefined ? this.unknown[d]! : this.table[row * dim + d]! / 127;
    }
    // Each window (a word and the next) is the sum of two parts; keep them for the attribution.
    for (let t = 0; t < T; t++) {
      for (let j = 0; j < filters; j++) {
        let own = 0;
        let after = 0;
        const w = j * dim;
        for (let d = 0; d < dim; d++) own += current[w + d]! * projected[t * dim + d]!;
        if (t + 1 < T) for (let d = 0; d < dim; d++) after += next[w + d]! * projected[(t + 1) * dim + d]!;
        ownParts[t * filters + j] = own;
        nextParts[t * filters + j] = after;
      }
    }
    let z = this.outputBias;
    for (let j = 0; j < filters; j++) {
      let max = 0;
      let argmax = -1;
      let sum = 0;
      for (let t = 0; t < T; t++) {
        const s = convBias[j]! + ownParts[t * filters + j]! + nextParts[t * filters + j]!;
        const h = s > 0 ? s : 0;
        if (argmax < 0 || h > max) {
          max = h;
          argmax = t;
        }
        sum += h;
      }
      z += output[j]! * max + (output[filters + j]! * sum) / T;
      // Attribution: the max-pooled value goes to the window that produced it, the mean to every
      // window in proportion; a window's value is split between its two words by the size of
      // their parts, so the explanation names words, not filters.
      for (let t = 0; t < T; t++) {
        const own = ownParts[t * filters + j]!;
        const after = nextParts[t * filters + j]!;
        const h = convBias[j]! + own + after;
        if (h <= 0) continue;
        let value = (output[filters + j]! * h) / T;
        if (t === argmax) value += output[j]! * h;
        value *= share;
        const total = Math.abs(own) + Math.abs(after);
        const first = total === 0 ? 1 : Math.abs(own) / total;
        contributions[t]! += value * first;
        if (t + 1 < T) contributions[t + 1]! += value * (1 - first);
      }
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
