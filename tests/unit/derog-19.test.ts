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
