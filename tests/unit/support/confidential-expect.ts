import { expect } from 'vitest';
import type { Analyser } from '../../../src/analyser';
import type { Severity } from '../../../src/engine/types';

/**
 * The confidential-family tests' two assertions for one school's analyser: a draft that warns by
 * `rule` (at `severity` when given), or one with no confidential finding at warning or high.
 */
export function confidentialExpect(school: Analyser): { warns: (draft: string, rule: string, severity?: Severity) => void; quiet: (draft: string) => void } {
  const acting = (draft: string) => school.analyse(draft).filter((f) => f.severity !== 'info' && f.category === 'confidential');
  return {
    warns(draft, rule, severity) {
      const findings = acting(draft);
      const finding = findings.find((f) => f.ruleId === rule && (!severity || f.severity === severity));
      expect(finding, JSON.stringify(findings.map((f) => `${f.ruleId} ${f.severity} “${f.match}”`))).toBeDefined();
    },
    quiet(draft) {
      expect(acting(draft).map((f) => `${f.ruleId} “${f.match}”`)).toEqual([]);
    },
  };
}
