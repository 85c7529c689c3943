/**
 * Confidential over-flagging of the tenth session, each mechanism checked both ways:
 * - a wish right before a staff-discipline word ("should be sacked", "wants sacking") is what the
 *   writer wants done to someone, an opinion (often an insult), not a colleague's matter
 *   (confidential.json `wishBefore`); a sacking or a hearing that happened still warns;
 * - "not one complaint", "no complaints", "dim un gŵyn" is praise, not a complaint: the rules'
 *   benign pattern silences the sentence, and the learned layer no longer reads its word
 *   ("complaint") as a matter either; a complaint that was made still warns.
 * Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = { schoolName: 'Highfield Moor Academy', pupilNames: ['Kian Walsh', 'Ffion Rees'], staffNames: ['Dean Hollis'] };
const loudConfidential = (draft: string) => analyse(draft, SCHOOL).filter((f) => f.category === 'confidential' && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.ruleId} “${f.match}”`);

describe('a wish for a sacking is not a staff matter', () => {
  test.each([
    'whoever planned this year\'s timetable should be sacked',
    'the exam board wants sacking after that paper',
    'honestly the person who chose this printer deserves to be sacked',
    'whoever thought a 7am briefing was a good idea needs to be sacked',
  ])('quiet: %s', (draft) => expect(loudConfidential(draft)).toEqual([]));
  test.each([
    'Dean Hollis got sacked on Friday, gross misconduct apparently',
    'our deputy is being sacked, not allowed to say why',
    'Mr Hollis has a disciplinary hearing next week',
  ])('still a matter: %s', (draft) => expect(loudConfidential(draft)).not.toEqual([]));
});

describe('"not one complaint" is praise', () => {
  test.each([
    'Year 9 walked 12 miles in the rain and not one complaint, legends',
    'no complaints from the kids all week, amazing effort',
    'three days camping and not a single moan from year 7',
    'taith hir i Langrannog a dim un gŵyn gan y plant',
  ])('quiet: %s', (draft) => expect(loudConfidential(draft)).toEqual([]));
  test.each([
    "Kian Walsh's dad has made a formal complaint to the governors",
    'had a complaint from a parent today about the trip, it has gone to the head',
    'complaint in about Ffion Rees being left out of the team again',
  ])('still a complaint: %s', (draft) => expect(loudConfidential(draft)).not.toEqual([]));
});
