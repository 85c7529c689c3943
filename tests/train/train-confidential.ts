// `npm run train:confidential`: trains the learned confidential layer and writes
// rules/models/confidential.json (model card: docs/models.md). A few seconds; byte-identical every run.
// Options: --out=PATH (write a variant elsewhere), --options=JSON (override ConfidentialOptions).
import { writeFileSync } from 'node:fs';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import { ROOT } from './data';
import { issue13Drafts } from './confidential-data';
import { DEFAULT_CONFIDENTIAL_OPTIONS, trainConfidential, type ConfidentialOptions } from './confidential-pipeline';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const out = args.get('out') ?? `${ROOT}rules/models/confidential.json`;
const options: ConfidentialOptions = { ...DEFAULT_CONFIDENTIAL_OPTIONS, ...(JSON.parse(args.get('options') ?? '{}') as Partial<ConfidentialOptions>) };

/** Thresholds: the model alone may flag at most these shares of the validation split's drafts that are not confidential. */
const CONFIDENT_FALSE_ALARMS = 0.01;
const POSSIBLE_FALSE_ALARMS = 0.05;

const { train, validation } = issue13Drafts();
const model = trainConfidential(train, options);

// One signed byte per weight; the scale puts the largest weights (all but the top 0.01 %) at the full range.
const magnitudes = Array.from(model.w, Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
const scale = magnitudes.length === 0 ? 1 : (magnitudes[Math.floor(magnitudes.length * 0.9999)] ?? magnitudes[magnitudes.length - 1]!) / 127;
const packed = new Int8Array(model.w.length);
for (let i = 0; i < model.w.length; i++) packed[i] = Math.max(-127, Math.min(127, Math.round(model.w[i]! / scale)));

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
      { name: 'the same, the other 20 %: validation, thresholds only', examples: validation.length, weight: '0 (not trained on)' },
    ],
  },
  features: { buckets: options.buckets, minGram: options.minGram, maxGram: options.maxGram, bigrams: options.bigrams, maxWords: options.maxWords, minWords: options.minWords },
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
const thresholdAt = (share: number) => Math.min(0.999, Math.ceil(((negatives[Math.floor(share * negatives.length)] ?? 0) + 1e-9) * 1000) / 1000);
data.thresholds = { possible: thresholdAt(POSSIBLE_FALSE_ALARMS), confident: thresholdAt(CONFIDENT_FALSE_ALARMS) };

const json = JSON.stringify(data, null, 1) + '\n';
writeFileSync(out, json);
console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB; thresholds possible ${data.thresholds.possible}, confident ${data.thresholds.confident}`);
