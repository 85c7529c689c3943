import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { PHASES } from '../../src/engine/detector';
import { DETECTORS } from '../../src/engine/detectors';
import { LEXICONS } from '../../src/engine/rules';
import { loadCorpus } from '../eval/corpus';
import { withTable } from '../docs/rules-table';

/**
 * ESLint's `checkRuleFiles` habit: every rule id a detector can emit is listed by the detector,
 * documented in docs/detection.md and exercised by a unit test; and a detector never emits an id
 * it does not list. A new rule cannot land undocumented or untested.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const docs = readFileSync(here('../../docs/detection.md'), 'utf8');
const unitTests = readdirSync(here('.'))
  .filter((file) => file.endsWith('.ts') && file !== 'detector-rules.test.ts')
  .map((file) => readFileSync(here(file), 'utf8'))
  .join('\n');

const declared = new Map<string, string>();
for (const detector of DETECTORS) for (const rule of Object.keys(detector.rules)) declared.set(rule, detector.id);

describe('the detector registry', () => {
  test('ids are unique and every phase is a known one', () => {
    expect(new Set(DETECTORS.map((d) => d.id)).size).toBe(DETECTORS.length);
    for (const detector of DETECTORS) expect(PHASES).toContain(detector.phase);
  });

  test('no two detectors declare the same rule id', () => {
    const all = DETECTORS.flatMap((d) => Object.keys(d.rules));
    expect(all.length).toBe(new Set(all).size);
  });

  test('every confidential vocabulary entry has its documented rule', () => {
    // Inspection vocabulary is judged as a whole: confidential/inspection or confidential/inspection-outcome.
    for (const entry of LEXICONS.confidential.entries.filter((e) => e.topic !== 'inspection')) expect(declared.get(`confidential/${entry.id}`), entry.id).toBe('confidential');
  });

  test.each([...declared.keys()])('%s is documented in docs/detection.md', (rule) => {
    expect(docs.includes(`\`${rule}\``), `add ${rule} to docs/detection.md, in backticks`).toBe(true);
  });

  test.each([...declared.keys()])('%s is exercised by a unit test', (rule) => {
    expect(unitTests.includes(`'${rule}'`) || unitTests.includes(`"${rule}"`), `no unit test names ${rule}`).toBe(true);
  });

  test('every rule id emitted on the three corpora is declared by a detector', () => {
    const emitted = new Set<string>();
    for (const name of ['development', 'heldout', 'blind-hostility'] as const) {
      const { drafts, configs } = loadCorpus(name);
      const analysers = new Map(Object.entries(configs).map(([id, s]) => [id, compile(s)]));
      for (const draft of drafts) for (const f of analysers.get(draft.config)!.analyse(draft.text)) emitted.add(f.ruleId);
    }
    const undeclared = [...emitted].filter((rule) => !declared.has(rule));
    expect(undeclared).toEqual([]);
  }, 120_000);
});

test('the rules table in docs/detection.md is the one the registry generates (npm run docs:rules)', () => {
  expect(docs).toBe(withTable(docs));
});
