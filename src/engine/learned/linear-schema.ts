import { z } from 'zod';
import { base64, decodedLength, finite, powerOfTwo } from './schema';

/**
 * A per-category learned model (`rules/models/confidential.json`, written by
 * `npm run train:confidential`; `rules/models/staff-voice.json`, by `npm run train:staff-voice`): one linear model over the same hashed word, word-pair and character
 * n-gram features as the hostility model (features.ts), scored sentence by sentence. Weights are
 * signed bytes packed as base64; the schema checks the packed length against the bucket count, so
 * a truncated or mismatched file fails with the field named.
 */
export const LinearModelSchema = z
  .strictObject({
    $comment: z.string().optional(),
    format: z.literal('guardrail-learned-linear'),
    version: z.literal(1),
    /** The category the model scores for (what a finding of it is): the confidential layer, or the staff-voice hostility head (staff-voice.json). */
    category: z.enum(['confidential', 'derogatory']),
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
      /** A sentence shorter than this many words is read with the next (the last with the one before). */
      minWords: z.number().int().min(1).max(32),
      /**
       * Words (normalised: folded, apostrophes dropped) that give no features at all: the model reads a
       * unit as if they were not there, so its word pairs join their neighbours. Written by the trainer
       * (thirteenth session, the confidential model): function words ("after", "we've", "her") had
       * learnt weight because confidential drafts tell stories about people, and a benign sentence
       * built of them ("much needed after the week we've had") scored as a matter. Absent: none.
       */
      stopWords: z.array(z.string().min(1)).max(2000).optional(),
      /**
       * Words of digits only ("03", "2025", "6"): `skip` gives them no features (as a stop word), `one`
       * reads every one of them as the same word "0". Written by the trainer (fourteenth session): a model
       * trained on every corpus to train-13 had learnt "03" at 2.15 of the logit from dates of birth, so
       * "Trip on 12/03/2025" scored as a matter; the rules read dates, numbers say nothing alone. Absent: as read.
       */
      numbers: z.enum(['skip', 'one']).optional(),
    }),
    linear: z.strictObject({
      /** Each packed signed byte times `scale` is a weight. */
      scale: finite.positive(),
      weights: base64,
      bias: finite,
    }),
    thresholds: z.strictObject({
      /** Probability at or above which a sentence is a possible finding (info). */
      possible: z.number().gt(0).lt(1),
      /** Probability at or above which the model alone is confident. */
      confident: z.number().gt(0).lt(1),
    }),
  })
  .superRefine((model, ctx) => {
    const length = decodedLength(model.linear.weights);
    if (length !== model.features.buckets) ctx.addIssue({ code: 'custom', path: ['linear', 'weights'], message: `has ${length} weights, expected ${model.features.buckets}` });
    if (model.features.minGram > model.features.maxGram) ctx.addIssue({ code: 'custom', path: ['features', 'minGram'], message: 'must not exceed maxGram' });
    if (model.thresholds.confident < model.thresholds.possible) ctx.addIssue({ code: 'custom', path: ['thresholds', 'confident'], message: 'must be at least the possible threshold' });
  });

export type LinearModelData = z.output<typeof LinearModelSchema>;
