/**
 * The hostility functional suite (issue 11, item 2): tests/functional/hostility-suite.json, its
 * schema and expansion, and the figure: at least 90 % of hateful cases flagged (a
 * derogatory finding at warning or high) and at most 10 % of the contrasts. On failure the
 * per-functionality table is in the message; `npm run eval:hostility` lists every failing case.
 */
import { describe, expect, test } from 'vitest';
import { formatTable, scoreSuite, TARGETS } from '../functional/score';
import { expandSuite, loadSuite, parseSuite, type Suite } from '../functional/suite';

const suite = loadSuite();
const cases = expandSuite(suite);

/** A small valid suite, for the schema's own tests. */
function tinySuite(): Suite {
  return {
    version: 1,
    targets: {
      protected: { about: 'x', groups: [{ id: 'asylum-seekers', kind: 'immigration-status', group: 'asylum seekers', group_singular: 'asylum seeker' }, { id: 'poles', kind: 'nationality', group: 'Poles', group_singular: 'Pole', group_adj: 'Polish' }] },
      school: { about: 'x', groups: [{ id: 'parents', kind: 'parents', group: 'parents' }] },
      person: { about: 'x', groups: [{ id: 'the-head', kind: 'staff', person: 'the head' }] },
      slurs: { about: 'x', groups: [{ id: 'slur', kind: 'race', group: 'slurs', group_singular: 'slur' }] },
      welsh: { about: 'x', groups: [{ id: 'ffoaduriaid', kind: 'immigration-status', group: 'ffoaduriaid' }] },
    },
    functionalities: [
      {
        id: 'f',
        title: 'f',
        expect: 'flag',
        templates: [
          { id: 'one', over: 'protected', text: 'never trust a {group_singular}' },
          { id: 'adj', over: 'protected', text: '{group_adj} families' },
          { id: 'fixed', over: 'none', text: 'I hate Mondays' },
        ],
      },
    ],
  };
}

function problemsOf(raw: unknown): string {
  try {
    parseSuite(raw);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no problem reported';
}

describe('the suite file', () => {
  test('has the issue’s several hundred cases: at least 400 hateful and 250 contrasts', () => {
    expect(cases.filter((c) => c.expect === 'flag').length).toBeGreaterThanOrEqual(400);
    expect(cases.filter((c) => c.expect === 'quiet').length).toBeGreaterThanOrEqual(250);
  });

  test('every case has a unique, stable id', () => {
    const ids = cases.map((c) => c.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    expect(ids).toContain('dehumanisation/vermin/refugees');
    expect(ids).toContain('threat-person/swing-for/that-parent');
    expect(ids).toContain('slur-homonym/faggots-peas');
  });

  test('covers the behaviours the issue names, each with cases', () => {
    const byFunctionality = new Map<string, number>();
    for (const c of cases) byFunctionality.set(c.functionality, (byFunctionality.get(c.functionality) ?? 0) + 1);
    const hateful = ['derogation', 'dehumanisation', 'hateful-emotion', 'threat-direct', 'threat-normative', 'threat-person', 'slur', 'pronoun-reference', 'negated-praise', 'question', 'opinion', 'spelling-variant', 'school-insult', 'welsh-hate'];
    const contrasts = ['counter-quote', 'counter-reference', 'negated-hate', 'neutral-positive', 'slur-homonym', 'object-hostility', 'self-deprecation', 'non-person-target', 'welsh-quiet'];
    for (const id of hateful) expect(suite.functionalities.find((f) => f.id === id)?.expect, id).toBe('flag');
    for (const id of contrasts) expect(suite.functionalities.find((f) => f.id === id)?.expect, id).toBe('quiet');
    for (const id of [...hateful, ...contrasts]) expect(byFunctionality.get(id) ?? 0, id).toBeGreaterThanOrEqual(10);
  });

  test('no template is left with an unfilled slot', () => {
    expect(cases.filter((c) => /[{}]/.test(c.text)).map((c) => c.id)).toEqual([]);
  });
});

describe('the schema and expansion', () => {
  test('a valid suite expands: "a" becomes "an" before a vowel, a leading slot is capitalised, groups without group_adj are skipped', () => {
    const expanded = expandSuite(parseSuite(tinySuite()));
    expect(expanded.map((c) => [c.id, c.text])).toEqual([
      ['f/one/asylum-seekers', 'never trust an asylum seeker'],
      ['f/one/poles', 'never trust a Pole'],
      ['f/adj/poles', 'Polish families'],
      ['f/fixed', 'I hate Mondays'],
    ]);
  });

  test('a template with an unknown slot is rejected, saying where', () => {
    const broken = tinySuite();
    broken.functionalities[0]!.templates[0]!.text = 'I hate {groups}';
    expect(problemsOf(broken)).toMatch(/functionalities\.0\.templates\.0\.text: f\/one uses unknown slot\(s\) \{groups\}/);
  });

  test('a slot the target list does not fill is rejected', () => {
    const broken = tinySuite();
    broken.functionalities[0]!.templates[0] = { id: 'one', over: 'school', text: '{person} is gutless' };
    expect(problemsOf(broken)).toMatch(/the school list does not fill \{person\}/);
  });

  test('a group missing a required slot, a duplicate id and an unknown group are each rejected', () => {
    const broken = tinySuite();
    delete broken.targets.protected.groups[0]!.group_singular;
    broken.targets.school.groups.push({ id: 'parents', kind: 'parents', group: 'the parents' });
    broken.functionalities[0]!.templates[0]!.groups = ['martians'];
    const message = problemsOf(broken);
    expect(message).toMatch(/group "asylum-seekers" in protected needs "group_singular"/);
    expect(message).toMatch(/duplicate group id "parents" in school/);
    expect(message).toMatch(/names group "martians", which is not in the protected list/);
  });

  test('an expectation other than flag or quiet is rejected', () => {
    const broken = tinySuite() as unknown as { functionalities: { expect: string }[] };
    broken.functionalities[0]!.expect = 'maybe';
    expect(problemsOf(broken)).toMatch(/functionalities\.0\.expect/);
  });
});

describe('the engine on the suite (the issue’s figure)', () => {
  // Scored once, when the first test runs, so that an engine that throws fails a test, not the file.
  let scored: { score: ReturnType<typeof scoreSuite>; table: string } | undefined;
  const result = () => {
    if (!scored) {
      const score = scoreSuite(cases);
      scored = { score, table: `\n${formatTable(score)}\n(npm run eval:hostility lists every failing case)` };
    }
    return scored;
  };

  test(`at least ${TARGETS.hatefulFlagged * 100} % of hateful cases are flagged`, () => {
    const { score, table } = result();
    expect(score.hateful.flagged / score.hateful.cases, table).toBeGreaterThanOrEqual(TARGETS.hatefulFlagged);
  });

  test(`at most ${TARGETS.contrastsFlagged * 100} % of contrasts are flagged`, () => {
    const { score, table } = result();
    expect(score.contrasts.flagged / score.contrasts.cases, table).toBeLessThanOrEqual(TARGETS.contrastsFlagged);
  });
});
