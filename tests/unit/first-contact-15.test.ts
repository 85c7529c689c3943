/**
 * What the fifteenth session's set (tests/corpus/train-15.jsonl, scored once at first contact, then tuned on)
 * taught, each mechanism checked both ways. Sentences are written for this file; none comes from a corpus.
 * - A trade after a first name ("kacper the plumber") makes later mentions the adult's, except in a post about
 *   school with pupils in it, or where the later mention is placed in a class ("Kacper in 7B").
 * - A subject whose head is pay or the like for the people ("support staff pay is a joke") is a verdict on the
 *   thing; what people own or produce ("the head's policy") is still a verdict on them.
 * - "vile stuff about refugees": the word describes what was said, and the post rejects it.
 * - A Welsh intensifier after the word ("twpsyn llwyr me") still leaves the writer as the one run down.
 * - A child described by a numbered class ("in class 9"), a Wenglish class ("in meithrin") or as "the lil dude".
 * - One remark, one finding: the folded finding keeps the topic that made it serious, and a bloke is anyone.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Maes Derwen High School',
  schoolAliases: ['Maes Derwen', 'Ysgol Maes Derwen'],
  pupilNames: ['Harjot Singh', 'Yusuf Ahmed', 'Lowri Price'],
};

const loud = (draft: string, category: Category) =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity} ${f.topic}`);

describe('a verdict on a thing of the people is on the thing', () => {
  test('pay', () => {
    expect(loud('support staff pay is a joke. 11 years in and still under 20k', 'derogatory')).toEqual([]);
    expect(loud('our cleaners pay is a disgrace', 'derogatory')).toEqual([]);
  });
  test('the people themselves are still insulted', () => {
    expect(loud('support staff are a joke in this place', 'derogatory')).not.toEqual([]);
  });
  test('what people own or produce is still said of them', () => {
    expect(loud("the head's policy is pathetic", 'derogatory')).not.toEqual([]);
    expect(loud('Mrs Jones in learning support is a joke', 'derogatory')).not.toEqual([]);
  });
  test('a thing word used as a verb leaves the people the subject', () => {
    expect(loud('if that dad emails me one more time i will drive round there and smack him', 'derogatory')).not.toEqual([]);
  });
});

describe('a word describing what was said', () => {
  test('quiet when the post reports and rejects it', () => {
    expect(loud('someone repeated some vile stuff about refugees off tiktok. told them straight, not in my room', 'derogatory')).toEqual([]);
  });
  test('the people called vile are still insulted', () => {
    expect(loud('refugees are vile, send them back', 'derogatory')).not.toEqual([]);
    expect(loud('refugees are vile things', 'derogatory')).not.toEqual([]);
  });
  test('reporting what was said is quiet', () => expect(loud('reported the vile comments about Muslims to the police', 'derogatory')).toEqual([]));
});

describe('a Welsh intensifier after the word', () => {
  test('the writer running themselves down', () => expect(loud('twpsyn llwyr me, locked myself out of the car again', 'derogatory')).toEqual([]));
  test('said of someone else it is still an insult', () => expect(loud('twpsyn llwyr yw’r pennaeth newydd', 'derogatory')).not.toEqual([]));
});

describe('a child described by class and a detail', () => {
  test.each([
    'the boy with the hearing dog in class 9 had a rough day',
    'the lil dude in meithrin with the kebab van dad drew me as a dragon',
    'the little one with the red wellies in derbyn was so upset today',
  ])('identifies a child: %s', (draft) => expect(loud(draft, 'pupil-name').some((f) => f.startsWith('pupil-name/described-child'))).toBe(true));
  test.each(['the boy with the guitar came in class 5 minutes late', 'that boy with the red coat shouted out in class 5 times today', 'a dude in a van with a dog, in class 9 of the traffic queue'])('no child identified: %s', (draft) =>
    expect(loud(draft, 'pupil-name').filter((f) => f.startsWith('pupil-name/described-child'))).toEqual([]),
  );
});

describe('one remark, one finding', () => {
  test('a bloke is anyone: the remark is general', () => {
    const found = analyse('That bloke is so thick', SCHOOL).filter((f) => f.category === 'derogatory');
    expect(found.map((f) => [f.severity, f.topic])).toEqual([['warning', 'general']]);
  });
  test('the remark names whom it is about, even beside the school', () => {
    const found = analyse('the kids at Maes Derwen are feral', SCHOOL).filter((f) => f.category === 'derogatory');
    expect(found.map((f) => [f.severity, f.topic])).toEqual([['high', 'about-pupils']]);
  });
  test('the folded finding keeps the topic that made it high', () => {
    const found = analyse('The parents at pick-up are absolute muppets', SCHOOL).filter((f) => f.category === 'derogatory');
    expect(found.map((f) => [f.severity, f.topic])).toEqual([['high', 'about-parents']]);
  });
});

describe('an adult by their trade, and the pupil of the same name', () => {
  const TRADES: SettingsInput = { schoolName: 'Maes Derwen High School', pupilNames: ['Kacper Nowak', 'Amira Khan'] };
  const pupils = (draft: string) => analyse(draft, TRADES).filter((f) => f.category === 'pupil-name' && f.severity !== 'info');
  test.each([
    'kacper the plumber fixed the boiler while I read my book. paid kacper £80, bargain',
    'kacper the plumber finally sorted the staffroom boiler. legend. biscuits for kacper',
  ])('the tradesman, and the later mention is his: %s', (draft) => expect(pupils(draft)).toEqual([]));
  test.each([
    'Kacper, our electrician, fixed the lights in my classroom. Then Kacper in 7B threw a chair at me',
    'Amira, our nurse, checked the kids in my class for nits. Amira in year 2 had them',
  ])('a later mention placed in a class, or in a post with pupils in it, is the pupil: %s', (draft) => expect(pupils(draft)).not.toEqual([]));
});

describe('one child by their age or a fond word, beside a confidential matter', () => {
  const serious = (draft: string) => analyse(draft, SCHOOL).filter((f) => f.category === 'confidential' && f.severity !== 'info');
  test.each(['police at the gate at home time for one of our 15 year olds', 'logged a concern about one of my lil ones today'])('one child: %s', (draft) =>
    expect(serious(draft)).not.toEqual([]),
  );
  test.each(['one of our 15 year olds won the county cross country today', 'one of my lil ones read her whole book to me today'])('nothing confidential: %s', (draft) =>
    expect(serious(draft)).toEqual([]),
  );
});
