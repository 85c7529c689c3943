import { z } from 'zod';
import { PackSchema, type Pack } from './schemas/pack';
import { formatIssues } from './schemas/errors';
import { DEFAULT_POLICY, PACK_DATA, PACK_IDS } from './pack-data';

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

// The ids and the default are the data's (engine/pack-data.ts), which the settings page uses before zod loads.
export { DEFAULT_POLICY, PACK_IDS };

export const PACKS: ReadonlyMap<string, Pack> = new Map(
  Object.entries(PACK_DATA).map(([id, data]) => {
    const pack = validated(PackSchema, data, `packs/${id}.json`);
    if (pack.id !== id) throw new RulesDataError(`rules/packs/${id}.json: id is "${pack.id}", expected "${id}"`);
    return [id, pack];
  }),
);

