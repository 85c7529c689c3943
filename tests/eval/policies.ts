import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleApplies, type Mapping, type Pack } from '../../src/engine/schemas/pack';
import { CATEGORIES, TOPICS, type Category } from '../../src/engine/types';
import { importPolicy, type PolicyImport } from '../../src/policy-import/build-pack';
import { foldText } from '../../src/policy-import/clean-text';
import { createNodeReaders } from '../../src/policy-import/node-readers';
import { readPolicyDocument } from '../../src/policy-import/read-document';
import { convertPolicies } from '../policies/make-files';

/**
 * How `pack-from-policy` does against packs made by hand: the five policies the built-in packs were
 * made from (tuned-on), and the blind policies in tests/policies/blind (written before the importer).
 * Two figures per policy:
 * - clauses: of the hand-made clauses, the share segmented with the same id and the same text
 *   (whitespace folded);
 * - slots: for each category × severity (warning, high), whether the clause the pack shows first is
 *   one the hand-made pack cites there. "The clause shown first" for a category is the one first
 *   for most of its topics; the finer figure takes every category × topic × severity.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_POLICIES = join(root, '..', 'shared', 'policies');
export const BLIND = join(root, 'tests', 'policies', 'blind');
export const FIVE = ['cadoxton-primary', 'st-nicholas-ciw', 'cadmus', 'westacre-infant', 'gloucestershire'] as const;
export const BLIND_POLICIES = ['bryncoed-model-hillside', 'meridian-trust', 'glan-morfa-bilingual'] as const;

export interface Reference {
  clauses: { id: string; text: string }[];
  mappings: Mapping[];
}

export interface Score {
  hit: number;
  total: number;
  misses: string[];
}

export interface PolicyScore {
  policy: string;
  clauses: Score;
  slots: Score;
  topicSlots: Score;
}

const SEVERITIES = ['warning', 'high'] as const;

export function reference(policy: string): Reference {
  const file = (FIVE as readonly string[]).includes(policy) ? join(root, 'rules', 'packs', `${policy}.json`) : join(BLIND, `${policy}.expected.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Reference;
}

function cites(ref: Reference, category: Category, topic: string, severity: string): string[] {
  return [...new Set(ref.mappings.filter((rule) => ruleApplies(rule, category, topic, severity)).flatMap((rule) => rule.clauses))];
}

function firstCited(pack: Pack, category: Category, topic: string, severity: string): string | undefined {
  return pack.mappings.find((rule) => ruleApplies(rule, category, topic, severity))?.clauses[0];
}

export function score(result: PolicyImport, ref: Reference, policy: string): PolicyScore {
  const clauses: Score = { hit: 0, total: 0, misses: [] };
  for (const expected of ref.clauses) {
    clauses.total++;
    const got = result.segmentation.clauses.find((c) => c.id === expected.id);
    if (got && foldText(got.text) === foldText(expected.text)) clauses.hit++;
    else clauses.misses.push(got ? `${expected.id}: text differs` : `${expected.id}: no clause with this id`);
  }
  const slots: Score = { hit: 0, total: 0, misses: [] };
  const topicSlots: Score = { hit: 0, total: 0, misses: [] };
  for (const category of CATEGORIES) {
    for (const severity of SEVERITIES) {
      const topics = TOPICS[category] as readonly string[];
      const firsts = topics.map((topic) => firstCited(result.pack, category, topic, severity));
      for (const [i, topic] of topics.entries()) {
        topicSlots.total++;
        if (firsts[i] && cites(ref, category, topic, severity).includes(firsts[i]!)) topicSlots.hit++;
        else topicSlots.misses.push(`${category}/${topic}/${severity}: ${firsts[i]} not in [${cites(ref, category, topic, severity).join(', ')}]`);
      }
      const shown = mostCommon(firsts.filter((f): f is string => f !== undefined));
      const cited = [...new Set(topics.flatMap((topic) => cites(ref, category, topic, severity)))];
      slots.total++;
      if (shown && cited.includes(shown)) slots.hit++;
      else slots.misses.push(`${category}/${severity}: ${shown} not in [${cited.join(', ')}]`);
    }
  }
  return { policy, clauses, slots, topicSlots };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

export async function importFile(path: string): Promise<PolicyImport> {
  const readers = createNodeReaders();
  const { blocks } = await readPolicyDocument(new Uint8Array(readFileSync(path)), path, readers);
  return importPolicy(blocks, { fileName: path.replace(/^.*\//, '') });
}

export function policyPath(policy: string): string {
  return (FIVE as readonly string[]).includes(policy) ? join(SHARED_POLICIES, `${policy}.txt`) : join(BLIND, `${policy}.txt`);
}

/** LibreOffice (Debian's libreoffice-writer) converts the .txt policies to .docx or .pdf in a temporary folder. */
export function convertWithLibreOffice(paths: readonly string[], format: 'docx' | 'pdf'): { files: string[]; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'guardrail-policies-'));
  const saved = convertPolicies(paths, format);
  const files = paths.map((p, i) => {
    const file = join(dir, p.replace(/^.*\//, '').replace(/\.txt$/, `.${format}`));
    writeFileSync(file, saved[i]!);
    return file;
  });
  return { files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function percent(s: { hit: number; total: number }): string {
  return `${((100 * s.hit) / s.total).toFixed(1)} %`;
}

export function sum(scores: readonly Score[]): Score {
  return { hit: scores.reduce((n, s) => n + s.hit, 0), total: scores.reduce((n, s) => n + s.total, 0), misses: scores.flatMap((s) => s.misses) };
}
