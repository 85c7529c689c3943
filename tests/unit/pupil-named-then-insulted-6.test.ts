import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Sixth session: a roster first name typed in lower case with no school words is only a note, but
 * when an insult aimed at pupils follows it in the same sentence ("caio is a little git"), the post
 * names the pupil it insults (drafts and roster written here). An insult before an unrelated word
 * that happens to be a roster name ("wanker in a BMW … reg plate") is not about the pupil.
 */
const school = compile({ schoolName: 'Ysgol Bro Teifi', pupilNames: ['Idris Rowlands', 'Reg Parry', 'Nel Jenkins'], policy: 'generic-uk' });
const pupilWarnings = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.ruleId);

describe('a first name, then an insult aimed at the child', () => {
  test.each(['idris is a little git, hid my lanyard in the bin again 😂', 'idris is such a little git, love him really'])('%s', (draft) =>
    expect(pupilWarnings(draft)).toContain('pupil-name/roster-first-name-insulted'),
  );
  test.each([
    'wanker in a BMW nearly took out the lollipop lady, reg plate is going on the village page',
    'idris rang, the dog is a little git for chewing the sofa',
    'idris is brilliant. what a git that referee was at the match',
  ])('stays a note: %s', (draft) => expect(pupilWarnings(draft)).toEqual([]));
});
