import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import type { Category, Severity } from '../../src/engine/types';
import { scoreAll } from '../eval/train13-score';

/**
 * Issue 13: confidential matters, pupils and the school as staff really write them. Each row is a
 * draft and what a teacher would notice: which rule warns (and how strongly), or that nothing does.
 */
const cadoxton = compile({
  schoolName: 'Cadoxton Primary School',
  schoolAliases: ['Ysgol Cadoxton'],
  pupilNames: ['Amira Khan', 'Ayesha Begum', 'Dylan Evans', 'Osian Pritchard', 'Harri Price', 'Seren Lloyd', 'Hope Evans', 'Noah Ahmed'],
  staffNames: ['Sarah Pritchard'],
  policy: 'cadoxton-primary',
});
const ashgrove = compile({ schoolName: 'Ashgrove C of E Primary School', pupilNames: ['Maisie Turner'], policy: 'gloucestershire' });

const acting = (draft: string, analyser = cadoxton) => analyser.analyse(draft).filter((f) => f.severity !== 'info');

interface Row {
  draft: string;
  rule: string;
  severity: Severity;
  match?: string;
}

describe('confidential matters told without their vocabulary', () => {
  test.each<Row>([
    { draft: "Amira's dad has been inside since Easter, bless her", rule: 'confidential/home-circumstances', severity: 'high', match: 'been inside' },
    { draft: 'dylan e in y5 has come in the same clothes all week', rule: 'confidential/home-circumstances', severity: 'high' },
    { draft: 'Police came into school today, my class were so unsettled', rule: 'confidential/police-at-school', severity: 'warning' },
    { draft: 'harri p said something at lunch I cant unhear. logged it.', rule: 'confidential/logged-disclosure', severity: 'high' },
    { draft: 'Sarah has handed her notice in, nobody knows yet', rule: 'confidential/staff-wellbeing', severity: 'high' },
    { draft: 'Complaint from a parent about my trip letter has gone to governors', rule: 'confidential/complaint', severity: 'warning', match: 'Complaint from a parent' },
    { draft: 'results are in and theyre GOOD, not allowed to say yet 🤐', rule: 'confidential/outcome-hinted', severity: 'warning' },
    { draft: "Between us, we've had the Estyn call. In next week.", rule: 'confidential/secrecy-cue', severity: 'warning', match: 'Between us' },
    { draft: 'George was kept in at lunch again. Amira was kept in at lunch too', rule: 'confidential/sanction', severity: 'high' },
    { draft: "Amira is on the spectrum, we're sure of it now", rule: 'confidential/diagnosis', severity: 'high' },
    { draft: 'ma tad osian p yn y carchar ers mis dwetha. rhyngom ni', rule: 'confidential/home-circumstances', severity: 'high', match: 'yn y carchar' },
    { draft: 'Heddlu yn yr ysgol eto bore ma. Alla i ddim deud mwy 🤐', rule: 'confidential/police-at-school', severity: 'warning' },
  ])('$draft', ({ draft, rule, severity, match }) => {
    const finding = acting(draft).find((f) => f.ruleId === rule);
    expect(finding, JSON.stringify(acting(draft).map((f) => f.ruleId))).toBeDefined();
    expect(finding!.severity).toBe(severity);
    if (match) expect(finding!.match).toBe(match);
    // Every finding keeps a span, a clause and an explanation.
    expect(draft.slice(finding!.start, finding!.end)).toBe(finding!.match);
    expect(finding!.clauses.length).toBeGreaterThan(0);
    expect(finding!.explanation.reason.length).toBeGreaterThan(5);
  });

  test('a pupil a plain-words matter is about becomes high as a pupil name too', () => {
    const findings = acting('ayesha has been so brave with everything going on at home');
    expect(findings.find((f) => f.category === 'pupil-name')).toMatchObject({ severity: 'high', match: 'ayesha' });
  });

  test.each([
    'the age gap between us is huge lol',
    'Between us, I ate all the biscuits',
    'Got the call from Estyn',
    "I've been signed off for two weeks, feeling rubbish",
    'the amount of kids coming in hungry this year is heartbreaking, cost of living is killing families',
    'reading about kids in temporary housing, this country should be ashamed',
    'kept quiet at the staff meeting when they announced the new lunch rota 🤐',
    'PCSO came in to talk to the children about road safety, they loved it',
    'Our school council ran a food bank drive and collected 400 items',
  ])('stays quiet: %s', (draft) => {
    expect(acting(draft).filter((f) => f.category === 'confidential')).toEqual([]);
  });
});

describe('pupils named the way people type', () => {
  test.each<{ draft: string; category: Category; match: string }>([
    { draft: 'dylan e scored three tries today', category: 'pupil-name', match: 'dylan e' },
    { draft: 'seren ll sang the solo and I cried', category: 'pupil-name', match: 'seren ll' },
    { draft: 'ayeshas mum asked me to say thank you for the cards', category: 'pupil-name', match: 'ayeshas' },
    { draft: 'osian pritchards dad is a nightmare', category: 'pupil-name', match: 'osian pritchards' },
    { draft: 'Osian and Harri on the same team at tag rugby, good luck to the ref', category: 'pupil-name', match: 'Osian' },
    { draft: "Hope's mum made the best bara brith ever", category: 'pupil-name', match: "Hope's" },
    { draft: 'Mam Osian yn gweithio yn y feddygfa nawr', category: 'pupil-name', match: 'Osian' },
    { draft: 'The girl in my class whose mum runs the corner shop made me a card', category: 'pupil-name', match: 'The girl in my class whose mum' },
    { draft: 'That little girl with the hearing aids in Y3, does anyone know her mum?', category: 'pupil-name', match: 'That little girl with the hearing aids in Y3' },
  ])('$draft', ({ draft, category, match }) => {
    expect(acting(draft).filter((f) => f.category === category).map((f) => f.match)).toContain(match);
  });

  test('a described child is high, and what is said about them is about one person', () => {
    const findings = acting('The boy in Year 10 whose dad runs the chippy has been missing school again. It has been referred.');
    expect(findings.find((f) => f.ruleId === 'pupil-name/described-child')?.severity).toBe('high');
    expect(findings.find((f) => f.ruleId === 'confidential/logged-disclosure')?.severity).toBe('high');
  });

  test.each([
    'a boy in my class made me laugh today',
    'noah a wedi darllen ei gerdd',
    'Hope is the theme of our assembly',
    'we had a lovely day out, will b there later',
  ])('stays quiet as a pupil name: %s', (draft) => {
    expect(acting(draft).filter((f) => f.category === 'pupil-name')).toEqual([]);
  });
});

describe('the school in a possessive or a post about school', () => {
  test.each([
    ["ashgrove's new hall is finally open and it's gorgeous", 'ashgrove\'s'],
    ['ashgroves had a complaint about the head, staff told to keep quiet', 'ashgroves'],
    ['ashgrove have got the new pitch, the kids are buzzing', 'ashgrove'],
  ])('%s', (draft, match) => {
    expect(acting(draft, ashgrove).filter((f) => f.category === 'school-name').map((f) => f.match)).toContain(match);
  });

  test.each(['Lovely walk round Ashgrove this morning', 'Ashgrove Road closed again for gas works', 'Regional conference at the Ashgrove Business Park, my class covered by supply'])(
    'stays quiet: %s',
    (draft) => {
      expect(acting(draft, ashgrove).filter((f) => f.category === 'school-name')).toEqual([]);
    },
  );

  test('a short alias that is an everyday word stays quiet outside school context', () => {
    const rec = compile({ schoolName: 'Oakfield Primary School', schoolAliases: ['MBA'], policy: 'generic-uk' });
    expect(acting('Finally finished my MBA dissertation!', rec).filter((f) => f.category === 'school-name')).toEqual([]);
    expect(acting('MBA sports day was a washout, the kids still loved it', rec).filter((f) => f.category === 'school-name').map((f) => f.match)).toEqual(['MBA']);
  });
});

/**
 * The issue-13 training drafts (tests/corpus/train/issue13): the engine was tuned on them, so these
 * bounds guard against regressions; they are not a blind measure (`npm run eval:train13`).
 */
describe('issue-13 training drafts (tuned on): a regression guard', () => {
  const t = scoreAll();
  const recall = (c: string) => (t.caught[c] ?? 0) / (t.positives[c] ?? 1);
  test('there are at least 2,000 drafts, with hard benign ones in proportion', () => {
    expect(t.drafts).toBeGreaterThanOrEqual(2000);
    expect(t.hard).toBeGreaterThanOrEqual(500);
  });
  test.each([
    ['confidential', 0.84],
    ['pupil-name', 0.85],
    ['school-name', 0.9],
  ])('%s recall ≥ %s', (category, bound) => {
    expect(recall(category), (t.missed[category] ?? []).join(', ')).toBeGreaterThanOrEqual(bound);
  });
  test('hard benign false alarms ≤ 12 %', () => {
    expect(t.hardAlarms.length / t.hard, t.hardAlarms.join('\n')).toBeLessThanOrEqual(0.12);
  });
}, 240_000);
