/**
 * Famous namesakes, seventeenth session: the lists in rules/lexicons/famous-namesakes.json grown from
 * general knowledge (musicians, presenters, sportspeople, politicians…). A listed figure with a cue of
 * their own kind in the draft is the figure; the same name with a school word beside it is still the
 * pupil. Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol Bryn Glas',
  pupilNames: ['Tom Jones', 'Alfie Boe', 'Catrin Finch', 'Rhys Meirion', 'Lee Waters', 'Frankie Dettori'],
};

const loudPupil = (draft: string) => analyse(draft, SCHOOL).filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.ruleId} “${f.match}”`);

describe('a listed musician with a music cue is the musician', () => {
  test.each([
    'Alfie Boe headlining in Cardiff in June, already sorted my ticket',
    'catrin finch has a new album out and it is gorgeous, perfect for a wet sunday',
    'Rhys Meirion on tour again, caught him in Llandudno last night and he was superb',
    'tom jones came on the radio on the way in and I belted out the chorus down the A470',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    'Tom Jones in 4B sang a solo at the harvest service, not a dry eye',
    'Alfie Boe in Year 3 was headlining our talent show this afternoon, so proud of him',
    'well done Catrin Finch, lovely singing in assembly today',
    'Rhys Meirion forgot his reading book again, can dad drop it at the office',
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});

describe('a politician and a jockey by their own kinds', () => {
  test.each([
    'Lee Waters replied to my email about the 20mph limit, fair play',
    'frankie dettori at royal ascot again, my nan has a fiver on him each way',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    'Lee Waters in 6T wrote a letter to the council about the school crossing',
    'Frankie Dettori in Year 5 won the egg and spoon race at sports day',
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});
