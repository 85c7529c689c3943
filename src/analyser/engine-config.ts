import type { EngineConfig } from '../engine/config';
import { PACKS } from '../engine/rules';
import type { Settings } from '../settings/schema';

/**
 * Settings (what a teacher saves, what a school pushes, what a settings file holds) in the
 * engine's own terms: the policy id resolved to its pack, the rest as it is.
 */
export function engineConfigOf(settings: Settings): EngineConfig {
  // The settings schema has checked that the policy is a built-in pack or the school's own.
  const pack = settings.customPack?.id === settings.policy ? settings.customPack : PACKS.get(settings.policy)!;
  return {
    schoolName: settings.schoolName,
    schoolAliases: settings.schoolAliases,
    pupilNames: settings.pupilNames,
    ...(settings.hashedRoster ? { hashedRoster: settings.hashedRoster } : {}),
    staffNames: settings.staffNames,
    extraConfidentialTerms: settings.extraConfidentialTerms,
    pack,
    ...(settings.schoolLocation ? { schoolLocation: settings.schoolLocation } : {}),
  };
}
