import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session (drafts written here): verdicts that are not aimed at people.
 * - a verdict on a thing, then people across a comma who start a clause of their own ("the cut is a
 *   disgrace, small schools will feel it first") is not said of those people (new-clause.ts);
 * - a verdict whose subject is the abuse itself ("the abuse she gets online is vile") is
 *   counter-speech (verdict-on-abuse.ts);
 * - "absolute [dialect word] numpty" standing alone after the writer's own sentence is the writer on
 *   themselves, like "absolute numpty" (derogatory.ts verdictAlone).
 * Contrasts: the same verdicts said of people still warn.
 */
const school = compile({ schoolName: 'Millbrook Primary School', pupilNames: ['Ruby Ellis'], policy: 'generic-uk' });
const held = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'derogatory' && f.severity !== 'info')
    .map((f) => f.match);

describe('verdicts on things, on abuse, on oneself', () => {
  test.each([
    'The ALN transport cut is a disgrace, rural families will pay for it.',
    'The new parking policy is a joke, staff will be late every day',
    'this pay offer is an insult, support staff deserve better',
    'the abuse she gets online is vile',
    'the racism aimed at that footballer is absolutely disgusting',
    'the comments under his post are foul',
    'forgot my own password twice today. i have two degrees. absolute dozy numpty 🤦‍♀️',
    'locked myself out of the classroom again. i am the deputy head. absolute mithered numpty',
  ])('stays quiet: %s', (draft) => expect(held(draft)).toEqual([]));

  test.each([
    'some staff, frankly, are deadwood, and they should be managed out',
    'the parents at this school are a disgrace, the lot of them',
    'the kids who shout abuse at the dinner ladies are vile',
    'she is vile',
    'Year 9 set 4 today. absolute dozy numpties',
  ])('still warns: %s', (draft) => expect(held(draft)).not.toEqual([]));
});
