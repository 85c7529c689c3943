import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileEngine } from '../../src/engine/analyse';
import type { EngineConfig } from '../../src/engine/config';
import { derogatoryDetector } from '../../src/engine/detectors/derogatory';
import { groupTargetsDetector } from '../../src/engine/detectors/group-targets';
import { hostilityDetector } from '../../src/engine/detectors/hostility';
import { communityDetector } from '../../src/engine/detectors/community';
import { RulesDataError, PACKS, RULES_BUNDLE } from '../../src/engine/rules';

/**
 * The detector contract: lexicon data is handed in, so a detector runs on a small lexicon of a
 * test's own; bad data is refused with the detector and the field; and the engine stays pure.
 */
const config: EngineConfig = { schoolName: 'Test Primary School', schoolAliases: [], pupilNames: [], staffNames: [], extraConfidentialTerms: [], pack: PACKS.get('generic-uk')! };
const bundle = RULES_BUNDLE as Record<string, unknown> & { derogatory: { entries: unknown[] }; hostility: Record<string, unknown> };

describe('a detector on a lexicon of its own', () => {
  test('the derogatory detector finds only the words of a one-entry lexicon', () => {
    const tiny = { ...bundle, derogatory: { ...bundle.derogatory, entries: [{ id: 'flibbertigibbet', forms: ['flibbertigibbet'], kind: 'insult' }] } };
    const engine = compileEngine(config, { bundle: tiny, detectors: [communityDetector, derogatoryDetector] });
    expect(engine.analyse('the parents are flibbertigibbets').map((f) => f.ruleId)).toEqual(['derogatory/insult']);
    // "muppet" is in the shipped lexicon, not in this one.
    expect(engine.analyse('the parents are muppets')).toEqual([]);
  });

  test('the hostility detector reads the groups and cues it is given', () => {
    const hostility = { ...bundle.hostility, groups: [{ id: 'wizards', characteristic: 'religion', forms: ['wizards'] }], dehumanising: ['gremlins'] };
    const engine = compileEngine(config, { bundle: { ...bundle, hostility }, detectors: [communityDetector, groupTargetsDetector, hostilityDetector] });
    expect(engine.analyse('wizards are gremlins').map((f) => [f.ruleId, f.severity, f.topic])).toEqual([['hostility/dehumanising', 'high', 'discriminatory']]);
    expect(engine.analyse('refugees are gremlins').map((f) => f.topic)).not.toContain('discriminatory');
  });

  test('data that breaks the schema is refused, naming the detector and the field', () => {
    const broken = { ...bundle, derogatory: { ...bundle.derogatory, entries: [{ id: 'x', forms: ['x'], kind: 'rude' }] } };
    expect(() => compileEngine(config, { bundle: broken, detectors: [derogatoryDetector] })).toThrow(RulesDataError);
    expect(() => compileEngine(config, { bundle: broken, detectors: [derogatoryDetector] })).toThrow(/derogatory.*entries\[0\]\.kind/s);
  });
});

describe('the engine is pure', () => {
  const root = fileURLToPath(new URL('../../src/engine/', import.meta.url));
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));
  test.each(files(root).map((f) => [f.slice(root.length)]))('%s imports nothing from settings, i18n, ui or a browser API', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => /(^|\/)(settings|i18n|ui|content|background|sites)(\/|$)|webextension-polyfill|wxt/.test(i))).toEqual([]);
    // Code, not comments: no DOM or extension API is touched.
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|chrome|browser)\.[a-z]/);
  });
});
