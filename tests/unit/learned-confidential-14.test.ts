import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { engineConfigOf } from '../../src/analyser/engine-config';
import { compileEngine } from '../../src/engine/analyse';
import { wordFeatures } from '../../src/engine/learned/features';
import { compileLinearModel, readNumber } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { settingsOrThrow } from '../../src/settings/schema';
import { DEFAULT_CONFIDENTIAL_OPTIONS, sentenceUnits } from '../train/confidential-pipeline';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';

// Fourteenth session (docs/models.md): a model trained on every corpus to train-13 had learnt "03" from
// dates of birth ("Trip on 12/03/2025" became confident), and reported "this term has been a slog" as a
// matter on "term" (0.1 of the logit) beside "been" (2.5). Two mechanisms, whichever model is shipped.
const shipped = (): LinearModelData => JSON.parse(readFileSync(new URL('../../rules/models/confidential.json', import.meta.url), 'utf8')) as LinearModelData;

describe('words of digits only (features.numbers)', () => {
  test('read as they are when absent, left out by skip, all one word by one; other words untouched', () => {
    expect(readNumber('03', undefined)).toBe('03');
    expect(readNumber('03', 'skip')).toBeUndefined();
    expect(readNumber('2025', 'one')).toBe('0');
    for (const word of ['y6', '3rd', 'year', '£200']) {
      expect(readNumber(word, 'skip')).toBe(word);
      expect(readNumber(word, 'one')).toBe(word);
    }
  });

  test('the scorer reads a date the same whatever its digits with skip or one, and not without', () => {
    const base = shipped();
    const score = (numbers: 'skip' | 'one' | undefined, text: string) =>
      compileLinearModel({ ...base, features: { ...base.features, ...(numbers ? { numbers } : {}) } }).score(text).probability;
    for (const numbers of ['skip', 'one'] as const) expect(score(numbers, 'Trip on 12/03/2025, coats please')).toBe(score(numbers, 'Trip on 14/07/2026, coats please'));
    expect(score(undefined, 'Trip on 12/03/2025, coats please')).not.toBe(score(undefined, 'Trip on 14/07/2026, coats please'));
    // skip: as if the digits were not written.
    expect(score('skip', 'Trip on 12/03/2025, coats please')).toBe(score('skip', 'Trip on, coats please'));
  });

  test('the trainer reads them as the scorer does', () => {
    const features = (text: string, numbers: 'keep' | 'skip') => Array.from(sentenceUnits(text, { ...DEFAULT_CONFIDENTIAL_OPTIONS, minWords: 1, numbers })[0]!.features);
    expect(features('we meet on 12 03 2025 in the hall', 'skip')).toEqual(features('we meet on in the hall', 'skip'));
    expect(features('we meet on 12 03 2025 in the hall', 'keep')).not.toEqual(features('we meet on in the hall', 'keep'));
  });
});

/** A model of the test's own: "been" pushes hard, `term` as much as asked, everything else nothing. */
function modelWith(term: number): LinearModelData {
  const buckets = 1 << 10;
  const weights = new Int8Array(buckets);
  const set = (word: string, w: number) => {
    const out: number[] = [];
    wordFeatures(word, buckets, 3, 5, out);
    for (const k of out) weights[k] = w;
  };
  set('been', 127);
  set('term', term);
  const base = shipped();
  return {
    ...base,
    features: { buckets, minGram: 3, maxGram: 5, bigrams: false, maxWords: 64, minWords: 1 },
    linear: { scale: 0.05, weights: Buffer.from(weights.buffer).toString('base64'), bias: -1 },
    thresholds: { possible: 0.3, confident: 0.6 },
  };
}

describe('a content word must carry some of the score (detectors/learned-confidential.ts)', () => {
  const config = engineConfigOf(settingsOrThrow(RULE_EXAMPLE_SETTINGS));
  const learned = (term: number, text: string) =>
    compileEngine(config, { bundle: { ...RULES_BUNDLE, confidentialModel: modelWith(term) } })
      .analyse(text)
      .filter((f) => f.ruleId.startsWith('confidential/learned'));

  test('a score resting on "been", with "term" a bystander, is no finding', () => {
    const model = compileLinearModel(modelWith(2));
    const sentence = model.score('this term has been a slog').sentences[0]!;
    expect(sentence.level).toBe('confident');
    expect(sentence.words.find((w) => w.text === 'term')!.contribution).toBeLessThan(0.25);
    expect(learned(2, 'this term has been a slog')).toEqual([]);
  });

  test('the same sentence is reported when the content word carries its share', () => {
    // A note here ("term" alone is not school context for these settings), naming the word that carried it.
    expect(learned(100, 'this term has been a slog')).toEqual([expect.objectContaining({ ruleId: 'confidential/learned', explanation: expect.objectContaining({ context: 'term' }) })]);
  });
});
