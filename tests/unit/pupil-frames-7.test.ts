import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Seventh session: a bare first name made a child of the school by the sentence around it, with no
 * school word in the draft (rules/lexicons/pupil-frames.json; drafts and rosters written here, not
 * taken from a corpus): a hyphenated first name said by its initials ("TJ"), the first part of a
 * double name in lower case before a parent ("demi's mam"), what a child tells the writer about home,
 * being away from school, out with a parent, and the subject slot of a Welsh sentence. And the
 * contrasts: a word-name used as a word, a Welsh name-word as its word, a namesake, a pet, a title,
 * a patronymic from legend, a compound word.
 */
const school = compile({
  schoolName: 'Thornley Bank Primary School',
  pupilNames: ['Harry Kane', 'Emma Thompson', 'Cai Llewelyn', 'Florence Ward', 'Tyler-Jay Booth', 'Alfie-James Crane', 'Demi-Leigh Foster', 'Callum Royd', 'Ifrah Yusuf', 'Hope Garside', 'Faith Lumley', 'Mali Haf Roberts', 'Eira Pugh', 'Felix Dunn', 'Marian Popa', 'Llŷr Davies', 'Jac Lloyd', 'Ramona Stan'],
  staffNames: ['Janet Pole'],
  policy: 'generic-uk',
});

/** The names the check would warn about (a warning or high finding), as typed. */
const warned = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);
/** Every pupil-name finding, info included. */
const seen = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name')
    .map((f) => f.match);

describe('a hyphenated first name by its initials', () => {
  test.each([
    ["TJ's mum was on the phone again for twenty minutes", "TJ's"],
    ['AJ smashed his spellings this morning, 20 out of 20!', 'AJ'],
    ['Roedd TJ yn wych heddiw yn y wers', 'TJ'],
  ])('%s', (draft, name) => expect(warned(draft)).toContain(name));

  test.each(['PE was cancelled again, pouring down', 'watched the new DJ set on TV last night'])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
});

describe('the first part of a double name, in lower case, before a parent', () => {
  test.each(["demi's mam never signs anything", 'demis dad was at the gate shouting again'])('%s', (draft) => expect(warned(draft)).not.toEqual([]));
  test.each(["hope's the thing with feathers, as the poem says", 'the demi-final was a nail biter'])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
});

describe('what a child tells the writer about home', () => {
  test.each([
    ['Ifrah told me her uncle shouts at her every night', 'Ifrah'],
    ['callum just told me that his dad has gone again', 'callum'],
    ["Ma' Ifrah 'di deud wrtha i bod ei thad yn gweiddi", 'Ifrah'],
    ['Hope told me her mum is poorly again', 'Hope'],
  ])('%s', (draft, name) => expect(warned(draft)).toContain(name));

  test.each(['ifrah told me a joke at lunch, hilarious', 'I told my own mum about the concert', 'hope told me nothing, honestly'])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
});

describe('away from school', () => {
  test.each(["callum's not been in for six days and the phone just rings out", 'ifrah hasnt been in since monday'])('%s', (draft) => expect(warned(draft)).not.toEqual([]));
  test.each(['not been in the gym for six days, feeling it', 'hope has not been in my thoughts lately'])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
});

describe('out with a parent', () => {
  test.each([
    ['saw Faith in Tesco with her mum, she has grown so much', 'Faith'],
    ["Dwi newydd weld Faith yn y dre efo'i mam", 'Faith'],
  ])('%s', (draft, name) => expect(warned(draft)).toContain(name));
  test.each(['keep the faith with her mum, she needs it', 'lost all faith, with her mum being so ill'])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
});

describe('the subject of a Welsh sentence', () => {
  test('an English word-name in the subject slot is someone, a pupil when a confidential matter is about them', () => {
    expect(warned("Ma' Hope wedi cael diagnosis o awtistiaeth o'r diwedd")).toContain('Hope');
    expect(seen("Ma' Hope wedi gorffen y llyfr")).toContain('Hope');
  });
  test('a Welsh double given name singing, in a post about school', () => expect(warned('Mali Haf yn canu unawd yn y cyngerdd fory! #ThornleyBankPrimary')).toContain('Mali Haf'));
  test.each(["Ma'r eira wedi cyrraedd o'r diwedd", 'Eira wedi cael ei glirio o flaen yr ysgol', 'Mae hope yn bwysig i bawb yn yr ysgol', 'Mali yn Affrica yw testun y prosiect yn yr ysgol'])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
});

describe('someone, or something, else with the name', () => {
  test.each([
    'Felix the cat asleep on the marking pile again',
    'Maid Marian and Robin Hood for the class play this year',
    'Branwen ferch Llŷr yn y wers heddiw, y plant wrth eu bodd',
    'Jac-y-do yn y simdde eto yn ystod y gwasanaeth',
  ])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
  test.each([
    ['Felix in my class read his poem beautifully', 'Felix'],
    ['Y ferch Marian yn bl4 sydd wedi ennill', 'Marian'],
    ['Jac read his story to the whole class', 'Jac'],
  ])('still a pupil: %s', (draft, name) => expect(warned(draft)).toContain(name));
});

describe('a town named like a child, a legend, a public figure', () => {
  test.each([
    'Newydd symud i Florence am flwyddyn i ddysgu Saesneg, mor gyffrous',
    'just moved to Florence for a year of teaching English abroad',
    'Culhwch ac Olwen efo bl5 heddiw, Cai a Bedwyr ydi arwyr y dosbarth',
    'harry kane how do you miss that, what a sitter 😭',
    'Emma Thompson in Love Actually again, glass of red, no marking done',
  ])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
  test.each([
    ['Florence in year 4 moved to the front row for the concert', 'Florence'],
    ['Cai read his story about the dragon to the whole class', 'Cai'],
    ['Harry Kane in Year 5 scored twice at the tournament', 'Harry Kane'],
  ])('still a pupil: %s', (draft, name) => expect(warned(draft)).toContain(name));
});

describe('a people, not an unlisted child', () => {
  test.each(["ma'r hogia Roma yn fy nosbarth yn wych am chwarae ffidil", 'the Roma families in year 3 have been brilliant at the fair'])('stays quiet: %s', (draft) => expect(warned(draft)).toEqual([]));
  test('a child introduced by name is still found', () => expect(warned('a boy in my class called Kacper cried all morning')).toContain('Kacper'));
});
