import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Tenth session: the school's place word (1) taken from an alias that is the school's name with the village after
 * it and no comma ("Ysgol Bro Ceiriog Llanarmon"), and (2) read as the school when someone rings, phones or emails
 * it ("mam Caio rang llanarmon 4 times", "ffoniodd Llanarmon"): a village is not phoned, its school is. Contrasts:
 * the village as a place, and a city after the name ("… Academy Sunderland"), which never becomes a place word.
 */
const village = compile({
  schoolName: 'Ysgol Bro Ceiriog',
  schoolAliases: ['Bro Ceiriog', 'Ysgol Bro Ceiriog Llanarmon'],
  pupilNames: ['Caio Rees'],
  staffNames: ['Bethan Lloyd'],
  policy: 'generic-uk',
});
const city = compile({
  schoolName: 'Hylton Park Academy',
  schoolAliases: ['Hylton Park', 'Hylton Park Academy Sunderland'],
  pupilNames: ['Kai Robson'],
  staffNames: ['Gary Pike'],
  policy: 'generic-uk',
});
const schoolFindings = (school: typeof village, draft: string) => school.analyse(draft).filter((f) => f.category === 'school-name' && f.severity !== 'info');

describe("the village after the school's name in an alias is its place word", () => {
  test.each([
    "so proud of Llanarmon heddiw, y plant wedi canu'n hyfryd",
    'teaching at Llanarmon today, the kids were brilliant',
    'balch iawn o blant Llanarmon yn yr eisteddfod',
  ])('%s', (draft) => expect(schoolFindings(village, draft).length, draft).toBeGreaterThan(0));

  test.each(['walked the dog round Llanarmon this morning, gorgeous', 'we live in Llanarmon and love it'])('stays quiet: %s', (draft) =>
    expect(schoolFindings(village, draft).map((f) => f.match)).toEqual([]),
  );
});

describe('a city after the name never becomes the place word', () => {
  test.each(['took the kids to Sunderland for the match, great day', 'so proud of Sunderland today, what a team'])('stays quiet: %s', (draft) =>
    expect(schoolFindings(city, draft).map((f) => f.match)).toEqual([]),
  );
});

describe('the place word rung, phoned or emailed is the school', () => {
  test.each([
    "caio's mam rang llanarmon 4 times today about the trip",
    "Caio's dad phoned Llanarmon again, third time this week",
    'mam Caio wedi ffonio Llanarmon bore ma',
    'someone emailed Llanarmon to complain about the car park',
  ])('%s', (draft) => expect(schoolFindings(village, draft).length, draft).toBeGreaterThan(0));

  test.each(['drove through Llanarmon on the way to the beach', 'Llanarmon garage rang, the car is ready'])('stays quiet: %s', (draft) =>
    expect(schoolFindings(village, draft).map((f) => f.match)).toEqual([]),
  );
});
