import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session (drafts written here, never a blind draft's words): a roster name that the words
 * right beside it make someone else.
 * - a title or a trade in apposition ("Tyler the plumber", "Siwan, y dywysoges"), a Welsh
 *   patronymic ("Rhun ap Iorwerth"), the writer's own name ("my name is Sara"), a Welsh word-name
 *   used as the word ("Haf braf", "eira trwm") — first names (context/not-a-child-name.ts);
 * - a full name on one side of "v"/"vs" with another name across it, watched or followed
 *   ("watching Callum Price v Tommy Fury"), and a broadcast channel ("on bbc2") beside a public
 *   figure's name — full names (namesake-bout.ts, pupil-cues.json `public`).
 * Contrasts: a pupil beside the same words in a post about school still warns.
 */
const school = compile({
  schoolName: 'Ysgol Gynradd Pen y Bryn',
  pupilNames: ['Tyler Hughes', 'Siwan Roberts', 'Rhun Parry', 'Sara Malik', 'Haf Jones', 'Eira Lewis', 'Callum Price', 'Josh Evans', 'Nest Owen'],
  policy: 'generic-uk',
});
const held = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('a first name the words beside it make someone else', () => {
  test.each([
    'Tyler the plumber sorted the boiler in the staffroom at last, legend',
    'Tyler, our electrician, rewired the hall over half term',
    'Siwan, y dywysoges, merch y brenin John: gwers hanes dda heddiw',
    'Nest the princess of Deheubarth was the best bit of the history lesson',
    'Rhun ap Iorwerth ar y newyddion eto heno',
    'Nest ferch Rhys, hanes gwych efo blwyddyn 8',
    'my name is Sara and the year 7s cannot say it properly',
    "my name (Sara) means 'princess' and my class now call me Your Highness",
    'fy enw i yw Sara ac mae plant y dosbarth yn chwerthin',
    "Haf braf o'r diwedd! traeth efo'r plant",
    'Eira trwm ar y ffordd, dim ysgol fory?',
  ])('stays quiet: %s', (draft) => expect(held(draft)).toEqual([]));

  test.each([
    'Tyler in year 6 was brilliant in assembly',
    "Tyler's the plumber's son and he was excluded today",
    'Siwan in class 3 cried all morning',
    'Sara was upset in class today, mum is coming in',
    'Haf fach wedi crio trwy bore yn y dosbarth',
    'Kayden the king of excuses in class today, Tyler Hughes the prince of detentions',
  ])('still warns: %s', (draft) => expect(held(draft)).not.toEqual([]));
});

describe('a full name in a bout or on a channel', () => {
  test.each([
    'watching callum price v tommy fury at midnight instead of marking 🥊',
    'Tommy Fury vs Callum Price on dazn tonight, no planning getting done',
    'josh evans doc on bbc2 tonight, brilliant',
  ])('stays quiet: %s', (draft) => expect(held(draft)).toEqual([]));

  test.each([
    'Callum Price v Josh Evans on the yard again, both on report',
    'watched callum price v jake in year 6 at lunch, had to split them up',
    'Callum Price was brilliant in class today',
  ])('still warns: %s', (draft) => expect(held(draft)).not.toEqual([]));
});
