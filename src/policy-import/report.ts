import type { Pack } from '../engine/schemas/pack';
import type { PolicyImport } from './build-pack';
import { MODEL_PREFIX, type SlotProposal } from './map';

/**
 * The report a person checks before the pack is used: every mapping with the clause it cites and
 * the words in that clause that support it, the least sure first; the categories the policy has no
 * clause for, said plainly; what the segmenter had to decide (made-up ids, shortened texts, Welsh).
 */
const LEVEL_ORDER = { none: 0, low: 1, medium: 2, high: 3 } as const;

export function sortForReview(slots: readonly SlotProposal[]): SlotProposal[] {
  return [...slots].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.confidence - b.confidence);
}

export function reportMarkdown(result: PolicyImport, sourceName: string): string {
  const { pack, segmentation, mapping } = result;
  const lines: string[] = [];
  lines.push(`# ${pack.name}: pack made from ${sourceName}`, '');
  lines.push(`Pack id \`${pack.id}\`; ${segmentation.clauses.length} clauses; ${pack.mappings.length} mapping rules. ${pack.adoptedBy}.`, '');
  lines.push('Check every mapping below, the least sure first, before the pack is deployed. Change one in the extension’s options page ("Use our school’s own policy") or in the pack file.', '');
  if (mapping.uncovered.length > 0) {
    lines.push('## Not covered by the policy', '');
    for (const category of mapping.uncovered) lines.push(`- **${category}**: no clause of the policy says anything about this; the model policy’s clause is cited instead (ids beginning \`${MODEL_PREFIX}\`), marked as the model’s.`);
    lines.push('');
  }
  if (mapping.indirect.length > 0) {
    lines.push('## Covered only indirectly', '');
    for (const category of mapping.indirect) lines.push(`- **${category}**: no clause speaks of this directly (for pupil-image: no clause mentions photos, pictures or video); the nearest clause is cited, with low confidence.`);
    lines.push('');
  }
  if (segmentation.notes.length > 0) {
    lines.push('## What the segmenter decided', '');
    for (const note of segmentation.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  lines.push('## Mappings, least sure first', '');
  lines.push('| confidence | kind of finding | severity | cites | evidence in the clause | other candidates |', '|---|---|---|---|---|---|');
  for (const slot of sortForReview(result.mapping.slots)) {
    const cites = slot.clauses.map((id) => `${id}${id.startsWith(MODEL_PREFIX) ? ' (model policy)' : ''}`).join(', ');
    const words = slot.clauses.map((id) => (slot.evidence[id]?.length ? `${id}: ${slot.evidence[id]!.map((w) => `“${w}”`).join(', ')}` : '')).filter(Boolean).join('; ');
    const level = slot.fallback ? 'none: model policy' : `${slot.level} (${slot.confidence.toFixed(2)})`;
    lines.push(`| ${level} | ${slot.category} / ${slot.topic} | ${slot.severity} | ${cites} | ${escape(words) || '—'} | ${slot.alternatives.join(', ') || '—'} |`);
  }
  lines.push('', '## Clauses', '');
  for (const c of pack.clauses) {
    lines.push(`### ${c.id} · ${c.title}`, '');
    if (c.heading) lines.push(`*${c.heading}*`, '');
    lines.push(`> ${c.text}`, '');
    const welsh = segmentation.clauses.find((s) => s.id === c.id)?.welsh;
    if (welsh) lines.push(`Cymraeg: > ${welsh}`, '');
  }
  return `${lines.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** One line a person reads at the end of the command. */
export function summary(pack: Pack, result: PolicyImport): string {
  const low = result.mapping.slots.filter((s) => s.level === 'low' || s.level === 'none').length;
  return `${pack.clauses.length} clauses, ${result.mapping.slots.length} mappings (${low} low-confidence or from the model policy)${result.mapping.uncovered.length ? `; not covered by the policy: ${result.mapping.uncovered.join(', ')}` : ''}${result.mapping.indirect.length ? `; covered only indirectly: ${result.mapping.indirect.join(', ')}` : ''}`;
}
