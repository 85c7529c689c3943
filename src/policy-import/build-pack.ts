import { PACKS, PACK_IDS } from '../engine/rules';
import { formatIssues } from '../engine/schemas/errors';
import { PackSchema, type Mapping, type Pack } from '../engine/schemas/pack';
import { CATEGORIES, TOPICS, type Category } from '../engine/types';
import type { Block } from './blocks';
import { MODEL_PREFIX, proposeMappings, type MappingResult, type SlotProposal, type SlotSeverity } from './map';
import { segmentPolicy, type Segmentation } from './segment';

/**
 * From a policy's paragraphs to a pack in the format of rules/packs: the clauses as segmented, the
 * proposed mappings compressed into rules, checked against the same schema as the built-in packs.
 * The options page and the command line both call this; only reading the file differs.
 */
export interface ImportOptions {
  /** The policy's file name, kept in the pack as `sourceFile`. */
  fileName: string;
  id?: string;
  name?: string;
}

export interface PolicyImport {
  segmentation: Segmentation;
  mapping: MappingResult;
  pack: Pack;
}

export class NotAPolicyError extends Error {
  override name = 'NotAPolicyError';
}

export function importPolicy(blocks: readonly Block[], options: ImportOptions): PolicyImport {
  const segmentation = segmentPolicy(blocks);
  if (segmentation.clauses.length < 3) {
    throw new NotAPolicyError(
      segmentation.clauses.length === 0 ? 'no clauses found: this does not read as a policy (no numbered clauses or paragraphs under headings)' : `only ${segmentation.clauses.length} clause${segmentation.clauses.length === 1 ? '' : 's'} found: this does not read as a policy`,
    );
  }
  const mapping = proposeMappings(segmentation.clauses, PACKS.get('generic-uk')!);
  if (mapping.uncovered.length === CATEGORIES.length) {
    throw new NotAPolicyError('no clause says anything about confidentiality, pupils, photos, derogatory remarks or the school’s name: this does not read as a social-media policy');
  }
  const pack = assemblePack(segmentation, mapping, options);
  return { segmentation, mapping, pack };
}

export function assemblePack(segmentation: Segmentation, mapping: MappingResult, options: ImportOptions): Pack {
  const name = (options.name ?? segmentation.title ?? nameFromFile(options.fileName)).slice(0, 160);
  const id = options.id ?? packIdFrom(name);
  const usedModel = new Set(mapping.slots.flatMap((s) => s.clauses).filter((c) => c.startsWith(MODEL_PREFIX)));
  const pack = {
    id,
    name: name.length >= 3 ? name : `${name} policy`,
    adoptedBy: (segmentation.adopted ?? `${name} (the document gives no adoption date)`).slice(0, 200),
    model: false,
    sourceFile: options.fileName,
    clauses: [
      ...segmentation.clauses.map((c) => ({ id: c.id, title: c.title, ...(c.heading ? { heading: c.heading } : {}), text: c.text })),
      ...mapping.modelClauses.filter((c) => usedModel.has(c.id)),
    ],
    mappings: mappingsFrom(mapping.slots),
  };
  const result = PackSchema.safeParse(pack);
  if (!result.success) throw new Error(`the pack made from the policy does not validate: ${formatIssues(result.error.issues, pack).join('; ')}`);
  return result.data;
}

/** The slots, grouped into as few rules as say the same thing: one per category and severity and list of clauses. */
export function mappingsFrom(slots: readonly SlotProposal[]): Mapping[] {
  const rules: Mapping[] = [];
  for (const category of CATEGORIES) {
    const all = TOPICS[category] as readonly string[];
    const bySeverity = new Map<SlotSeverity, Map<string, string[]>>();
    for (const severity of ['warning', 'high'] as const) {
      const groups = new Map<string, string[]>();
      for (const topic of all) {
        const slot = slots.find((s) => s.category === category && s.topic === topic && s.severity === severity);
        if (!slot) continue;
        const key = slot.clauses.join('\u0000');
        groups.set(key, [...(groups.get(key) ?? []), topic]);
      }
      bySeverity.set(severity, groups);
    }
    const warning = bySeverity.get('warning')!;
    const high = bySeverity.get('high')!;
    for (const [key, topics] of warning) {
      const same = high.get(key);
      const both = same && same.length === topics.length && same.every((t) => topics.includes(t));
      rules.push(rule(category, topics, all, both ? undefined : ['info', 'warning'], key.split('\u0000')));
      if (both) high.delete(key);
    }
    for (const [key, topics] of high) rules.push(rule(category, topics, all, ['high'], key.split('\u0000')));
  }
  return rules;
}

function rule(category: Category, topics: string[], all: readonly string[], severities: Mapping['severities'], clauses: string[]): Mapping {
  return {
    category,
    ...(severities ? { severities } : {}),
    ...(topics.length === all.length ? {} : { topics }),
    clauses,
  };
}

/** A person chose another clause for one kind of finding: it becomes the first cited, the rest follow. */
export function chooseClause(slots: readonly SlotProposal[], target: { category: Category; topic: string; severity: SlotSeverity }, clauseId: string): SlotProposal[] {
  return slots.map((slot) => {
    if (slot.category !== target.category || slot.topic !== target.topic || slot.severity !== target.severity) return slot;
    const rest = slot.clauses.filter((id) => id !== clauseId && !(slot.fallback && id.startsWith(MODEL_PREFIX)));
    return { ...slot, clauses: [clauseId, ...rest], confidence: 1, level: 'high', fallback: clauseId.startsWith(MODEL_PREFIX), evidence: { ...slot.evidence } };
  });
}

export function packIdFrom(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  let id = words.join('-').slice(0, 60).replace(/-+$/, '') || 'school-policy';
  if (PACK_IDS.includes(id)) id = `${id}-own`;
  return id;
}

function nameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)} (social media policy)` : 'School social media policy';
}
