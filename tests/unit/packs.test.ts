import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PACKS } from '../../src/engine/rules';
import { PackSchema } from '../../src/engine/schemas/pack';
import { CATEGORIES, TOPICS } from '../../src/engine/types';
import { clausesFor } from '../../src/engine/clauses';

/**
 * The packs quote the schools' own policies. A clause that a teacher is shown must be the
 * policy's words, not ours: every clause text must occur in the policy file.
 */
const policyFile = (name: string) => readFileSync(fileURLToPath(new URL(`../../../shared/policies/${name}`, import.meta.url)), 'utf8');
/** The extraction left line breaks, runs of spaces and markdown bold (**) in the files. */
const foldWhitespace = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

const packs = [...PACKS.values()];
const schoolPacks = packs.filter((p) => !p.model);

test('there is one pack per policy, plus the generic model pack as the default', () => {
  expect([...PACKS.keys()].sort()).toEqual(['cadmus', 'cadoxton-primary', 'generic-uk', 'gloucestershire', 'st-nicholas-ciw', 'westacre-infant']);
  const model = PACKS.get('generic-uk')!;
  expect(model.model).toBe(true);
  expect(model.name).toMatch(/model/i);
  expect(schoolPacks.map((p) => p.sourceFile).sort()).toEqual(['cadmus.txt', 'cadoxton-primary.txt', 'gloucestershire.txt', 'st-nicholas-ciw.txt', 'westacre-infant.txt']);
});

describe.each(packs.map((p) => [p.id, p] as const))('%s', (_id, pack) => {
  test('validates against the pack schema', () => {
    expect(PackSchema.safeParse(pack).success).toBe(true);
  });

  test('every mapped clause exists in the pack', () => {
    const ids = new Set(pack.clauses.map((c) => c.id));
    for (const rule of pack.mappings) for (const id of rule.clauses) expect(ids, `${rule.category} cites ${id}`).toContain(id);
  });

  test.each(CATEGORIES.flatMap((category) => (TOPICS[category] as readonly string[]).flatMap((topic) => (['warning', 'high'] as const).map((severity) => [category, topic, severity] as const))))(
    '%s / %s at %s cites at least one clause',
    (category, topic, severity) => {
      expect(clausesFor(pack, category, topic as never, severity).length).toBeGreaterThan(0);
    },
  );
});

describe.each(schoolPacks.map((p) => [p.id, p] as const))('%s quotes its policy verbatim', (_id, pack) => {
  const source = foldWhitespace(policyFile(pack.sourceFile!));
  test.each(pack.clauses.map((c) => [c.id, c.text] as const))('clause %s', (_clause, text) => {
    expect(source).toContain(foldWhitespace(text));
  });
});

test('the model pack is in our own words: no run of 8 words copied from any policy', () => {
  const sources = schoolPacks.map((p) => foldWhitespace(policyFile(p.sourceFile!)).toLowerCase());
  for (const clause of PACKS.get('generic-uk')!.clauses) {
    const words = clause.text.toLowerCase().split(' ');
    for (let i = 0; i + 8 <= words.length; i++) {
      const run = words.slice(i, i + 8).join(' ');
      for (const source of sources) expect(source, `M${clause.id}: "${run}"`).not.toContain(run);
    }
  }
});

test('a broken pack is refused with the field named', () => {
  const pack = structuredClone(PACKS.get('cadoxton-primary')!);
  pack.mappings[0]!.clauses.push('99');
  const result = PackSchema.safeParse(pack);
  expect(result.success).toBe(false);
  expect(result.error!.issues.map((i) => i.message).join()).toMatch(/clause "99" is not in this pack/);
});
