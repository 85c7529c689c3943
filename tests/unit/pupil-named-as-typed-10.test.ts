import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Tenth session: pupils named the way people type (not the tenth blind set's sentences). A lower-case first
 * name introduced as a child ("a boy in my form called connor") is a child of the school though not on the
 * roster; a roster name that is no everyday word, asking the writer something ("iestyn asked if…", "caio
 * wedi gofyn i fi…"), is the pupil; a roster name that is also a word, owning a parent in lower case
 * ("joy's mum is in hospital"), is the pupil once a confidential matter is about the family. Contrasts: a
 * word after "called" ("called will"), the writer's own child's friend, a name-word owning a parent with
 * nothing confidential ("hope's mum made the cakes"). A name-word with its surname's initial typed as the letter "o" or
 * "a" is the pupil when "and his/her…" follows ("joy m and her brother"). A first syllable said twice ("KayKay in 9",
 * "lulu in 4") is the pupil's nickname in a class frame; not a word ("nana"), not alone.
 */
const school = compile({
  schoolName: 'Heathfield Lane Primary School',
  schoolAliases: ['Heathfield Lane', 'HLPS'],
  pupilNames: ['Rhodri Vaughan', 'Joy Mensah', 'Hope Adeyemi', 'Summer Kaur', 'Caio Thomas', 'Anwen Pugh', 'Kayden Brooks', 'Lucia Ferreira', 'Jordan Price'],
  staffNames: ['Gemma Hale', 'Dafydd Rowlands'],
  policy: 'generic-uk',
});

const pupilFindings = (draft: string) => school.analyse(draft).filter((f) => f.category === 'pupil-name' && f.severity !== 'info');
const names = (draft: string, rule: string) => expect(pupilFindings(draft).map((f) => f.ruleId), draft).toContain(rule);
const quiet = (draft: string) => expect(pupilFindings(draft).map((f) => `${f.ruleId} “${f.match}”`), draft).toEqual([]);

describe('a lower-case first name introduced as a child: high', () => {
  test.each([
    'a boy in my form called connor told me he has never seen the sea',
    'there is a girl in year 3 named amira who can already read chapter books',
    'a lad in my class called jayden asked if the moon is a planet lol',
    'new starter in my group called reuben, lovely kid, very shy',
  ])('%s', (draft) => names(draft, 'pupil-name/unlisted-child-frame'));

  test.each([
    "there's a kid in my class called will who can't sit still",
    "my son's friend called connor came round for tea",
    'we have a class hamster called biscuit and the kids adore him',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a roster name that is no word, asking the writer something: a warning', () => {
  test.each([
    'rhodri asked if dinosaurs ever met the romans. told him not quite',
    'anwen asked me why the sea is salty and honestly i had no idea',
    "caio wedi gofyn i fi os oes dreigiau go iawn, bendigedig",
    'rhodri wanted to know if spiders have ears',
  ])('%s', (draft) => names(draft, 'pupil-name/roster-first-name'));

  test.each([
    'hope asked if anyone fancies a brew, yes please',
    'summer asked me to bring the sun cream, it is roasting',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a lower-case name-word owning a parent, with a confidential matter about the family: the pupil', () => {
  test.each([
    'just so everyone knows joy\'s mum is in hospital, can anyone help with pick ups',
    "hope's dad was taken into hospital last night, be gentle with her",
    "summer's nan is in the hospice now",
  ])('%s', (draft) => names(draft, 'pupil-name/roster-first-name-beside-confidential'));

  test.each([
    "hope's mum made the bara brith for the fair, amazing",
    "summer's mum said the weather will turn on friday",
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a name-word and its initial, then "and her/his": the pupil', () => {
  test.each([
    "joy m and her little brother have been coming in starving most mornings",
    'hope a and her sister were not collected again till gone 5',
  ])('%s', (draft) => expect(pupilFindings(draft).length, draft).toBeGreaterThan(0));

  test.each(['pure joy and her face when she opened it!', 'there is hope and his team believe it'])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a first syllable said twice, in a class frame: the nickname', () => {
  test.each(['KayKay in 9 asked if the sun is a star', 'lulu in 4B got her pen licence today', 'Jojo in year 6 was a superstar at sports day'])('%s', (draft) =>
    names(draft, 'pupil-name/roster-nickname'),
  );

  test.each(['my nana in the care home turned 90 today', 'KayKay is my favourite singer right now'])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a child told by a Welsh superlative and their class, with a home matter: described', () => {
  test.each(['y bachgen lleia ym Mlwyddyn 2 – dyn y cyngor wedi bod draw eto', 'y ferch ienga ym mlwyddyn 3, y social wedi bod draw at y teulu eto'])('%s', (draft) =>
    names(draft, 'pupil-name/described-by-circumstances'),
  );

  test.each(['y bachgen lleia yn y teulu yw fy mab i, mae o wrth ei fodd efo pêl-droed'])('stays quiet: %s', (draft) => quiet(draft));
});
