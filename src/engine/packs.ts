import { z } from 'zod';
import { PackSchema, type Pack } from './schemas/pack';
import { formatIssues } from './schemas/errors';
import genericUk from '../../rules/packs/generic-uk.json';
import cadoxtonPrimary from '../../rules/packs/cadoxton-primary.json';
import stNicholasCiw from '../../rules/packs/st-nicholas-ciw.json';
import cadmus from '../../rules/packs/cadmus.json';
import westacreInfant from '../../rules/packs/westacre-infant.json';
import gloucestershire from '../../rules/packs/gloucestershire.json';

/**
 * The rules data, validated once when the engine loads. A broken data file is a bug in the
 * product, so it fails loudly with the file and the field rather than matching nothing.
 */
export class RulesDataError extends Error {
  override name = 'RulesDataError';
}

export function validated<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new RulesDataError(`rules/${file}: ${formatIssues(result.error.issues, data).join('; ')}`);
  return result.data;
}

export const DEFAULT_POLICY = 'generic-uk';

const packFiles: Record<string, unknown> = {
  'generic-uk': genericUk,
  'cadoxton-primary': cadoxtonPrimary,
  'st-nicholas-ciw': stNicholasCiw,
  cadmus,
  'westacre-infant': westacreInfant,
  gloucestershire,
};

export const PACKS: ReadonlyMap<string, Pack> = new Map(
  Object.entries(packFiles).map(([id, data]) => {
    const pack = validated(PackSchema, data, `packs/${id}.json`);
    if (pack.id !== id) throw new RulesDataError(`rules/packs/${id}.json: id is "${pack.id}", expected "${id}"`);
    return [id, pack];
  }),
);

export const PACK_IDS: readonly string[] = [...PACKS.keys()];

