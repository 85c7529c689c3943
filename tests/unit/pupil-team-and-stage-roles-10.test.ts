import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Tenth session: a roster pupil named with a role in a school team or a school show ("Tyler Stone the
 * goalkeeper", "Ffion the captain scored", "Tyler our narrator", Welsh "y capten", "ein hadroddwr") was read
 * as someone else, because the same roles are a professional's. The role now makes the name the pupil's, unless
 * the role belongs to a nation or a club ("the goalkeeper for Wales") or the role is one more often a public
 * figure's ("the singer", "the poet") with what else the draft says of them.
 */
const school = compile({
  schoolName: 'Brynhyfryd Community School',
  schoolAliases: ['Brynhyfryd'],
  pupilNames: ['Tyler Stone', 'Ffion Hughes', 'Osian Pryce', 'Megan Lloyd', 'Dylan Parry'],
  staffNames: ['Rhian Owen'],
  policy: 'generic-uk',
});

const pupil = (draft: string) => school.analyse(draft).filter((f) => f.category === 'pupil-name' && f.severity !== 'info');

describe('a roster pupil with a team or stage role: named', () => {
  test.each([
    'Tyler Stone the goalkeeper saved two penalties in the shoot out, buzzing',
    'Ffion the captain lifted the shield at the end, so proud',
    'Osian our narrator did not miss a single line tonight',
    'massive shout out to megan lloyd our goalie, unbeatable today',
    'Osian y capten wedi codi’r darian ar ddiwedd y gêm',
    'Ffion ein hadroddwr yn wych yn y cyngerdd neithiwr',
  ])('%s', (draft) => expect(pupil(draft).length, draft).toBeGreaterThan(0));
});

describe('the same roles of someone else: quiet', () => {
  test.each([
    'Dylan the goalkeeper for Wales was brilliant last night',
    'Tyler Stone the plumber is coming round on Tuesday about the boiler',
    "Ffion Hughes the singer was on S4C last night, what a voice",
  ])('%s', (draft) => expect(pupil(draft).map((f) => `${f.ruleId} “${f.match}”`)).toEqual([]));
});
