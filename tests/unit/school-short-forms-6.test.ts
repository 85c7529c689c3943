import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Sixth session: how staff shorten a school's name (the mechanisms the sixth blind set exposed, with
 * drafts and schools written here): the first of several own words ("thornleigh" for Thornleigh
 * Marsh), the second cut to an initial ("Thornleigh M"), an everyday word used as a name after a
 * preposition ("at parkside"), a bilingual name with its town ("… / … School, Llanfair"), and an
 * acronym with a community word after it ("the TMA gate", "TMA's").
 */
const thornleigh = compile({
  schoolName: 'Thornleigh Marsh Academy',
  schoolAliases: ['TMA', '#TMAfamily'],
  pupilNames: ['Ella Brook'],
  policy: 'generic-uk',
});
const meadow = compile({
  schoolName: 'Ysgol Gynradd Dôl y Felin / Parkside Primary School, Llanwern Fach',
  schoolAliases: ['Dôl y Felin', 'Parkside Primary'],
  pupilNames: ['Osian Rees'],
  policy: 'generic-uk',
});

const school = (draft: string, analyser = thornleigh) =>
  analyser
    .analyse(draft)
    .filter((f) => f.category === 'school-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('the first own word of the name, or the second cut to its initial', () => {
  test.each([
    'first day teaching at thornleigh tomorrow, new year 4 class!',
    'the kids at Thornleigh smashed the cross country today',
    'new job alert: starting at Thornleigh M in September as a TA',
  ])('%s', (draft) => expect(school(draft)).not.toEqual([]));

  test.each([
    'Mr Thornleigh from the bank was lovely on the phone',
    'walked the dog round Thornleigh village on Sunday',
  ])('stays quiet without school words beside it: %s', (draft) => expect(school(draft)).toEqual([]));
});

describe('an everyday word used as the name', () => {
  test.each([
    'the budget at parkside is that bad we are losing a TA',
    'job interview at parkside for the year 2 post, wish me luck',
  ])('%s', (draft) => expect(school(draft, meadow)).not.toEqual([]));

  test.each([
    'lovely walk along the parkside path with the dog this morning',
    'picnic by the parkside, the kids loved the ducks',
  ])('stays quiet with its article: %s', (draft) => expect(school(draft, meadow)).toEqual([]));
});

describe('a bilingual name with its town', () => {
  test('"Ysgol" and the town after the comma is the school', () => {
    expect(school('ysgol llanwern fach have the best summer fair in the county', meadow)).not.toEqual([]);
  });
  test('the town alone is a town', () => {
    expect(school('a walk round Llanwern Fach in the sunshine', meadow)).toEqual([]);
    expect(school('Ysgol Uwchradd Llanwern Fach won the rugby', meadow)).toEqual([]);
  });
  test('either half of the name alone is the school', () => {
    expect(school('so proud of everyone at Parkside Primary School today', meadow)).not.toEqual([]);
    expect(school('Diolch i bawb yn Ysgol Gynradd Dôl y Felin', meadow)).not.toEqual([]);
  });
});

describe('an acronym with a school-community word after it', () => {
  test.each(['collared at the TMA gate by a parent again', 'the TMA governors signed it off without reading it', "TMA's results are down on last year"])('%s', (draft) =>
    expect(school(draft)).not.toEqual([]),
  );
  test('another body after "the" stays quiet', () => {
    expect(school('the TMA conference on hospitality careers was in Leeds')).toEqual([]);
  });
});
