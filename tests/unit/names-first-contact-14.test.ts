/**
 * Benign false alarms on names (fourteenth session), each mechanism checked both ways: the pupil or
 * the school, named as such, still warns.
 * - (Tried and taken back: a listed figure's whole name in a post with nothing about school read as the
 *   figure. tests/unit/pupil-names.test.ts holds the opposite on purpose: "tom jones has been so brave
 *   this week" is a pupil's name; a known name needs a cue of its kind.)
 * - A Welsh word-name typed in lower case ("tywydd tirion", "celyn a goleuadau") is the word
 *   (names.json 'lowerCaseWordNames'); with a capital, or placed in a year group, it is a child.
 * - Name idioms: a band, a digger, a Bible story ("frankie goes to hollywood", "jac codi baw", "Adda ac Efa").
 * - A school alias made only of everyday Welsh words, typed in lower case with no article inside and
 *   nothing about school in the post, is the thing ("coed helyg ar lan afon": willow trees).
 * Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol Coed Helyg',
  schoolAliases: ['Coed Helyg', 'Glan yr Afon'],
  pupilNames: ['Harry Kane', 'Tom Jones', 'Jamie Oliver', 'Tirion Hughes', 'Haf Llewellyn', 'Celyn Parry', 'Frankie Bird', 'Jac Evans', 'Efa Roberts', 'Ebony Hill'],
};

const loud = (draft: string, category: 'pupil-name' | 'school-name') =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}”`);

describe('a Welsh word-name typed in lower case is the word', () => {
  test.each([
    'tywydd tirion bore ma, pawb allan ar yr iard',
    'celyn a goleuadau ar y goeden yn y stafell athrawon',
    "ydy'r haf yn dod nôl? nac ydy",
  ])('quiet: %s', (draft) => expect(loud(draft, 'pupil-name')).toEqual([]));
  test.each([
    'cwtsh mawr i Haf yn y dosbarth heddiw, diwrnod anodd iddi hi',
    "Tirion a Celyn yn y Derbyn yn gwneud te i'r athrawes",
    'celyn yn bl 4 wedi sgorio dwy gôl amser chwarae',
  ])('still a pupil: %s', (draft) => expect(loud(draft, 'pupil-name')).not.toEqual([]));
});

describe('name idioms', () => {
  test.each([
    'frankie goes to hollywood blasting in the staffroom, the caretaker dancing',
    "jac codi baw yn cloddio tu allan i'r ffenest drwy'r bore",
    'stori Adda ac Efa gyda bl 3 heddiw',
    'ebony and ivory on two recorders, keyboard club is coming along',
  ])('quiet: %s', (draft) => expect(loud(draft, 'pupil-name')).toEqual([]));
  test.each([
    'Frankie in Year 2 goes to the dentist tomorrow so will miss phonics',
    'Jac yn bl 5 wedi codi ei law i ateb am y tro cyntaf',
    'Efa yn bl 3 wedi darllen yn hyfryd heddiw',
    'Ebony in Year 7 played her first solo in assembly',
  ])('still a pupil: %s', (draft) => expect(loud(draft, 'pupil-name')).not.toEqual([]));
});

describe('a school alias of everyday Welsh words, typed as the thing', () => {
  test.each(['coed helyg ar lan yr afon yn hudol yn y niwl', 'eistedd dan coed helyg efo paned a llyfr'])('quiet: %s', (draft) => expect(loud(draft, 'school-name')).toEqual([]));
  test.each([
    'Coed Helyg yn y papur heddiw am y prosiect gardd!',
    'coed helyg sports day tomorrow, bl 6 are ready',
    'ffair haf glan yr afon nos wener, dewch yn llu',
  ])('still the school: %s', (draft) => expect(loud(draft, 'school-name')).not.toEqual([]));
});

const MORE: SettingsInput = { schoolName: 'Ysgol Glan Conwy', pupilNames: ['Kacper Nowak', 'Dylan Thomas', 'Tom Jones', 'Sunny Davies'] };
const loudMore = (draft: string) =>
  analyse(draft, MORE)
    .filter((f) => f.category === 'pupil-name' && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}”`);

describe('an adult by their trade after a first name, and what is named after a famous figure', () => {
  test.each([
    'kacper the plumber finally sorted the staffroom boiler. legend. biscuits for kacper',
    'Kacper, our electrician, rewired the hall over half term',
    'took year 5 to the dylan thomas centre, they loved the writing shed',
    'the Tom Jones statue in Pontypridd has a santa hat on it 🎅',
  ])('quiet: %s', (draft) => expect(loudMore(draft)).toEqual([]));
  test.each([
    "Kacper, the plumber's son, in Year 4 was upset today",
    'Kacper in Year 4 wants to be a plumber when he grows up',
    'Dylan Thomas in year 5 read his poem to the whole school',
    'tom jones in bl.2 sang delilah at show and tell 😂',
    // A trade as a part in the class play: the later mention is still the pupil, since the post has pupils in it.
    'kacper the plumber in our class play had the best costume. well done kacper',
  ])('still a pupil: %s', (draft) => expect(loudMore(draft)).not.toEqual([]));
});

// "sunny d" (the drink) still reads as a pupil's first name and initial: staff type pupils so ("will f's dad",
// "noah b is getting assessed"), and reading a word-name with a lower-case letter as no initial lost a tenth
// of the pupil names on the tuned-on corpora (fourteenth session; left for a later one).
test('a word-name with a lower-case initial is still a pupil', () => expect(loudMore("sunny d had a tough day in the hall, mum's been told")).not.toEqual([]));
