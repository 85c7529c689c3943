import { expect } from 'vitest';
import { analyse } from '../../../src/analyser';
import type { Finding, Severity } from '../../../src/engine/types';
import { CADOXTON } from '../fixtures';

/** The hostility-family tests' two assertions, on the Cadoxton settings: a draft held for derogatory language, or not. */
const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

function derogatory(draft: string): Finding[] {
  return analyse(draft, CADOXTON).filter((f) => f.category === 'derogatory');
}

/** Held (warning or high), by `rule` when given. */
export function expectFlag(draft: string, rule?: string): void {
  const found = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  const seen = JSON.stringify(found.map((f) => [f.ruleId, f.severity, f.match]));
  expect(found.length, seen).toBeGreaterThan(0);
  if (rule) expect(found.map((f) => f.ruleId), seen).toContain(rule);
}

/** Nothing at warning or high. */
export function expectQuiet(draft: string): void {
  const loud = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  expect(loud.map((f) => [f.ruleId, f.severity, f.match])).toEqual([]);
}
