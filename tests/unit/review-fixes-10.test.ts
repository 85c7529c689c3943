/**
 * Tenth session's review of the merged contempt patterns: benign drafts that warned, each fixed by its
 * mechanism rather than its sentence. A wish of misfortune needs an actual harm ("falls in love" is none);
 * applause after praise is meant unless a complaint stands before it; the writer's own family is teased, not
 * scorned; a ban with a time or a reason for people's good is a rule; a scene compared with animals is not a
 * person; praise later in the sentence undoes "never taught a day in his life". Beside them the secrecy cue
 * "all I'm saying is" needs a confidential matter, and no confidence in the weather is a joke. The reviewer's
 * drafts and variants written for this file; each mechanism keeps a draft that must still warn.
 */
import { describe, test } from 'vitest';
import { compile } from '../../src/analyser';
import { confidentialExpect } from './support/confidential-expect';
import { expectFlag, expectQuiet } from './support/derogatory-expect';

describe('a wish of misfortune needs an actual harm', () => {
  test.each([
    'Hope Mr Evans falls in love with Year 3 like I did',
    'Hope the new head falls in love with our little school',
    'Hope our head gets stuck in to the new job',
    'Hope our new TA gets lost in a good book this half term',
    'Hope the head trips over the finish line first in the staff race 😂',
    'Parents, please collect your children and take them away from the gate quickly',
    'Hoping Miss Rees gets stuck in with the choir next term',
    'Here\'s hoping the new deputy gets lost in the music at the concert',
  ])('quiet: %s', (draft) => expectQuiet(draft));

  test.each([
    'hope that deputy head falls in the canal on the way home',
    'hoping mr evans gets stuck in traffic for three hours',
  ])('%s', (draft) => expectFlag(draft, 'contempt/threat'));
});

describe('applause after praise is meant unless a complaint stands before it', () => {
  test.each([
    'Mrs Jones retires on Friday after 30 years. What a role model 👏',
    'The head gave a lovely speech at prize giving, inspirational stuff 👏',
    'The inspector was delightful 👏',
    'The council gritted the roads, top notch 👏',
    'Mum made a cake for the staff room. Genius 👏',
    'The IT team fixed the wifi in ten minutes. Geniuses 👏',
    'Our chess club are geniuses the lot of them 👏',
    "Mae'r pennaeth yn wych, gweledigaeth wir 👏",
    'The PTA raised £2000 at the summer fair. Geniuses the lot of them 👏',
    'Our caretaker built the stage in a day, inspirational stuff as always 👏',
    'Lovely to see all the families at the fair. Classy',
    'Love how our head of year always makes time for the pupils but never forgets the staff',
  ])('quiet: %s', (draft) => expectQuiet(draft));

  test.each([
    'the council only took two years to fix the road by the school. geniuses the lot of em 👏',
    "the trust still hasn't paid the supply invoices. inspirational stuff as always 👏",
  ])('%s', (draft) => expectFlag(draft, 'contempt/mockery'));
});

describe("the writer's own family, a rule about a building, a scene, praise after the fact", () => {
  test.each([
    'My son is the reason shampoo bottles have instructions 😂',
    "My own kids breed like rabbits, we've got four now 😂",
    'My son has a face like a slapped haddock when I say no screens 😂',
    'My husband has a face like a smacked arse when the football is on',
    'Pupils should be banned from the building during the fire drill',
    'Staff should be banned from the building at 6pm for their own wellbeing',
    'Teachers should be banned from the school over half term for their own sanity',
    'Dad said the fire drill at work was like a flock of seagulls 😂',
    'Mr Jones never taught a day in his life before joining us as a TA, and he\'s brilliant',
  ])('quiet: %s', (draft) => expectQuiet(draft));

  test.each([
    "my son's teacher is the reason shampoo bottles have instructions",
    'that mum should be banned from the building',
    'the parents at pick up were like a herd of wildebeest',
    'the new consultant has never taught a day in his life',
  ])('%s', (draft) => expectFlag(draft));
});

describe('a secrecy cue needs a confidential matter; no confidence in the weather is a joke', () => {
  const school = compile({ schoolName: 'Ysgol y Berllan', staffNames: ['Gwenllian Roberts'], pupilNames: ['Elis Vaughan'], policy: 'generic-uk' });
  const { warns, quiet } = confidentialExpect(school);
  test('quiet: a turn of speech about sports day', () => quiet("All I'm saying is bring a coat to sports day"));
  test('quiet: all I will say is the bake sale needs more cakes', () => quiet('All I will say is the bake sale at school needs more cakes'));
  test('quiet: no confidence in the weather', () => quiet('Our staff vote of no confidence in the weather forecast 😂'));
  test('quiet: no confidence in the photocopier', () => quiet('Vote of no confidence in the staffroom photocopier again'));
  test("all I'm saying is, beside a colleague's absence, still warns", () => warns("All I'm saying is Mrs Gwenllian Roberts won't be back after half term", 'confidential/secrecy-cue'));
  test('a vote of no confidence in a colleague still warns', () => warns('governors are about to pass a vote of no confidence in the head', 'confidential/staff-wellbeing'));
});
