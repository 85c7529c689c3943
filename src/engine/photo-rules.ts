import photoChecks from '../../rules/images/photo-checks.json';
import { formatIssues } from './schemas/errors';
import { PhotoChecksSchema } from './schemas/photo-checks';

/**
 * `rules/images/photo-checks.json`, validated when first used. Apart from the other rules, so the
 * extension's photo page can read its thresholds without loading every policy pack and lexicon.
 */
function load() {
  const result = PhotoChecksSchema.safeParse(photoChecks);
  if (!result.success) throw new Error(`rules/images/photo-checks.json: ${formatIssues(result.error.issues, photoChecks).join('; ')}`);
  return result.data;
}

export const PHOTO_CHECKS = load();
