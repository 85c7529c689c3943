/**
 * Confidential school matters, as a teacher would notice them (docs/detection.md, "Confidential
 * matters", the issue, and the vocabulary in ../shared/notes/detection.md): the subject alone or in a
 * benign frame is only info; a case word or a specific term is a warning; one person beside it is
 * high. Inspection outcomes before publication, UK identifiers with valid checksums, a pupil's date
 * of birth or home address, and the school's own extra terms.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';
import type { Finding, Severity, Topic } from '../../src/engine/types';
import { CADOXTON } from './fixtures';

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

interface Row {
  draft: string;
  severity: Severity;
  topic: Topic<'confidential'>;
  match: string;
}

function confidential(draft: string, settings: SettingsInput = CADOXTON): Finding[] {
  const findings = analyse(draft, settings);
  for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.match);
  return findings.filter((f) => f.category === 'confidential');
}

/** The expected words are flagged as expected, and nothing confidential in the draft is more serious. */
function expectFlagged({ draft, severity, topic, match }: Row): void {
  const found = confidential(draft);
  const hit = found.find((f) => f.match === match);
  expect(hit, `no confidential finding on "${match}" in ${JSON.stringify(found.map((f) => [f.match, f.severity, f.topic]))}`).toBeDefined();
  expect(hit!.severity).toBe(severity);
  expect(hit!.topic).toBe(topic);
  const worst = Math.max(...found.map((f) => RANK[f.severity]));
  expect(worst, 'a more serious confidential finding in the same draft').toBe(RANK[severity]);
}

/** Nothing confidential that the pre-post check would act on. */
function expectNothingAboveInfo(draft: string): void {
  const found = confidential(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  expect(found.map((f) => [f.match, f.severity, f.topic])).toEqual([]);
}

describe('safeguarding', () => {
  test.each<Row>([
    // The issue's own example: training is a benign frame.
    { draft: 'safeguarding training was great', severity: 'info', topic: 'safeguarding', match: 'safeguarding' },
    { draft: 'Safeguarding training was great today', severity: 'info', topic: 'safeguarding', match: 'Safeguarding' },
    { draft: "Child protection is everyone's business", severity: 'info', topic: 'safeguarding', match: 'Child protection' },
    { draft: 'Proud to have passed my DSL training', severity: 'info', topic: 'safeguarding', match: 'DSL' },

    { draft: 'Safeguarding meeting after school, long day', severity: 'warning', topic: 'safeguarding', match: 'Safeguarding meeting' },
    { draft: 'Really worried about a safeguarding issue', severity: 'warning', topic: 'safeguarding', match: 'safeguarding issue' },
    { draft: 'Social worker called in today', severity: 'warning', topic: 'safeguarding', match: 'Social worker' },
    { draft: "Strategy meeting at 4, no idea when I'll be home", severity: 'warning', topic: 'safeguarding', match: 'Strategy meeting' },
    { draft: 'Had to call the LADO today', severity: 'warning', topic: 'safeguarding', match: 'LADO' },
    { draft: 'Made a referral to MASH this morning', severity: 'warning', topic: 'safeguarding', match: 'MASH' },
    { draft: 'CIN meeting at 3', severity: 'warning', topic: 'safeguarding', match: 'CIN meeting' },
    { draft: 'Early help referral sent today', severity: 'warning', topic: 'safeguarding', match: 'Early help referral' },
    // Welsh: "safeguarding concern today".
    { draft: 'Pryder diogelu heddiw', severity: 'warning', topic: 'safeguarding', match: 'Pryder diogelu' },
    // A person phrase reaches only its own sentence.
    { draft: 'One of my pupils was brilliant today. Strategy meeting at 4.', severity: 'warning', topic: 'safeguarding', match: 'Strategy meeting' },

    // The issue's own example.
    { draft: 'Safeguarding meeting about one of my pupils today', severity: 'high', topic: 'safeguarding', match: 'Safeguarding meeting' },
    { draft: 'Amira Khan has a CP plan', severity: 'high', topic: 'safeguarding', match: 'CP plan' },
    { draft: 'A Prevent referral for one of my pupils', severity: 'high', topic: 'safeguarding', match: 'Prevent referral' },
    { draft: 'Strategy meeting for a boy in Year 4', severity: 'high', topic: 'safeguarding', match: 'Strategy meeting' },
    { draft: 'Safeguarding concern about a colleague', severity: 'high', topic: 'safeguarding', match: 'Safeguarding concern' },
    // A roster name reaches the next sentence.
    { draft: 'Amira Khan had a tough week. Social worker came in today.', severity: 'high', topic: 'safeguarding', match: 'Social worker' },
  ])('$draft', expectFlagged);
});

describe('additional needs', () => {
  test.each<Row>([
    { draft: 'SEND training was brilliant', severity: 'info', topic: 'additional-needs', match: 'SEND' },
    { draft: 'Great NPQ session on SEND today', severity: 'info', topic: 'additional-needs', match: 'SEND' },
    { draft: '#SEND', severity: 'info', topic: 'additional-needs', match: '#SEND' },
    { draft: 'Special educational needs should be funded properly', severity: 'info', topic: 'additional-needs', match: 'Special educational needs' },
    // A specific term in the plural, with no case word, is about the subject, not a case.
    { draft: 'EHCP reviews all week', severity: 'info', topic: 'additional-needs', match: 'EHCP reviews' },
    { draft: 'IDPs are the new IEPs', severity: 'info', topic: 'additional-needs', match: 'IDPs' },

    { draft: 'EHCP meeting this afternoon', severity: 'warning', topic: 'additional-needs', match: 'EHCP meeting' },

    { draft: 'One of my pupils is finally getting an EHCP', severity: 'high', topic: 'additional-needs', match: 'EHCP' },
    { draft: 'Grace Hughes has an EHCP', severity: 'high', topic: 'additional-needs', match: 'EHCP' },
  ])('$draft', expectFlagged);
});

describe('care and disadvantage', () => {
  test.each<Row>([
    { draft: 'Free school meals should be universal', severity: 'info', topic: 'care', match: 'Free school meals' },
    { draft: 'Pupil premium funding cut again', severity: 'info', topic: 'care', match: 'Pupil premium' },

    { draft: 'PEP meeting this afternoon', severity: 'warning', topic: 'care', match: 'PEP' },
    { draft: 'Virtual school head visiting today', severity: 'warning', topic: 'care', match: 'Virtual school head' },

    { draft: 'PEP meeting for one of my pupils', severity: 'high', topic: 'care', match: 'PEP' },
    { draft: 'One of my pupils is a looked after child', severity: 'high', topic: 'care', match: 'looked after child' },
    { draft: 'A girl in my class is now a looked after child', severity: 'high', topic: 'care', match: 'looked after child' },
    { draft: 'Amira Khan is a looked after child', severity: 'high', topic: 'care', match: 'looked after child' },
    { draft: 'Supporting one of my pupils with FSM', severity: 'high', topic: 'care', match: 'FSM' },
  ])('$draft', expectFlagged);
});

describe('behaviour and exclusions', () => {
  test.each<Row>([
    { draft: 'Updated our exclusions policy', severity: 'info', topic: 'behaviour', match: 'exclusions' },
    // An everyday use of a general term: at most info.
    { draft: 'Got excluded from the group chat', severity: 'info', topic: 'behaviour', match: 'excluded' },

    { draft: 'Permanent exclusion meeting today', severity: 'warning', topic: 'behaviour', match: 'Permanent exclusion' },
    { draft: 'Managed move agreed at last', severity: 'warning', topic: 'behaviour', match: 'Managed move' },
    { draft: 'PRU placement starts Monday', severity: 'warning', topic: 'behaviour', match: 'PRU' },

    { draft: 'A boy in Year 4 was permanently excluded', severity: 'high', topic: 'behaviour', match: 'permanently excluded' },
    { draft: 'Thomas Bowen has been excluded again', severity: 'high', topic: 'behaviour', match: 'excluded' },
  ])('$draft', expectFlagged);
});

describe('staff matters: disciplinary, sickness, redundancy', () => {
  test.each<Row>([
    { draft: 'Sickness absence policy is ridiculous', severity: 'info', topic: 'staff-matters', match: 'Sickness absence' },
    { draft: 'Redundancy is everywhere in education right now', severity: 'info', topic: 'staff-matters', match: 'Redundancy' },

    { draft: 'Settlement agreement signed', severity: 'warning', topic: 'staff-matters', match: 'Settlement agreement' },
    { draft: 'Disciplinary hearing tomorrow', severity: 'warning', topic: 'staff-matters', match: 'Disciplinary hearing' },
    // A staff-matters term beside staff in general (not one person) is a warning.
    { draft: 'Redundancies announced for three of our support staff', severity: 'warning', topic: 'staff-matters', match: 'Redundancies' },

    { draft: 'Gareth Hughes is off sick again', severity: 'high', topic: 'staff-matters', match: 'off sick' },
    { draft: 'Gareth Hughes has raised a grievance', severity: 'high', topic: 'staff-matters', match: 'raised a grievance' },
    { draft: 'A colleague is suspended pending investigation', severity: 'high', topic: 'staff-matters', match: 'suspended pending investigation' },
    { draft: 'Our deputy is on capability', severity: 'high', topic: 'staff-matters', match: 'on capability' },
  ])('$draft', expectFlagged);
});

describe('inspections', () => {
  describe('an outcome before publication is high', () => {
    test.each<Row>([
      { draft: 'Ofsted gave us Requires Improvement', severity: 'high', topic: 'inspection', match: 'Ofsted' },
      { draft: 'We got Good from Ofsted!', severity: 'high', topic: 'inspection', match: 'Ofsted' },
      { draft: "Ofsted said we're RI", severity: 'high', topic: 'inspection', match: 'Ofsted' },
      { draft: 'Estyn said we are rhagorol', severity: 'high', topic: 'inspection', match: 'Estyn' },
      { draft: "We're in special measures", severity: 'high', topic: 'inspection', match: 'special measures' },
    ])('$draft', expectFlagged);
  });

  describe('what the inspectors found about us, before publication, is a warning', () => {
    test.each<Row>([
      { draft: 'Lead inspector loved our reading but the maths book look was rough', severity: 'warning', topic: 'inspection', match: 'inspector' },
      { draft: 'Ofsted feedback today: they flagged our attendance', severity: 'warning', topic: 'inspection', match: 'Ofsted' },
      { draft: 'Adborth Estyn heddiw, maen nhw’n dweud bod ein darllen yn gryf', severity: 'warning', topic: 'inspection', match: 'Estyn' },
    ])('$draft', expectFlagged);
  });

  describe('an inspection merely mentioned or coming is info: nerves are not secrets', () => {
    test.each<Row>([
      { draft: 'Ofsted are in tomorrow', severity: 'info', topic: 'inspection', match: 'Ofsted' },
      { draft: 'Got the call from Estyn', severity: 'info', topic: 'inspection', match: 'Estyn' },
      { draft: 'Estyn yfory!', severity: 'info', topic: 'inspection', match: 'Estyn' },
    ])('$draft', expectFlagged);
  });

  describe('a general opinion or a published report is info', () => {
    test.each<Row>([
      { draft: 'Ofsted should be scrapped', severity: 'info', topic: 'inspection', match: 'Ofsted' },
      { draft: 'Another Ofsted horror story in the news', severity: 'info', topic: 'inspection', match: 'Ofsted' },
      // "good" in lower case, not after "got"/"graded", is not an outcome.
      { draft: 'Had a good chat about Ofsted at the conference', severity: 'info', topic: 'inspection', match: 'Ofsted' },
      // Once the report is published the outcome is public.
      { draft: 'Our Ofsted report is published today: Good!', severity: 'info', topic: 'inspection', match: 'Ofsted' },
      { draft: 'Read our Ofsted report, published today', severity: 'info', topic: 'inspection', match: 'Ofsted' },
    ])('$draft', expectFlagged);
  });
});

describe('results', () => {
  test.each<Row>([
    { draft: 'SATs results: 82% at expected standard', severity: 'warning', topic: 'results', match: 'SATs results' },
    { draft: 'KS2 results are in: 82% at the expected standard', severity: 'warning', topic: 'results', match: 'KS2 results' },
    { draft: 'SATs results day nerves', severity: 'info', topic: 'results', match: 'SATs results' },
  ])('$draft', expectFlagged);
});

describe('UK identifiers are flagged only with a valid checksum', () => {
  test.each<Row>([
    { draft: 'UPN B801200005001', severity: 'high', topic: 'identifiers', match: 'B801200005001' },
    { draft: 'His UPN is B801200005001', severity: 'high', topic: 'identifiers', match: 'B801200005001' },
    { draft: 'B801200005001', severity: 'high', topic: 'identifiers', match: 'B801200005001' },
    // A temporary UPN ends in a letter.
    { draft: 'UPN M80120000500A', severity: 'high', topic: 'identifiers', match: 'M80120000500A' },
    { draft: 'NHS number 943 476 5919', severity: 'high', topic: 'identifiers', match: '943 476 5919' },
    { draft: 'Her NHS number is 9434765919', severity: 'high', topic: 'identifiers', match: '9434765919' },
    // The NHS 3-3-4 spacing is enough without a label.
    { draft: '943 476 5919', severity: 'high', topic: 'identifiers', match: '943 476 5919' },
    { draft: 'ULN 4561237894', severity: 'high', topic: 'identifiers', match: '4561237894' },
    { draft: 'Learner number 4561237894', severity: 'high', topic: 'identifiers', match: '4561237894' },
    { draft: 'NI number JG 10 37 26 A', severity: 'high', topic: 'identifiers', match: 'JG 10 37 26 A' },
    { draft: 'JG103726A', severity: 'high', topic: 'identifiers', match: 'JG103726A' },
  ])('$draft', expectFlagged);

  test.each([
    // Wrong check letter.
    'UPN A801200005001',
    // Wrong check digit.
    'NHS number 943 476 5918',
    // An NHS number whose check digit would be 10 is never issued.
    'NHS number 123 456 7899',
    // Wrong ULN check digit (it happens to pass the NHS checksum, but it is labelled ULN and not spaced 3-3-4).
    'ULN 4561237895',
    // A valid ULN checksum without a label is just a number.
    '4561237894',
    'Order #4561237894',
    // A valid NHS checksum with neither a label nor the 3-3-4 spacing.
    'Order number 9434765919',
    // QQ is never an NI prefix.
    'NI number QQ 12 34 56 C',
    // Phone numbers and dates.
    'Call me on 07700 900123',
    'Office: 01446 123456',
    'Call 0800 123 4567',
    'Trip on 12/03/2025',
  ])('%s', expectNothingAboveInfo);
});

describe('a date of birth or home address', () => {
  test.each<Row>([
    { draft: "Amira Khan's DOB is 12/03/2016", severity: 'high', topic: 'personal-details', match: '12/03/2016' },
    { draft: 'Amira Khan was born on 12 March 2016', severity: 'high', topic: 'personal-details', match: '12 March 2016' },
    { draft: "Amira Khan's birthday is 12/03/2016", severity: 'high', topic: 'personal-details', match: '12/03/2016' },
    { draft: 'Born 12/03/2016', severity: 'warning', topic: 'personal-details', match: '12/03/2016' },
    { draft: 'Date of birth 12/03/2016', severity: 'warning', topic: 'personal-details', match: '12/03/2016' },
    // A birthday without its year still dates a child, right after the label.
    { draft: 'Amira Khan turns 9 on 12 March, cake in class!', severity: 'high', topic: 'personal-details', match: '12 March' },
    { draft: "Amira Khan's birthday is on 3rd June", severity: 'high', topic: 'personal-details', match: '3rd June' },

    { draft: 'Grace Hughes lives at 27 Larch Close', severity: 'high', topic: 'personal-details', match: '27 Larch Close' },
    { draft: 'Amira Khan, CF62 5AB', severity: 'high', topic: 'personal-details', match: 'CF62 5AB' },
    // A Welsh street name puts the street word first.
    { draft: "Siân O'Brien lives at 3 Heol y Nant", severity: 'high', topic: 'personal-details', match: '3 Heol y Nant' },
    { draft: 'He lives at 27 Larch Close', severity: 'warning', topic: 'personal-details', match: '27 Larch Close' },
  ])('$draft', expectFlagged);

  test.each([
    // A date that is not introduced as a date of birth.
    'Trip on 12/03/2025',
    'Sports day is on 12 March',
    // A birthday label far from a date without a year, about the writer's own family.
    'Happy birthday to my mum, 12 March always',
    // A street with no house number, not introduced as where someone lives.
    'Walked down Larch Close today',
  ])('%s', expectNothingAboveInfo);
});

describe("the school's own extra terms", () => {
  test.each<Row>([
    { draft: 'Project Phoenix update today', severity: 'warning', topic: 'custom', match: 'Project Phoenix' },
    { draft: 'Project Phoenix meeting about Gareth Hughes', severity: 'high', topic: 'custom', match: 'Project Phoenix' },
    { draft: 'Project Phoenix starts for one of my pupils', severity: 'high', topic: 'custom', match: 'Project Phoenix' },
  ])('$draft', expectFlagged);

  test('are not flagged for a school that has not configured them', () => {
    const settings: SettingsInput = { ...CADOXTON, extraConfidentialTerms: [] };
    expect(confidential('Project Phoenix update today', settings)).toEqual([]);
  });

  test('another school’s own term is flagged for that school', () => {
    const settings: SettingsInput = { ...CADOXTON, extraConfidentialTerms: ['Operation Bluebird'] };
    const [finding] = confidential('Operation Bluebird update today', settings);
    expect(finding).toMatchObject({ severity: 'warning', topic: 'custom', match: 'Operation Bluebird' });
  });
});

describe('acronyms that are also words are matched only in capitals', () => {
  test.each([
    // MASH (multi-agency safeguarding hub) vs mash.
    'Mashed potato and gravy for tea',
    'Mash for tea tonight',
    // PEP (personal education plan) vs pep talk.
    'Gave the team a pep talk',
    'Pep talk before sports day',
    // Prevent (the duty) vs prevent, even with a capital at the start of a sentence.
    'Prevent the spread of germs: wash your hands!',
    // SEND vs send.
    'Please send me the photos',
  ])('%s', expectNothingAboveInfo);
});
