import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import type { Finding } from '../../src/engine/types';

/**
 * Thirteenth session (docs/detection.md): pupils named the way staff type them, and confidential matters
 * told in plain words. Sentences of our own, each with its contrast; never the corpora's drafts.
 */
const school = compile({
  schoolName: 'Ysgol Bryn Hafod',
  pupilNames: ['Chase Lomax', 'Awen Rowlands', 'Skye Mercer', 'Precious Adeyemi', 'Autumn Lees', 'Zainab Hussain', 'Heulwen Price', 'Llew Morgan', 'Destiny Clarke', 'Summer Hale', 'Honor Platt', 'William Jones'],
  staffNames: ['Gareth Owen'],
});
const acts = (f: Finding) => f.severity === 'warning' || f.severity === 'high';
const pupil = (text: string) => school.analyse(text).filter((f) => f.category === 'pupil-name' && acts(f));
const confidential = (text: string) => school.analyse(text).filter((f) => f.category === 'confidential' && acts(f));

describe('a name-word typed in lower case that owns or does a school matter', () => {
  test.each([
    ["awen's IDP review got moved again, social services want to be there", "awen's"],
    ["skye's gone into foster care, ring the office if you see her mum at the gate", "skye's"],
    ['precious is with foster carers from tomorrow', 'precious'],
    ['little autumn finally got her adhd diagnosis today', 'autumn'],
    ["chase and his sister sleeping on nan's sofa since the eviction", 'chase'],
  ])('%s: the pupil is high beside the confidential matter', (text, name) => {
    const found = pupil(text);
    expect(found.map((f) => f.match)).toContain(name);
    expect(found.find((f) => f.match === name)!.severity).toBe('high');
    expect(found.find((f) => f.match === name)!.ruleId).toBe('pupil-name/roster-first-name-beside-confidential');
  });

  test.each([
    'Honor is such an underrated value in schools, more than any league table',
    "there's a little autumn chill, EHCP paperwork done",
    'my precious is asleep, finally finished the EHCP paperwork',
    'autumn term safeguarding training done',
    'no hope of an EHCP this year',
    'chase and his sister at the park, lovely',
  ])('%s: a word, not a pupil', (text) => {
    expect(pupil(text)).toEqual([]);
  });
});

describe("a name's 's typed without the apostrophe", () => {
  test('zainabs finally being assessed: the pupil, high', () => {
    const found = pupil('zainabs finally being assessed for autism, fingers crossed');
    expect(found.map((f) => [f.match, f.severity])).toEqual([['zainabs', 'high']]);
  });
  test.each(['serena williams won again', 'the roses are out in the garden'])('%s: no pupil', (text) => {
    expect(pupil(text)).toEqual([]);
  });
});

describe('a year group right after a name', () => {
  test.each([
    ["heulwen yn bl 4 wedi sgorio'i chais cynta heddiw", 'heulwen'],
    ['Mae Llew ym Mlwyddyn 5 wedi penderfynu mai fe yw brenin y dosbarth', 'Llew'],
  ])('%s: a pupil', (text, name) => {
    expect(pupil(text).map((f) => f.match)).toContain(name);
  });
  test.each(['heulwen yn yr ardd heddiw, braf iawn', 'llew yn y sw gyda blwyddyn 5 heddiw'])('%s: the word, no year after it', (text) => {
    expect(pupil(text)).toEqual([]);
  });
  // A Welsh word-name with nothing done after the year is the word: a heading or a star of the week (review 13).
  const seren = compile({ schoolName: 'Ysgol Bryn Hafod', pupilNames: ['Seren Lloyd'], staffNames: [] });
  test.each(['Seren ym Mlwyddyn 5: pawb a gafodd 10/10.', 'seren yn bl 4 heddiw am ddarllen yn wych.', 'Seren yr wythnos yn bl 4 — da iawn pawb!'])('%s: seren is a star', (text) => {
    expect(seren.analyse(text).filter(acts)).toEqual([]);
  });
  test('Seren ym Mlwyddyn 5 wedi cael ei gwahardd: the pupil', () => {
    expect(seren.analyse('Seren ym Mlwyddyn 5 wedi cael ei gwahardd eto').filter((f) => f.category === 'pupil-name' && acts(f)).map((f) => f.match)).toContain('Seren');
  });
});

describe('a parent known through the child, insulted', () => {
  test("destiny's mum has the parenting skills of a seagull: a warning on the name", () => {
    const found = pupil("destiny's mum has the parenting skills of a seagull with a chip");
    expect(found.map((f) => [f.match, f.severity, f.ruleId])).toEqual([["destiny's", 'warning', 'pupil-name/roster-parent-insulted']]);
  });
  test.each(['my mum has the parenting skills of a seagull', "destiny's mum makes the best bara brith"])('%s: no pupil warning', (text) => {
    expect(pupil(text)).toEqual([]);
  });
});

describe('children described the way staff write them', () => {
  test.each([
    ["just rang the mash team about the twins in reception, mum didn't show again", 'the twins in reception'],
    ['one of the twins in 7R got their EHCP refused again', 'the twins in 7R'],
    ['lad in year 4 with the red glasses finally got his ADHD diagnosis', 'lad in year 4 with the'],
    ["bachgen bach blwyddyn 2 sy'n byw ar y fferm wedi dod ag oen i'r ysgol", "bachgen bach blwyddyn 2 sy'n byw"],
  ])('%s: a described child', (text, match) => {
    expect(pupil(text).map((f) => f.match)).toContain(match);
  });
  test.each([
    'Kid in my class asked a great question today',
    'girl in year 9 said it was brilliant',
    'twins are hard work, my sister has a pair',
    // Review 13: praise in a public competition picks out a winner, not who a child is.
    'Lad in year 4 with the best handwriting gets a pen licence, well done to all who tried!',
    'Girl in year 6 with the fastest time wins the cup on sports day — results Friday!',
    'The boy in Year 3 who finds the golden ticket wins a prize!',
    // A pair of twins with no matter about them is a class's news.
    'The twins in reception this year are the cutest costumes — come and see the twins display in the hall!',
  ])('%s: no one identified', (text) => {
    expect(pupil(text)).toEqual([]);
  });
});

describe('a child the writer says readers will know', () => {
  test.each([
    ["the lad whose dad's just gone inside is struggling bless him. you'll know who i mean if you're local, y6", 'the lad whose'],
    ['the girl who set the fire alarm off is on her final warning before exclusion. y8, you know the one', 'the girl who set'],
  ])('%s: a described child', (text, match) => {
    expect(pupil(text).map((f) => f.match.startsWith(match))).toContain(true);
  });
  test('the lad who delivers our veg … you know the one: a neighbour, no school words', () => {
    expect(pupil('the lad who delivers our veg is lovely. you know the one')).toEqual([]);
  });
  test('you know the one — that brilliant podcast: no child noun but the phrase itself', () => {
    expect(pupil('You know the one — that brilliant podcast about phonics. Link below.')).toEqual([]);
  });
  test('the girl in year 6 with the worst attendance: a superlative of a concern still identifies', () => {
    expect(pupil('the girl in year 6 with the worst attendance is on a final warning').map((f) => f.ruleId)).toContain('pupil-name/described-child');
  });
});

describe('confidential matters told plainly', () => {
  test.each([
    ['third referral this term for the same house. third.', 'confidential/logged-disclosure'],
    ['cwyn ffurfiol gan riant heddiw. am brawf sillafu!!', 'confidential/complaint'],
    ["ks2 results came through and we are way above national!!! can't share till they're published", 'confidential/outcome-hinted'],
    ['our office manager just found out the new business manager is on 8k more than her', 'confidential/staff-wellbeing'],
  ])('%s: %s', (text, rule) => {
    expect(confidential(text).map((f) => f.ruleId)).toContain(rule);
  });
  test.each([
    'my new job pays 8k more than my old one',
    'we had the same family over for tea again',
    'our KS2 results are published on the website today, so proud',
    // Waiting for publication is what the policy asks: with no hint of the outcome it tells nothing (review 13).
    "Can't share the results until they're published in August, but so proud of Year 11's effort.",
    // A repeated call is no concern until a concern word says so.
    'We had a second call from the same family asking about the uniform sale, so here are the details again.',
  ])('%s: quiet', (text) => {
    expect(confidential(text)).toEqual([]);
  });
});

describe("a pupil's own first name is not a colleague's nickname", () => {
  const welsh = compile({ schoolName: 'Ysgol Bryn Hafod', pupilNames: ['Dewi Edwards'], staffNames: ['Dafydd Ellis'] });
  test('mam Dewi: the pupil through the parent, though Dewi is also a Dafydd on the staff', () => {
    const found = welsh.analyse("mam Dewi wedi gwneud bara brith i'r adran gyfan").filter((f) => f.category === 'pupil-name' && acts(f));
    expect(found.map((f) => f.match)).toEqual(['Dewi']);
  });
  test('Dai, a nickname no pupil has, is still the colleague', () => {
    const found = welsh.analyse("mam Dai wedi gwneud bara brith i'r adran gyfan").filter((f) => f.category === 'pupil-name' && acts(f));
    expect(found).toEqual([]);
  });
});
