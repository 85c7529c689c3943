import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { hashRoster } from '../../src/engine/hash-roster';
import { HashedRosterSchema } from '../../src/engine/schemas/hashed-roster';
import type { Finding } from '../../src/engine/types';
import { parseSettings, type SettingsInput } from '../../src/settings/schema';
import { DEMO_SETTINGS } from '../../src/settings/demo';
import { loadCorpus } from '../eval/corpus';

const SALT = 'oakfield-primary-2026-07-a9c1';

/** The same settings with the pupils known only by their hashes. */
function hashed(settings: SettingsInput): SettingsInput {
  const { pupilNames = [], ...rest } = settings;
  return { ...rest, pupilNames: [], hashedRoster: hashRoster(pupilNames, SALT).roster };
}

/** Findings as the teacher sees them: everything but which roster entry matched. */
function shown(findings: readonly Finding[]): Omit<Finding, 'listed'>[] {
  return findings.map(({ listed: _listed, ...rest }) => rest);
}

describe('hashed roster', () => {
  test('holds no name in any form: the names, their parts and their folded spellings are all absent', () => {
    const roster = hashRoster(DEMO_SETTINGS.pupilNames!, SALT).roster;
    const hashes = JSON.stringify(roster.hashes).toLowerCase();
    const parts = DEMO_SETTINGS.pupilNames!.flatMap((name) => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[\s'-]+/));
    for (const part of parts.filter((p) => p.length >= 3)) expect(hashes).not.toContain(part);
    expect(HashedRosterSchema.safeParse(roster).success).toBe(true);
    expect(roster.names).toBe(DEMO_SETTINGS.pupilNames!.length);
  });

  test('the same name hashes differently with another salt', () => {
    const a = hashRoster(['Amira Khan'], SALT).roster.hashes;
    const b = hashRoster(['Amira Khan'], 'another-school-salt-0000').roster.hashes;
    expect(a.filter((line) => b.includes(line))).toEqual([]);
  });

  test.each([
    'Amira Khan read her poem in assembly today',
    'well done amira khan!!',
    'So proud of #AmiraKhan and @lily_mae_thomas at sports day',
    'Star of the week goes to Lily-Mae in Year 3',
    'Amira Noor Khan got her certificate',
    'A. Khan and Amira K were brilliant at sports day',
    "Siân O'Brien and Sian OBrien are the same pupil",
    'Grace was star of the week in Year 2',
    'Amazing grace, how sweet the sound',
    'Muhammad Ali Raza and Callum McLeod in the Year 6 play',
    'Ollie Hughes scored for the school team',
  ])('finds the same as the plain roster: %s', (draft) => {
    const plain = compile(DEMO_SETTINGS).analyse(draft);
    const fromHashes = compile(hashed(DEMO_SETTINGS)).analyse(draft);
    expect(shown(fromHashes)).toEqual(shown(plain));
    expect(plain.some((f) => f.category === 'pupil-name') || draft.startsWith('Amazing')).toBe(true);
  });

  test('says which pupil number matched, never a name', () => {
    const [finding] = compile(hashed(DEMO_SETTINGS)).analyse('Amira Khan read her poem in assembly').filter((f) => f.category === 'pupil-name');
    expect(finding!.listed).toEqual(['pupil 1 of the school’s hashed roster']);
  });

  test('on the whole labelled corpus, every pupil-name finding is the same with the roster hashed', () => {
    const { drafts, configs } = loadCorpus('development');
    const analysers = new Map(Object.entries(configs).map(([id, config]) => [id, { plain: compile(config), hashed: compile(hashed(config)) }]));
    let names = 0;
    for (const draft of drafts) {
      const pair = analysers.get(draft.config)!;
      const plain = shown(pair.plain.analyse(draft.text));
      names += plain.filter((f) => f.category === 'pupil-name').length;
      expect({ id: draft.id, findings: shown(pair.hashed.analyse(draft.text)) }).toEqual({ id: draft.id, findings: plain });
    }
    expect(names).toBeGreaterThan(100);
  });

  test('a school can hash its roster and a teacher add plain names beside it', () => {
    const settings = { ...hashed(DEMO_SETTINGS), pupilNames: ['Tyler Brooks'] };
    const found = compile(settings)
      .analyse('Amira Khan and Tyler Brooks at sports day')
      .filter((f) => f.category === 'pupil-name')
      .map((f) => f.match);
    expect(found).toEqual(['Amira Khan', 'Tyler Brooks']);
  });

  test('a damaged hashed roster is refused with the field and the entry', () => {
    const roster = hashRoster(['Amira Khan'], SALT).roster;
    const result = parseSettings({ schoolName: 'X', hashedRoster: { ...roster, hashes: [...roster.hashes, 'full.0.nothex'] } });
    expect(!result.ok && result.problems).toEqual([`hashedRoster.hashes[${roster.hashes.length}]: not an entry made by guardrail hash-roster (form.number.32 hex digits)`]);
    const short = parseSettings({ schoolName: 'X', hashedRoster: { ...roster, salt: 'short' } });
    expect(!short.ok && short.problems).toEqual(['hashedRoster.salt: the salt must be at least 16 characters']);
  });

  test('duplicates are hashed once and names without letters are reported', () => {
    const result = hashRoster(['Amira Khan', 'amira  khan', '— —'], SALT);
    expect(result.roster.names).toBe(1);
    expect(result.duplicates).toBe(1);
    expect(result.notes).toEqual([{ index: 2, reason: 'has no letters to match and is left out' }]);
  });
});
