/**
 * What the fifteenth session's set (tests/corpus/train-15.jsonl, scored once at first contact, then tuned on)
 * taught, each mechanism checked both ways. Sentences are written for this file; none comes from a corpus.
 * - An all-lower-case alias of everyday Welsh words is the thing only in a Welsh sentence; in an English one
 *   the writer is naming somewhere ("the new pitch at maes derwen").
 * - A subject whose head is a thing of the people ("support staff pay is a joke") is a verdict on the thing.
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

describe('an alias of everyday Welsh words typed in lower case', () => {
  test.each([
    'the new 3g pitch at maes derwen is finally open, the lads think its wembley',
    'four toilets blocked and a pigeon in the hall. maes derwen never sleeps',
  ])('in an English sentence it names the school: %s', (draft) => expect(loud(draft, 'school-name')).not.toEqual([]));
  test.each(['eistedd dan y maes derwen efo paned', 'cerdded ar hyd maes derwen ar lan yr afon heddiw'])('in a Welsh one it is still the thing: %s', (draft) =>
    expect(loud(draft, 'school-name')).toEqual([]),
  );
});

describe('a verdict on a thing of the people is on the thing', () => {
  test('pay', () => {
    expect(loud('support staff pay is a joke. 11 years in and still under 20k', 'derogatory')).toEqual([]);
    expect(loud('our cleaners pay is a disgrace', 'derogatory')).toEqual([]);
  });
  test('the people themselves are still insulted', () => {
    expect(loud('support staff are a joke in this place', 'derogatory')).not.toEqual([]);
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
  });
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
  test.each(['the boy with the guitar came in class 5 minutes late', 'a dude in a van with a dog, in class 9 of the traffic queue'])('no child identified: %s', (draft) =>
    expect(loud(draft, 'pupil-name').filter((f) => f.startsWith('pupil-name/described-child'))).toEqual([]),
  );
});

describe('one remark, one finding', () => {
  test('a bloke is anyone: the remark is general', () => {
    const found = analyse('That bloke is so thick', SCHOOL).filter((f) => f.category === 'derogatory');
    expect(found.map((f) => [f.severity, f.topic])).toEqual([['warning', 'general']]);
  });
  test('the folded finding keeps the topic that made it high', () => {
    const found = analyse('The parents at pick-up are absolute muppets', SCHOOL).filter((f) => f.category === 'derogatory');
    expect(found.map((f) => [f.severity, f.topic])).toEqual([['high', 'about-parents']]);
  });
});
