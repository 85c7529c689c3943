import { z } from 'zod';

/**
 * What the on-device readers found in one photo: faces with an apparent age, people (with or
 * without a visible face), where and when the
 * camera says it was taken, and the words legible in it. Gathering it is slow (models, OCR) and
 * happens once per photo; turning it into findings is pure and cheap, so it is redone whenever
 * the draft's words or the settings change. Validated on the way in: evidence arrives in
 * messages, and a message is never trusted.
 */

/** Where something is in the photo: left, top, width, height, each a fraction of the photo's width or height. */
export const BoxSchema = z.tuple([z.number().min(-1).max(2), z.number().min(-1).max(2), z.number().min(0).max(3), z.number().min(0).max(3)]);
export type Box = z.infer<typeof BoxSchema>;

export const FaceEvidenceSchema = z.strictObject({
  /** The detector's confidence, 0–1. */
  score: z.number().min(0).max(1),
  /** Apparent age in years from FaceRes, or null when the age model could not read the face. */
  age: z.number().min(0).max(120).nullable(),
  /** Where the face is. */
  box: BoxSchema.optional(),
  /**
   * The second age model (GEAR): how likely the face is in its youngest band (under about 19) and
   * in its oldest (about 40 and over). A second opinion, never the verdict on its own.
   */
  young: z.number().min(0).max(1).optional(),
  old: z.number().min(0).max(1).optional(),
});
export type FaceEvidence = z.infer<typeof FaceEvidenceSchema>;

/** A person found by the object detector (CenterNet), face visible or not: from the side, from behind, too small for the face model. */
export const PersonEvidenceSchema = z.strictObject({
  score: z.number().min(0).max(1),
  box: BoxSchema,
  /**
   * The body-pose model's 17 keypoints (MoveNet's order: nose, eyes, ears, shoulders, elbows,
   * wrists, hips, knees, ankles; left before right), each `[x, y, confidence]` with x and y both in
   * fractions of the photo's HEIGHT, so that a distance measured across and one measured down are
   * in the same unit. Only for people read without a usable face (see people.ts), a few a photo.
   */
  pose: z
    .array(z.tuple([z.number().min(-3).max(6), z.number().min(-3).max(6), z.number().min(0).max(1)]))
    .length(17)
    .optional(),
});
export type PersonEvidence = z.infer<typeof PersonEvidenceSchema>;

export const ExifEvidenceSchema = z.strictObject({
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  /** The camera's wall-clock time, `YYYY-MM-DDTHH:MM:SS`, with no time zone (EXIF has none). */
  takenAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)
    .optional(),
});
export type ExifEvidence = z.infer<typeof ExifEvidenceSchema>;

export const ImageEvidenceSchema = z.strictObject({
  /** The file name as attached ("IMG_2041.jpg"), or a description of where it came from. */
  name: z.string().max(300),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  faces: z.array(FaceEvidenceSchema).max(200),
  people: z.array(PersonEvidenceSchema).max(200),
  exif: ExifEvidenceSchema,
  /** The words read in the photo with enough confidence, one line per line of text. */
  text: z.string().max(20_000),
});
export type ImageEvidence = z.infer<typeof ImageEvidenceSchema>;
