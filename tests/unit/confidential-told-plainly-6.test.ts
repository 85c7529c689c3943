import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import type { Severity } from '../../src/engine/types';

/**
 * Sixth session: confidential matters told without their vocabulary, in the families of phrasing the
 * sixth blind set exposed (not its sentences): secrecy asked of the writer ("asked me not to mention"),
 * people not yet told, a parent drunk at the gate, a child raising siblings, a euphemism in quotation
 * marks, a contract not renewed, bullying, a pupil coming out, and Welsh as it is spoken ("gweud",
 * "weud", "adre"). Drafts written here for two made-up schools; each mechanism has drafts that must
 * stay quiet beside it.
 */
const mill = compile({
  schoolName: 'Millbrook Green Primary School',
  schoolAliases: ['Millbrook Green', 'MGP'],
  pupilNames: ['Isaac Moreton', 'Ellie Farrant', 'Kobe Shaw', 'Tia Lomax', 'Reggie Platt'],
  staffNames: ['Nadia Crane', 'Owen Pask'],
  policy: 'generic-uk',
});
const nant = compile({
  schoolName: 'Ysgol Gynradd Nant Celyn',
  schoolAliases: ['Nant Celyn', 'YGNC'],
  pupilNames: ['Efa Prydderch', 'Twm Gwilym', 'Leusa Rhys', 'Caron Ifans'],
  staffNames: ['Meinir Jones'],
  policy: 'generic-uk',
});

const acting = (draft: string, analyser = mill) => analyser.analyse(draft).filter((f) => f.severity !== 'info' && f.category === 'confidential');

function warns(draft: string, rule: string, severity?: Severity, analyser = mill): void {
  const findings = acting(draft, analyser);
  const finding = findings.find((f) => f.ruleId === rule);
  expect(finding, JSON.stringify(findings.map((f) => `${f.ruleId} “${f.match}”`))).toBeDefined();
  if (severity) expect(finding!.severity).toBe(severity);
}
function quiet(draft: string, analyser = mill): void {
  expect(acting(draft, analyser).map((f) => `${f.ruleId} “${f.match}”`)).toEqual([]);
}

describe('secrecy asked of the writer, or people not yet told', () => {
  test.each([
    "Isaac's nan asked me not to mention the court date to anyone at school",
    'Ellie F’s mum asked me not to tell anyone about the move yet, so this is just for you lot',
    'the office staff haven\'t been told yet but two of the TAs are going in July',
    'the new timetable cuts her hours and she doesn\'t even know yet. staffroom was grim',
    'Owen Pask is going and the class doesn\'t know yet 🙊',
  ])('%s', (draft) => warns(draft, 'confidential/secrecy-cue'));

  test.each([
    'my husband asked me not to tell anyone about his surprise party plans 🎉',
    'we don\'t know yet if the trip is on, fingers crossed for the weather',
    'i\'ll say no more about the weather this week, it\'s depressing',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a parent drunk at the gate, a child raising the family', () => {
  test.each([
    "Tia L's dad turned up at pick up stinking of booze again. second time this month",
    "Reggie's mum came in drunk to parents evening and nobody knew where to look",
    'Kobe is basically raising his little sisters at the moment, he\'s nine',
  ])('%s', (draft) => warns(draft, 'confidential/home-circumstances', 'high'));

  test.each([
    'came home from the rugby club dinner stinking of beer, the dog is disgusted with me',
    'raising money for the PTA with a cake sale on Friday, come along!',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a euphemism in quotation marks', () => {
  test.each([
    ["Isaac told me his dad is 'working away' for a few years now. we all know what that means", 'confidential/home-circumstances'],
    ["Ellie F spent the morning in 'the room' again. third time this week", 'confidential/sanction'],
    ["Mrs Crane has been called in for a 'chat' with the trust. no one knows why", 'confidential/staff-wellbeing'],
  ])('%s', (draft, rule) => warns(draft, rule));

  test.each([
    'my husband is working away this week so it is fish fingers every night',
    'we tidied the room before the inspection of our reading corner, it looks lovely',
    'lovely chat with the Year 2 team about our next topic',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('staff: a contract not renewed, called in', () => {
  test.each([
    "Nadia's contract isn't being renewed and she has no idea. awful",
    'they are not renewing her contract at Millbrook Green after ten years',
  ])('%s', (draft) => warns(draft, 'confidential/staff-wellbeing'));

  test('the reader\'s staff in general is advice, not a case', () => {
    quiet("Leaders: if your staff are always 'signed off', look at the workload before the people. #wellbeing");
    quiet('Heads, if your staff keep going off with stress, ask what the building is doing to them');
  });
});

describe('bullying and a pupil coming out, beside one pupil', () => {
  test.each([
    ['Kobe Shaw has been getting grief off a group of Year 6 girls every lunchtime', 'confidential/sanction'],
    ["Reggie's been bullying the younger ones on the field again", 'confidential/sanction'],
    ['Tia Lomax came out to her form this morning and they were brilliant about it', 'confidential/identity'],
    ['Isaac wants to change his name on the register to Isla from Monday', 'confidential/identity'],
  ])('%s', (draft, rule) => warns(draft, rule, 'high'));

  test.each([
    'Anti-bullying week starts Monday, odd socks on please!',
    'the sun came out to play for sports day at last ☀️',
    'our new reading scheme came out to schools this week',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('requests and reports', () => {
  test('"pass it on" at the head of a clause asks readers to share the post', () => {
    quiet('Netball club is cancelled tomorrow because the courts are flooded. pass it on x');
    quiet('Football is off this week, please pass it on to the other parents');
  });
  test('"passed it on" after a child said something is what was done', () => {
    warns('Ellie F told me something at break. passed it on straight away.', 'confidential/logged-disclosure', 'high');
  });
});

describe('Welsh as it is spoken', () => {
  test.each([
    ["ni ddim i fod i weud dim byd am Estyn tan bo'r llythyr yn mynd mas", 'confidential/secrecy-cue'],
    ["Efa P wedi cael ei hanfon adre am ddau ddiwrnod ar ôl y ffeit", 'confidential/sanction'],
    ['plentyn yn y dosbarth wedi dweud rhywbeth ofnadwy. wedi logio fe gyda’r DSL', 'confidential/logged-disclosure'],
    ["Twm G yn byw gyda'i fam-gu nawr, dad ddim yn cael dod yn agos at yr ysgol", 'confidential/home-circumstances'],
    ["mam Leusa hi'n sâl iawn yn yr ysbyty, cadwch lygad arni", 'confidential/home-circumstances'],
    ['Caron I wedi bod yn torri ei hun, ni wedi ffonio adre', 'confidential/diagnosis'],
    ["tad Twm 'bant am sbel' medde fe. ni gyd yn gwybod ble ma fe", 'confidential/home-circumstances'],
    ["Leusa R wedi gofyn i newid ei henw ar y gofrestr. plis dim clecs", 'confidential/identity'],
  ])('%s', (draft, rule) => warns(draft, rule, undefined, nant));

  test.each([
    'Twm wedi gweud wrtha i bod e eisiau bod yn ffermwr fel tad-cu 😂',
    'mynd adre yn gynnar heddi, mae hi wedi bod yn wythnos hir',
    "peidiwch â dweud wrtha i bod hi'n bwrw glaw eto",
  ])('stays quiet: %s', (draft) => quiet(draft, nant));
});

describe('a colleague typed in lower case, a span of absence, one pupil out of a group', () => {
  test.each([
    ["nadia's been signed off again, third time since September", 'confidential/staff-wellbeing'],
    ["owen's been off 3 weeks now with his nerves and nobody has said a word", 'confidential/staff-wellbeing'],
    ['Mrs Crane has been off for six weeks and the supply cover is a mess', 'confidential/staff-wellbeing'],
  ])('%s', (draft, rule) => warns(draft, rule, 'high'));

  test('one of our Year 5 boys: one child, so a sanction is about him', () => {
    warns('one of our year 5 boys was kept in at lunch again today', 'confidential/sanction', 'high');
  });

  test.each([
    "I've been off 3 weeks with my back and I'm going stir crazy",
    "we're off for two weeks in Portugal, can't wait",
    'the heating was off for three days at home, freezing',
  ])('stays quiet: %s', (draft) => quiet(draft));
});
