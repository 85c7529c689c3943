/**
 * Benign false alarms on pupil names (seventh session): a name that is plainly someone else or no one
 * because of the words round it. A famous full name with its own work in the possessive ("X's column",
 * "X's knitting book") or in a capitalised title ("X in Sense and Sensibility"), or with a national
 * squad; a first name after a title of rank or legend ("Maid Marian", "King Arthur"); a pet named with
 * its kind after it ("Felix the cat"); a name inside a hyphenated compound word ("Jac-y-do", a
 * jackdaw); a story's cast in a post about the story (the Mabinogi, Robin Hood, the Egyptians). Each
 * family is checked both ways: the pupil of the same name, named as a pupil, still warns. Sentences
 * are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Nantlle Vale Primary School',
  pupilNames: ['Harry Kane', 'Emma Thompson', 'Tom Daley', 'Zoë Williams', 'Marian Okafor', 'Arthur Penry', 'Felix Morgan', 'Jac Pritchard', 'Cai Rowlands', 'Pwyll Jones', 'Cleopatra Mensah', 'Robin Ashby'],
};

const loudPupil = (draft: string) => analyse(draft, SCHOOL).filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.ruleId} “${f.match}”`);

describe('a famous full name with its own work or a title', () => {
  test.each([
    "Zoë Williams' column about teacher workload says it all this week",
    "tom daley's crochet book is on my christmas list",
    'Emma Thompson in Nanny McPhee again tonight with a cuppa, no planning done whatsoever',
    'harry kane back in the england squad, about time',
    "Harry Kane's autobiography was a surprisingly good read over half term",
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    "Tom Daley's reading book was left on the bus again, can someone check lost property",
    'Emma Thompson in Year 4 read her poem in assembly today',
    'so proud of Harry Kane in 5B for his maths today',
    "Zoë Williams's homework book is full of gold stars",
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});

describe('a title of rank or legend, a named pet, a compound word', () => {
  test.each([
    'Year 3 are painting shields for King Arthur and his knights',
    'Maid Marian costumes for the Year 2 assembly are nearly done',
    'Felix the cat walked across my laptop during the staff briefing on Teams',
    "Jac-y-do wedi nythu yn y to eto, sŵn mawr yn y dosbarth bore 'ma",
    'Year 1 made a jack-in-the-box each for DT',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    'Arthur in Year 3 painted a shield for the display',
    'Marian was star of the week in Year 2',
    'Felix cried at break time and would not tell us why',
    'Jac wedi gwneud yn wych yn y gwasanaeth heddiw',
  ])('still a pupil: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});

describe("a story's cast in a post about the story", () => {
  test.each([
    'pedair cainc y mabinogi efo bl4 heddiw, pawb yn caru Pwyll a Rhiannon',
    'Robin Hood topic in Year 3: everyone wants to be Marian or Little John',
    'The Egyptians topic is a hit, Year 5 obsessed with Cleopatra and the asp',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each([
    'Pwyll wedi bod yn crio amser chwarae heddiw',
    'Marian in Year 3 was upset at lunch today',
    'Cleopatra in Year 5 got her pen licence today',
  ])('still a pupil without the story: %s', (draft) => expect(loudPupil(draft)).not.toEqual([]));
});

describe('a famous name used as an eponym before a noun', () => {
  const ROSTER: SettingsInput = { schoolName: 'Nantlle Vale Primary School', pupilNames: ['Grace Okafor', 'Amelia Shah', 'Harley Bennett'] };
  const loudHere = (draft: string) => analyse(draft, ROSTER).filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.ruleId} “${f.match}”`);
  test.each([
    'grace darling topic with year 2 this half term, the kids loved the lifeboat',
    'Amelia Earhart display is up in the Year 4 corridor',
    'harley quinn costume count for world book day in year 6: eleven',
  ])('quiet: %s', (draft) => expect(loudHere(draft)).toEqual([]));
  test.each([
    'grace in year 2 loved the lifeboat topic',
    'Amelia made the best display in Year 4',
    "harley's costume for world book day in year 6 was brilliant",
  ])('still a pupil: %s', (draft) => expect(loudHere(draft)).not.toEqual([]));
});

describe("a people's name or a place, never a child's name", () => {
  test.each([
    "ma'r hogia Somali yn fy nosbarth yn wych am bêl-droed",
    "Helo bawb! Newydd symud i Wrecsam i ddysgu mewn ysgol gynradd, disgyblion hyfryd",
    'Just moved to Bolton to teach Year 3, the pupils are lovely',
  ])('quiet: %s', (draft) => expect(loudPupil(draft)).toEqual([]));
  test.each(["ma'r hogyn Tomasz yn fy nosbarth yn wych am bêl-droed", 'a boy in my class called Bolton was sent home'])('still a child: %s', (draft) =>
    expect(loudPupil(draft)).not.toEqual([]),
  );
});

describe('a namesake who is a firm', () => {
  const ROSTER: SettingsInput = { schoolName: 'Nantlle Vale Primary School', pupilNames: ['Oliver Smith', 'Harvey Jones', 'Rhys Bevan'] };
  const loudHere = (draft: string) => analyse(draft, ROSTER).filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.ruleId} “${f.match}”`);
  test.each([
    'Rhys Bevan from Bevan & Daughters Roofing sorted our leak in an hour, recommend',
    'Our new windows from Oliver Smith are in and the house is so much warmer',
  ])('quiet: %s', (draft) => expect(loudHere(draft)).toEqual([]));
  test.each(['Rhys Bevan from Year 5 sorted the leak in the art room, what a star', 'A lovely card from Oliver Smith in Year 2 today'])('still a pupil: %s', (draft) =>
    expect(loudHere(draft)).not.toEqual([]),
  );
});

describe('a pet the sentence says is an animal', () => {
  const ROSTER: SettingsInput = { schoolName: 'Nantlle Vale Primary School', pupilNames: ['Harvey Doyle', 'Bella Kaur'] };
  const loudHere = (draft: string) => analyse(draft, ROSTER).filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.ruleId} “${f.match}”`);
  test.each([
    'took harvey to the vet after school with the kids, he is fine, he’s a daft old labrador',
    "Bella's had her jabs today, the kids were so worried, she's a cockapoo and a total drama queen",
  ])('quiet: %s', (draft) => expect(loudHere(draft)).toEqual([]));
  test.each(['Harvey in Year 2 said his dog is a golden retriever', "Bella in Year 4 told me her nan's dog is a cockapoo"])('still a pupil: %s', (draft) =>
    expect(loudHere(draft)).not.toEqual([]),
  );
});
