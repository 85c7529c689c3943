/**
 * What the sixteenth session's training set (tests/corpus/train-17.jsonl, scored once at first contact, then
 * tuned on) taught about confidential matters and pupils' namesakes, each mechanism checked both ways.
 * Sentences are written for this file; none comes from a corpus.
 * - Welsh secrecy ("dyna'r cwbl dwi'n cael deud", "ddylswn i ddim deud"), and "don't tell parents yet".
 * - An outcome hinted by "WOW" after "can't share till they're published".
 * - Foster care in Welsh; a colleague on the wrong pay point; a child living in the caravan.
 * - A name talked of as a word ("Noor means light"), "Haf da!" (have a good summer), a rugby international
 *   named with the professional game's words.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol y Garth',
  schoolAliases: ['Garth'],
  pupilNames: ['Noor Hussain', 'Haf Roberts', 'Tomos Williams'],
  staffNames: ['Sian Parry'],
};

const loud = (draft: string, category: Category) =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity}`);

describe('secrecy', () => {
  test("Welsh: that's all I'm allowed to say, after an inspection word", () => {
    expect(loud("Estyn wedi bod. Dyna'r cwbl dwi'n cael deud. Adroddiad allan fis nesa.", 'confidential')).not.toEqual([]);
  });
  test("Welsh: I shouldn't say, beside a colleague's pay", () => {
    expect(loud("Newydd glywed faint ma'r dirprwy newydd yn ennill. Ddylswn i ddim deud ond 😤", 'confidential')).not.toEqual([]);
  });
  test("don't tell parents yet, beside a school decision", () => {
    expect(loud("the head says don't tell parents yet but we're losing a class in September", 'confidential')).not.toEqual([]);
  });
  test('telling parents something in general is no secret', () => {
    expect(loud('always tell parents when their child has had a great day, it costs nothing', 'confidential')).toEqual([]);
  });
});

describe('outcomes, care and pay', () => {
  test("an outcome hinted: can't share till they're published, but WOW", () => {
    expect(loud("SATs scores came in this morning. can't share till they're published but WOW those kids", 'confidential')).not.toEqual([]);
  });
  test('waiting for publication alone is what the policy asks', () => {
    expect(loud("SATs scores came in this morning. can't share till they're published, so patience please", 'confidential')).toEqual([]);
  });
  test('foster care in Welsh', () => {
    expect(loud("Dau frawd newydd wedi dod aton ni o ofal maeth dros yr haf.", 'confidential')).not.toEqual([]);
  });
  test('fostering in general, in Welsh, is no case', () => {
    expect(loud("Pythefnos Gofal Maeth: diolch i'r holl deuluoedd maeth yn y sir am bopeth", 'confidential')).toEqual([]);
  });
  test('a colleague on the wrong pay point', () => {
    expect(loud('Sian Parry has been on the wrong pay point for two years and they will only back pay one', 'confidential')).not.toEqual([]);
  });
  test('a child living in the caravan, in Welsh', () => {
    expect(loud("Yr hogyn bach newydd yn Bl 2 sy'n byw yn y garafán wrth yr afon, angen côt arno fo", 'confidential')).not.toEqual([]);
  });
});

describe('namesakes and words', () => {
  test('a name talked of as a word', () => {
    expect(loud("Noor means 'light' in Arabic, my Y7s taught me that today", 'pupil-name')).toEqual([]);
  });
  test('the pupil of that name doing something is still the pupil', () => {
    expect(loud('Noor in Y7 told me all about Eid today', 'pupil-name')).not.toEqual([]);
  });
  test("'Haf da!' wishes a good summer", () => {
    expect(loud('Diwrnod ola’r tymor, gwên ar wyneb pawb 😁 Haf da i chi gyd!', 'pupil-name')).toEqual([]);
  });
  test('a rugby international named with the professional game’s words', () => {
    expect(loud('Tomos Williams box kick 😍 Cymru!!', 'pupil-name')).toEqual([]);
  });
  test('the pupil of that name placed in a year is still the pupil', () => {
    expect(loud('Tomos Williams in Year 5 did a box kick at tag rugby', 'pupil-name')).not.toEqual([]);
  });
});
