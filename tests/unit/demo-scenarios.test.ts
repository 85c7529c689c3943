import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { POLICIES, clausesCovered, findingsFor, heldFor } from '../../src/demo/analysis';
import { SCENARIOS, SITES, parseScenarios, scenarioKey } from '../../src/demo/scenarios';
import { TEXT_CATEGORIES } from '../eval/corpus';

/**
 * The induction demo's scenarios (rules/demo/scenarios.json) against the real engine: each still
 * shows what it is there to show, together they cover every category on every site, switching
 * policy changes the clauses cited, and their words exist in English and Welsh.
 */
describe('each scenario, checked by the engine on the sample school', () => {
  test.each(SCENARIOS.map((s) => [s.id, s] as const))('%s shows exactly what it says it shows', (_, scenario) => {
    const categories = new Set(heldFor(findingsFor(scenario.draft, 'generic-uk')).map((f) => f.category));
    expect([...categories].sort()).toEqual([...scenario.shows].sort());
  });

  test.each(SCENARIOS.map((s) => [s.id, s] as const))('%s cites the chosen policy’s own clauses, which change with the policy', (_, scenario) => {
    const cited = POLICIES.map((p) => {
      const findings = heldFor(findingsFor(scenario.draft, p.id));
      for (const f of findings) {
        expect(f.clauses.length, `${p.id} ${f.ruleId}`).toBeGreaterThan(0);
        for (const clause of f.clauses) expect(clause.policy).toBe(p.id);
      }
      // The clause each finding cites first (the most specific), by its number in that policy.
      return findings.map((f) => f.clauses[0]!.id).join(' ');
    });
    // Two Welsh primaries number some clauses alike (both put derogatory remarks at 4); the rest differ.
    expect(new Set(cited).size).toBeGreaterThanOrEqual(POLICIES.length - 1);
  });
});

describe('the scenarios together', () => {
  test.each(SITES)('every text category is shown on %s, and a photo post is there', (site) => {
    const onSite = SCENARIOS.filter((s) => s.site === site);
    const shown = new Set(onSite.flatMap((s) => heldFor(findingsFor(s.draft, 'generic-uk')).map((f) => f.category)));
    for (const category of TEXT_CATEGORIES) expect(shown, `${site}: ${category}`).toContain(category);
    // A post with a real photo on every site; its photo's findings come from the photo check in the
    // browser (tests/e2e/demo-photos.test.ts), never from the caption.
    const photos = onSite.filter((s) => s.photo !== undefined);
    expect(photos.length).toBeGreaterThan(0);
    for (const s of photos) expect(findingsFor(s.draft, 'generic-uk').filter((f) => f.category === 'pupil-image')).toEqual([]);
  });

  test('the closing slide lists the clauses met, in the policy’s order, and they change with the policy', () => {
    const bySummary = POLICIES.map((p) => clausesCovered(SCENARIOS, p.id).map((c) => c.clause.id));
    for (const ids of bySummary) expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(bySummary.map((ids) => ids.join())).size).toBe(POLICIES.length);
    const generic = clausesCovered(SCENARIOS, 'generic-uk');
    expect(generic.map((c) => c.clause.id)).toEqual(['M1', 'M2', 'M6', 'M7', 'M8', 'M9', 'M12']);
    expect(generic.find((c) => c.clause.id === 'M6')?.scenarios).toBe(SCENARIOS.filter((s) => s.shows.includes('pupil-name')).length);
  });

  test('every scenario’s words are in both catalogues', () => {
    for (const scenario of SCENARIOS) {
      for (const part of ['title', 'why'] as const) for (const lang of ['en', 'cy'] as const) expect(CATALOGUES[lang], `${lang} ${scenario.id} ${part}`).toHaveProperty(scenarioKey(scenario, part));
    }
  });
});

describe('the scenarios file is validated', () => {
  test.each([
    { why: 'an unknown site', file: { scenarios: [{ id: 'a', site: 'myspace', draft: 'x', shows: ['derogatory'] }] }, error: /scenarios\[0\]\.site/ },
    { why: 'a photo claimed to be checked', file: { scenarios: [{ id: 'a', site: 'x', draft: 'x', shows: ['pupil-image'], photo: 'checked' }] }, error: /photo/ },
    { why: 'an empty draft', file: { scenarios: [{ id: 'a', site: 'x', draft: ' ', shows: ['derogatory'] }] }, error: /draft/ },
    { why: 'two scenarios with one id', file: { scenarios: [{ id: 'a', site: 'x', draft: 'x', shows: ['derogatory'] }, { id: 'a', site: 'x', draft: 'y', shows: ['derogatory'] }] }, error: /unique/ },
  ])('$why is refused', ({ file, error }) => {
    expect(() => parseScenarios(file)).toThrow(error);
  });
});
