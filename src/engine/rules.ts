import { z } from 'zod';
import { PackSchema, type Pack } from './schemas/pack';
import { CommunitySchema, ConfidentialCuesSchema, PupilCuesSchema, ConfidentialSchema, ConfusablesSchema, DerogatorySchema, HostilitySchema, NamesSchema, SchoolContextSchema, SchoolTypesSchema } from './schemas/lexicons';
import { formatIssues } from './schemas/errors';
import genericUk from '../../rules/packs/generic-uk.json';
import cadoxtonPrimary from '../../rules/packs/cadoxton-primary.json';
import stNicholasCiw from '../../rules/packs/st-nicholas-ciw.json';
import cadmus from '../../rules/packs/cadmus.json';
import westacreInfant from '../../rules/packs/westacre-infant.json';
import gloucestershire from '../../rules/packs/gloucestershire.json';
import schoolTypes from '../../rules/lexicons/school-types.json';
import schoolContext from '../../rules/lexicons/school-context.json';
import community from '../../rules/lexicons/community.json';
import derogatory from '../../rules/lexicons/derogatory.json';
import confidential from '../../rules/lexicons/confidential.json';
import confidentialCues from '../../rules/lexicons/confidential-cues.json';
import names from '../../rules/lexicons/names.json';
import pupilCues from '../../rules/lexicons/pupil-cues.json';
import confusables from '../../rules/lexicons/confusables.json';
import hostility from '../../rules/lexicons/hostility.json';
import hostilityModel from '../../rules/models/hostility.json';

/**
 * The rules data, validated once when the engine loads. A broken data file is a bug in the
 * product, so it fails loudly with the file and the field rather than matching nothing.
 */
export class RulesDataError extends Error {
  override name = 'RulesDataError';
}

function validated<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
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

export const LEXICONS = {
  schoolTypes: validated(SchoolTypesSchema, schoolTypes, 'lexicons/school-types.json'),
  schoolContext: validated(SchoolContextSchema, schoolContext, 'lexicons/school-context.json'),
  community: validated(CommunitySchema, community, 'lexicons/community.json'),
  derogatory: validated(DerogatorySchema, derogatory, 'lexicons/derogatory.json'),
  confidential: validated(ConfidentialSchema, confidential, 'lexicons/confidential.json'),
  confidentialCues: validated(ConfidentialCuesSchema, confidentialCues, 'lexicons/confidential-cues.json'),
  names: validated(NamesSchema, names, 'lexicons/names.json'),
  pupilCues: validated(PupilCuesSchema, pupilCues, 'lexicons/pupil-cues.json'),
  confusables: validated(ConfusablesSchema, confusables, 'lexicons/confusables.json'),
  hostility: validated(HostilitySchema, hostility, 'lexicons/hostility.json'),
};
export type Lexicons = typeof LEXICONS;

/** Everything detectors read, by name: each detector picks and validates its own part (see detector.ts). */
export const RULES_BUNDLE: Readonly<Record<string, unknown>> = {
  ...LEXICONS,
  // The learned layer's weights: validated by the detector that reads them (detectors/learned.ts).
  hostilityModel,
};
