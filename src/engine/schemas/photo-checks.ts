import { z } from 'zod';

/** `rules/images/photo-checks.json`: how the photo check reads faces, EXIF tags and text in photos. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');

export const PhotoChecksSchema = z
  .strictObject({
    $comment: z.string().optional(),
    age: z.strictObject({
      /** FaceRes's apparent age under this: a child. */
      childBelow: z.number().min(1).max(25),
      /** At or over this: an adult. Between the two: can't tell (a warning, never a confident high or nothing). */
      adultFrom: z.number().min(1).max(40),
      /** GEAR's youngest band at least this likely turns a can't-tell face into a child. */
      secondOpinionYoung: z.number().gt(0).max(1),
      /** GEAR's oldest bands at least this likely turn a face FaceRes reads as a child into can't-tell. */
      secondOpinionOld: z.number().gt(0).max(1),
    }),
    minFaceScore: z.number().gt(0).lt(1),
    people: z.strictObject({
      /** The person detector's confidence for a person to count. */
      minScore: z.number().gt(0).lt(1),
      /** People smaller than this (a fraction of the photo's height) are passers-by in the distance. */
      minHeight: z.number().min(0).lt(1),
      /** Someone to compare heights with must be at least this tall in the photo. */
      minReferenceHeight: z.number().min(0).lt(1),
      /** A box this close to the top or bottom edge is cut off by the frame: its height says nothing. */
      frameMargin: z.number().min(0).lt(0.5),
      /** Feet within this fraction of the photo's height of each other: standing side by side. */
      feetLevel: z.number().gt(0).lt(0.5),
      /** At most this tall beside the tallest adult standing level: a child. */
      childHeightRatio: z.number().gt(0).lt(1),
      /** At least this tall beside an adult standing level: an adult's height. */
      adultHeightRatio: z.number().gt(0).max(1.2),
    }),
    groupFaces: z.number().int().min(2),
    groupContext: z.array(z.string().trim().min(2).toLowerCase()).min(1),
    schoolHours: z.strictObject({ from: clock, to: clock }),
    minOcrWordConfidence: z.number().min(0).max(100),
  })
  .refine((rules) => rules.schoolHours.from < rules.schoolHours.to, { path: ['schoolHours'], message: 'school hours must start before they end' })
  .refine((rules) => rules.age.childBelow <= rules.age.adultFrom, { path: ['age'], message: 'childBelow must not be above adultFrom' })
  .refine((rules) => rules.people.childHeightRatio < rules.people.adultHeightRatio, { path: ['people'], message: 'childHeightRatio must be below adultHeightRatio' });
export type PhotoChecks = z.output<typeof PhotoChecksSchema>;
