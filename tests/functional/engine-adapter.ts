import { analyse } from '../../src/analyser';
import { CADOXTON } from '../unit/fixtures';

/**
 * The suite's one contact with the engine: the public entry point, with the demo school the unit
 * tests use (Cadoxton Primary). When the engine's entry point or configuration changes, change it
 * here and nowhere else.
 */

export interface Verdict {
  /** A derogatory finding at warning or high: what the pre-post check acts on. */
  flagged: boolean;
  /** A derogatory finding at high. */
  high: boolean;
  /** The derogatory findings at warning or high, for the failure list: "match" severity rule. */
  findings: string[];
}

export function judge(text: string): Verdict {
  const derogatory = analyse(text, CADOXTON).filter((f) => f.category === 'derogatory' && f.severity !== 'info');
  return {
    flagged: derogatory.length > 0,
    high: derogatory.some((f) => f.severity === 'high'),
    findings: derogatory.map((f) => `"${f.match}" ${f.severity} ${f.ruleId}`),
  };
}
