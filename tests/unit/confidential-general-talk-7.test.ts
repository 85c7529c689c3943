import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Seventh session: confidential vocabulary used of the subject in general must stay quiet. The
 * writer's own career ("twelve years in alternative provision"), a group of children named by a
 * setting or a need ("PRU kids", "EHCP children": everyone in it, not a case), and national policy
 * ("pushed out of the teachers' pension scheme") are not a case. Each has a contrast that still warns.
 */
const mill = compile({
  schoolName: 'Millbrook Green Primary School',
  schoolAliases: ['Millbrook Green', 'MGP'],
  pupilNames: ['Isaac Moreton', 'Ellie Farrant', 'Kobe Shaw', 'Tia Lomax', 'Reggie Platt'],
  staffNames: ['Nadia Crane', 'Owen Pask'],
  policy: 'generic-uk',
});
const acting = (draft: string) => mill.analyse(draft).filter((f) => f.severity !== 'info' && f.category === 'confidential');

describe('the subject in general stays quiet', () => {
  test.each([
    'Twelve years in alternative provision have taught me that every behaviour has a reason. #AlternativeProvision',
    'Fifteen years working in SEND and I still learn something every week',
    'people online calling PRU kids feral need to spend a day with them. they are children',
    'EHCP children deserve better than a three year wait, and that is on the government',
    'support staff being pushed out of the pension scheme is a disgrace, write to your MP',
  ])('%s', (draft) => expect(acting(draft).map((f) => `${f.ruleId} “${f.match}”`)).toEqual([]));
});

describe('the same words about a case still warn', () => {
  test('a placement in alternative provision for one child', () => {
    expect(acting('Kobe S starts his alternative provision placement on monday').some((f) => f.severity === 'high')).toBe(true);
  });
  test('a colleague pushed out', () => {
    expect(acting('Owen Pask has been pushed out after the restructure, nobody is saying why').some((f) => f.ruleId === 'confidential/staff-wellbeing')).toBe(true);
  });
});
