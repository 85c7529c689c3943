import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session (drafts written here): the school's place word and its acronym used for something else.
 * - a village body written right before the place word ("CFfI Bryn Onnen", "Côr Meibion Bryn Onnen",
 *   "YFC Bryn Onnen") is that body, named for the village (village-body.ts, school-types.json
 *   `placeSenses.villageBodyBefore`);
 * - an acronym alias typed in lower case after "a"/"an" ("need a spa day") is the everyday noun.
 * Contrasts: the place word or the acronym as the school still warns.
 */
const bryn = compile({ schoolName: 'Ysgol Gynradd Bryn Onnen', policy: 'generic-uk' });
const spa = compile({ schoolName: 'Shelford Park Academy', schoolAliases: ['SPA'], policy: 'generic-uk' });
const held = (analyser: typeof bryn, draft: string) =>
  analyser
    .analyse(draft)
    .filter((f) => f.category === 'school-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('a village body named for the place', () => {
  test.each([
    'CFfI Bryn Onnen won the tug of war at the rally, da iawn bois',
    'Côr Meibion Bryn Onnen singing at the Eisteddfod tonight, proud of the boys',
    'YFC Bryn Onnen panto next week, tickets from the shop',
    'Merched y Wawr Bryn Onnen raised £400 for the air ambulance',
  ])('stays quiet: %s', (draft) => expect(held(bryn, draft)).toEqual([]));

  test.each([
    'Bryn Onnen won the tug of war at the Urdd, da iawn plant',
    'so proud of our year 6 at Bryn Onnen today',
  ])('still warns: %s', (draft) => expect(held(bryn, draft)).not.toEqual([]));
});

describe('an acronym alias as the everyday noun', () => {
  test.each([
    'after this half term i need a spa day, robe and cucumbers',
    'booked a spa break for after parents evening',
  ])('stays quiet: %s', (draft) => expect(held(spa, draft)).toEqual([]));

  test.each(['proud of spa year 11 today', 'SPA year 11 were brilliant at the awards'])('still warns: %s', (draft) => expect(held(spa, draft)).not.toEqual([]));
});
