import { z } from 'zod';
import { DEFAULT_RADIUS_METRES } from './names';

/**
 * Where the school is, for the photo check: a photo whose GPS tags fall within `radiusMetres` of
 * this point was taken at school. Kept in its own schema so the settings file gains one optional
 * field and nothing else changes shape.
 */
export { DEFAULT_RADIUS_METRES };

export const SchoolLocationSchema = z.strictObject({
  lat: z.number().min(-90, 'lat must be between -90 and 90').max(90, 'lat must be between -90 and 90'),
  lon: z.number().min(-180, 'lon must be between -180 and 180').max(180, 'lon must be between -180 and 180'),
  /** How far from that point still counts as the school's grounds (playing fields included). */
  radiusMetres: z.number().positive('radiusMetres must be more than 0').max(50_000, 'radiusMetres must be at most 50,000 (50 km)').default(DEFAULT_RADIUS_METRES),
});
export type SchoolLocation = z.output<typeof SchoolLocationSchema>;
