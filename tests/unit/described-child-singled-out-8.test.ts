import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Eighth session: one child singled out by "the", a word that sets them apart from the rest of the
 * class ("new", a nationality, "trans", "deaf") and the class itself, with no "who"/"whose" after
 * it: "the new boy in Kestrel class keeps…", Welsh "yr hogan newydd yn fy nosbarth…" (the describing
 * word after the noun). To parents of that class it is as good as a name. Drafts written here.
 */
const school = compile({ schoolName: 'Millbrook Primary School', pupilNames: ['Gwion Parry'], policy: 'generic-uk' });

// The described child's finding, or the same words made high beside a confidential matter (since the
// eighth session the learned confidential layer reads "yn cael amser caled" as one, and named-subjects
// then raises the described child as it does a roster name).
const described = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.ruleId === 'pupil-name/described-child' || (f.ruleId === 'pupil-name/roster-first-name-beside-confidential' && !/^[A-Z][a-z]+$/.test(f.match)))
    .map((f) => f.match);

describe('one child singled out by a describing word and a class', () => {
  test.each([
    'the new boy in Kestrel class keeps running out of the room',
    'the Romanian girl in year 4 has picked up English so fast',
    'the deaf lad in year 8 got left out of the fire drill again',
    'that new kid in Oak group bit someone at lunch',
    "yr hogan newydd yn fy nosbarth yn crio bob bore",
    "Mae'r bachgen newydd ym Mlwyddyn 2 yn cael amser caled",
  ])('%s', (draft) => expect(described(draft)).not.toEqual([]));

  test.each([
    // plural: a group, not one child
    'the new kids in year 7 have settled in brilliantly',
    // indefinite: no one in particular
    'a new boy in year 4 would balance the teams',
    // no class
    'the new boy in the story learns to be brave',
    // nothing sets the child apart
    'the girl in year 6 with the best handwriting gets a prize every week'.replace(' with the best handwriting', ''),
    // not a child
    'the new carpet in Kestrel class is lovely',
  ])('stays quiet: %s', (draft) => expect(described(draft)).toEqual([]));
});
