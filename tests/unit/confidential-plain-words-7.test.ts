import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import type { Severity } from '../../src/engine/types';

/**
 * Seventh session: confidential matters told in English without their vocabulary, by family (not the
 * seventh blind set's sentences): a parent reeking of any drink, a parent's deportation or prison, who a
 * child must not go with, a child missing education, a child's criminal record, social care "from the
 * council", a family sleeping in a car, a behaviour incident beside a named child, a need or a seizure,
 * a parent storming in to demand answers, a colleague "on a final written", an inspection call hinted,
 * an inspection call behind a secrecy cue ("dont share pls", "don't want to say too much"), an exclusion counted in days, a Welsh home address. Drafts written
 * here for a made-up school; each family has drafts that must stay quiet beside it (the subject in
 * general, published outcomes, the writer's own career, national news, everyday life).
 */
const mill = compile({
  schoolName: 'Millbrook Green Primary School',
  schoolAliases: ['Millbrook Green', 'MGP'],
  pupilNames: ['Isaac Moreton', 'Ellie Farrant', 'Kobe Shaw', 'Tia Lomax', 'Reggie Platt'],
  staffNames: ['Nadia Crane', 'Owen Pask'],
  policy: 'generic-uk',
});

const acting = (draft: string) => mill.analyse(draft).filter((f) => f.severity !== 'info' && f.category === 'confidential');

function warns(draft: string, rule: string, severity?: Severity): void {
  const findings = acting(draft);
  const finding = findings.find((f) => f.ruleId === rule);
  expect(finding, JSON.stringify(findings.map((f) => `${f.ruleId} “${f.match}”`))).toBeDefined();
  if (severity) expect(finding!.severity).toBe(severity);
}
function quiet(draft: string): void {
  expect(acting(draft).map((f) => `${f.ruleId} “${f.match}”`)).toEqual([]);
}

describe('a child\'s home in plain words, beside a named child: high', () => {
  test.each([
    ["Kobe S's mum came in reeking of vodka at home time and could barely stand", 'confidential/home-circumstances'],
    ["tia l's dad stank of weed at the gate again this morning", 'confidential/home-circumstances'],
    ["isaac m's dad has his deportation hearing on friday and he's terrified", 'confidential/home-circumstances'],
    ['Ellie F is NOT to go with her dad if he turns up, only nan', 'confidential/home-circumstances'],
    ["reggie p hasn't been in for a week and no one's answering the door, put it through as missing education", 'confidential/home-circumstances'],
    ['a lady from the council came in to see Kobe S again today', 'confidential/home-circumstances'],
    ["Kobe S's mum was absolutely steaming at the summer fair, fell over twice", 'confidential/home-circumstances'],
    ['Isaac M is back in hospital with his heart again, mum rang this morning', 'confidential/home-circumstances'],
    ["Tia L's family are sleeping in the car since the flat fire", 'confidential/home-circumstances'],
  ])('%s', (draft, rule) => warns(draft, rule, 'high'));

  test.each([
    'the wine at the staff do stank of vinegar honestly',
    'we watched a documentary on deportation flights in citizenship today',
    "our rabbit went missing and no one's answering the door at the vets",
    'we slept in the car at the festival, never again',
    'we were absolutely steaming at the christmas do, what a night',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a behaviour incident or a need beside a named child: high', () => {
  test.each([
    ['isaac m launched a chair at the whiteboard and then spat at the TA', 'confidential/sanction'],
    ['Reggie P told me to shut up in front of the whole class', 'confidential/sanction'],
    ["isaac m got his third behaviour point this week, mum's being called in", 'confidential/sanction'],
    ["Isaac M had a seizure in PE today, mum says they're sorting the meds", 'confidential/diagnosis'],
    ['Ellie F is in a wheelchair for six weeks after the trampoline, bless her', 'confidential/diagnosis'],
  ])('%s', (draft, rule) => warns(draft, rule, 'high'));

  test.each([
    'reggie p launched into a brilliant speech at the school council',
    'The Paralympics wheelchair basketball was amazing, the class loved it',
    'Ellie F read her whole book to the class today, superstar',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a parent storming in, a colleague on a final warning', () => {
  test.each([
    ["Kobe S's dad stormed into reception demanding to know why he wasn't picked", 'confidential/complaint', 'high'],
    ['Nadia Crane is on a final written after what happened on the trip', 'confidential/staff-wellbeing', 'high'],
    ['Mr Pask is up for a capability review apparently', 'confidential/staff-wellbeing', 'high'],
  ] as const)('%s', (draft, rule, severity) => warns(draft, rule, severity));

  test.each([
    "I'm on a final written at my old job, so glad I left",
    'my toddler stormed into the kitchen demanding to know why the biscuits were gone',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('an inspection call told with a secrecy cue is a warning; the call alone is nerves, not a secret', () => {
  test.each([
    ['ofsted rang at 12, two days from tomorrow, dont share pls', 'confidential/secrecy-cue'],
    ["we had the call this morning 👀 inspectors in on wednesday, don't want to say too much", 'confidential/secrecy-cue'],
    ["Predicted grades are in and it's grim, can't share numbers yet", 'confidential/secrecy-cue'],
    ['one of the dads isn\'t allowed within 50 metres of the school gates now. lips sealed', 'confidential/secrecy-cue'],
  ])('%s', (draft, rule) => warns(draft, rule, 'warning'));

  test.each([
    "got the call from the hospital, baby's on the way!",
    'ofsted rang this morning, in on tuesday, wish us luck',
    'Got the call from Estyn 😬',
    "lips sealed on the christmas present, she'll love it",
    'Ofsted report published today: Good in every area, so proud of the team',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('an exclusion counted in days is a case; exclusion in general is not', () => {
  test('a boy in year 6 got a 3 day exclusion for fighting at lunch', () => warns('a boy in year 6 got a 3 day exclusion for fighting at lunch', 'confidential/exclusion'));
  test('stays quiet: national exclusion figures', () => quiet('exclusion rates are rising nationally, the new guidance is on the DfE site'));
});

describe('a home address written the Welsh way ("7 Heol y Felin", "4 Tai …", "2 Rhes …")', () => {
  test.each([
    "Can someone drop Tia's PE bag round to 7 Heol y Felin, she left it on the bus",
    "Kobe's coat is in lost property, can anyone take it to 4 Tai Penrhos",
    "Isaac's reading book went home with Ellie, she's at 2 Rhes Newydd",
  ])('%s', (draft) => warns(draft, 'confidential/home-address', 'high'));

  test('stays quiet: a house number with no street', () => quiet('we counted 4 tai on the walk and 2 cows, lovely morning'));
});
