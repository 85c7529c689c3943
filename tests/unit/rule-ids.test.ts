import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { DETECTORS } from '../../src/engine/detectors';
import { RULE_EXAMPLES, RULE_EXAMPLE_SETTINGS } from './rule-examples';

/** Every rule any detector declares, raised by the smallest draft that shows it. */
const analyser = compile(RULE_EXAMPLE_SETTINGS);

describe('one example per rule id', () => {
  test('every declared rule has an example', () => {
    const declared = DETECTORS.flatMap((d) => Object.keys(d.rules));
    expect(declared.filter((rule) => !(rule in RULE_EXAMPLES))).toEqual([]);
  });

  test.each(Object.entries(RULE_EXAMPLES))('%s: %s', (rule, draft) => {
    const findings = analyser.analyse(draft);
    expect(findings.map((f) => f.ruleId)).toContain(rule);
    const finding = findings.find((f) => f.ruleId === rule)!;
    // Every finding cites a clause and explains itself.
    expect(finding.clauses.length).toBeGreaterThan(0);
    expect(finding.message.length).toBeGreaterThan(20);
    expect(finding.explanation.reason.length).toBeGreaterThan(5);
  });
});
