import { z } from 'zod';

/** `rules/images/photo-checks.json`: how the photo check reads faces, EXIF tags and text in photos. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');

export const PhotoChecksSchema = z
  .strictObject({
    $comment: z.string().optional(),
    childAgeBelow: z.number().int().min(1).max(25),
    minFaceScore: z.number().gt(0).lt(1),
    groupFaces: z.number().int().min(2),
    groupContext: z.array(z.string().trim().min(2).toLowerCase()).min(1),
    schoolHours: z.strictObject({ from: clock, to: clock }),
    minOcrWordConfidence: z.number().min(0).max(100),
  })
  .refine((rules) => rules.schoolHours.from < rules.schoolHours.to, { path: ['schoolHours'], message: 'school hours must start before they end' });
export type PhotoChecks = z.output<typeof PhotoChecksSchema>;
