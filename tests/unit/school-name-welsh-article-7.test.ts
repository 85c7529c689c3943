import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Seventh session: the school written as Welsh and everyday posts write it (drafts written here): an
 * English alias that opens with "The" takes the Welsh article ("yr Hub", "i'r Hub", "o'r Hub"); a
 * configured hashtag is the school even when the same words are also the place word ("#Millgate");
 * the place word before a match score ("Llanfor 3 - 1 Bala") or after a Welsh school word ("staffrwm
 * Llanfor", "ddysgu erioed yn Llanfor"). Contrasts: a café or market named like the school, a place
 * "called" the alias, the village's own club, the place as a place.
 */
const unit = compile({ schoolName: 'Kirkfield Pupil Referral Unit', schoolAliases: ['The Hub', 'Kirkfield PRU'], policy: 'generic-uk' });
const primary = compile({ schoolName: 'Millgate Green Primary Academy', schoolAliases: ['Millgate Green', '#MillgateGreen'], policy: 'generic-uk' });
const ysgol = compile({ schoolName: 'Ysgol Gynradd Llanfor', schoolAliases: ['Ysgol Llanfor', '#YsgolLlanfor'], policy: 'generic-uk' });

const school = (analyser: typeof unit) => (draft: string) =>
  analyser
    .analyse(draft)
    .filter((f) => f.category === 'school-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('an English alias with the Welsh article', () => {
  test.each(['Diwrnod cynta fory yn yr Hub, nerfus!', "Ma'r heddlu 'di bod i'r Hub eto", "Ma' Dave o'r Hub 'di gadael", 'parti Dolig staff yr Hub nos Wener'])('%s', (draft) => expect(school(unit)(draft)).toContain('Hub'));
  test.each([
    'the hub cafe at the station does the best flat white',
    "Mae 'na gaffi o'r enw The Hub yn y dre, coffi gwych",
    'a new gym called The Hub opened on the high street',
    'yr hub newydd yn y ganolfan hamdden',
  ])('stays quiet: %s', (draft) => expect(school(unit)(draft)).toEqual([]));
});

describe('a configured hashtag that is also the place word', () => {
  test('#MillgateGreen is the school', () => expect(school(primary)('#MillgateGreen yn dathlu Dydd Gŵyl Dewi!')).toEqual(['#MillgateGreen']));
  test.each(['millgate green market on a saturday is the best', 'millgate green library storytime with my two'])('stays quiet: %s', (draft) => expect(school(primary)(draft)).toEqual([]));
});

describe('the place word as the school', () => {
  test.each(['Llanfor 3 - 1 Bala yn y twrnamaint pêl-droed!', 'staffrwm Llanfor yn ferw heddiw', "y plentyn mwya digywilydd dwi 'di'i ddysgu erioed yn Llanfor"])('%s', (draft) => expect(school(ysgol)(draft)).toContain('Llanfor'));
  test.each(['Clwb Rygbi Llanfor 24 - 10 yn erbyn Bala, am gêm!', 'Llanfor 3 miles, Bala 5 miles on the sign', 'cerdded rownd Llanfor efo’r ci'])('stays quiet: %s', (draft) => expect(school(ysgol)(draft)).toEqual([]));
});
