import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { namesAGroup } from '../../src/engine/context/not-a-child-name';

/**
 * Ninth session: one module and one lexicon (rules/lexicons/not-a-child.json) decide when a
 * capitalised word is plainly not a child, for the roster detector and the unlisted-child detector
 * alike: a title before it, a patronymic, a place after a move or a naming word with a thing before
 * it, a pet, a compound word, a people or a describing word. The same sentence is quiet whichever
 * detector reads the name (a roster pupil, or a name no roster lists). Drafts written here.
 */
const withRoster = compile({
  schoolName: 'Pentland Primary School',
  pupilNames: ['Arthur Dale', 'Seren Hughes', 'Felix Obi', 'Marian Webb', 'Branwen Lloyd', 'Chester Ng'],
  policy: 'generic-uk',
});
const noRoster = compile({ schoolName: 'Pentland Primary School', pupilNames: ['Zed Ablett'], policy: 'generic-uk' });

const pupil = (draft: string, analyser = withRoster) =>
  analyser
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('plainly not a child, whichever detector reads the name', () => {
  test.each([
    'my class loved the story of King Arthur and the round table today',
    'Year 3 acted out Maid Marian and the outlaws for the class assembly',
    'Year 4 are reading about Branwen ferch Llŷr in our class this term',
    'Felix the cat came into my classroom again this morning 🐈',
    'a boy in my class just moved to Chester with his family, so sad to lose him',
    'the class read a book called Seren about a lost star',
  ])('%s', (draft) => {
    expect(pupil(draft, withRoster)).toEqual([]);
    expect(pupil(draft, noRoster)).toEqual([]);
  });
});

describe('a child is still a child', () => {
  test.each([
    ['a boy in my class called Arthur made me cry laughing today', 'Arthur'],
    ['Seren in my class read beautifully in assembly', 'Seren'],
  ])('%s', (draft, match) => expect(pupil(draft, withRoster)).toContain(match));

  test('a naming word introduces an unlisted child too', () => {
    expect(pupil('a new girl in my class called Tallulah started today', noRoster)).not.toEqual([]);
  });
});

test('a people and a describing word are one set', () => {
  for (const word of ['roma', 'somali', 'ginger', 'polish']) expect(namesAGroup(word)).toBe(true);
  expect(namesAGroup('tallulah')).toBe(false);
});
