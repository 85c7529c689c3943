import { z } from 'zod';
import { defineDetector } from '../detector';
import type { Severity } from '../types';
import type { RawFinding } from './raw-finding';

/**
 * One remark, one finding (issue 11, fourteenth session). "SLT are clueless" was told twice: by
 * `contempt/target-predicate` (the role and its verdict, "SLT are clueless") and by the insult word alone
 * ("clueless"). A teacher reads two warnings as two problems. The composed finding already says more (whom
 * and what), so it absorbs every other derogatory finding that lies wholly inside its span and takes the
 * strongest severity among them: the insult's "high" is not lost, only the second card.
 *
 * Runs last of the post passes, after counter-speech and banter, so it only merges what survived them.
 */
const COMPOSED = 'contempt/target-predicate';
const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

export function oneRemark(draft: string, findings: readonly RawFinding[]): RawFinding[] {
  const composed = findings.filter((f) => f.ruleId === COMPOSED);
  if (composed.length === 0) return findings.slice();
  const absorbedBy = new Map<RawFinding, RawFinding[]>();
  const absorbed = new Set<RawFinding>();
  for (const c of composed) {
    for (const f of findings) {
      if (f === c || f.category !== 'derogatory' || f.ruleId === COMPOSED || absorbed.has(f)) continue;
      if (f.start < c.start || f.end > c.end) continue;
      absorbed.add(f);
      absorbedBy.set(c, [...(absorbedBy.get(c) ?? []), f]);
    }
  }
  if (absorbed.size === 0) return findings.slice();
  const out: RawFinding[] = [];
  for (const f of findings) {
    if (absorbed.has(f)) continue;
    const inner = absorbedBy.get(f);
    if (!inner) {
      out.push(f);
      continue;
    }
    // The composed rule knows whom the remark names ("the kids at Maes Derwen are feral" is about pupils, though
    // the insult word alone sees the school); only when it found no one of the school does the inner finding
    // that raised the severity say whom.
    const raiser = inner.reduce<RawFinding | undefined>((best, g) => (RANK[g.severity] > RANK[best?.severity ?? f.severity] ? g : best), undefined);
    const also = inner.map((g) => `“${draft.slice(g.start, g.end)}” (${g.ruleId})`).join(', ');
    out.push({
      ...f,
      severity: raiser?.severity ?? f.severity,
      topic: f.topic === 'general' && raiser && raiser.topic !== 'general' ? raiser.topic : f.topic,
      explanation: { ...f.explanation, reason: `${f.explanation.reason}; within it, also ${also}` },
    });
  }
  return out;
}

export const oneRemarkDetector = defineDetector({
  id: 'one-remark',
  phase: 'post',
  description: 'Folds a derogatory finding that lies wholly inside a composed target-and-predicate remark into it: one remark, one finding, at the stronger severity.',
  rules: {},
  lexicon: z.unknown(),
  select: () => undefined,
  compile: () => undefined,
  run: (_compiled, { view, findings }) => oneRemark(view.doc.draft, findings),
});
