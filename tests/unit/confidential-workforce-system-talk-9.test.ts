import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session (drafts written here): general talk about education read as a confidential matter.
 * - a staff matter joined by "for"/"across" to a whole group of staff ("pay freeze for support staff",
 *   "redundancies across the support staff") is about the workforce, not a colleague
 *   (matter-for-a-group.ts);
 * - a general subject with a case word in a sentence that names a public authority ("SEND review at
 *   the LA", "ALN consultation by the council") is the system's review, not a child's case
 *   (system-review.ts).
 * Contrasts: one colleague or one child beside the same words still warns.
 */
const school = compile({ schoolName: 'Millbrook Primary School', pupilNames: ['Ruby Ellis'], staffNames: ['Gary Pitt'], policy: 'generic-uk' });
const held = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'confidential' && f.severity !== 'info')
    .map((f) => f.match);

describe('the workforce and the system, not a case', () => {
  test.each([
    'another pay freeze for support staff while the chief exec gets a rise. make it make sense',
    'pay freeze for all teaching staff again this year, unions are balloting',
    'SEND review meeting at the LA this morning: nice words, no money',
    'ALN review by the council again, nothing for early years',
    'SEN review from the government out today, read it on the train',
  ])('stays quiet: %s', (draft) => expect(held(draft)).toEqual([]));

  test.each([
    'pay freeze for Mr Pitt after the capability meeting, he is gutted',
    "Gary's pay has been frozen pending the investigation",
    'SEND review meeting for Ruby today, mum in bits',
    'SEND review meeting today, mum in bits afterwards',
  ])('still warns: %s', (draft) => expect(held(draft)).not.toEqual([]));
});
