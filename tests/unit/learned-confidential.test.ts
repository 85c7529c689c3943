import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { engineConfigOf } from '../../src/analyser/engine-config';
import { compileEngine } from '../../src/engine/analyse';
import { DETECTORS } from '../../src/engine/detectors';
import { photoTextFindings } from '../../src/engine/image/photo-text';
import { compileLinearModel, mergeShort } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import { LearnedModelError } from '../../src/engine/learned';
import { RULES_BUNDLE } from '../../src/engine/rules';
import type { Finding } from '../../src/engine/types';
import { settingsOrThrow } from '../../src/settings/schema';
import { buildConfidentialModel, DEFAULT_CONFIDENTIAL_OPTIONS, serialiseConfidentialModel } from '../train/confidential-pipeline';
import { isValidation } from '../train/confidential-data';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';

const PATH = new URL('../../rules/models/confidential.json', import.meta.url);
const shipped = (): LinearModelData => JSON.parse(readFileSync(PATH, 'utf8')) as LinearModelData;
const analyser = compile(RULE_EXAMPLE_SETTINGS);
const learned = (text: string): Finding[] => analyser.analyse(text).filter((f) => f.ruleId.startsWith('confidential/learned'));
const acting = (text: string): Finding[] => analyser.analyse(text).filter((f) => f.severity !== 'info');

describe('the learned confidential model (rules/models/confidential.json)', () => {
  test('validates, compiles, stays small and has its thresholds in order', () => {
    expect(readFileSync(PATH).length).toBeLessThan(512 * 1024);
    const model = compileLinearModel(shipped());
    expect(model.category).toBe('confidential');
    expect(model.thresholds.possible).toBeGreaterThan(0);
    expect(model.thresholds.confident).toBeGreaterThan(model.thresholds.possible);
  });

  const broken: [string, (m: LinearModelData) => void, RegExp][] = [
    ['a truncated weight table', (m) => (m.linear.weights = m.linear.weights.slice(0, 400)), /linear\.weights: has 300 weights, expected \d+/],
    ['thresholds in the wrong order', (m) => (m.thresholds.confident = m.thresholds.possible / 2), /thresholds\.confident: must be at least the possible threshold/],
    ['a missing bias', (m) => delete (m.linear as Partial<LinearModelData['linear']>).bias, /linear\.bias: is required/],
    ['another category', (m) => ((m as unknown as Record<string, unknown>)['category'] = 'derogatory'), /category/],
  ];
  test.each(broken)('%s is refused with the field named', (_, breakIt, message) => {
    const data = shipped();
    breakIt(data);
    expect(() => compileLinearModel(data, 'rules/models/test.json')).toThrow(LearnedModelError);
    expect(() => compileLinearModel(data, 'rules/models/test.json')).toThrow(message);
  });

  test('retraining gives the shipped file byte for byte (npm run train:confidential is deterministic)', () => {
    expect(serialiseConfidentialModel(buildConfidentialModel(DEFAULT_CONFIDENTIAL_OPTIONS))).toBe(readFileSync(PATH, 'utf8'));
  }, 60_000);

  test('one draft in five is kept out of training by a hash of its id, the same every run', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `w9-${i}`);
    const held = ids.filter(isValidation).length;
    expect(held).toBeGreaterThan(150);
    expect(held).toBeLessThan(250);
    expect(ids.filter(isValidation)).toEqual(ids.filter(isValidation));
  });

  test('a sentence shorter than the minimum is read with the next one, a short last one with the one before', () => {
    expect(mergeShort([0, 2, 10, 20], 22, 6)).toEqual([0, 10]);
    expect(mergeShort([0, 8], 20, 6)).toEqual([0, 8]);
    expect(mergeShort([0], 3, 6)).toEqual([0]);
  });

  test('scores each sentence and names the words that drove it, with their offsets in the draft', () => {
    const model = compileLinearModel(shipped());
    const draft = 'Lovely sunny day at the beach with the dog. Amira has been coming in very quiet this week, mum has moved out';
    const score = model.score(draft);
    expect(score.sentences).toHaveLength(2);
    const [beach, matter] = score.sentences;
    expect(beach!.probability).toBeLessThan(model.thresholds.possible);
    expect(matter!.level).toBe('confident');
    expect(draft.slice(matter!.start, matter!.end)).toBe('Amira has been coming in very quiet this week, mum has moved out');
    for (const w of matter!.words) expect(draft.slice(w.start, w.end)).toBe(w.text);
    expect(matter!.words.map((w) => w.text)).toContain('quiet');
  });
});

describe('fused with the rules (detectors/learned-confidential.ts)', () => {
  test('a confident matter about a named pupil is high, underlines the sentence, cites a clause and explains itself', () => {
    const text = 'Amira has been coming in very quiet this week, mum has moved out';
    const [finding, ...rest] = learned(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'confidential/learned-person', category: 'confidential', severity: 'high', start: 0, end: text.length });
    expect(finding!.clauses.length).toBeGreaterThan(0);
    expect(finding!.explanation.rule).toMatch(/^learned layer: confident \(\d+ %\)$/);
    expect(finding!.explanation.reason).toMatch(/the words that drove it: .*quiet/);
    expect(finding!.explanation.reason).toContain('about one person (“Amira”)');
    // The pupil's first name that the matter is about becomes high too (named-subjects runs after it).
    expect(analyser.analyse(text).find((f) => f.category === 'pupil-name')).toMatchObject({ severity: 'high', ruleId: 'pupil-name/roster-first-name-beside-confidential' });
  });

  test('a confident matter in a post about school, with no one person, is a warning', () => {
    const [finding] = learned("Rough week. Mum has moved out and the little one is sleeping at his nan's");
    expect(finding).toMatchObject({ ruleId: 'confidential/learned', severity: 'warning' });
    expect(finding!.explanation.reason).toContain('in a post about school');
  });

  test('a named colleague is one person; an unnamed role is not', () => {
    const withName = RULE_EXAMPLE_SETTINGS.staffNames[0]!.split(' ')[0];
    expect(learned(`${withName} in Year 5 has been away for a while and nobody is saying why`)[0]).toMatchObject({ ruleId: 'confidential/learned-person', severity: 'high' });
    // "off for three weeks" is a span of absence the rules know (confidential-cues), so they speak for that sentence.
    expect(acting(`${withName} in Year 5 has been off for three weeks and nobody is saying why`)[0]).toMatchObject({ ruleId: 'confidential/staff-wellbeing', severity: 'high' });
  });

  test('a possible match is only a note (info), even about one child', () => {
    const findings = learned('One of mine has a new worker starting with the family next week');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'confidential/learned', severity: 'info' });
    expect(findings[0]!.explanation.reason).toContain('a possible match only');
  });

  test('a confident match about one child holds the post: a move into foster care told plainly', () => {
    // Since the ninth session the model learns from thirteen writers' drafts (weight 3), and this
    // sentence, a note before, is now confident; the rules have no foster-care word order for it.
    const findings = learned('A lad in my class starts with his new foster family on monday');
    expect(findings).toHaveLength(1);
    // About an identified pupil ("a lad in my class"), so the person rule and high, as the rules do.
    expect(findings[0]).toMatchObject({ ruleId: 'confidential/learned-person', severity: 'high' });
  });

  test('rules first: a sentence the rules already judge gets no learned finding', () => {
    // The rules find the home circumstances ("coming in hungry") themselves.
    expect(learned('Thomas Bowen has been coming in hungry and in the same jumper')).toEqual([]);
    // "Safeguarding training" is the rules' info, a verdict, not a gap for the model to fill.
    expect(acting('Safeguarding training this afternoon, really useful')).toEqual([]);
  });

  test('everyday posts stay quiet: no warning or high from the learned layer', () => {
    for (const text of [
      'My mum has moved into a care home and my little one misses her terribly',
      'Lovely walk round Cadoxton this morning',
      'So proud of my Year 6 today, every single one of them finished the cross country',
      'Been offered a new job in Cardiff, starting in September!',
    ]) expect(learned(text).filter((f) => f.severity !== 'info'), text).toEqual([]);
  });

  test('the engine runs without it when it is left out, and with a model of the test\'s own', () => {
    const config = engineConfigOf(settingsOrThrow(RULE_EXAMPLE_SETTINGS));
    const text = 'Amira has been coming in very quiet this week, mum has moved out';
    const without = compileEngine(config, { detectors: DETECTORS.filter((d) => d.id !== 'learned-confidential') });
    expect(without.analyse(text).some((f) => f.ruleId.startsWith('confidential/learned'))).toBe(false);
    // A model whose thresholds nothing reaches adds nothing.
    const strict = { ...shipped(), thresholds: { possible: 0.9999, confident: 0.99995 } };
    const engine = compileEngine(config, { bundle: { ...RULES_BUNDLE, confidentialModel: strict } });
    expect(engine.analyse(text).some((f) => f.ruleId.startsWith('confidential/learned'))).toBe(false);
  });

  test('text read from a photo: the possible (info) guess is dropped, a confident finding is kept', () => {
    const config = engineConfigOf(settingsOrThrow(RULE_EXAMPLE_SETTINGS));
    const engine = compileEngine(config);
    const possible = photoTextFindings(engine, 'A lad in my class starts with his new foster family on monday');
    expect(possible.some((f) => f.ruleId === 'confidential/learned')).toBe(false);
    const confident = photoTextFindings(engine, 'Amira has been coming in very quiet this week, mum has moved out');
    expect(confident.some((f) => f.ruleId === 'confidential/learned-person' && f.severity === 'high')).toBe(true);
  });
});
