import type { Pack } from './schemas/pack';
import type { HashedRoster } from './schemas/hashed-roster';

/**
 * What the engine needs to know about one school, in the engine's own terms. The settings a
 * teacher saves or a school pushes are turned into this by `src/analyser` (which knows about
 * settings, storage and policy ids); the engine never sees them, so it can be used and tested
 * without them.
 */
export interface EngineConfig {
  readonly schoolName: string;
  readonly schoolAliases: readonly string[];
  readonly pupilNames: readonly string[];
  /** The school's roster as salted hashes, matched without the names. */
  readonly hashedRoster?: HashedRoster;
  readonly staffNames: readonly string[];
  readonly extraConfidentialTerms: readonly string[];
  /** The policy pack whose clauses findings cite. */
  readonly pack: Pack;
  /** For the photo check: GPS tags near here mean a photo was taken at school. */
  readonly schoolLocation?: { readonly lat: number; readonly lon: number; readonly radiusMetres: number };
}
