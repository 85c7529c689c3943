import type { Pack } from './schemas/pack';
import genericUk from '../../rules/packs/generic-uk.json';
import cadoxtonPrimary from '../../rules/packs/cadoxton-primary.json';
import stNicholasCiw from '../../rules/packs/st-nicholas-ciw.json';
import cadmus from '../../rules/packs/cadmus.json';
import westacreInfant from '../../rules/packs/westacre-infant.json';
import gloucestershire from '../../rules/packs/gloucestershire.json';

/**
 * The six built-in policy packs as data, before validation: what the settings page draws its policy
 * list from before zod has loaded (issue 14). engine/packs.ts validates every one of them with the
 * pack schema (and the settings page does, a moment after it is drawn, by loading the settings'
 * full read); nothing that checks drafts uses them unvalidated.
 */
export const DEFAULT_POLICY = 'generic-uk';

export const PACK_DATA: Readonly<Record<string, unknown>> = {
  'generic-uk': genericUk,
  'cadoxton-primary': cadoxtonPrimary,
  'st-nicholas-ciw': stNicholasCiw,
  cadmus,
  'westacre-infant': westacreInfant,
  gloucestershire,
};

export const PACK_IDS: readonly string[] = Object.keys(PACK_DATA);

/**
 * For drawing only (names, who adopted them, their clauses): the same objects engine/packs.ts
 * validates, read as packs before that has run. A pack that fails validation stops the settings'
 * full read, which the page then says (src/options/use-settings.ts).
 */
export const UNCHECKED_PACKS: ReadonlyMap<string, Pack> = new Map(Object.entries(PACK_DATA) as [string, Pack][]);
