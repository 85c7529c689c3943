import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session: a long first name clipped to its first syllables, as staff and friends say it
 * ("Zuzi" for Zuzianna, "Nata" for Natalia, "Abdul" for Abdulrahim), is the pupil when the surname
 * or its initial follows; alone, only with what makes a word-name a child (a class frame); a clip that is a first name of its own
 * ("Magda", "Mary" of Maryam) needs the whole surname, not only its initial. Roster and drafts written here.
 */
const school = compile({
  schoolName: 'Kingsmoor Academy',
  pupilNames: ['Magdalena Zielinska', 'Zuzianna Zawada', 'Abdulrahim Osman', 'Natalia Kovacs', 'Maryam Hussain', 'Christopher Lowe', 'Sebastian Eze'],
  policy: 'generic-uk',
});

const pupil = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('a clipped first name with the surname or its initial', () => {
  test.each([
    ['zuzi Z in 9K finally got her assessment through', 'zuzi Z'],
    ['magda zielinska smashed the 800m today', 'magda zielinska'],
    ['abdulr o was an absolute star in the science practical', 'abdulr o'],
    ['Abdul Osman was an absolute star in the science practical', 'Abdul Osman'],
    ['Nata K read her poem to the whole year group', 'Nata K'],
    ['seba e has been off all week, anyone heard anything?', 'seba e'],
  ])('%s', (draft, match) => expect(pupil(draft)).toContain(match));
});

describe('a clip alone, with what makes a word-name a child', () => {
  test.each([
    ['asking for abdulr in my form, mum is struggling', 'abdulr'],
    ['zuzi in 9K was a legend in the science practical', 'zuzi'],
    ['Nata in my class read her poem to the whole year group', 'Nata'],
  ])('%s', (draft, match) => expect(pupil(draft)).toContain(match));

  test.each(['zuzi was a legend today', 'the zuzi cafe on the high street does great cake'])('without one, quiet: %s', (draft) =>
    expect(pupil(draft)).toEqual([]),
  );
});

describe('stays quiet', () => {
  test.each([
    // a clip alone
    'magda was a legend today',
    // a clip that is a first name of its own
    'Mary H from the council is coming in on Tuesday',
    // a clip that is a first name of its own, with only an initial
    'magda z from the council rang back',
    'Abdul O from the mosque is running the iftar',
    // an initial that is a word
    'nata a bit tired today tbh',
  ])('%s', (draft) => expect(pupil(draft)).toEqual([]));
});
