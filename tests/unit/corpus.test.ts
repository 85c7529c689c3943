import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { loadCorpus, scoreCorpus, TARGETS, TEXT_CATEGORIES } from '../eval/corpus';
import { patience } from '../patience';

/**
 * The labelled corpus of teacher drafts (tests/corpus): the targets, held as a test so a
 * change that costs recall or cries wolf fails CI. `npm run eval` prints the same figures.
 */
const { drafts } = loadCorpus();
const configs = loadCorpus('heldout').configs;
const score = scoreCorpus();

test('the corpus is big and varied enough to mean something', () => {
  expect(drafts.length).toBeGreaterThanOrEqual(300);
  expect(score.benign.total).toBeGreaterThanOrEqual(100);
  for (const category of TEXT_CATEGORIES) expect(score.perCategory[category].positives).toBeGreaterThanOrEqual(40);
  expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
  expect(drafts.filter((d) => d.tags.includes('welsh') || d.tags.includes('code-switch')).length).toBeGreaterThanOrEqual(30);
});

describe('targets', () => {
  test.each(TEXT_CATEGORIES.map((c) => [c]))('recall ≥ 95 %% for %s', (category) => {
    const { positives, caught, missed } = score.perCategory[category];
    expect(caught / positives, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  test('benign drafts with a warning or high finding ≤ 3 %', () => {
    const { total, falseAlarms } = score.benign;
    expect(falseAlarms.length / total, falseAlarms.map((f) => `${f.id}: ${f.findings.join('; ')}`).join('\n')).toBeLessThanOrEqual(TARGETS.benignFalseAlarms);
  });
});

describe('held-out corpus (written later by another author): a regression guard', () => {
  const heldout = scoreCorpus('heldout');
  test.each(TEXT_CATEGORIES.map((c) => [c]))('recall ≥ 95 %% for %s', (category) => {
    const { positives, caught, missed } = heldout.perCategory[category];
    expect(caught / positives, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(TARGETS.recall);
  });
  // Above the 3 % target: most of these are roster full names used for someone else
  // ("Harvey Jones kitchens"), which the engine cannot tell apart. This bound stops it getting worse.
  test('benign drafts with a warning or high finding ≤ 6 %', () => {
    const { total, falseAlarms } = heldout.benign;
    expect(falseAlarms.length / total, falseAlarms.map((f) => `${f.id}: ${f.findings.join('; ')}`).join('\n')).toBeLessThanOrEqual(0.06);
  });
});

/** One analyser per school, compiled once: compiling per draft made these checks take minutes on a busy machine. */
function analyserCache(schools: Record<string, Parameters<typeof compile>[0]>) {
  const compiled = new Map<string, ReturnType<typeof compile>>();
  return (config: string) => {
    if (!compiled.has(config)) compiled.set(config, compile(schools[config]!));
    return compiled.get(config)!;
  };
}

// Scoring thousands of drafts is seconds on an idle machine; the limit is for a machine shared with
// browsers and builds (CI under load), where the default 60 s per test was once not enough.
const WHOLE_CORPUS = { timeout: patience(300_000) };

test('every finding on every draft points at the draft’s own words and cites its school’s pack', WHOLE_CORPUS, () => {
  const analyserFor = analyserCache(configs);
  for (const draft of [...drafts, ...loadCorpus('heldout').drafts]) {
    const analyser = analyserFor(draft.config);
    for (const f of analyser.analyse(draft.text)) {
      // The span is words of the draft: not empty, not padded with spaces, not cut mid-word.
      expect(f.match, draft.id).toMatch(/^[^\s].*[^\s]$|^[^\s]$/su);
      expect(f.match, draft.id).toMatch(/[\p{L}\p{N}]/u);
      expect(/[\p{L}\p{N}]/u.test(draft.text[f.start - 1] ?? '') && /[\p{L}\p{N}]/u.test(f.match[0]!), `${draft.id}: “${f.match}” starts mid-word`).toBe(false);
      expect(/[\p{L}\p{N}]/u.test(draft.text[f.end] ?? '') && /[\p{L}\p{N}]/u.test(f.match.at(-1)!), `${draft.id}: “${f.match}” ends mid-word`).toBe(false);
      for (const clause of f.clauses) expect(clause.policy, draft.id).toBe(analyser.pack.id);
    }
  }
});

/**
 * The blind hostility set (written by someone who had seen neither the engine nor the corpora, in the
 * messy way staff type). Its first-contact scores are in the README; the engine has been tuned on it
 * since, so these bounds are a regression guard, not an honest measure.
 */
describe('blind hostility set (tuned on after its first-contact score): a regression guard', () => {
  const blind = scoreCorpus('blind-hostility');
  // 86.8 % after issue 11's fourth session (81.8 % before it), less a small margin.
  test('derogatory recall ≥ 84 %', () => {
    const { positives, caught, missed } = blind.perCategory.derogatory;
    expect(caught / positives, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.84);
  });
  test('benign drafts with a warning or high finding ≤ 5 %', () => {
    const { total, falseAlarms } = blind.benign;
    expect(falseAlarms.length / total, falseAlarms.map((f) => `${f.id}: ${f.findings.join('; ')}`).join('\n')).toBeLessThanOrEqual(0.05);
  });
  test('every finding points at the draft’s own words', WHOLE_CORPUS, () => {
    const { drafts: blindDrafts, configs: blindConfigs } = loadCorpus('blind-hostility');
    const analyserFor = analyserCache(blindConfigs);
    for (const draft of blindDrafts) {
      for (const f of analyserFor(draft.config).analyse(draft.text)) {
        expect(f.match, draft.id).toMatch(/[\p{L}\p{N}]/u);
        expect(draft.text.slice(f.start, f.end), draft.id).toBe(f.match);
      }
    }
  });
});

/**
 * The second blind set (issue 13): 477 drafts of every category for three schools nobody here had
 * configured, written by someone who had seen neither the engine nor any corpus. Its first-contact
 * scores are in the README (confidential 60 %, benign false alarms 19 %). It was tuned on in issue
 * 13's second session (namesakes, place and acronym aliases, plain-words confidential matters, Welsh
 * mutations), so these floors are a regression guard at the tuned-on figures, not a blind measure.
 */
describe('second blind set (tuned on since its first contact): a regression guard', () => {
  const blind = scoreCorpus('blind-2');
  // derogatory: 89.7 % after issue 11's fourth session (59.8 % before it).
  const floors = { 'school-name': 0.97, 'pupil-name': 0.92, confidential: 0.84, derogatory: 0.86 } as const;
  for (const [category, floor] of Object.entries(floors) as [keyof typeof floors, number][]) {
    test(`${category} recall ≥ ${Math.round(floor * 100)} %`, () => {
      const { positives, caught, missed } = blind.perCategory[category];
      expect(positives).toBeGreaterThan(50);
      expect(caught / positives, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(floor);
    });
  }
  test('benign drafts with a warning or high finding ≤ 7 % (target 5 %: not met)', () => {
    const { total, falseAlarms } = blind.benign;
    expect(falseAlarms.length / total, falseAlarms.map((f) => `${f.id}: ${f.findings.join('; ')}`).join('\n')).toBeLessThanOrEqual(0.07);
  });
});

/**
 * A blind set tuned on since its first contact, held at its tuned-on figures less a small margin:
 * recall floors per category, and ceilings on benign and hard-benign false alarms.
 */
function tunedOnBlindGuard(
  name: 'blind-3' | 'blind-4' | 'blind-6' | 'blind-7' | 'blind-8' | 'blind-9' | 'blind-10' | 'train-16' | 'train-18' | 'train-19' | 'train-20' | 'train-21' | 'train-22' | 'train-23',
  floors: Record<'school-name' | 'pupil-name' | 'confidential' | 'derogatory', number>,
  minBenign: number,
  ceiling = 0.04,
) {
  const blind = scoreCorpus(name);
  const hardIds = new Set(loadCorpus(name).drafts.filter((d) => d.expect.length === 0 && d.tags.includes('hard-benign')).map((d) => d.id));
  for (const [category, floor] of Object.entries(floors) as [keyof typeof floors, number][]) {
    test(`${category} recall ≥ ${Math.round(floor * 100)} %`, () => {
      const { positives, caught, missed } = blind.perCategory[category];
      expect(positives).toBeGreaterThan(50);
      expect(caught / positives, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(floor);
    });
  }
  test(`benign drafts with a warning or high finding ≤ ${ceiling * 100} % (target 5 %)`, () => {
    const { total, falseAlarms } = blind.benign;
    expect(total).toBeGreaterThan(minBenign);
    expect(falseAlarms.length / total, falseAlarms.map((f) => `${f.id}: ${f.findings.join('; ')}`).join('\n')).toBeLessThanOrEqual(ceiling);
  });
  test(`hard benign drafts with a warning or high finding ≤ ${ceiling * 100} % (target 10 %)`, () => {
    const hard = blind.benign.falseAlarms.filter((f) => hardIds.has(f.id));
    expect(hardIds.size).toBeGreaterThan(100);
    expect(hard.length / hardIds.size, hard.map((f) => `${f.id}: ${f.findings.join('; ')}`).join('\n')).toBeLessThanOrEqual(ceiling);
  });
}

/**
 * The third blind set (issue 13, fourth session): 448 drafts for three more schools, written by a
 * helper who saw only the labelling rules, never the engine or any corpus. Its first-contact scores
 * are in the README. It has been tuned on since, so these floors are a regression guard at the
 * tuned-on figures, not a blind measure.
 */
describe('third blind set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on figures after issue 13's fourth session: 97.2 / 94.9 / 94.3 %, less a small margin
  // (at first contact, on main before that session: 90.3 / 82.8 / 60.9 %). Derogatory, issue 11's fourth
  // session: 95.7 % tuned-on (46.2 % at first contact). Benign false alarms 1.9 % (3 of 154), hard
  // benign 1.4 % (2 of 145), both tuned-on; 13.6 % and 13.8 % at first contact.
  tunedOnBlindGuard('blind-3', { 'school-name': 0.95, 'pupil-name': 0.92, confidential: 0.93, derogatory: 0.93 }, 100);
});

/**
 * The fourth blind set (fifth session): 486 drafts for four more schools by two writers who saw only
 * the labelling rules. Its first-contact scores are in the README (school 91.7, pupil 89.7,
 * confidential 72.7, derogatory 60.8 %, benign false alarms 16.6 %). It was tuned on in the same
 * session (issues 11 and 13), so these floors guard the tuned-on figures; the honest figure after
 * that tuning is the fifth blind set's, which stays outside the project.
 */
describe('fourth blind set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on after the fifth session: 91.7 / 89.7 / 78.8 / 91.2 %, less a small margin. Benign false
  // alarms 2.4 % (4 of 169), hard benign 2.8 % (4 of 143), tuned-on; 16.6 % and 19.6 % at first contact.
  tunedOnBlindGuard('blind-4', { 'school-name': 0.9, 'pupil-name': 0.88, confidential: 0.77, derogatory: 0.89 }, 150);
});

/**
 * The sixth blind set (sixth session): 486 drafts for four more schools by two writers who saw only
 * the labelling rules. Its first-contact scores are in the README (school 91.0, pupil 87.9,
 * confidential 72.5, derogatory 61.3 %, benign false alarms 8.8 %). It was tuned on in the same
 * session, so these floors guard the tuned-on figures; the honest figure after that tuning is the
 * seventh blind set's, written beside it and kept sealed outside the project.
 */
describe('sixth blind set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on after the sixth session: 100 / 96.8 / 97.5 / 95.8 %, less a small margin. Benign false
  // alarms 0.5 % (1 of 182), hard benign 0.6 % (1 of 163), tuned-on; 8.8 % and 9.8 % at first contact.
  tunedOnBlindGuard('blind-6', { 'school-name': 0.97, 'pupil-name': 0.94, confidential: 0.95, derogatory: 0.93 }, 150);
});

/**
 * The seventh blind set (sixth session): 486 drafts for four more schools by two writers who saw only
 * the labelling rules; kept sealed through that session and scored twice at first contact (README:
 * school 92.0, pupil 86.7, confidential 60.2, derogatory 57.7 %, benign false alarms 16.0 %). Tuned on
 * in the seventh session, so these floors guard the tuned-on figures; the honest figure after that
 * tuning is the ninth blind set's, written at the session's start and kept sealed.
 */
describe('seventh blind set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on after the seventh session: 100 / 99.2 / 97.6 / 96.4 %, less a small margin. Benign false
  // alarms 1.6 % (3 of 187), tuned-on; 16.0 % at first contact.
  tunedOnBlindGuard('blind-7', { 'school-name': 0.97, 'pupil-name': 0.96, confidential: 0.94, derogatory: 0.93 }, 150);
});

/**
 * The eighth blind set (seventh session): 484 drafts for four more schools by two writers who saw only
 * the labelling rules, scored at first contact before that session's work (README: school 95.1, pupil
 * 89.3, confidential 72.0, derogatory 69.2 %, benign false alarms 8.3 %), then tuned on in its second
 * round. These floors guard the tuned-on figures; the honest figure is the ninth set's, kept sealed beside it.
 */
describe('eighth blind set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on after the seventh session: 99.0 / 96.2 / 93.6 / 99.1 %, less a small margin. Benign false
  // alarms 0.6 % (1 of 181), tuned-on; 8.3 % at first contact.
  tunedOnBlindGuard('blind-8', { 'school-name': 0.97, 'pupil-name': 0.94, confidential: 0.91, derogatory: 0.96 }, 150);
});

/**
 * The ninth blind set (seventh session): 485 drafts for four more schools, kept sealed through that session
 * and scored at first contact before and after its work (README: school 88.7, pupil 92.1, confidential 80.0,
 * derogatory 68.8 %, benign false alarms 8.7 %), then tuned on in the eighth session's round (rules only:
 * the learned layers were not trained on it then; the confidential model is since the ninth session). These floors guard the tuned-on figures; the honest figures are
 * the tenth and eleventh sets', scored at first contact in the eighth session.
 */
describe('ninth blind set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on after the eighth session: 100 / 95.7 / 96.0 / 94.5 %, less a small margin. Benign false
  // alarms 1.6 % (3 of 184), tuned-on; 8.7 % at first contact.
  tunedOnBlindGuard('blind-9', { 'school-name': 0.97, 'pupil-name': 0.93, confidential: 0.93, derogatory: 0.92 }, 150);
});

/**
 * The tenth blind set (eighth session): 484 drafts for four more schools, kept sealed through that session
 * and scored at first contact (README: 93.7 / 94.7 / 87.9 / 69.0 %, benign false alarms 6.3 %), then tuned on
 * in the ninth session's round (rules) and trained on by the confidential model. These floors guard the
 * tuned-on figures; the honest figures are the twelfth and thirteenth sets', sealed through the ninth session.
 */
describe('tenth blind set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on after the ninth session: 100 / 99.2 / 100 / 98.3 %, less a small margin. Benign false
  // alarms 0 of 189, tuned-on; 6.3 % at first contact.
  tunedOnBlindGuard('blind-10', { 'school-name': 0.97, 'pupil-name': 0.96, confidential: 0.97, derogatory: 0.95 }, 150);
});

/**
 * The sixteenth session's set (train-16): 488 drafts for four more schools, written blind and scored once at
 * first contact (README: 90.3 / 89.9 / 77.2 / 59.3 %, benign false alarms 10.6 %), then tuned on in the same
 * session. These floors guard the tuned-on figures; the honest figure is the sealed set scored beside it.
 */
describe('sixteenth session set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on: 91.7 / 91.7 / 94.1 / 75.6 %, benign false alarms 4.4 % (7 of 160), hard benign 4.9 %, less a small margin.
  tunedOnBlindGuard('train-16', { 'school-name': 0.9, 'pupil-name': 0.9, confidential: 0.92, derogatory: 0.73 }, 150, 0.055);
});

/**
 * The seventeenth session's set (train-18): 480 drafts for four more schools, written blind and scored once at
 * first contact (README: 93.0 / 83.5 / 89.4 / 66.7 %, benign false alarms 10.0 %), then tuned on in the same
 * session. These floors guard the tuned-on figures; the honest figure is blind-23, sealed through the session.
 */
describe('seventeenth session set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on: 100 / 89.7 / 91.3 / 76.0 %, benign false alarms 10.0 % (16 of 160), hard benign 8.4 %, less a small margin.
  tunedOnBlindGuard('train-18', { 'school-name': 0.98, 'pupil-name': 0.87, confidential: 0.89, derogatory: 0.74 }, 150, 0.105);
});

/**
 * The eighteenth session's set (train-19): 480 drafts for four more schools, written blind and scored once at
 * first contact (README: 91.5 / 91.8 / 89.1 / 62.6 %, benign false alarms 16.3 %), then tuned on in the same
 * session. These floors guard the tuned-on figures; the honest figure is blind-24, sealed through the session.
 */
describe('eighteenth session set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on: 95.8 / 93.9 / 94.1 / 91.1 %, benign false alarms 7.5 % (12 of 160), all of them hard benign, less a small margin.
  tunedOnBlindGuard('train-19', { 'school-name': 0.94, 'pupil-name': 0.92, confidential: 0.92, derogatory: 0.89 }, 150, 0.085);
});

/**
 * The nineteenth session's set (train-20): 480 drafts for four more schools, written blind and scored once at
 * first contact (README: 97.1 / 89.1 / 86.1 / 60.8 %, benign false alarms 11.3 %), then tuned on in the same
 * session. These floors guard the tuned-on figures; the honest figure is blind-25, sealed through the session.
 */
describe('nineteenth session set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on: 97.1 / 94.1 / 95.0 / 74.6 %, benign false alarms 6.9 % (11 of 159), less a small margin.
  tunedOnBlindGuard('train-20', { 'school-name': 0.95, 'pupil-name': 0.92, confidential: 0.93, derogatory: 0.72 }, 150, 0.08);
});

/**
 * The nineteenth session's second set (train-21): 488 drafts for four more schools, written blind and scored once
 * at first contact (README: 88.2 / 89.1 / 90.8 / 70.9 %, benign false alarms 6.4 %), then tuned on in the same session.
 */
describe('nineteenth session second set (tuned on since its first contact): a regression guard', () => {
  // Tuned-on: 89.7 / 94.1 / 95.9 / 76.4 %, benign false alarms 4.5 % (7 of 156), less a small margin.
  tunedOnBlindGuard('train-21', { 'school-name': 0.87, 'pupil-name': 0.92, confidential: 0.93, derogatory: 0.74 }, 150, 0.06);
});

/**
 * The twentieth session's sets (train-22, train-23): 495 and 480 drafts for eight more schools, written blind and
 * scored once at first contact (README: 92.9 / 95.6 / 91.8 / 65.3 % and 98.5 / 91.6 / 82.8 / 60.5 %, school, pupil,
 * confidential, derogatory; benign false alarms 9.8 % and 11.0 %), then tuned on in the same session.
 */
describe('twentieth session sets (tuned on since their first contact): a regression guard', () => {
  // Tuned-on: 94.3 / 95.6 / 94.8 / 65.3 %, benign false alarms 6.9 % (12 of 174), less a small margin.
  tunedOnBlindGuard('train-22', { 'school-name': 0.92, 'pupil-name': 0.93, confidential: 0.92, derogatory: 0.63 }, 150, 0.09);
  // Tuned-on: 98.5 / 94.4 / 88.2 / 60.5 %, benign false alarms 10.4 % (17 of 163), less a small margin.
  tunedOnBlindGuard('train-23', { 'school-name': 0.96, 'pupil-name': 0.92, confidential: 0.86, derogatory: 0.58 }, 150, 0.12);
});
