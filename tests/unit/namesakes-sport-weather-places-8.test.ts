import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Eighth session (drafts written here):
 * - a full name in a sentence that says two different things only said of a player on a pitch ("box
 *   kick" and "scrum half", "down the right wing" and "what a player"), in a draft with no school words,
 *   is the player who shares the pupil's name; one cue ("scored") or any school word keeps the pupil;
 * - weather arriving at the place the school is named after ("mae'r eira 'di cyrraedd Pen y Bryn",
 *   "the snow has reached Millbrook") is the place, even in a post about a snow day.
 */
const school = compile({ schoolName: 'Ysgol Gynradd Pen y Bryn', pupilNames: ['Dafydd Rees', 'Callum Price'], policy: 'generic-uk' });
const millbrook = compile({ schoolName: 'Millbrook Primary School', pupilNames: ['Ruby Ellis'], policy: 'generic-uk' });

const held = (analyser: typeof school, draft: string, category: string) =>
  analyser
    .analyse(draft)
    .filter((f) => f.category === category && f.severity !== 'info')
    .map((f) => f.match);

describe('a player who shares a pupil’s full name', () => {
  test.each([
    'Dafydd Rees with a box kick from the gods, what a scrum half',
    'callum price absolutely flying down the right wing tonight, what a player',
    'Callum Price on the wing again, what a finish',
  ])('stays quiet: %s', (draft) => expect(held(school, draft, 'pupil-name')).toEqual([]));

  test.each([
    'Dafydd Rees scored a try today',
    'Callum Price scored a hat-trick at the cluster football tournament, what a finish',
    'Dafydd Rees with a box kick in the year 5 match, what a scrum half',
    'Callum Price down the right wing at the school tournament, what a player',
  ])('%s', (draft) => expect(held(school, draft, 'pupil-name')).not.toEqual([]));
});

describe('weather arriving at the place the school is named after', () => {
  test.each([
    ["Mae'r eira 'di cyrraedd Pen y Bryn! dim ysgol fory plis", school],
    ['the snow has reached Millbrook, fingers crossed for a snow day at school', millbrook],
  ] as const)('stays quiet: %s', (draft, analyser) => expect(held(analyser, draft, 'school-name')).toEqual([]));

  test.each([
    ['Croeso nôl i Pen y Bryn, plant blwyddyn 3!', school],
    ['the snow has reached Millbrook Primary, the school is closed', millbrook],
  ] as const)('%s', (draft, analyser) => expect(held(analyser, draft, 'school-name')).not.toEqual([]));
});
