import { fold, type FoldedText } from '../text/fold';
import { formatIssues } from '../schemas/errors';
import { decodeBase64 } from './base64';
import { bigramSeed, bigramWith, segmentStarts, sharedSegmentStarts, wordFeatures, wordsOfFolded, type LearnedWord } from './features';
import { LinearModelSchema, type LinearModelData } from './linear-schema';
import { LearnedModelError, type LearnedLevel, type WordContribution } from './scorer';

/**
 * A per-category learned model (linear-schema.ts): scores each sentence of a draft and says which
 * words drove the score. The same features and word scan as the hostility model, without its
 * network: a linear model is enough for the few thousand drafts it learns from, and cheap.
 * A sentence shorter than `minWords` words is read with the next one ("🤫" or "Apparently." alone
 * say little, and a short text's few features would weigh too much).
 */
export interface LinearSentence {
  readonly start: number;
  readonly end: number;
  readonly probability: number;
  readonly level: LearnedLevel;
  /** Words that pushed the score up, strongest first; empty below the possible threshold (nothing is reported there). */
  readonly words: readonly WordContribution[];
}

export interface LinearScore {
  readonly probability: number;
  readonly level: LearnedLevel;
  readonly sentences: readonly LinearSentence[];
  readonly truncated: boolean;
}

export interface LinearModel {
  readonly category: LinearModelData['category'];
  readonly thresholds: { readonly possible: number; readonly confident: number };
  score(draft: string, options?: { readonly folded?: FoldedText; readonly topWords?: number }): LinearScore;
}

/** `category`: what the caller reads the file as; a file scoring another category is refused (the staff-voice head in the confidential layer's place). */
export function compileLinearModel(data: unknown, source = 'rules/models/confidential.json', category: LinearModelData['category'] = 'confidential'): LinearModel {
  const parsed = LinearModelSchema.safeParse(data);
  if (!parsed.success) throw new LearnedModelError(`${source}: ${formatIssues(parsed.error.issues, data).join('; ')}`);
  if (parsed.data.category !== category) throw new LearnedModelError(`${source}: category: is "${parsed.data.category}", expected "${category}"`);
  return new CompiledLinear(parsed.data);
}

/**
 * Segment starts with each segment shorter than `minWords` words read with the next one, and a short
 * last one with the one before. Training (tests/train/confidential-pipeline.ts) segments the same way.
 */
export function mergeShort(starts: readonly number[], total: number, minWords: number): number[] {
  const out: number[] = [];
  for (const start of starts) if (out.length === 0 || start - out[out.length - 1]! >= minWords) out.push(start);
  if (out.length > 1 && total - out[out.length - 1]! < minWords) out.pop();
  return out;
}

/**
 * A word as a model with `features.numbers` reads it: a word of digits only is left out (`skip`,
 * undefined) or read as "0" (`one`); every other word as it is. Training applies the same (confidential-pipeline.ts).
 */
export function readNumber(norm: string, numbers: LinearModelData['features']['numbers']): string | undefined {
  if (numbers === undefined) return norm;
  const c = norm.charCodeAt(0);
  if (c < 48 || c > 57 || !/^\d+$/.test(norm)) return norm;
  return numbers === 'skip' ? undefined : '0';
}

/** The units a draft is scored in: index of each unit's first word. */
export function unitStarts(folded: FoldedText, words: readonly LearnedWord[], features: LinearModelData['features']): number[] {
  return mergeShort(segmentStarts(folded, words, features.maxWords), words.length, features.minWords);
}

/** `unitStarts` with the segmentation shared with the hostility model (same words, same `maxWords`). */
function sharedUnitStarts(folded: FoldedText, words: readonly LearnedWord[], features: LinearModelData['features']): number[] {
  return mergeShort(sharedSegmentStarts(folded, words, features.maxWords), words.length, features.minWords);
}

const MAX_CHARS = 64_000;
const MAX_WORDS = 12_000;
/**
 * Distinct words whose sums are kept (as the hostility model keeps 16,384, see scorer.ts): the
 * drafts of one jsonl run or a day's typing use a few thousand distinct words, and at 4,096 the
 * cache started afresh about once per pass over the benchmark drafts (4,867 words), so every word
 * was hashed into n-grams again. An entry is a function of the word alone: scores do not change.
 */
const WORD_CACHE_LIMIT = 16_384;

class CompiledLinear implements LinearModel {
  readonly category: LinearModelData['category'];
  readonly thresholds: { readonly possible: number; readonly confident: number };
  private readonly features: LinearModelData['features'];
  private readonly weights: Int8Array;
  private readonly scale: number;
  private readonly bias: number;
  private readonly scratch: number[] = [];
  /** Per-unit scratch, reused: each word's share of the unit's logit, and its cached sums. */
  private contributions = new Float64Array(256);
  private readonly sums: number[] = [];
  /** Per word: the sum of its own features' weights and how many there are (a function of the word alone). */
  private readonly cache = new Map<string, { sum: number; count: number; pairSeed: number }>();
  /** Per-unit scratch: each word's `bigramSeed`. */
  private readonly seeds: number[] = [];
  /** Per-unit scratch: the unit's words that give features (all but `features.stopWords`), as offsets in the unit. */
  private readonly kept: number[] = [];
  private readonly stopWords: ReadonlySet<string>;
  /** Per-unit scratch: each kept word as the model reads it (`features.numbers` applied). */
  private readonly norms: string[] = [];

  constructor(data: LinearModelData) {
    this.category = data.category;
    this.thresholds = data.thresholds;
    this.features = data.features;
    this.weights = new Int8Array(decodeBase64(data.linear.weights).buffer);
    this.scale = data.linear.scale;
    this.bias = data.linear.bias;
    this.stopWords = new Set(data.features.stopWords ?? []);
  }

  private word(norm: string): { sum: number; count: number; pairSeed: number } {
    let entry = this.cache.get(norm);
    if (entry) return entry;
    const { buckets, minGram, maxGram } = this.features;
    const out = this.scratch;
    out.length = 0;
    wordFeatures(norm, buckets, minGram, maxGram, out);
    let sum = 0;
    for (let k = 0; k < out.length; k++) sum += this.weights[out[k]!]!;
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    entry = { sum, count: out.length, pairSeed: bigramSeed(norm) };
    this.cache.set(norm, entry);
    return entry;
  }

  score(draft: string, options: { readonly folded?: FoldedText; readonly topWords?: number } = {}): LinearScore {
    const read = draft.length > MAX_CHARS ? draft.slice(0, MAX_CHARS) : draft;
    const folded = options.folded !== undefined && read === draft ? options.folded : fold(read);
    const all = wordsOfFolded(folded, MAX_WORDS + 1);
    const truncated = all.length > MAX_WORDS || read.length < draft.length;
    const words = all.length > MAX_WORDS ? all.slice(0, MAX_WORDS) : all;
    const starts = sharedUnitStarts(folded, words, this.features);
    const sentences: LinearSentence[] = [];
    let best = 0;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s]!;
      const to = s + 1 < starts.length ? starts[s + 1]! : words.length;
      const probability = this.unit(words, from, to);
      best = Math.max(best, probability);
      const level = this.levelOf(probability);
      // Which words drove it is asked only of a sentence that will be reported.
      const contributions = this.contributions;
      const order: number[] = [];
      if (level !== 'none') for (let i = 0; i < to - from; i++) if (contributions[i]! > 0) order.push(i);
      order.sort((x, y) => contributions[y]! - contributions[x]! || x - y);
      sentences.push({
        start: folded.starts[words[from]!.foldedStart]!,
        end: folded.ends[words[to - 1]!.foldedEnd - 1]!,
        probability,
        level,
        words: order.slice(0, options.topWords ?? 5).map((i) => {
          const w = words[from + i]!;
          const start = folded.starts[w.foldedStart]!;
          const end = folded.ends[w.foldedEnd - 1]!;
          return { start, end, text: draft.slice(start, end), contribution: contributions[i]! };
        }),
      });
    }
    return { probability: best, level: this.levelOf(best), sentences, truncated };
  }

  /**
   * One unit's probability; each word's share of its logit (a word pair's weight goes half to each word) is
   * left in `contributions`. A stop word gives nothing and is skipped: the pair joins its neighbours.
   */
  private unit(words: readonly LearnedWord[], from: number, to: number): number {
    const { buckets, bigrams } = this.features;
    const n = to - from;
    if (this.contributions.length < n) this.contributions = new Float64Array(n * 2);
    const contributions = this.contributions;
    contributions.fill(0, 0, n);
    const sums = this.sums;
    const seeds = this.seeds;
    const kept = this.kept;
    kept.length = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const norm = readNumber(words[from + i]!.norm, this.features.numbers);
      if (norm === undefined || (this.stopWords.size > 0 && this.stopWords.has(norm))) continue;
      const e = this.word(norm);
      sums[kept.length] = e.sum;
      seeds[kept.length] = e.pairSeed;
      this.norms[kept.length] = norm;
      kept.push(i);
      count += e.count;
    }
    const m = kept.length;
    if (bigrams && m > 1) count += m - 1;
    let z = this.bias;
    if (count > 0) {
      // Each occurrence is valued 1/sqrt(count), as in training.
      const v = this.scale / Math.sqrt(count);
      for (let k = 0; k < m; k++) {
        const own = sums[k]! * v;
        const i = kept[k]!;
        z += own;
        contributions[i]! += own;
        if (bigrams && k + 1 < m) {
          const next = kept[k + 1]!;
          const pair = this.weights[bigramWith(seeds[k]!, this.norms[k + 1]!, buckets)]! * v;
          z += pair;
          contributions[i]! += pair / 2;
          contributions[next]! += pair / 2;
        }
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  private levelOf(p: number): LearnedLevel {
    return p >= this.thresholds.confident ? 'confident' : p >= this.thresholds.possible ? 'possible' : 'none';
  }
}
