import { hashedFormOf, MAX_HASHED_WORDS } from './detectors/hashed-roster';
import { nameKeysOf, nameWords } from './detectors/name-keys';
import { HASHED_ROSTER_FORMAT, type HashedRoster } from './schemas/hashed-roster';
import { nameHasher } from './text/name-hash';

/**
 * Turns a roster into a hashed roster (`guardrail hash-roster`): every spelling the engine would
 * recognise, hashed with the school's salt, sorted so the order of the file says nothing about the
 * order of the roster. The names themselves go nowhere.
 */
export interface HashRosterResult {
  readonly roster: HashedRoster;
  /** Names left out or shortened, by their position in the input (0-based), with the reason. */
  readonly notes: readonly { index: number; reason: string }[];
  readonly duplicates: number;
}

export function hashRoster(names: readonly string[], salt: string): HashRosterResult {
  const hash = nameHasher(salt);
  const lines = new Set<string>();
  const notes: { index: number; reason: string }[] = [];
  const seen = new Set<string>();
  let pupils = 0;
  let duplicates = 0;
  names.forEach((name, index) => {
    const keys = nameKeysOf(name, true);
    if (!keys) {
      notes.push({ index, reason: 'has no letters to match and is left out' });
      return;
    }
    const same = nameWords(name).map((parts) => parts.join('')).join(' ');
    if (seen.has(same)) {
      duplicates++;
      return;
    }
    seen.add(same);
    const pupil = pupils++;
    let tooLong = 0;
    for (const key of keys.keys) {
      if (key.words.length > MAX_HASHED_WORDS[key.list]) {
        tooLong++;
        continue;
      }
      lines.add(`${hashedFormOf(key.list, key.form)}.${pupil}.${hash(key.list, key.words)}`);
    }
    if (tooLong > 0) notes.push({ index, reason: `has ${tooLong} spelling${tooLong === 1 ? '' : 's'} longer than the hashed roster matches; the rest are kept` });
  });
  return {
    roster: { format: HASHED_ROSTER_FORMAT, version: 1, salt, names: pupils, hashes: [...lines].sort(byHash) },
    notes,
    duplicates,
  };
}

function byHash(a: string, b: string): number {
  const ha = a.slice(a.lastIndexOf('.') + 1);
  const hb = b.slice(b.lastIndexOf('.') + 1);
  return ha < hb ? -1 : ha > hb ? 1 : 0;
}
