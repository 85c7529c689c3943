import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';

/**
 * Nineteenth session: the Welsh said-of linker for insult adjectives (rules/lexicons/contempt-patterns.json,
 * family `welsh-said-of`, rule contempt/put-down). The shapes are the misses of train-10 … train-20 (many
 * writers); the sentences below are written for this test, not copied from a corpus.
 */
const analyser = compile(RULE_EXAMPLE_SETTINGS);
const saidOf = (text: string) => analyser.analyse(text).filter((f) => f.ruleId === 'contempt/put-down');
const holding = (text: string) => analyser.analyse(text).filter((f) => f.category === 'derogatory' && (f.severity === 'warning' || f.severity === 'high'));

describe('the Welsh said-of linker for insult adjectives', () => {
  test.each([
    ['a person noun then the adjective', 'Jac o Flwyddyn 6 yn hogyn twp, dim gobaith iddo fo'],
    ['a person noun then the adjective, after a name', 'mam y ferch newydd yn gweiddi yn y coridor eto. dynes hurt bost'],
    ['a superlative after the noun', 'Sion, y crwt mwya twp dwi erioed wedi ei ddysgu'],
    ['a pronoun with the linking "yn" folded in', "mae hi'n ddiog ac yn cael mwy o gyflog na fi"],
    ['two adjectives linked after "chi"', "Rhieni sy'n gyrru ar y palmant: 'dach chi'n hunanol ac yn dwp"],
    ['"mor" a few words after the people', "Ma' rhieni'r dosbarth derbyn mor dwp weithiau"],
    ['"hen" with a name-call', "yr hen wrach yn y dderbynfa wedi colli fy ffurflen eto"],
    ['"yn lob llwyr"', 'swyddog y sir yn lob llwyr, dim syniad am blant'],
  ])('%s: held', (_, text) => {
    const [finding] = saidOf(text);
    expect(finding).toBeDefined();
    expect(finding!.severity === 'warning' || finding!.severity === 'high').toBe(true);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match);
    expect(finding!.explanation.reason.length).toBeGreaterThan(0);
  });

  test.each([
    ['the writer of themselves', "dwi'n hogyn twp weithiau, wedi anghofio fy allweddi eto"],
    ['a thing', "mae'r system newydd yn dwp"],
    ['a farm calf', 'llo bach newydd ar y fferm heddiw, mor ciwt'],
    ['a Halloween costume', 'gwisgo fel hen wrach ar gyfer Calan Gaeaf, y plant wrth eu boddau'],
    ['denied', "dyw hi ddim yn ddiog o gwbl, mae hi'n gweithio'n galed"],
    ['"hurt" of a situation', "Mae o'n hurt bod y bws mor hwyr bob bore"],
    ['a kind superlative', "y plentyn mwya caredig yn y dosbarth, chwarae teg iddo fo"],
    ['denied of a pupil', "dyw e ddim yn dwp, jyst angen amser"],
  ])('%s: quiet', (_, text) => {
    expect(holding(text)).toEqual([]);
  });
});

test('the Welsh linker: calling oneself it is self-deprecation, not contempt', () => {
  expect(holding("nes i alw fy hun yn 'dyn twp' o flaen y dosbarth heddiw, chwerthin mawr")).toEqual([]);
});

describe('faint praise with a low bar or a restrictive focus, aimed at an adult', () => {
  const mockery = (text: string) => analyser.analyse(text).filter((f) => f.ruleId === 'contempt/mockery');
  test.each([
    ['"almost unaided"', 'Big day for the deputy head. He read his own welcome speech almost entirely unaided this morning 👏'],
    ['"finally … after N years"', 'Great to see the business manager finally learning the booking system after 6 years'],
    ['"only took him N terms"', 'The new head of year knows where the sports hall is now. Only took him three terms'],
    ['"couldn\'t …, but lovely"', "Our new deputy is a sweetheart. Couldn't run a fire drill with a map and a whistle, but lovely."],
    ['"that\'s about all you can say"', "The head's presentation had a title slide and a thank-you slide. That's about all you can say"],
    ['"great at one thing"', 'SLT are brilliant at one thing: booking meetings about meetings'],
    ['Welsh "chwarae teg … dda iawn am" idleness', "Chwarae teg i'r dirprwy, mae o'n dda iawn am ddiflannu pan mae'r larwm tân yn canu"],
    ['Welsh "dyna\'r unig beth … yn iawn"', "Mae'r pennaeth yn gwenu'n neis. Dyna'r unig beth mae o'n gallu neud yn iawn"],
  ])('%s: held', (_, text) => {
    const [finding] = mockery(text);
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match);
  });

  test.each([
    ['a child\'s small win', 'Reception child tied her laces almost unaided today, the head was so proud of her'],
    ['an adult\'s own win, with pride', 'Our deputy finally passed her driving test after 4 years, so proud of her'],
    ['praise that lands on something good', "Chwarae teg i'r pennaeth, mae hi'n dda iawn am ddarllen straeon gyda'r plant"],
    ['an allergy, not a restrictive focus', "Dyna'r unig beth mae o'n gallu bwyta yn iawn, alergedd cnau"],
    ['no role named', 'My toddler put his shoes on almost unaided today!'],
    ['a sincere "but lovely"', "Our deputy can't sing a note but she's lovely and the kids adore her"],
  ])('%s: quiet', (_, text) => {
    expect(holding(text)).toEqual([]);
  });
});
