import type { EngineConfig } from '../config';
import { HashedNameList } from './hashed-roster';
import { combineNames, NameList, type NameIndex } from './roster';

/**
 * The roster and the staff list, compiled once per configuration however many detectors read them
 * (the pupil-name and unlisted-child detectors both need the roster; staff and unlisted-child the
 * staff names). Compiling 10,000 names takes about 100 ms: it must never happen twice.
 */
export interface CompiledNames {
  /** The teacher's plain roster, whose skipped entries the settings screen explains. */
  readonly plainRoster: NameList;
  /** Plain and hashed rosters as one. */
  readonly roster: NameIndex;
  readonly staff: NameList;
  /** Staff first names with hyphens removed: a colleague's name is never an unlisted child's. */
  readonly staffGivenNames: ReadonlySet<string>;
}

const byConfig = new WeakMap<EngineConfig, CompiledNames>();

export function compiledNames(config: EngineConfig): CompiledNames {
  let names = byConfig.get(config);
  if (!names) {
    const plainRoster = new NameList(config.pupilNames, { withGivenAlone: true });
    const roster: NameIndex = config.hashedRoster ? combineNames([plainRoster, new HashedNameList(config.hashedRoster)]) : plainRoster;
    const staff = new NameList(config.staffNames, { withGivenAlone: true, idPrefix: 's' });
    names = { plainRoster, roster, staff, staffGivenNames: new Set(staff.entries.map((e) => e.given.replace(/-/g, ''))) };
    byConfig.set(config, names);
  }
  return names;
}
