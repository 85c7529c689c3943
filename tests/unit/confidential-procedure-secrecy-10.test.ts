import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { confidentialExpect } from './support/confidential-expect';

/**
 * Tenth session, second round (train-9 and train-10 studied, not their sentences): the procedure after a
 * disclosure told as its two steps with no child named ("logged it, passed it on"); secrecy cues staff type
 * ("shouldnt say but", "all I'll say is", results "leaked") and the two that sealed nothing ("not a word"
 * in "arrived with not a word of English", "then act surprised when…"); a vote of no confidence, capability,
 * a court order and medication in Welsh; namesakes and word-names that must stay quiet; and the learned
 * layer's gate that stops a name alone from making its finding high.
 */
const school = compile({
  schoolName: 'Ysgol y Berllan',
  schoolAliases: ['Y Berllan', 'Berllan School'],
  pupilNames: ['Elis Vaughan', 'Manon Pryce', 'Tayo Bankole', 'Kacper Nowicki', 'Bobby Charlton', 'Tomos Williams', 'Sabah Khalid', 'Safa Ahmed', 'Marwa Begum'],
  staffNames: ['Gwenllian Roberts', 'Dean Harker'],
  policy: 'generic-uk',
});

const { warns, quiet } = confidentialExpect(school);

describe('the two steps after a disclosure are the procedure itself, with no child named (confidential/logged-disclosure)', () => {
  test.each([
    'logged it and passed it on, now I need a brew and a cry',
    "wrote it up, handed it over, can't stop thinking about it tonight",
    "wedi'i gofnodi a'i basio ymlaen, noson hir",
  ])('%s', (draft) => warns(draft, 'confidential/logged-disclosure', 'warning'));

  test.each(['logged on and passed my driving theory test 🎉', 'logged the parcel number and passed the box to next door'])('stays quiet: %s', (draft) => quiet(draft));
});

describe('secrecy cues as staff type them (confidential/secrecy-cue)', () => {
  test.each([
    ['shouldnt say but the new deputy at Y Berllan is on way more than the rest of us', 'high'],
    ["inspectors were in on tuesday and all i'll say is the letter won't be pretty", 'warning'],
    ['mock results leaked before the staff meeting, year 11 maths is a disaster', 'warning'],
  ] as const)('%s', (draft, severity) => warns(draft, 'confidential/secrecy-cue', severity));

  test.each([
    "the new starter arrived with not a word of English and now she's chatting away",
    'we cut the budget, then act surprised when the kids fall behind',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('colleagues and children in plain words, English and Welsh', () => {
  test('a vote of no confidence in a colleague', () => warns('governors are about to pass a vote of no confidence in the head', 'confidential/staff-wellbeing'));
  test("a colleague on capability, in Welsh ('ar capability')", () => warns("mae'r athro newydd ar 'capability' yn barod", 'confidential/staff-wellbeing'));
  test('a court order in its mutated form ("\'na orchymyn llys") beside a pupil', () =>
    warns("dyw Elis V ddim i fynd adre efo'i dad, mae 'na orchymyn llys", 'confidential/home-circumstances', 'high'));
  test('medication in Welsh ("ar feddyginiaeth") beside a pupil', () => warns('Manon P ar feddyginiaeth newydd, cadwch lygad arni amser cinio', 'confidential/diagnosis', 'high'));
});

describe('namesakes and word-names stay quiet', () => {
  const acting = (draft: string) => school.analyse(draft).filter((f) => f.severity !== 'info');
  test.each([
    'bobby charlton would hate watching united this season',
    'Tomos Williams yn sgorio yn erbyn Lloegr eto!',
    'sabah al-khair everyone, lovely sunny morning',
    'safa and marwa were the hills Hajar ran between',
  ])('%s', (draft) => expect(acting(draft).map((f) => `${f.ruleId} “${f.match}”`)).toEqual([]));
});

describe('the learned layer: a name alone does not make its finding high (detectors/learned-confidential.ts)', () => {
  const learned = (draft: string) => school.analyse(draft).filter((f) => f.ruleId.startsWith('confidential/learned'));
  test('a thank-you through a named child is at most a note', () => {
    expect(learned("Tayo B's mum came in to say thanks for the trip, so lovely").every((f) => f.severity === 'info')).toBe(true);
  });
  test('a matter beside the name still makes it high', () => {
    expect(learned("Kacper N's mum moved out at the weekend and he's been coming in very quiet")).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'confidential/learned-person', severity: 'high' })]),
    );
  });
});
