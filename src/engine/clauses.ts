import { ruleApplies, type Pack } from './schemas/pack';
import type { Category, ClauseRef, Severity, Topic } from './types';

/**
 * The clauses of the active pack that a finding cites, in the pack's own order of relevance.
 * Findings refer to clauses by id, the way an ESLint message links to its rule's page, so the
 * verbatim text lives in one place: the pack.
 */
export function clausesFor(pack: Pack, category: Category, topic: Topic, severity: Severity): ClauseRef[] {
  const ids: string[] = [];
  for (const rule of pack.mappings) {
    if (!ruleApplies(rule, category, topic, severity)) continue;
    for (const id of rule.clauses) if (!ids.includes(id)) ids.push(id);
  }
  return ids.map((id) => {
    const clause = pack.clauses.find((c) => c.id === id)!;
    return { policy: pack.id, id: clause.id, title: clause.title, text: clause.text };
  });
}
