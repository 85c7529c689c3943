/**
 * What the sixteenth session's set (tests/corpus/train-16.jsonl, scored once at first contact, then tuned on)
 * taught about confidential matters, pupils and the school, each mechanism checked both ways. Sentences are
 * written for this file; none comes from a corpus.
 * - A UPN label a clause before a mistyped number, and a birthday greeting before a full date of birth.
 * - Secrecy in dialect ("can't say owt", "sa i fod i weud"), and staff told not to discuss something with parents.
 * - Results seen before they are out, a colleague's pay beside another's, social services out the same day,
 *   a parent who left, a Welsh referral, one child of my class in Welsh.
 * - A year group typed as one word ("Y5"), and staff addressed before a colon.
 * - Not a pupil: a writer a class studies, a drink named after a person, a star off the telly, Tomos y Tanc.
 * - Not a case: a term naming a system ("the new attendance system").
 * - Not the school: an alias joined by a hyphen to more of a place name ("Penrhiw-llan").
 * - A shrug ("that's all i'm saying") is a weak secrecy cue.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol Penrhiw Aeron',
  schoolAliases: ['Penrhiw Aeron', 'Penrhiw', 'YPA'],
  pupilNames: ['Tomos Rees', 'Esmeralda Horvath', 'Amber Lewis', 'Dylan Thomas', 'Jack Daniels', 'Kayden Moore', 'Nia Price'],
  staffNames: ['Carys Jenkins'],
};

const loud = (draft: string, category: Category) =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity}`);

describe('identifiers a little further from their label', () => {
  test("a UPN label a clause before a mistyped number, beside a named pupil", () => {
    expect(loud("Nia Price's UPN keeps bouncing back from the old school's system?? I typed K80120012300 twice", 'confidential')).toEqual([
      'confidential/identifier-upn-labelled “K80120012300” high',
    ]);
  });
  test('the same number with no pupil near is admin venting', () => {
    expect(loud("the UPN field keeps bouncing back from the old school's system?? I typed K80120012300 twice", 'confidential')).toEqual([]);
  });
  test('a birthday greeting, a name and an age before a full date of birth', () => {
    expect(loud('Pen-blwydd hapus i Nia Price yn 12 heddiw!! 🎈 04/05/2014 x', 'confidential')).toContain('confidential/date-of-birth “04/05/2014” high');
  });
  test('a date with no birthday label is just a date', () => {
    expect(loud('Nia Price read in assembly today, 04/05/2024, and smashed it', 'confidential')).toEqual([]);
  });
});

describe('secrecy as people say it', () => {
  test("dialect: can't say owt", () => {
    expect(loud("can't say owt yet but Carys Jenkins won't be back after Easter", 'confidential')).not.toEqual([]);
  });
  test("Welsh: 'sa i fod i weud' beside results", () => {
    expect(loud("canlyniade TGAU 'da ni'n barod, sa i fod i weud dim byd tan ddydd Iau", 'confidential')).not.toEqual([]);
  });
  test('staff told not to discuss something with parents', () => {
    expect(loud('Penrhiw staff: please do not discuss what happened in the Y4 corridor with any parents. Letter coming.', 'confidential')).not.toEqual([]);
  });
  test('a shrug after a list of conditions is not a secret', () => {
    expect(loud("patience needed today. year 10, last lesson, a wasp in the room. that's all i'm saying", 'confidential')).toEqual([]);
  });
});

describe('confidential matters without their vocabulary', () => {
  test('results seen before they are out', () => {
    expect(loud("results day isn't till thursday but I've seen the GCSE sheet for year 11 already... happy faces coming", 'confidential')).toContain(
      'confidential/outcome-hinted “seen the GCSE sheet” warning',
    );
  });
  test('a spreadsheet with no results or pay word is not a matter', () => {
    expect(loud("I've seen the spreadsheet for the Year 6 trip and it's a thing of beauty", 'confidential')).toEqual([]);
  });
  test("pay: I've seen the spreadsheet, at the end of a post about a pay award", () => {
    expect(loud("pay award letters out. SLT got 6%, the rest of us 3. i've seen the spreadsheet", 'confidential')).not.toEqual([]);
  });
  test("a colleague's pay set beside another's", () => {
    expect(loud('so the new deputy head is on nearly 8k more than Carys Jenkins, who has been here 15 years', 'confidential')).not.toEqual([]);
    expect(loud('y cynorthwyydd newydd ar fwy o gyflog na Carys Jenkins, a hithau yma ers blynyddoedd', 'confidential')).not.toEqual([]);
  });
  test('more than one committee is no pay', () => {
    expect(loud('the deputy head is on more than one committee this year', 'confidential')).toEqual([]);
  });
  test('social services out the same day', () => {
    expect(loud('worst call of my career this morning. social were out by 2. hug your kids tonight', 'confidential')).not.toEqual([]);
  });
  test('the social club is not social services', () => {
    expect(loud('the social club were out by midnight for once', 'confidential')).toEqual([]);
  });
  test('a pupil whose parent left', () => {
    expect(loud("Tomos Rees read his poem in assembly. if you knew what he's been through since his mum left you'd understand the tears", 'confidential')).not.toEqual([]);
  });
  test('a Welsh referral of a named pupil', () => {
    expect(loud('Nes i gyfeirio Tomos R heddiw. Ail waith y tymor yma.', 'confidential')).not.toEqual([]);
  });
  test('referring to a policy is no referral', () => {
    expect(loud("nes i gyfeirio at y polisi newydd yn y cyfarfod staff", 'confidential')).toEqual([]);
  });
  test('one child of my class, in Welsh, in a caravan since an eviction', () => {
    expect(loud("Un o blant fy nosbarth i'n byw mewn carafán ers cael eu troi allan.", 'confidential')).not.toEqual([]);
  });
});

describe('pupils', () => {
  test('a year group typed as one word after a name that is also a word', () => {
    expect(loud('Amber in Y5 wrote the best poem about her nan', 'pupil-name')).toEqual(['pupil-name/roster-first-name “Amber” high']);
    expect(loud('Amber in Yr5 wrote the best poem about her nan', 'pupil-name')).not.toEqual([]);
  });
  test('an amber warning is weather', () => expect(loud('amber warning for wind in y5 area today', 'pupil-name')).toEqual([]));
  test('staff addressed before a colon are who is told, not who the name is', () => {
    expect(loud("Reminder to all dinner staff: Esmeralda's dad is not allowed to collect her.", 'pupil-name')).not.toEqual([]);
  });
  test('a colleague in apposition is still the colleague', () => {
    expect(loud('huge thanks to my colleague Esmeralda for covering lunch duty', 'pupil-name')).toEqual([]);
  });
});

describe('namesakes of pupils', () => {
  test('a writer a class studies', () => {
    expect(loud('year 9 doing Dylan Thomas today, do not go gentle', 'pupil-name')).toEqual([]);
  });
  test('the pupil of that name, placed in a year, is still the pupil', () => {
    expect(loud('Dylan Thomas in year 9 was doing his reading today', 'pupil-name')).not.toEqual([]);
  });
  test('a drink named after a person', () => {
    expect(loud("jack daniels and coke and a bath. that's the plan tonight", 'pupil-name')).toEqual([]);
  });
  test('the pupil of that name in a class', () => {
    expect(loud('Jack Daniels in 9X spilled his drink at lunch', 'pupil-name')).not.toEqual([]);
  });
  test('a star off the telly', () => {
    expect(loud('Kayden off Love Island is in town today and every year 10 has a dentist appointment', 'pupil-name')).toEqual([]);
  });
  test('a pupil who watches it is still a pupil', () => {
    expect(loud('Kayden in year 10 told me all about Love Island', 'pupil-name')).not.toEqual([]);
  });
  test('Tomos y Tanc is the engine', () => {
    expect(loud("Tomos y Tanc ar y teli eto heddiw, plant fi'n obsessed", 'pupil-name')).toEqual([]);
  });
});

describe('a term that names a system', () => {
  test('the attendance system beside a colleague is the software', () => {
    expect(loud('Carys Jenkins has been on the phone about the new attendance system all morning', 'confidential')).toEqual([]);
  });
  test("a pupil's attendance is theirs", () => {
    expect(loud("Tomos Rees's attendance is down to 60 %", 'confidential')).not.toEqual([]);
  });
});

describe('the school, and a longer place name', () => {
  test('an alias joined by a hyphen to more of a place name is that place', () => {
    expect(loud('Cyngerdd yn Neuadd Penrhiw-llan nos Wener, £5 wrth y drws', 'school-name')).toEqual([]);
  });
  test('the alias alone is the school', () => {
    expect(loud('Diwrnod chwaraeon Penrhiw heddiw, llongyfarchiadau bawb', 'school-name')).not.toEqual([]);
  });
  test("a school's own hyphenated name is still the school", () => {
    expect(loud('Penrhiw-Aeron yn ennill y gystadleuaeth eto!', 'school-name')).not.toEqual([]);
  });
  test('a book fair is about school', () => {
    expect(loud('ypa book fair starts monday, bring your pennies', 'school-name')).not.toEqual([]);
  });
});

describe('hate reported in order to reject it, or endorsed', () => {
  test('a pupil announced a stereotype; the lesson stopped; hate gets no free pass', () => {
    expect(loud('a lad in year 9 announced that all Polish people are thieves. stopped the lesson there and then. hate does not get a free pass with me', 'derogatory')).toEqual([]);
  });
  test('announced and endorsed is still hate', () => {
    expect(loud('my neighbour announced that all Polish people are scroungers and I agree with him', 'derogatory')).not.toEqual([]);
  });
  test('a report the writer sides with is their own claim', () => {
    expect(loud("someone said all gypsies are thieves and tbh he's not wrong", 'derogatory')).not.toEqual([]);
    expect(loud("Clywais i ddyn yn deud bod y Saeson i gyd yn ddiog ac yn dwp. Dwi'n cytuno.", 'derogatory')).not.toEqual([]);
  });
  test('the same report, not endorsed, is a report', () => {
    expect(loud('a dad announced that all gypsies are thieves. stopped him there.', 'derogatory')).toEqual([]);
    expect(loud('Clywais i ddyn yn deud bod y Saeson i gyd yn ddiog ac yn dwp. Lol na.', 'derogatory')).toEqual([]);
  });
  test('Welsh: heard someone say some people do not belong here, and answered that they do', () => {
    expect(loud("Clywed rhywun yn deud bod 'rhai pobl ddim yn perthyn yma' am y teulu newydd. Ddeudis i wrthi: ma nhw'n perthyn yma fel pawb arall.", 'derogatory')).toEqual([]);
  });
});

/** A read-only reviewer's sentences against the first version of the mechanisms above, kept as contrasts. */
describe('what the review found', () => {
  test.each([
    'Year 7 worked out that 12 is 5 more than 7 today',
    'Teaching assistants should be paid more than they are',
    'My colleague in the new job earns more money than me',
    'The social worker came round today to help my nan',
    'Since his mum left for work, my son has been glued to the telly',
    'Dim trydan yn yr ysgol heddiw oherwydd y storm',
    'This young person raised £500 for the food bank at youth club, and the exclusion of nobody is the point',
    'Seen the A level results for the whole country?',
    'Not saying owt, but the school car park is a nightmare',
    "Don't discuss your salary with anyone at work, my dad always said",
    "Top tip for NQTs: don't discuss other children with parents",
  ])('quiet (confidential): %s', (draft) => expect(loud(draft, 'confidential')).toEqual([]));
  test.each([
    'The bunting wants stringing up in the hall before Friday',
    'the fairy lights need stringing up before the disco',
    'Brilliant session, thank you c u next tuesday!',
    'the wifi at school is useless today',
    "Mae'r wifi yn yr ysgol yn ddiwerth heddiw",
    'the printer in school is useless',
  ])('quiet (derogatory): %s', (draft) => expect(loud(draft, 'derogatory')).toEqual([]));
  test('amber in a science lesson is a colour', () => expect(loud('We studied amber in Y5 science', 'pupil-name')).toEqual([]));
  test('a pupil a teacher teaches is still the pupil', () => {
    expect(loud('Teaching Dylan Thomas today was hard, he kicked off in Year 8', 'pupil-name')).toContain('pupil-name/roster-full “Dylan Thomas” high');
  });
  test('an alias made an adjective by a hyphen is still the school', () => {
    expect(loud('Proud to be part of the Penrhiw-based team, best school in Wales', 'school-name')).not.toEqual([]);
  });
  test.each(['I announced that immigrants are ruining this town', 'Dwi jyst yn deud bod mewnfudwyr yn ddiog'])('the writer’s own words are no report: %s', (draft) => {
    expect(loud(draft, 'derogatory')).not.toEqual([]);
  });
  test('a report the writer agrees with, in other words', () => {
    expect(loud('my brother announced that all Romanians are thieves and I totally agree with him', 'derogatory')).not.toEqual([]);
  });
  test('agreeing with the one who answered the hate is no endorsement of it', () => {
    expect(loud('Heard a man on the bus saying travellers are all thieves. Spot on response from the driver who told him off', 'derogatory')).toEqual([]);
  });
  test('people at school are still people', () => {
    expect(loud('the staff at school are useless', 'derogatory')).not.toEqual([]);
  });
});
