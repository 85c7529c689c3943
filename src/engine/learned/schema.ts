import { z } from 'zod';

/**
 * The learned layer's model file (`rules/models/hostility.json`), written by `npm run train`.
 * Large arrays are quantised to signed bytes and packed as base64; the schema checks that each one
 * decodes to the length its shape says, so a truncated or mismatched file fails with the field named.
 */

/** Shared with the per-category linear models (linear-schema.ts). */
export const finite = z.number().finite();
export const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64 text');
export const powerOfTwo = z
  .number()
  .int()
  .min(1024)
  .max(1 << 22)
  .refine((n) => (n & (n - 1)) === 0, 'must be a power of two');

export const LearnedModelSchema = z
  .strictObject({
    $comment: z.string().optional(),
    format: z.literal('guardrail-learned-hostility'),
    version: z.literal(1),
    /** What the model was trained on and how, for the model card and for reviewers. */
    training: z.strictObject({
      command: z.string(),
      seed: z.number().int(),
      sources: z.array(z.strictObject({ name: z.string(), examples: z.number().int().min(0), weight: z.string() })).min(1),
    }),
    features: z.strictObject({
      buckets: powerOfTwo,
      minGram: z.number().int().min(1).max(8),
      maxGram: z.number().int().min(1).max(8),
      bigrams: z.boolean(),
      /** Longest segment scored as one unit (a longer sentence is read in windows of this many words). */
      maxWords: z.number().int().min(4).max(512),
    }),
    linear: z.strictObject({
      /** Each packed signed byte times `scale` is a weight. */
      scale: finite.positive(),
      weights: base64,
    }),
    cnn: z.strictObject({
      dim: z.number().int().min(1).max(128),
      filters: z.number().int().min(1).max(512),
      /** Words of the projected table, separated by single spaces, in table order. */
      vocabulary: z.string(),
      /** vocabulary × dim signed bytes; value / 127 is the word's projected vector (tanh range). */
      table: base64,
      /** Projected vector of a word outside the vocabulary. */
      unknown: z.array(finite),
      /** filters × dim, row-major: weights on a word and on the word after it. */
      current: z.array(finite),
      next: z.array(finite),
      bias: z.array(finite),
      /** Output weights on max pooling (first `filters`) then mean pooling. */
      output: z.array(finite),
      outputBias: finite,
    }),
    /** logit = linear × linear logit + cnn × network logit + bias (fitted on the validation split). */
    combine: z.strictObject({ linear: finite, cnn: finite, bias: finite }),
    thresholds: z.strictObject({
      /** Probability at or above which a sentence is a possible hostility finding. */
      possible: z.number().gt(0).lt(1),
      /** Probability at or above which the learned layer alone is confident. */
      confident: z.number().gt(0).lt(1),
      /**
       * Probability at or above which a finding aimed at someone who is not the school community
       * holds a post (a warning) when its words are said of them: chosen on tweets the model never
       * saw (docs/models.md). Absent: only "confident" holds.
       */
      hold: z.number().gt(0).lt(1).optional(),
      /**
       * Probability at or above which a finding holds a post (a warning) whoever it is about, even
       * said of no one the engine can see ("Absolute vermin, the lot of them"): chosen on the
       * corpora's validation fifth and TweetEval's validation split (docs/models.md, ninth session).
       * Absent: a finding about no one never holds.
       */
      alone: z.number().gt(0).lt(1).optional(),
    }),
  })
  .superRefine((model, ctx) => {
    const { dim, filters } = model.cnn;
    const expect = (path: (string | number)[], actual: number, wanted: number, what: string): void => {
      if (actual !== wanted) ctx.addIssue({ code: 'custom', path, message: `has ${actual} ${what}, expected ${wanted}` });
    };
    expect(['linear', 'weights'], decodedLength(model.linear.weights), model.features.buckets, 'weights');
    const words = model.cnn.vocabulary === '' ? 0 : model.cnn.vocabulary.split(' ').length;
    expect(['cnn', 'table'], decodedLength(model.cnn.table), words * dim, 'values (vocabulary × dim)');
    expect(['cnn', 'unknown'], model.cnn.unknown.length, dim, 'values (dim)');
    expect(['cnn', 'current'], model.cnn.current.length, filters * dim, 'values (filters × dim)');
    expect(['cnn', 'next'], model.cnn.next.length, filters * dim, 'values (filters × dim)');
    expect(['cnn', 'bias'], model.cnn.bias.length, filters, 'values (filters)');
    expect(['cnn', 'output'], model.cnn.output.length, 2 * filters, 'values (2 × filters)');
    if (model.features.minGram > model.features.maxGram) {
      ctx.addIssue({ code: 'custom', path: ['features', 'minGram'], message: 'must not exceed maxGram' });
    }
    if (model.thresholds.confident < model.thresholds.possible) {
      ctx.addIssue({ code: 'custom', path: ['thresholds', 'confident'], message: 'must be at least the possible threshold' });
    }
    if (model.thresholds.hold !== undefined && model.thresholds.hold < model.thresholds.possible) {
      ctx.addIssue({ code: 'custom', path: ['thresholds', 'hold'], message: 'must be at least the possible threshold (a sentence below it is no finding)' });
    }
    if (model.thresholds.alone !== undefined && model.thresholds.alone < (model.thresholds.hold ?? model.thresholds.possible)) {
      ctx.addIssue({ code: 'custom', path: ['thresholds', 'alone'], message: 'must be at least the hold threshold (a finding about no one needs more than one said of someone)' });
    }
  });

export type LearnedModelData = z.output<typeof LearnedModelSchema>;

/** Bytes a base64 string decodes to, without decoding it. */
export function decodedLength(text: string): number {
  if (text.length % 4 !== 0) return -1;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
