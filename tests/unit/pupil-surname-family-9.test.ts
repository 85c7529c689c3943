import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session: a pupil's family named by the pupil's surname, a parent through the child ("the
 * Tolley family", "that Hargreave woman", "the Nowak parents", "tolley family had the bailiffs
 * round"), and the Welsh school yard ("ar yr iard") as words about school. School and drafts
 * written here.
 */
const school = compile({
  schoolName: 'Fenmarsh Primary School',
  pupilNames: ['Rowan Tolley', 'Ada Hargreave', 'Kacper Nowak', 'Grace Price', 'Ffion Jones', 'Cai Pritchard', 'Osian Rees'],
  staffNames: ['Helen Marsh'],
  policy: 'generic-uk',
});

const pupil = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('a roster surname with a family or parent word after it', () => {
  test.each([
    'the Tolley family have had a rough few weeks, go gently with them',
    'That Hargreave woman has complained about the trip AGAIN',
    'the Nowak parents were in reception shouting at 8.30',
    'tolley family have had the bailiffs round, mum was in bits',
    'Hargreave household all off with norovirus apparently',
    'that Tolley bloke was at the gate again wanting to speak to the head',
    'those Nowak lot were late every day this week',
  ])('%s', (draft) => expect(pupil(draft)).not.toEqual([]));
});

describe('stays quiet', () => {
  test.each([
    // a surname that is an everyday word, typed plain
    'price family fun day at the leisure centre on sunday',
    'the price family ticket is £20',
    // the writer's own family
    'my family are all coming to the carol concert',
    // a full name of someone else, found (or not) as a full name
    'spent the weekend with the Simpson family in Leeds',
    // the family word not right after the surname
    'Tolley Road family fun run is on Saturday',
  ])('%s', (draft) => expect(pupil(draft)).toEqual([]));
});

describe('the Welsh school yard is school talk', () => {
  test.each([
    'Cai wedi gwthio Osian ar yr iard bore ma',
    'Osian a Cai yn ffraeo ar yr iard chwarae eto',
    'Cai pushed Osian on the yard at lunch',
  ])('%s', (draft) => expect(pupil(draft)).not.toEqual([]));

  test('without the yard, a first name alone is only a note', () => {
    expect(pupil('Cai wedi gwthio Osian bore ma')).toEqual([]);
  });
});
