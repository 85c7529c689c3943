import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session: a year or form written as its number or class code alone right after a name ("sunny
 * in 8 told the supply…", "Kai from 4B", "mo in 10Y") places a child in a class, even a name that is
 * also a word. A bare number before a unit ("summer in 8 weeks") is not a class. Drafts written here.
 */
const school = compile({
  schoolName: 'Ashfield Park Academy',
  pupilNames: ['Summer Khan', 'Hope Adeyemi', 'Kai Morton', 'Will Bunce', 'Sunny Patel'],
  policy: 'generic-uk',
});

const pupil = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match.toLowerCase());

describe('a name, then "in"/"from" and a year number or form code', () => {
  test.each([
    ['sunny in 8 told the supply teacher his name was cloudy 😂', 'sunny'],
    ['hope in 9 said the funniest thing in registration', 'hope'],
    ['summer in 10Y finally handed her coursework in', 'summer'],
    ['Kai from 4B has lost his coat again', 'kai'],
    ['will in 7RH was a superstar at the open evening', 'will'],
    ['shoutout to kai in 11 who got full marks, absolute legend', 'kai'],
  ])('%s', (draft, match) => expect(pupil(draft)).toContain(match));
});

describe('a number that is not a class stays quiet', () => {
  test.each([
    'summer in 8 weeks, I cannot wait',
    'hope in 3 words: tired, cold, hungry',
    'will in 5 minutes be enough time to mark these?',
    'kai in 2nd place at the parkrun again',
    'will in 5k race on sunday if the weather holds',
    'back in 10am tomorrow for the training',
  ])('%s', (draft) => expect(pupil(draft)).toEqual([]));
});
