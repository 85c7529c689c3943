import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { confidentialExpect } from './support/confidential-expect';

/**
 * Eleventh session: confidential matters told without their vocabulary, by mechanism (train-10 and
 * train-11 tuned on; these are not their sentences), in English and Welsh: police at the school gate
 * again or about the same family; what a child said that cannot be unheard, "done what I'm supposed to",
 * Welsh logging and ringing the safeguarding team; a pupil out for days or throwing a chair at staff;
 * home told plainly (living at nan's for now, a parent gone inside, nothing in at home, not fed, a
 * parent who passed, Welsh "since her dad left"); a colleague at home with stress or given a written
 * warning, pay got wrong; a hearing aid, an insulin pump; a new head before it is announced; results on
 * the board portal, grades down on last year, inspectors back sooner. Each has contrasts that stay quiet.
 */
const school = compile({
  schoolName: 'Kestlebridge Middle School',
  schoolAliases: ['Kestlebridge Middle', 'KMS'],
  pupilNames: ['Jayden Robson', 'Poppy Armstrong', 'Efa Rowlands', 'Callum Hedley'],
  staffNames: ['Sheila Dodd', 'Gareth Milburn'],
  policy: 'generic-uk',
});

const { warns, quiet } = confidentialExpect(school);

describe('police at the school gate again, or about the same family: a family matter', () => {
  test.each([
    'police outside the school gates again this morning, everyone staring',
    "heddlu wrth y giât eto heddiw, ma pawb yn gwybod pa deulu",
    'police at pick up again and yes, it was the same family as last month',
  ])('%s', (draft) => warns(draft, 'confidential/police-at-school'));

  test.each([
    'police came in to talk to year 5 about staying safe online, brilliant session',
    'diolch i’r heddlu am ddod i siarad â’r plant am ddiogelwch y ffordd',
    'police outside the chip shop again, what a town',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('after a child said something: what cannot be unheard, the procedure followed', () => {
  test.each([
    ['a year 4 girl told me stuff i will never unhear today', 'high'],
    ['a year 2 boy was quiet and clingy all day. done what i was trained to do', undefined],
    ["wedi gorfod ffonio’r tîm diogelu am un o’r plant bach heddiw", undefined],
    ['just rang the front door about one of my tutees, not a good day', undefined],
  ] as const)('%s', (draft, severity) => warns(draft, 'confidential/logged-disclosure', severity));

  test.each([
    'my nan told me things about the war i will never forget',
    'did what i was supposed to do and bought the milk',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a sanction or an incident beside a pupil', () => {
  test.each([
    ['Jayden R threw a chair at me in science today. he is out for three days', 'high'],
    ['a lad in year 7 threw a table at sir this morning', undefined],
    ["Efa R ar gynllun ymddygiad newydd ar ôl ddoe", 'high'],
  ] as const)('%s', (draft, severity) => warns(draft, 'confidential/sanction', severity));

  test.each([
    "he's off for two days with the flu, the house is a sick bay",
    'threw a chair across the garden in the storm, the wind is wild',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('home circumstances told plainly, beside a child or a parent', () => {
  test.each([
    'the little girl in year 3 is stopping at her gran’s for now while things get sorted',
    "Callum H's dad has just gone inside, keep an eye on him please",
    'one of my tutees says there’s nothing in at home again, gave him my lunch',
    'the twins in year 6 aren’t being fed properly, it’s so obvious',
    'Poppy A whose mum passed at easter read in assembly today',
    "cwtsh i Efa R heddiw, wythnos gynta ers i'w thad hi adael",
    'Jayden R has been moved into supported housing at fifteen',
  ])('%s', (draft) => warns(draft, 'confidential/home-circumstances', 'high'));

  test.each([
    'staying at my nan’s for now while the kitchen gets done',
    'my dad passed at christmas and work have been so kind',
    'the dog is not being fed properly by the neighbours, furious',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a colleague’s wellbeing, discipline or pay', () => {
  test.each([
    'un o’r athrawon wedi bod adre efo straen ers mis Medi',
    'our cleaner has been given a written warning apparently. peidiwch gweud',
    'payroll messed up the pay for one of our TAs again, she had to borrow',
  ])('%s', (draft) => warns(draft, 'confidential/staff-wellbeing'));

  test.each([
    "pay award is out and it's another real-terms cut for all staff",
    'messed up my own pay claim form, classic me',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a pupil’s medical need told plainly', () => {
  test.each([
    "Poppy A's going to need hearing aids, she's so brave about it",
    'Jayden R’s insulin pump alarm went off in assembly',
  ])('%s', (draft) => warns(draft, 'confidential/diagnosis', 'high'));

  test.each(['my grandad is getting hearing aids and he is delighted', 'new insulin pump technology on the news tonight'])('stays quiet: %s', (draft) => quiet(draft));
});

describe('the school’s own news and results before they are public', () => {
  test.each([
    ['not meant to say yet but we’re getting a new head in april 🤐', 'confidential/school-future'],
    ['deputy head job is being advertised next month, not announced yet so shh', 'confidential/school-future'],
    ['maths results are already up on the exam board portal and wow', 'confidential/outcome-hinted'],
    ['between ourselves the predicted grades are well down on last year', 'confidential/outcome-hinted'],
    ['ofsted were in last week. let’s just say we’ll be seeing them again sooner than we’d like', 'confidential/outcome-hinted'],
  ])('%s', (draft, rule) => warns(draft, rule));

  test.each([
    'our new head starts in april, announced in the newsletter today, so pleased',
    'ofsted report published this morning and we are good in every area, can finally say it out loud',
    'norfolk needs more foster carers, info evening at the library on the 12th',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('the learned layer: the writer’s own family is not the school community', () => {
  test('a confident sentence about the writer’s own child and mother stays a note', () => {
    const findings = school.analyse('My mum has moved into a care home and my little one misses her terribly');
    expect(findings.filter((f) => f.category === 'confidential' && f.severity !== 'info')).toEqual([]);
  });
});

describe('a child described by the writer’s subject class, a lower-case class name, or the year first', () => {
  const described = (draft: string) => school.analyse(draft).filter((f) => f.ruleId === 'pupil-name/described-child');
  test.each([
    'the girl in my year 10 geography set whose dad runs the garage is a star',
    'the boy in hazel class whose mum does the lollipop crossing',
    'y5 kid with the hearing aids did the whole reading in assembly',
  ])('%s', (draft) => expect(described(draft)[0]?.severity).toBe('high'));

  test.each([
    'the man in the class with the blue hat was the instructor',
    'we were in the same class at uni with the best lecturer',
    'the boy in my class is a great reader',
  ])('no described child: %s', (draft) => expect(described(draft)).toEqual([]));
});

describe('hard benign: the school’s place word as the town or the hill, a legend’s last cap', () => {
  const town = compile({
    schoolName: 'Ysgol Garn Fawr',
    schoolAliases: ['Kestlebridge', 'Garn Fawr'],
    pupilNames: ['Alun Wyn Jones', 'Cerys Matthews'],
    policy: 'generic-uk',
  });
  const acting = (draft: string, category: string) => town.analyse(draft).filter((f) => f.category === category && f.severity !== 'info');
  test.each([
    'kestlebridge show on saturday, the sheep were unreal this year',
    'roadworks on the kestlebridge bypass again, 20 mins added to the commute',
    'walked up garn fawr on sunday, views all the way to the sea',
    'parking in kestlebridge on market day is a joke',
  ])('not the school: %s', (draft) => expect(acting(draft, 'school-name')).toEqual([]));

  test.each(['Kestlebridge show and tell today, year 5 were brilliant', 'so proud of the kestlebridge kids at the county cross country'])(
    'still the school: %s',
    (draft) => expect(acting(draft, 'school-name')).not.toEqual([]),
  );

  test('a rugby legend’s last cap is the legend, not the pupil', () => {
    expect(acting('Llongyfarchiadau i Alun Wyn Jones ar ei gap olaf! chwedl', 'pupil-name')).toEqual([]);
    expect(acting('Alun Wyn Jones in year 9 got his first cap for the county', 'pupil-name')).not.toEqual([]);
  });
});

describe('review of merge11: ordinary posts that are no matter, each beside its risky twin', () => {
  test.each([
    // Grades up on last year is praise; only "down" hints at a bad outcome not yet published.
    'Predicted grades way up on last year, brilliant work Year 11',
    // A pay mistake for the whole staff group, taken up by the union, is a public complaint.
    'The council messed up the pay for our TAs, union is on it',
    // A surprise party is a secret kept for someone's sake, in English and Welsh.
    'Keep it zipped about the surprise party for Mrs Jones',
    'Peidiwch gweud wrth Mrs Jones am y parti!',
  ])('stays quiet: %s', (draft) => quiet(draft));

  test.each([
    ['Predicted grades way down on last year, keep it between us', 'confidential/outcome-hinted'],
    ['The council messed up the pay for one of our TAs, she had to borrow', 'confidential/staff-wellbeing'],
    ['Keep it zipped about Mrs Jones, she is off with stress', 'confidential/secrecy-cue'],
    ['Peidiwch gweud wrth Mrs Jones am y parti, mae hi off gyda straen', 'confidential/staff-wellbeing'],
  ] as const)('still warns: %s', (draft, rule) => warns(draft, rule));

  test('one child of the writer’s own class, living at her gran’s for the time being, is a home matter', () => {
    warns("Little one in my class is living at her gran's for the time being after last week", 'confidential/home-circumstances');
    quiet('staying at my nan’s for the time being while the kitchen gets done');
  });
});
