/**
 * What the seventeenth session's training set (tests/corpus/train-18.jsonl, scored once at first contact, then
 * tuned on) taught about the school's name and pupils, each mechanism checked both ways. Sentences are written
 * for this file; none comes from a corpus.
 * - A name of two words or more with one word mistyped (two letters swapped, one left out, one doubled).
 * - A Welsh name's "'r" typed with a space ("cae r onnen").
 * - A pupil with a middle name written with the initials after it ("Mabli J R", "Twm Siôn W").
 * - "in our Year 6": a year group that is ours, in a description of a child.
 * - A child written as initials with a class ("KD in 5H", "JP from Year 4").
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Hollins Brook Primary School',
  schoolAliases: ['Hollins Brook', '#HollinsBrook'],
  pupilNames: ['Elan Mair Roberts', 'Twm Siôn Davies', 'Jacob Lees'],
  staffNames: ['Sian Parry'],
};
const WELSH: SettingsInput = { schoolName: "Ysgol Gynradd Cae'r Derw", schoolAliases: ["Cae'r Derw"], pupilNames: ['Gwion Hughes'] };

const loud = (draft: string, category: Category, settings: SettingsInput = SCHOOL) =>
  analyse(draft, settings)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}”`);

describe("the school's name mistyped", () => {
  test.each([
    ['two letters swapped', 'hollnis brook summer fair this saturday, bring your pennies', 'hollnis brook'],
    ['a letter left out', 'holins brook sports day got rained off again 🙃', 'holins brook'],
    ['a letter doubled', 'Hollins Brookk nativity was UNREAL this year', 'Hollins Brookk'],
    ['the second word mistyped, with the type words after it', 'hollins borok primary tops the league tables again', 'hollins borok primary'],
  ])('%s: still the school', (_, draft, match) => {
    expect(loud(draft, 'school-name').join(' ')).toContain(`“${match}”`);
  });

  test('a mistyped word that is itself an everyday word is not the name ("brook" for "brooks")', () => {
    const settings: SettingsInput = { schoolName: 'Marsh Brooks Academy', schoolAliases: ['Marsh Brooks'] };
    expect(loud('a walk along the marsh brook this morning, lovely and quiet', 'school-name', settings)).toEqual([]);
  });

  test('one word mistyped alone is not the name: the word typed right anchors it', () => {
    expect(loud('the hollnis family next door have a new puppy', 'school-name')).toEqual([]);
  });

  test('short words are never read mistyped ("moss" is not "mess")', () => {
    const settings: SettingsInput = { schoolName: 'Brindle Moss Primary School', schoolAliases: ['Brindle Moss'] };
    expect(loud('brindle mess everywhere after the dog got in the flour', 'school-name', settings)).toEqual([]);
    expect(loud('brindel moss christmas fair this sat!!', 'school-name', settings)).not.toEqual([]);
  });
});

describe("a Welsh name's article typed with a space", () => {
  test('"cae r derw" is Cae\'r Derw', () => {
    expect(loud('dwi di bod yn dysgu yn ysgol cae r derw ers deg mlynedd', 'school-name', WELSH)).not.toEqual([]);
  });
  test('"cae r" before another word is not the school', () => {
    expect(loud('Mae cae r fferm yn wlyb iawn heddiw', 'school-name', WELSH)).toEqual([]);
  });
});

describe('a pupil with a middle name, written with initials', () => {
  test('the first name and the middle and surname initials', () => {
    expect(loud('Massive shout out to Elan M R in Dosbarth Tryfan for her poem!', 'pupil-name')).toContain('pupil-name/roster-initials “Elan M R”');
  });
  test('the double first name and the surname initial', () => {
    expect(loud("Twm Siôn D 'di dod â llyffant i'r ysgol heddiw", 'pupil-name')).toContain('pupil-name/roster-initials “Twm Siôn D”');
  });
  test('initials that are not this pupil\'s are someone else', () => {
    expect(loud('Massive shout out to Elan K P in Dosbarth Tryfan for her poem!', 'pupil-name').join(' ')).not.toContain('Elan K P');
  });
});

describe('"in our Year 6": a year group that is ours describes a child', () => {
  test('with whose, the child is identified', () => {
    expect(loud('The lad in our Year 6 whose dad runs the garage on Mill Lane got picked for the county!', 'pupil-name')).not.toEqual([]);
  });
  test('a year group of ours with no one described identifies no one', () => {
    expect(loud('Everyone in our Year 6 smashed the reading test, so proud', 'pupil-name')).toEqual([]);
  });
});

describe('a child written as initials with a class (initials-in-class)', () => {
  const held = (draft: string) => analyse(draft, SCHOOL).filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high'));
  test.each([
    ['a joined class', 'KD in 5H read his poem in assembly, so proud', 'KD in 5H'],
    ['a year group', 'JP from Year 4 finally cracked his times tables', 'JP from Year 4'],
    ['Welsh', 'Mae GH yn Bl 6 wedi canu unawd yn y gwasanaeth heddiw', 'GH yn Bl 6'],
  ])('%s: the initials and the class are one child', (_, draft, match) => {
    const found = held(draft).find((f) => f.match === match);
    expect(found?.ruleId).toBe('pupil-name/initials-in-class');
    expect(found?.severity).toBe('warning');
  });
  test('a disclosure about the child the initials name makes them high', () => {
    expect(held('KD in 5H told me today he does not want to go home').map((f) => `${f.severity} “${f.match}”`)).toContain('high “KD in 5H”');
  });
  test('a subject, a role or a service before a class is no child', () => {
    for (const draft of ['PE in 5H was chaos today, rain again', 'The TA in Year 2 is a superstar', 'ADY yn Bl 6 yn cael mwy o staff eleni', 'SATs in Year 6 start on Monday']) expect(held(draft)).toEqual([]);
  });
  test('capitals with no class after them are not a child', () => {
    expect(held('KD was brilliant at the concert tonight, so proud of everyone')).toEqual([]);
  });
});

describe('what the review of this session found, kept quiet', () => {
  test('capitals that are emphasis, a king, an exam board or a time are no child', () => {
    const held = (draft: string) => analyse(draft, SCHOOL).filter((f) => f.ruleId === 'pupil-name/initials-in-class');
    for (const draft of ['Well done to ALL in Year 6, what a term', 'Henry VII in Year 8 was a great topic', 'AQA in Year 11 has changed the spec again', 'PGL in 3wks!! cannot wait', 'ENG in 3rd place after the first round']) expect(held(draft), draft).toEqual([]);
  });
  test('"the lad in my year" is the writer\'s own year at school, no described child', () => {
    expect(loud('The lad in my year who became a vet came in to talk to the kids at school', 'pupil-name')).toEqual([]);
  });
  test('a mistyped name is not a word with its "s" dropped, nor a first name', () => {
    expect(loud('We planted a willow dome in the garden; the willow is growing fast', 'school-name', { schoolName: 'The Willows Primary School', schoolAliases: ['The Willows'] })).toEqual([]);
    expect(loud('Chris Church our lollipop man retired today after thirty years', 'school-name', { schoolName: 'Christ Church Primary School', schoolAliases: ['Christ Church'] })).toEqual([]);
    expect(loud('Oakfield Park Primary were lovely hosts for the cluster meeting', 'school-name', { schoolName: 'Oakfields Park Primary School', schoolAliases: ['Oakfields Park'] })).toEqual([]);
  });
});
