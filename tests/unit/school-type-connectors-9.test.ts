import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session: a school whose type is two kinds joined ("Infant and Nursery School", "Primary &
 * Nursery"), written by staff with the short alias the school configured ("Hollins Infants") or
 * with the joined type ("Hollins Infant & Nursery"). Two mechanisms: a connector between two type
 * words belongs to the type, and any configured spelling the type words fit makes it the school
 * (the full name's own words must not veto an alias). Schools and drafts written here.
 */
const hollins = compile({
  schoolName: 'Hollinsby Infant and Nursery School',
  schoolAliases: ['Hollinsby Infants', 'Hollinsby Infant School', 'Hollinsby Nursery'],
  pupilNames: ['Ada Cole'],
  policy: 'generic-uk',
});
const brackley = compile({
  schoolName: 'Brackwell Primary & Nursery School',
  schoolAliases: ['Brackwell Primary'],
  pupilNames: ['Ada Cole'],
  policy: 'generic-uk',
});
// Configured without a short alias: the joined type is still this school's type.
const plain = compile({ schoolName: 'Tillingham Infant and Nursery School', pupilNames: ['Ada Cole'], policy: 'generic-uk' });

const school = (draft: string, analyser = hollins) =>
  analyser
    .analyse(draft)
    .filter((f) => f.category === 'school-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('an alias with one of the two kinds is the school', () => {
  test.each([
    'lost property mountain at Hollinsby Infants again 😩',
    'hollinsby infants nativity tickets go on sale monday',
    'Hollinsby Infants is honestly the friendliest little school going',
    'so proud of everyone at Hollinsby Infant School this week',
    'cake sale for Hollinsby Nursery raised £212!',
  ])('%s', (draft) => expect(school(draft)).not.toEqual([]));
});

describe('the two kinds joined by "and" or "&"', () => {
  test.each([
    ['another survey from Hollinsby Infant & Nursery SLT', hollins],
    ['Hollinsby Infant and Nursery are looking for a lunchtime supervisor', hollins],
    ['Tillingham Infant and Nursery had a brilliant sports day', plain],
    ['tillingham infant & nursery school harvest festival this afternoon', plain],
    ['proud to teach at Tillingham Infants', plain],
    ['Brackwell Primary and Nursery open morning on Saturday', brackley],
    ['Brackwell Primary & Nursery School were on the local news', brackley],
  ])('%s', (draft, analyser) => expect(school(draft, analyser)).not.toEqual([]));
});

describe('another school in the same place stays quiet', () => {
  test.each([
    'Hollinsby High are doing a sponsored walk on Sunday',
    'Hollinsby Junior School have a new head',
    'Hollinsby Academy and Sixth Form open evening',
  ])('%s', (draft) => expect(school(draft)).toEqual([]));

  test.each(['a walk round Hollinsby with the dog this morning', 'the Hollinsby bypass is shut again'])(
    'the place alone is a town: %s',
    (draft) => expect(school(draft)).toEqual([]),
  );

  test('a connector does not pull another kind into the name: the school is still named before it', () => {
    expect(school('Brackwell Primary and secondary schools are sharing a minibus', brackley)).toEqual(['Brackwell Primary']);
  });
});
