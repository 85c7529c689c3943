import { ruleApplies, type Pack } from './schemas/pack';
import type { Category, ClauseRef, Severity, Topic } from './types';

/**
 * The clauses of the active pack that a finding cites, in the pack's own order of relevance.
 * Findings refer to clauses by id, the way an ESLint message links to its rule's page, so the
 * verbatim text lives in one place: the pack.
 */
export function clausesFor(pack: Pack, category: Category, topic: Topic, severity: Severity): ClauseRef[] {
  // Every finding of a draft asks, on every keystroke, with a handful of distinct keys: the pack's
  // mappings are read once per key and pack (a pack is never changed once made, so the answer
  // keeps). Each finding gets its own copies of the references (callers may keep or change them).
  let byKey = cited.get(pack);
  if (!byKey) cited.set(pack, (byKey = new Map()));
  const key = `${category}\u0000${topic}\u0000${severity}`;
  let refs = byKey.get(key);
  if (!refs) byKey.set(key, (refs = clausesOf(pack, category, topic, severity)));
  return refs.map((ref) => ({ ...ref }));
}

const cited = new WeakMap<Pack, Map<string, readonly ClauseRef[]>>();

function clausesOf(pack: Pack, category: Category, topic: Topic, severity: Severity): ClauseRef[] {
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
