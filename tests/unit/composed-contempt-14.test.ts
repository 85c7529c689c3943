/**
 * Fourteenth session (issue 11): the parts of composed contempt widened by mechanism (rules/lexicons/composed-contempt.json,
 * src/engine/detectors/composed-contempt.ts): a colon as the link of a verdict written as a label, roles of the school's
 * world the first list lacked (English and Welsh), and a part played in a show as a frame. Each with its quiet cases.
 * Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import { expectFlag, expectQuiet } from './support/derogatory-expect';
import { CADOXTON } from './fixtures';

const composed = (draft: string) => analyse(draft, CADOXTON).filter((f) => f.ruleId === 'contempt/target-predicate').map((f) => f.match);

describe('a colon as the link: a verdict written as a label', () => {
  test.each([
    ['governors: a bunch of retired nodding dogs', 'governors: a bunch of retired nodding dogs'],
    ['our SLT: a shower of clowns, every one', 'SLT: a shower of clowns'],
  ])('%s', (draft, span) => expect(composed(draft)).toEqual([span]));

  test.each([
    'Governors meeting: a bunch of us stayed late for the useless printer',
    'Staff room: a bunch of us are doing the couch to 5k, who is in?',
    'SLT: a bunch of us are running the staff quiz on Friday, bring snacks',
    'Our form tutor team: a bunch of legends who never stop',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('roles and words the first lists lacked', () => {
  test.each([
    "mae'r gweithiwr cymdeithasol newydd yn hollol ddi-glem",
    'that new science teacher is a right squit merchant, all talk',
    'the exams officer is a chocolate teapot',
    'the consortium are box tickers, nothing more',
  ])('%s', (draft) => expectFlag(draft, 'contempt/target-predicate'));

  test.each([
    'The exams officer has been a hero this week, 400 papers and not one wrong',
    'Our new safeguarding lead ran the best training I have had in years',
    'The photocopier is a dinosaur and ate my worksheets again',
    'Pennaeth adran newydd yn wych, diolch am bopeth',
    "Mae'r gofalwr yn seren, trwsio'r boeler mewn awr",
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('a part played in a show is not a verdict', () => {
  test('animals in the school play: not composed; in a lesson: composed', () => {
    expect(composed('Year 10 were animals in the school play and loved it')).toEqual([]);
    expect(composed('Year 10 were animals in the lesson today')).toEqual(['Year 10 were animals']);
  });
});

describe('train-14 (tuned on, fourteenth session): a councillor as a target, a plane as "go back"', () => {
  test.each([
    ['ein cynghorydd lleol yn wenci llwfr', 'contempt/target-predicate'],
    ["if the muslim parents don't like it there's always a plane", 'contempt/polite-group'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));
  test.each(['our local councillor is a star, opened the new library today', 'there is always a plane overhead at break, the kids wave'])('quiet: %s', (draft) => expectQuiet(draft));
});
