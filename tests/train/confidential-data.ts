import { readdirSync, readFileSync } from 'node:fs';
import { hash32 } from '../../src/engine/learned/features';
import { inCorpusValidation, ROOT, SHIPPED_CORPORA, staffDrafts, tweetEval, writerOf } from './data';

/**
 * The data of the learned confidential layer (`npm run train:confidential`, docs/models.md).
 *
 * Trained on the issue-13 drafts (`tests/corpus/train/issue13/*.jsonl`, four helpers, four voices),
 * label 1 when a careful DSL would warn that the draft is confidential (`expect` holds
 * "confidential"), 0 otherwise (benign drafts and drafts that are risky for another reason only:
 * a pupil's name, a school's name, an insult). One draft in five, by a hash of its id, is kept out
 * of training: the validation split the thresholds are chosen on.
 *
 * Since the eighth session the engine's corpora listed in `TRAINING_CORPORA` (tests/train/data.ts)
 * may be trained on too (`corpusWeight`); `heldout.jsonl` and `blind-11.jsonl` never are.
 */
export interface LabelledDraft {
  readonly id: string;
  readonly config: string;
  readonly text: string;
  readonly expect: readonly string[];
  readonly tags: readonly string[];
}

export interface ConfidentialExample extends LabelledDraft {
  readonly label: 0 | 1;
  /** Training weight (1 unless said). */
  readonly weight?: number;
}

export const ISSUE13_DIR = `${ROOT}tests/corpus/train/issue13`;

function jsonl(path: string): LabelledDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const d = JSON.parse(l) as LabelledDraft;
      if (typeof d.id !== 'string' || typeof d.text !== 'string' || !Array.isArray(d.expect)) throw new Error(`${path}:${i + 1}: expected id, text and expect`);
      return d;
    });
}

const labelled = (d: LabelledDraft): ConfidentialExample => ({ ...d, label: d.expect.includes('confidential') ? 1 : 0 });

/** Validation: one draft in five by a hash of its id (a different salt from the hostility trainer's split). */
export const isValidation = (id: string): boolean => hash32(`confidential:${id}`) % 5 === 0;

/** The issue-13 drafts, in a fixed order (files by name, lines in order), split into training and validation. */
export function issue13Drafts(dir = ISSUE13_DIR): { train: ConfidentialExample[]; validation: ConfidentialExample[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`${dir}: no .jsonl files`);
  const train: ConfidentialExample[] = [];
  const validation: ConfidentialExample[] = [];
  for (const file of files) for (const d of jsonl(`${dir}/${file}`)) (isValidation(d.id) ? validation : train).push(labelled(d));
  return { train, validation };
}

/** The engine's labelled corpora: measured, never trained on. */
export const ENGINE_CORPORA = {
  development: 'drafts.jsonl',
  heldout: 'heldout.jsonl',
  'blind-hostility': 'blind-hostility.jsonl',
  'blind-2': 'blind-2.jsonl',
  'blind-3': 'blind-3.jsonl',
} as const;
export type EngineCorpus = keyof typeof ENGINE_CORPORA;

export function engineCorpus(name: EngineCorpus): ConfidentialExample[] {
  return jsonl(`${ROOT}tests/corpus/${ENGINE_CORPORA[name]}`).map(labelled);
}

/**
 * Drafts that tell no confidential matter, from the other training sets: the hostility trainer's
 * UK school-staff drafts (tests/corpus/train/*.jsonl, insults and everyday posts about school, both
 * its splits) and TweetEval's training tweets (everyday talk: "can't say", "since", "yet" are not
 * secrets there). Label 0, at `weight`.
 */
export function otherNegatives(source: 'staff' | 'tweets', weight: number): ConfidentialExample[] {
  if (weight <= 0) return [];
  const rows = source === 'staff' ? [...staffDrafts().train, ...staffDrafts().dev] : tweetEval('train');
  return rows.map((e) => ({ id: e.id, config: '', text: e.text, expect: [], tags: [], label: 0, weight }));
}

/**
 * The engine's labelled corpora a model may learn from (`TRAINING_CORPORA`), split by the same hash
 * of file and id as the hostility trainer's: 80 % training at `weight`, 20 % validation. Empty when
 * `weight` is 0 (the model before the eighth session).
 */
export function corpusDrafts(weight: number, leaveOut: ReadonlySet<string> = new Set(), files: readonly string[] = SHIPPED_CORPORA): { train: ConfidentialExample[]; validation: ConfidentialExample[] } {
  const train: ConfidentialExample[] = [];
  const validation: ConfidentialExample[] = [];
  if (weight <= 0) return { train, validation };
  for (const file of files) {
    for (const d of jsonl(`${ROOT}tests/corpus/${file}`)) {
      // Leave-one-writer-out (tests/train/leave-out.ts): a writer's drafts are neither trained on nor validated on.
      if (leaveOut.has(writerOf(file, d.id))) continue;
      const example: ConfidentialExample = { ...labelled(d), id: `${file}:${d.id}`, weight };
      (inCorpusValidation(file, d.id) ? validation : train).push(example);
    }
  }
  return { train, validation };
}
