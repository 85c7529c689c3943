/**
 * Benign false alarms on pupil names (tenth session): a roster pupil's full name that is also a
 * well-known person's, used plainly about that person. Four mechanisms, each checked both ways (the
 * pupil of the same name, named as a pupil, still warns):
 * - a cue of the person's own kind from rules/lexicons/famous-namesakes.json: a club or what fans say
 *   of a goal for a footballer, a programme for a presenter;
 * - "on"/"ar" and a capitalised programme title after a listed figure ("on Morning Live");
 * - a weak school word that is the figure's own public activity ("reading" for a poet) with the poet's
 *   own work in the draft, and no other school word;
 * - a roster first name followed, in lower case, by the rest of a listed person's name that is not
 *   the pupil's surname ("jordan henderson" when the pupil is Jordan Hughes).
 * Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Afon Lwyd Primary School',
  pupilNames: ['Harry Wilson', 'Gethin Jones', 'Dylan Thomas', 'Jordan Hughes', 'Alex Jones', 'Gillian Clarke', 'Connor Roberts', 'Harry Smith'],
};

const loudPupil = (draft: string) => analyse(draft, SCHOOL).filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.ruleId} “${f.match}”`);

describe('a footballer by his club or by what fans say of a goal', () => {
  test.each([
    'harry wilson with a screamer against brentford, the living room went up',
    'connor roberts signed for burnley years ago and still my favourite full back',
    'harry wilson scores for fulham again, my dad will be unbearable',
    'Connor Roberts man of the match for Wales last night, deserved it',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    'Harry Wilson in Year 5 scored a screamer at the cluster tournament, so proud',
    'well done harry wilson, player of the match at the under 11s today',
    'Connor Roberts forgot his PE kit again, can mum drop it at the office',
    // What anyone says of a goal is said of a pupil's own match too: it never makes a common name the
    // famous player's (review fix of the ninth session; tests/unit/review-fixes-9.test.ts).
    'Harry Wilson top bins in stoppage time, what a man',
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});

describe('a presenter on a programme, by its title', () => {
  test.each([
    'Gethin Jones on Morning Live in a very loud jacket today',
    'alex jones on the one show sofa again tonight, love her',
    'Gethin Jones on Dancing On Ice was the only reason I watched it',
    'Alex Jones hosting Blankety Blank? did not see that coming',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    'Gethin Jones on Monday Morning came in with his reading folder, finally!',
    'Gethin Jones on Blue Table finished every question today',
    'Gethin Jones in Year 2 presented his project on volcanoes in assembly',
    'Alex Jones was star of the week for her kindness',
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});

describe("a poet reading, with the poet's own work in the draft", () => {
  test.each([
    "dylan thomas reading 'fern hill' on the radio on the drive home, goosebumps",
    "Gillian Clarke reading at the Hay Festival this weekend, can't wait",
    "dylan thomas reading under milk wood, an old recording, perfect rainy sunday",
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    "Dylan Thomas reading 'fern hill' in assembly was wonderful",
    "dylan thomas reading his poem to year 6 this morning, so proud",
    'Gillian Clarke reading her own poem in class today, a star',
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});

describe("a roster first name with a famous person's surname, in lower case", () => {
  test.each([
    'jordan henderson went off to saudi and now he is back, football is strange',
    'jordan pickford with another penalty save, england live to fight another day',
    'harry kane never wins anything, poor lad',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    'jordan hughes in year 3 had a brilliant day today',
    "jordan's mum says he'll be late tomorrow, year 3",
    'so proud of jordan in year 3 for reading to the class',
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});
