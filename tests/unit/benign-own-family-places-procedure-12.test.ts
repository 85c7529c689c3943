import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { confidentialExpect } from './support/confidential-expect';

/**
 * Twelfth session: general causes of benign false alarms on the tuned-on sets, and two ways staff
 * tell a confidential matter without its vocabulary (drafts written here, not the corpora's):
 * - the writer's own child as "my lad" or Welsh "fy hogyn bach i" is family, not a pupil of the roster;
 * - "Ysgol", "College", "Academy" start an institution's name, never a child's; the second half of a
 *   hyphenated name ("T. H. Parry-Williams") is a surname's;
 * - a village show, sheepdog trials or the dog's walk before the word a school alias is made of is the place;
 * - a DSL update meeting or a staff briefing is the routine of the job, not a case;
 * - "logged it. passed it on." told as two sentences is the procedure after a disclosure, as in one;
 * - Welsh and English "one of the girls / lads / little ones" is one pupil, so a home matter beside it is about them;
 * - "being assessed for autism" makes a needs term a case.
 * Each has contrasts that keep the old behaviour.
 */
const school = compile({
  schoolName: 'Ysgol Llangynwen',
  schoolAliases: ['Llangynwen', 'Llwyn Eithin'],
  pupilNames: ['Kai Hughes', 'Osian Prys', 'Efa Rowlands', 'Jac Morgan'],
  staffNames: ['Siân Evans'],
  policy: 'generic-uk',
});

const acting = (draft: string, category: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === category && f.severity !== 'info')
    .map((f) => `${f.ruleId} “${f.match}”`);

const { warns, quiet } = confidentialExpect(school);

describe("the writer's own child, told as 'my lad' or 'fy hogyn bach i'", () => {
  test.each([
    'my lad kai passed his driving test today and i could burst 😭',
    "fy hogyn bach i, Osian, yn dechrau'r ysgol feithrin fory 😭",
    'my little lass Efa lost her first tooth tonight 🦷',
  ])('not a pupil: %s', (draft) => expect(acting(draft, 'pupil-name')).toEqual([]));

  test.each([
    ['kai in year 9 got his mock results today, buzzing for him', 'kai'],
    ['Osian ym mlwyddyn 2 wedi darllen yn wych heddiw', 'osian'],
  ])('still a pupil: %s', (draft, name) => expect(acting(draft, 'pupil-name').join(' ').toLowerCase()).toContain(name));
});

describe('an institution word or a surname half is not an unlisted child', () => {
  test.each([
    'well done Ysgol y Dderwen on the eisteddfod win, gutted for us but you deserved it 👏',
    "darllen cerddi T. H. Parry-Williams efo Bl 10 heddiw, dal yn taro deuddeg",
  ])('quiet: %s', (draft) => expect(acting(draft, 'pupil-name')).toEqual([]));

  test('a child introduced in a class is still found', () => {
    expect(acting('Bethany in year 4 read beautifully in assembly today', 'pupil-name').join(' ')).toContain('Bethany');
  });
});

describe('the place a school alias is named after: a show, sheepdog trials, the dog walked round it', () => {
  test.each([
    "Sioe Llangynwen dydd Sadwrn! Dewch draw am y cneifio a'r gacen 🐑",
    'sheepdog trials at llangynwen today, our Meg came third then rolled in something 🐕',
    'Took the dog round Llwyn Eithin this evening, the gorse is out 🌼',
  ])('not the school: %s', (draft) => expect(acting(draft, 'school-name')).toEqual([]));

  test.each([
    'so proud of Llangynwen at the cross country today, mud everywhere 🏃',
    'Christmas show at Llangynwen tonight, year 2 were stars',
  ])('still the school: %s', (draft) => expect(acting(draft, 'school-name').length).toBeGreaterThan(0));
});

describe('routine of the job: a DSL update meeting, a staff briefing', () => {
  test.each(['DSL update meeting this afternoon, bring your own biscuits as per tradition', 'DSL briefing for all staff at 8 tomorrow, coffee on'])('quiet: %s', (draft) => quiet(draft));

  test('a DSL meeting about one child is still a case', () => warns('DSL meeting about a child in year 3 after school today', 'confidential/dsl', 'high'));
});

describe('the procedure after a disclosure in two sentences', () => {
  test.each([
    'logged it. passed it on. thats all i can do now. hope shes ok tonight 🙏',
    'wrote it all up. passed it on. going home to hug the dog',
  ])('%s', (draft) => warns(draft, 'confidential/logged-disclosure'));

  test.each([
    'logged into the portal at last. logged it twice by mistake',
    'parcel came for next door. passed it on 📦',
    // Review of merge12: the same two steps for a printer or a ticket are IT's procedure.
    "logged it. passed it on. that's the new printer fault procedure",
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe("one of the girls, lads or little ones is one pupil", () => {
  test.each([
    ["teulu un o'r genod blwyddyn 9 mewn llety dros dro ers wythnos", 'confidential/home-circumstances'],
    ["Wedi gorfod ffonio'r gwasanaethau cymdeithasol am un o'r rhai bach heddiw. Calon drom.", 'confidential/logged-disclosure'],
    ['just found out one of the lads i tutor is sofa surfing at his cousins', 'confidential/home-circumstances'],
  ] as const)('%s', (draft, rule) => warns(draft, rule, 'high'));

  test("un o'r genod wedi ennill y ras heddiw 🏃", () => quiet("un o'r genod wedi ennill y ras heddiw 🏃"));
});

describe('a needs term beside an assessment is a case', () => {
  test('being assessed', () => warns('6 of my year 2s are being assessed for autism this term. six.', 'confidential/send'));
  test.each(['great training on how autism is assessed for girls', 'our school is being assessed for the autism friendly award'])('stays quiet: %s', (draft) => quiet(draft));
});

describe('one person of the school, told in Welsh or by a class of little ones', () => {
  test.each([
    ["Mae un o'r cynorthwywyr i ffwrdd gyda straen ers y Pasg", 'confidential/staff-wellbeing'],
    ['one of my little girls is in a hostel with her mam and brothers, still smiling every morning', 'confidential/home-circumstances'],
    ['one of the year 8 boys went missing last night, police out looking. home now thank god', 'confidential/missing-child'],
    ['the exploitation team came in today for one of our year 5 girls', 'confidential/logged-disclosure'],
    ["ni wedi gwneud atgyfeiriad heddiw ar ôl beth ddywedodd un o'r rhai bach", 'confidential/logged-disclosure'],
  ] as const)('%s', (draft, rule) => warns(draft, rule, 'high'));

  test('a young carer placed in the writer\'s class', () => warns("young carer in my form does her mam's meds before school every day", 'confidential/home-circumstances'));

  test.each([
    'my phone went missing last night at the pub, gutted',
    'young carers week assembly today, so proud of them',
    'pupil premium strategy due friday and I have written one sentence. the sentence is the title',
    "cerdded i fyny Llwyn Eithin efo'r ci heno, golygfa anhygoel 🌅",
  ])('stays quiet: %s', (draft) => {
    quiet(draft);
    expect(acting(draft, 'school-name')).toEqual([]);
  });
});

/**
 * Review of merge12: a safeguarding service named at a talk or training is the routine of the job; "child"
 * in the service's name is no child; the one-pupil phrase counts as the subject only, not as the owner of a
 * thing ("one of the lads' boots") or a joke's set-up ("… her water bottle that is"); and a missing child is
 * reported as such, not as the procedure the writer followed.
 */
describe('a service at a talk, a lost thing, a missing child', () => {
  test.each([
    'the child exploitation team gave a great talk to staff today',
    'the exploitation team ran our INSET today, really useful',
    "one of the lads' football boots went missing last night after training",
    'one of the girls has gone missing again... her water bottle that is',
  ])('quiet: %s', (draft) => quiet(draft));

  test('the service beside one child is still high, and found once', () => {
    const findings = school.analyse('the exploitation team came in today for one of our year 5 girls').filter((f) => f.category === 'confidential');
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['confidential/logged-disclosure high']);
  });

  test.each([
    ['one of the lads went missing last night after training, police out looking', 'confidential/missing-child'],
    ['one of the girls has gone missing again, her mam is beside herself', 'confidential/missing-child'],
    ['the child exploitation team came in today about one of our year 9 boys', 'confidential/logged-disclosure'],
  ] as const)('still high: %s', (draft, rule) => warns(draft, rule, 'high'));
});
