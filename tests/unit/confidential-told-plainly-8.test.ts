import { describe, test } from 'vitest';
import { compile } from '../../src/analyser';
import { confidentialExpect } from './support/confidential-expect';

/**
 * Eighth session: confidential matters told casually, by family (not the eighth blind set's sentences),
 * as a special school and Welsh schools write them: a child's medication, sensory or communication
 * supports beside their name; a child coming in hungry or cold, raising siblings, a parent's cancer,
 * bruises, a refuge or court (in Welsh too), a pupil's pregnancy; biting, lying, running off or swearing
 * at staff in Welsh beside a child; a colleague's capability, TLR, post at risk or burnout; a complaint
 * reported again and again; Northern "can't say owt" and "nobody's been told
 * officially" as secrecy cues. Each family has contrasts that must stay quiet: the subject in general,
 * the writer's own life and family, national codes, a colleague named beside their job title.
 */
const school = compile({
  schoolName: 'Oakhanger Vale School',
  schoolAliases: ['Oakhanger Vale', 'OVS'],
  pupilNames: ['Zain Okafor', 'Poppy Rudd', 'Emrys Pugh', 'Lacey Dunn', 'Tomasz Nowak'],
  staffNames: ['Bethan Lloyd', 'Carl Hesketh'],
  policy: 'generic-uk',
});

const { warns, quiet } = confidentialExpect(school);

describe("a child's medication or support beside their name: high", () => {
  test.each([
    "Zain O's been on melatonin since half term and he's finally sleeping",
    'poppy r started methylphenidate on monday, mum says she is a different girl',
    'Emrys P managed assembly in his ear defenders today, so proud',
    'tomasz n got through the whole of swimming with no meltdown!!',
    'Lacey D is really responding to her social stories about the fire drill',
  ])('%s', (draft) => warns(draft, 'confidential/diagnosis', 'high'));

  test.each([
    'we are buying ear defenders for the hall for the fireworks assembly',
    'new research on melatonin and teenage sleep is fascinating',
    'the toddler had a total meltdown in Tesco, never again',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe("a child's home told plainly: high beside the child", () => {
  test.each([
    "Zain O is coming in starving most mornings, I've started bringing extra toast",
    'poppy r has been in a t-shirt all week and it was minus two this morning',
    "Tomasz N is basically raising his two little brothers, mum works every night",
    "Lacey D's mum has just been told she's got cancer, go gently with her",
    'there were bruises on his arm again, Emrys P said he fell off his bike',
    "Emrys P a'i fam yn byw yn y lloches ers y Pasg",
    // A child told by description with the Welsh elided article ("Mae'r ferch newydd"), not a name.
    "Mae'r ferch newydd ym Mlwyddyn 2 yn byw mewn lloches efo'i mam, byddwch yn glên",
    "Poppy R's dad has to go to court again next week over contact",
    'one of my year 11 girls is pregnant and hasn\'t told her mum yet',
  ])('%s', (draft) => warns(draft, 'confidential/home-circumstances', 'high'));

  test.each([
    "I'm starving, who's doing the chippy run",
    'my nan has been in hospital with her hip, send good vibes',
    'we went to court to watch a trial for the A level law trip',
    'the refuge charity came to talk to year 12 about volunteering',
    'so happy for my sister, she is pregnant with twins!',
    "Mae'r hogyn newydd drws nesa yn chwarae drymiau drwy'r nos",
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('behaviour beside a child, in English and Welsh: high', () => {
  test.each([
    'tomasz n was biting again in the soft play, two staff marked',
    "Zain O lied to my face about the window and then laughed",
    'poppy r went over the fence twice at lunch, we had to call mum',
    'Emrys P yn rhegi arna i o flaen y dosbarth i gyd',
    "Lacey D 'di brathu un o'r cynorthwywyr eto heddiw",
  ])('%s', (draft) => warns(draft, 'confidential/sanction', 'high'));

  test.each([
    "the puppy keeps biting my slippers, any tips?",
    'that story about the kid who went over the fence in the film was brilliant',
    'Zain O kicked the ball over the fence and cried, bless him',
    'Poppy R did ten pull ups in PE, a school record',
    'Emrys P yn dwyn i gof y daith i Langrannog',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe("a colleague's capability, pay or post: about them", () => {
  test.each([
    ['Carl Hesketh is on a support plan for capability now, apparently', 'high'],
    ["Bethan Lloyd's getting a TLR for running one club, unbelievable", 'high'],
    ['the support staff at ours are getting the tap on the shoulder, four posts at risk', 'warning'],
  ] as const)('%s', (draft, severity) => warns(draft, 'confidential/staff-wellbeing', severity));

  test.each([
    'I got my TLR for reading this year, chuffed',
    'restructuring my kitchen cupboards this weekend, send help',
    'we are restructuring the KS3 curriculum at school this year',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a complaint pursued, an inspection call hinted, Northern secrecy', () => {
  test('a complaint reported again, beside a child', () => warns("the driver on Zain's bus was smoking again, reported it twice now", 'confidential/complaint', 'high'));
  test("can't say owt", () => warns("the inspection went alright I think, can't say owt yet", 'confidential/secrecy-cue'));
  test("nobody's been told officially", () => warns("heard two TA posts are going at ours, nobody's been told officially", 'confidential/secrecy-cue'));
  test.each([
    "ofsted published our report today, Good in every area!",
    "can't say owt about the match, we got battered",
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('general talk that must stay quiet (false alarms learned from)', () => {
  test.each([
    'Bethan Lloyd our DSL is a legend, the weight she carries every single week',
    'massive thanks to our DSL Carl Hesketh for the staff briefing on online safety',
    'my eldest is waiting for a CAMHS appointment and it has been a year, it is a joke',
    'Proud to have led our move to the new ALN Code. Bilingual ALN provision is hard, but one worth meeting.',
    "Bethan yn cwyno am y Cod ADY newydd eto, gormod o waith papur",
  ])('%s', (draft) => quiet(draft));

  test('a pupil beside the DSL still makes it a case', () => warns('told our DSL about the bruises on Zain O this morning', 'confidential/home-circumstances', 'high'));
});

describe('identifiers told casually: a mistyped UPN after its label, a Welsh birthday with its date', () => {
  test('a UPN a digit short, after "UPN", beside a pupil', () => warns("can I have Zain O's UPN? I've got A80120012345 but one digit is missing", 'confidential/identifier-upn-labelled', 'high'));
  test('a Welsh "turned 9 today" with the date, beside a pupil', () => warns('Emrys P yn 9 oed heddiw (3 Mawrth), penblwydd hapus!', 'confidential/date-of-birth', 'high'));
  test.each([
    'order number A80120012345 arrived today, finally',
    'the UPN box on the new form wants 13 characters, why',
    "the UPN on the transfer was B90120012345 and it won't validate, an hour wasted",
    'Dyddiad cau y gystadleuaeth: 12 Mehefin',
  ])('stays quiet: %s', (draft) => quiet(draft));
});
