import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { CADOXTON } from './fixtures';

/**
 * Where the learned layer defers to the rules' word lists. The rules' verdict stands on a word
 * they judge when the word is not said of anyone (a cigarette, a pet snake, a useless robot: see
 * derogatory.test.ts); a listed insult plainly said of someone is still the model's to flag when
 * the rules missed whom it is said of (the blind hostility set and TweetEval lost such sentences
 * when every listed word silenced the model).
 */
const analyser = compile(CADOXTON);
const derogatory = (draft: string) => analyser.analyse(draft).filter((f) => f.category === 'derogatory');

describe('a listed insult said of someone the rules did not link it to', () => {
  test.each([
    ['deputy head is a two faced snake', 'warning'],
    ['Westacre parents at pick-up are the worst', 'warning'],
    ['dinner ladies in this place are a bunch of miserable old witches', 'warning'],
  ])('%s: the model flags it', (draft, severity) => {
    expect(derogatory(draft).map((f) => [f.ruleId, f.severity])).toEqual([['derogatory/learned-community', severity]]);
  });
});

describe('the same words not said of anyone stay with the rules', () => {
  test.each(['Dying for a fag after parents evening', 'Our class snake Sid escaped again', 'My class are writing a story about a useless robot', 'The bitch had 6 puppies'])('%s', (draft) => {
    expect(derogatory(draft)).toEqual([]);
  });
});
