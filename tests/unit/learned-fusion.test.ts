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
    ['Westacre parents at pick-up are the worst', 'warning'],
  ])('%s: the model flags it', (draft, severity) => {
    expect(derogatory(draft).map((f) => [f.ruleId, f.severity])).toEqual([['derogatory/learned-community', severity]]);
  });

  // Once the model's to flag; since the thirteenth session a role, a judging link and a name-call in one
  // clause is a rule of its own (contempt/target-predicate), so the model has nothing left to add.
  test('deputy head is a two faced snake: the rules link it', () => {
    expect(derogatory('deputy head is a two faced snake').map((f) => [f.ruleId, f.severity])).toEqual([['contempt/target-predicate', 'warning']]);
  });

  // Once the model's to flag; since the eighth session a contempt adjective stacked before a
  // name-call links like "proper" does, so the rules say it themselves.
  test('dinner ladies in this place are a bunch of miserable old witches: the rules link it', () => {
    expect(derogatory('dinner ladies in this place are a bunch of miserable old witches').map((f) => [f.ruleId, f.severity])).toEqual([['derogatory/insult', 'warning']]);
  });
});

describe('the same words not said of anyone stay with the rules', () => {
  test.each(['Dying for a fag after parents evening', 'Our class snake Sid escaped again', 'My class are writing a story about a useless robot', 'The bitch had 6 puppies'])('%s', (draft) => {
    expect(derogatory(draft)).toEqual([]);
  });
});

/**
 * The "hold" threshold (issue 11, seventh session): a sentence the model is sure enough of, though
 * not confident, holds a post when its words are said of someone named before them or the post
 * @-mentions whom it answers; a score resting on a group's name, a pronoun after the words, or
 * words said of no one stays a note (`info`), which does not hold a post.
 */
const held = (draft: string) => derogatory(draft).filter((f) => f.severity === 'warning' || f.severity === 'high');

describe('a reply that @-mentions someone and insults them is held', () => {
  test('the model alone, sure enough, in a reply', () => {
    expect(held('@tom_r1 another typical liberal who uses hate and bullying').map((f) => [f.ruleId, f.severity])).toEqual([['derogatory/learned', 'warning']]);
  });
  test('the same words posted to no one are only noted', () => {
    expect(held('another typical liberal who uses hate and bullying')).toEqual([]);
    expect(derogatory('another typical liberal who uses hate and bullying').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('sure-enough scores that are not said of a person do not hold a post', () => {
  test.each([
    'Anyone know a rat run past the roadworks?',
    '"Gypsies are all thieves," said a bloke in the pub last night.',
    'Rats are vermin, get them out of the shed',
    'Fleas are parasites and the cat has brought them all in',
  ])('%s', (draft) => {
    expect(held(draft)).toEqual([]);
  });
});

/**
 * The "alone" threshold (ninth session, chosen on the corpora's validation fifth and TweetEval's
 * validation split, docs/models.md): a sentence the model is at least that sure of holds a post
 * even when the engine cannot see whom it is about ("Set 3" is a class to a teacher, no one to the
 * references). Below it such a sentence stays a note, so an animal called vermin is not held.
 */
describe('a sentence the model is sure of holds the post whoever it is about', () => {
  test.each(['Set 3 are feral.', 'The form are feral', 'This intake are feral'])('%s', (draft) => {
    expect(held(draft).map((f) => [f.ruleId, f.severity])).toEqual([['derogatory/learned', 'warning']]);
  });
});

describe('below "alone", a sentence about no one the engine can see stays a note', () => {
  test.each(['Rats are vermin', 'Feral. Absolutely feral today.', 'Today the group were feral'])('%s', (draft) => {
    expect(held(draft)).toEqual([]);
    expect(derogatory(draft).map((f) => f.severity)).toEqual(['info']);
  });
});
