import { analyserFor } from '../analyser';
import { attachedImageFindings } from '../analyser/images';
import type { AttachedImage } from '../messages';
import { PACKS } from '../engine/rules';
import type { ClauseRef, Finding } from '../engine/types';
import { DEMO_SETTINGS } from '../settings/demo';
import type { Scenario } from './scenarios';

/**
 * The real engine, run in the demo page itself: the sample school's settings with the policy the
 * presenter picked. The engine is pure TypeScript, so the same code runs here, in the extension's
 * background and on the command line; nothing is canned and nothing is sent anywhere.
 */
export function findingsFor(text: string, policy: string): Finding[] {
  return analyserFor({ ...DEMO_SETTINGS, policy }).analyse(text);
}

/**
 * The findings for a photo the real photo check has read (or could not read), with the sample
 * school and the chosen policy: the same engine step the background runs for a photo attached to a
 * post (`attachedImageFindings`), so the clauses follow the policy switch like the caption's.
 */
export function photoFindingsFor(image: AttachedImage, draft: string, policy: string): Finding[] {
  return attachedImageFindings([image], analyserFor({ ...DEMO_SETTINGS, policy }), draft);
}

export const SAMPLE_SCHOOL = DEMO_SETTINGS.schoolName;

export interface PolicyChoice {
  id: string;
  name: string;
}

/** The six packs, the model policy first, as the switcher offers them. */
export const POLICIES: readonly PolicyChoice[] = [...PACKS.values()].map((pack) => ({ id: pack.id, name: pack.name }));
export const DEFAULT_DEMO_POLICY = DEMO_SETTINGS.policy ?? POLICIES[0]!.id;

/** Findings a post would be held for (warnings and high risks), the ones the closing slide counts. */
export const heldFor = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity !== 'info');

export interface CoveredClause {
  clause: ClauseRef;
  /** How many scenarios cite it. */
  scenarios: number;
}

/**
 * The clauses of the chosen policy that the scenarios' findings cite, in the policy's own order:
 * what the closing slide of an induction session sums up.
 */
export function clausesCovered(scenarios: readonly Scenario[], policy: string): CoveredClause[] {
  const counts = new Map<string, { clause: ClauseRef; scenarios: Set<string> }>();
  for (const scenario of scenarios) {
    for (const finding of heldFor(findingsFor(scenario.draft, policy))) {
      for (const clause of finding.clauses) {
        const entry = counts.get(clause.id) ?? { clause, scenarios: new Set<string>() };
        entry.scenarios.add(scenario.id);
        counts.set(clause.id, entry);
      }
    }
  }
  const order = PACKS.get(policy)?.clauses.map((c) => c.id) ?? [];
  return [...counts.values()]
    .sort((a, b) => order.indexOf(a.clause.id) - order.indexOf(b.clause.id))
    .map(({ clause, scenarios: cited }) => ({ clause, scenarios: cited.size }));
}
