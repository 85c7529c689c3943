import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileLearnedModel, type LearnedModelData } from '../../src/engine/learned';
import { normalisedWords } from '../../src/engine/learned/features';
import { PARTS_LIMIT, WORD_CACHE_LIMIT } from '../../src/engine/learned/scorer';

/**
 * The scorer keeps each word's values and starts afresh when its cache is full. A draft's score
 * must not depend on what was scored before it: when the cache starts afresh in the middle of a
 * sentence, the sentence's earlier words must not keep values overwritten by the later ones.
 */
const data = (): LearnedModelData => JSON.parse(readFileSync(new URL('../../rules/models/hostility.json', import.meta.url), 'utf8')) as LearnedModelData;
const TARGET = 'you are a lazy useless pathetic idiot and a liar and everyone at that school knows it';
const targetWords = new Set(TARGET.split(' '));

/** `count` distinct words, in drafts of 500 words (no sentence breaks matter: the cache is per word). */
function fill(model: { score(d: string): unknown }, words: readonly string[]): void {
  for (let i = 0; i < words.length; i += 500) model.score(words.slice(i, i + 500).join(' '));
}

describe('the learned scorer’s word cache', () => {
  const shipped = data();
  const reference = JSON.stringify(compileLearnedModel(shipped).score(TARGET));
  // Made-up words the network has no vectors for ("qzx1k2", …: no letter three times in a row,
  // which the scorer would read as one stretched word), and words it has.
  const madeUp = Array.from({ length: WORD_CACHE_LIMIT }, (_, i) => `qzx${String(i).split('').join('k')}`);
  const known = shipped.cnn.vocabulary.split(' ').filter((w) => /^[a-z]+$/.test(w) && !/(.)\1\1/.test(w) && !targetWords.has(w)).slice(0, PARTS_LIMIT);

  test('the fillers are as many distinct words as intended', () => {
    expect(new Set(normalisedWords(madeUp.join(' '))).size).toBe(WORD_CACHE_LIMIT);
    expect(new Set(normalisedWords(known.join(' '))).size).toBe(PARTS_LIMIT);
  });

  test.each([1, 3, 6])('a sentence scored when the cache fills %i words into it scores as on a fresh model', (into) => {
    const model = compileLearnedModel(shipped);
    fill(model, madeUp.slice(0, WORD_CACHE_LIMIT - into));
    expect(JSON.stringify(model.score(TARGET))).toBe(reference);
  });

  test.each([1, 3, 6])('the same when the network’s part of the cache fills %i known words into it', (into) => {
    const model = compileLearnedModel(shipped);
    fill(model, known.slice(0, PARTS_LIMIT - into));
    expect(JSON.stringify(model.score(TARGET))).toBe(reference);
  });

  test('the words that drove a score are the same whether read at once or after other drafts', () => {
    const model = compileLearnedModel(shipped);
    const score = model.score(TARGET);
    fill(model, madeUp);
    expect(JSON.stringify(score)).toBe(reference);
    expect(score.sentences[0]!.words.length).toBeGreaterThan(0);
  });
});
