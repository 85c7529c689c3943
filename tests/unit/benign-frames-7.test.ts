/**
 * Benign false alarms outside pupil names (seventh session), each family checked both ways:
 * - an alias of the school that also names a café, a market or a pub ("the Nest cafe", "a café called
 *   The Nest", Welsh "caffi bach o'r enw…") is that place; the alias said of the school still warns;
 * - hostile words held in scare quotes and answered ("parroting stuff about Muslims 'taking over'…
 *   nobody is"), or reported in Welsh ("yn galw'r teuluoedd … yn lladron … anghywir"), are counter-speech;
 *   the same claim made in the writer's own voice is still high;
 * - being sick of people *for what they say* ("sick of people in the comments calling kids scum") is
 *   counter-speech; being sick of a person still warns;
 * - the writer running themselves down in Welsh ("Dwi'n gymaint o dwpsyn"); the same word said of a
 *   colleague still warns;
 * - a thing from an institution is a nightmare, not the institution's people ("the paperwork from the
 *   council is a nightmare"); a parent called a nightmare still warns;
 * - a slur's innocent homonym (a Maine Coon cat; the Bell End road sign), the slur said of people still high.
 * Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Oakfield Green Primary Academy',
  schoolAliases: ['The Nest', 'Oakfield Green'],
  pupilNames: ['Lena Kowalska', 'Yusuf Warsame'],
};
const loud = (draft: string, category: Category) =>
  analyse(draft, SCHOOL).filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high')).map((f) => `${f.severity} ${f.ruleId} “${f.match}”`);

describe('an alias that also names a café, a market or a pub', () => {
  test.each([
    'the nest cafe by the canal does the best flat white in town',
    'oakfield green market on a sunday morning, my favourite bit of the week',
    "There's a tiny coffee shop called The Nest near the station, go",
    "Mae 'na gaffi bach o'r enw The Nest ger y bont, bara brith gorau",
  ])('quiet: %s', (draft) => expect(loud(draft, 'school-name')).toEqual([]));
  test.each([
    'so proud of The Nest kids at the carol concert tonight',
    'oakfield green staff are the best team going',
    "Dw i'n gweithio mewn ysgol o'r enw The Nest ers mis Medi",
  ])('still the school: %s', (draft) => expect(loud(draft, 'school-name')).not.toEqual([]));
});

describe('hostile words held in quotes and answered', () => {
  test.each([
    "a few of my Year 9s were parroting stuff about Muslims 'taking over'. Spent the lesson on it. Nobody is taking over.",
    "If you keep calling families who fled war 'invaders' you need a long hard look at yourself",
    "Clywais i ddyn ar y bws yn galw'r teuluoedd Roma yn lladron. Dywedais i ei fod o'n anghywir.",
  ])('quiet: %s', (draft) => expect(loud(draft, 'derogatory')).toEqual([]));
  test.each([
    'Muslims are taking over this town and nobody will say it',
    'Roma families are all thieves, everyone knows it',
    'Mae teuluoedd Roma yn lladron, dyna ni',
  ])('still hostile: %s', (draft) => expect(loud(draft, 'derogatory')).not.toEqual([]));
});

describe('sick of people for what they say', () => {
  test('quiet: sick of people calling kids names', () => {
    expect(loud("I'm sick of people online calling our kids feral. They are children.", 'derogatory')).toEqual([]);
  });
  test.each(["I'm sick of people like her", 'I am sick of that parent'])('still hostile: %s', (draft) => expect(loud(draft, 'derogatory')).not.toEqual([]));
});

describe('the writer running themselves down in Welsh', () => {
  test.each(["Dwi'n gymaint o dwpsyn, gadewais i fy ffôn yn y car", "Dw i'n gymaint o ben dafad heddiw, anghofiais fy nghinio"])('quiet: %s', (draft) =>
    expect(loud(draft, 'derogatory')).toEqual([]),
  );
  test.each(['Mae hi mor dwpsyn, y pennaeth newydd', 'Ben dafad ydy o, y dirprwy'])('still an insult: %s', (draft) => expect(loud(draft, 'derogatory')).not.toEqual([]));
});

describe('a thing from an institution', () => {
  test.each(['the new paperwork from the council is a nightmare', 'the forms from the LA are a nightmare this year'])('quiet: %s', (draft) =>
    expect(loud(draft, 'derogatory')).toEqual([]),
  );
  test.each(['that parent is a nightmare', 'our head is a nightmare'])('still an insult: %s', (draft) => expect(loud(draft, 'derogatory')).not.toEqual([]));
});

describe("a slur's innocent homonym", () => {
  test.each(['our maine coon knocked the advent calendar off the shelf', 'we stopped for a selfie by the Bell End sign on the way home'])('quiet: %s', (draft) =>
    expect(loud(draft, 'derogatory')).toEqual([]),
  );
  test.each(['he called the new lad a coon in the lunch queue', 'what a bell end that driver was'])('still flagged: %s', (draft) => expect(loud(draft, 'derogatory')).not.toEqual([]));
});

describe('a complaint from the writer\'s own body; a national pension scheme', () => {
  const loudConfidential = (draft: string) => loud(draft, 'confidential');
  test.each([
    'Staff netball match tonight. My knees have lodged a complaint already.',
    'Whoever decided support staff can be pushed out of the teachers pension scheme should try a week of my job',
  ])('quiet: %s', (draft) => expect(loudConfidential(draft)).toEqual([]));
  test.each(['A parent has lodged a complaint against the staff in Year 4', 'Mrs Hughes was pushed out by the head, staff are furious'])('still confidential: %s', (draft) =>
    expect(loudConfidential(draft)).not.toEqual([]),
  );
});

describe('a kind of school or a statistic, not a case', () => {
  const loudConfidential = (draft: string) => loud(draft, 'confidential');
  test.each([
    'Twelve years in alternative provision have taught me that every behaviour is a message',
    'People who sneer at PRU kids have never met one. Funny, bright, loyal young people.',
    'Two hours in a meeting about attendance codes. Send coffee.',
    'Attendance figures for the whole trust are out on Friday, fingers crossed for a good year',
  ])('quiet: %s', (draft) => expect(loudConfidential(draft)).toEqual([]));
  test.each([
    'He starts at the PRU on Monday after everything that happened',
    'She has been moved into alternative provision after the incident on Friday',
    "Meeting about Lena Kowalska's attendance with her mum this afternoon",
  ])('still confidential: %s', (draft) => expect(loudConfidential(draft)).not.toEqual([]));
});

describe('a thing done for people is blamed, not the people', () => {
  test.each(['The funding for SEN kids is disgraceful and shameful', 'The pay for our supply teachers is a disgrace'])('quiet: %s', (draft) =>
    expect(loud(draft, 'derogatory')).toEqual([]),
  );
  test.each(['SEN kids are disgraceful', 'The pay for those lazy parents is a disgrace', 'Our supply teachers are a disgrace'])('still an insult: %s', (draft) =>
    expect(loud(draft, 'derogatory')).not.toEqual([]),
  );
});
