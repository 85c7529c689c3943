import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICONS } from '../../src/engine/rules';
import { DEMO_SETTINGS } from '../../src/settings/demo';
import type { SettingsInput } from '../../src/settings/schema';

/**
 * What the benchmarks (and the findings dump that guards every optimisation) feed the engine:
 * a deterministic 1,000-name roster, and every draft of the labelled corpora, as written and
 * cut or padded to a tweet's 280 characters.
 */

/** A roster of UK classroom names, deterministic. */
export function roster(size: number): string[] {
  const given = LEXICONS.names.firstNames.concat(['Oliver', 'Amelia', 'Jack', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Harry', 'Ella']);
  const surnames = ['Khan', 'Smith', 'Jones', 'Williams', 'Davies', 'Evans', 'Thomas', "O'Brien", 'Patel', 'Nowak', 'Hughes', 'Roberts', 'Begum', 'Adebayo', 'Lewis', 'Price', 'Morgan', 'Chen', 'Ali', 'Rees'];
  return Array.from({ length: size }, (_, i) => `${given[(i * 7) % given.length]} ${surnames[i % surnames.length]}${i >= given.length ? `-${surnames[(i * 3) % surnames.length]}` : ''}`);
}

/** The Cadoxton school of `npm run bench`, with `size` pupils on its roster. */
export function cadoxtonSettings(size: number): { schoolName: string; pupilNames: string[]; staffNames: string[]; policy: string } {
  const names = roster(size);
  names[0] = 'Amira Khan';
  names[1] = 'Lily-Mae Thomas';
  return { schoolName: 'Cadoxton Primary School', pupilNames: names, staffNames: ['Sarah Pritchard'], policy: 'cadoxton-primary' };
}

/** The command line's own settings without --config (the demo school), with a 1,000-name roster. */
export function demoSettingsWithRoster(size = 1000): SettingsInput {
  const names = roster(size);
  const demoPupils = DEMO_SETTINGS.pupilNames ?? [];
  names.splice(0, demoPupils.length, ...demoPupils);
  return { ...DEMO_SETTINGS, pupilNames: names };
}

export interface CorpusDraft {
  readonly corpus: string;
  readonly id: string;
  /** The corpus's own settings for this draft (its "config"). */
  readonly config: string;
  readonly text: string;
}

const CORPORA = [
  { corpus: 'development', drafts: '../corpus/drafts.jsonl' },
  { corpus: 'heldout', drafts: '../corpus/heldout.jsonl' },
  { corpus: 'blind-hostility', drafts: '../corpus/blind-hostility.jsonl' },
] as const;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Every draft of tests/corpus/*.jsonl, in file order. */
export function corpusDrafts(): CorpusDraft[] {
  return CORPORA.flatMap(({ corpus, drafts }) =>
    readFileSync(here(drafts), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const { id, config, text } = JSON.parse(line) as { id: string; config: string; text: string };
        return { corpus, id, config, text };
      }),
  );
}

/** The corpora's settings by config id (the held-out and blind sets add schools of their own). */
export function corpusConfigs(): Record<string, SettingsInput> {
  const files = ['../corpus/configs.json', '../corpus/heldout-configs.json', '../corpus/blind-hostility-configs.json'];
  return Object.assign({}, ...files.map((f) => JSON.parse(readFileSync(here(f), 'utf8')))) as Record<string, SettingsInput>;
}

/** A draft cut or padded (with itself, as a longer post would run on) to exactly `length` characters. */
export function toLength(text: string, length = 280): string {
  if (text.length === 0) return text;
  let out = text;
  while (out.length < length) out += ` ${text}`;
  out = out.slice(0, length);
  // Never end on half of an emoji: the cut would be a lone surrogate no composer produces.
  const last = out.charCodeAt(out.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? out.slice(0, -1) : out;
}
