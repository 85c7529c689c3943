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
      /** From this up to adultFrom, the upper can't-tell band: an adult when GEAR agrees (secondOpinionNotYoung). */
      adultLikelyFrom: z.number().min(1).max(40),
      /** GEAR's youngest band at most this likely, for a face in the upper can't-tell band: an adult. */
      secondOpinionNotYoung: z.number().min(0).lt(1),
      /**
       * A face FaceRes reads as a child, with no person found around it, that GEAR (asked) puts at
       * most this likely in its youngest band is not counted at all: neither the body nor the second
       * age model backs it (a dog's or a doll's face the face models took for a child's).
       */
      unbackedChildNotYoung: z.number().min(0).lt(1),
      /**
       * A group's faces FaceRes reads from adultFrom to under `ageBelow` (its usual reading for faces
       * it cannot place) that GEAR puts at least `young` likely in its youngest band: children, when
       * at least `minFaces` faces read so and they are at least `share` of the faces counted.
       */
      youngGroup: z.strictObject({
        ageBelow: z.number().min(1).max(60),
        young: z.number().gt(0).max(1),
        minFaces: z.number().int().min(2),
        share: z.number().gt(0).max(1),
      }),
    }),
    minFaceScore: z.number().gt(0).lt(1),
    people: z.strictObject({
      /** The person detector's confidence for a person to count. */
      minScore: z.number().gt(0).lt(1),
      /** People smaller than this (a fraction of the photo's height) are passers-by in the distance: not counted, unless their height beside an adult standing level shows them a child. */
      minHeight: z.number().min(0).lt(1),
      /** Below this many pixels tall in the photo as read, a person's box is too coarse to compare heights at all. */
      minPixels: z.number().min(0),
      /** Someone to compare heights with must be at least this many pixels tall in the photo as read. */
      minReferencePixels: z.number().min(0),
      /** A box this close to the top or bottom edge is cut off by the frame: its height says nothing. */
      frameMargin: z.number().min(0).lt(0.5),
      /** Feet within this fraction of the taller one's height of each other: standing side by side, at the same distance from the camera. */
      feetLevel: z.number().gt(0).lt(0.5),
      /** A box wider than this against its height (in pixels) is someone sitting, lying or bending: their height says nothing of their age. */
      standingMaxAspect: z.number().gt(0).max(3),
      /** At most this tall beside the tallest adult standing level: a child when the person's own can't-tell face agrees; with height alone, can't tell (a warning). */
      childHeightRatio: z.number().gt(0).lt(1),
      /** With no face of the person's own to agree, a child by height only at or below this (an adult seated on a chair beside a standing one comes to about 0.7). */
      heightAloneRatio: z.number().gt(0).lt(1),
      /** The lowest camera allowed for, as a fraction of an adult's height: before calling someone further back a child, an adult there is expected to shrink by their feet's rise divided by this (a low camera shrinks far people faster than the eye-level horizon does). */
      lowestCamera: z.number().gt(0).max(1),
      /** At least this tall beside an adult standing level: an adult's height. */
      adultHeightRatio: z.number().gt(0).max(1.2),
      /** Above childHeightRatio and at most this beside an adult whose face shows: shorter than an adult, maybe an older child, maybe a short adult (can't tell: a warning). */
      uncertainHeightRatio: z.number().gt(0).lt(1),
    }),
    /** Body proportions from the pose model (MoveNet), for people the detector finds with no usable face. */
    pose: z.strictObject({
      /** At most this many people a photo are measured (each costs one run of the model), the largest first. */
      maxPeople: z.number().int().min(0).max(20),
      /** People shorter than this many pixels in the photo as read are not measured: the model would guess their keypoints. */
      minPixels: z.number().min(0),
      /** The crop given to the model: the person's box made square and widened by this fraction of its side on each side. */
      padding: z.number().min(0).max(1),
      /** A keypoint counts only at this confidence or more. */
      minKeypointScore: z.number().gt(0).lt(1),
      /** Shoulders narrower than this against the torso: side-on, so head against shoulders is not measured. */
      minShoulderToTorso: z.number().min(0).max(2),
      /** Each measure's bands: at `child` or beyond (above for the head, below for the legs) a child's; at `adult` or beyond the other way an adult's. */
      bands: z.strictObject({
        headToShoulders: z.strictObject({ child: z.number().positive(), adult: z.number().positive() }),
        headToTorso: z.strictObject({ child: z.number().positive(), adult: z.number().positive() }),
        legToTorso: z.strictObject({ child: z.number().positive(), adult: z.number().positive() }),
      }),
    }),
    /** Photos far from square (web banners): read in squares for faces, padded square for people (src/image/tiles.ts). */
    tiles: z.strictObject({
      /** A photo whose long side is more than this many times its short side is read in squares. */
      maxAspect: z.number().min(1).max(10),
      /** Each square shares at least this fraction of its side with the next. */
      overlap: z.number().min(0).lt(1),
      /** Two faces from neighbouring squares overlapping by more than this fraction of the smaller box are the same face. */
      sameFace: z.number().gt(0).max(1),
    }),
    /**
     * A closer look for faces at people found without one (a child in a crowd, a face a few dozen
     * pixels across that the face detector misses at the whole photo's scale): the head of each of
     * them, cut out and read again at the face detector's full input size. Only when no child is
     * found otherwise, at most `maxPeople` a photo, the tallest first; a face found so is kept only
     * when FaceRes reads it as a child (under age.childBelow).
     */
    closer: z.strictObject({
      /** At most this many people a photo are looked at again (each costs one run of the face detector). */
      maxPeople: z.number().int().min(0).max(20),
      /** People shorter than this many pixels are not looked at again: too few pixels for a face. */
      minPixels: z.number().min(0),
      /** The square read is at least this fraction of the person's height a side (the head and shoulders of someone standing)… */
      headShare: z.number().gt(0).max(1),
      /** … and at least the box's width, widened by this fraction. */
      padding: z.number().min(0).max(1),
    }),
    groupFaces: z.number().int().min(2),
    groupContext: z.array(z.string().trim().min(2).toLowerCase()).min(1),
    schoolHours: z.strictObject({ from: clock, to: clock }),
    minOcrWordConfidence: z.number().min(0).max(100),
  })
  .refine((rules) => rules.schoolHours.from < rules.schoolHours.to, { path: ['schoolHours'], message: 'school hours must start before they end' })
  .refine((rules) => rules.age.childBelow <= rules.age.adultFrom, { path: ['age'], message: 'childBelow must not be above adultFrom' })
  .refine((rules) => rules.age.childBelow <= rules.age.adultLikelyFrom && rules.age.adultLikelyFrom <= rules.age.adultFrom, { path: ['age'], message: 'adultLikelyFrom must lie between childBelow and adultFrom' })
  // Otherwise one GEAR answer could make a face both a child and an adult.
  .refine((rules) => rules.age.secondOpinionNotYoung < rules.age.secondOpinionYoung, { path: ['age'], message: 'secondOpinionNotYoung must be below secondOpinionYoung' })
  .refine((rules) => rules.people.heightAloneRatio <= rules.people.childHeightRatio && rules.people.childHeightRatio < rules.people.uncertainHeightRatio && rules.people.uncertainHeightRatio <= rules.people.adultHeightRatio, {
    path: ['people'],
    message: 'the height ratios must rise: heightAloneRatio at most childHeightRatio, childHeightRatio below uncertainHeightRatio, at most adultHeightRatio',
  })
  // A child's head is larger against the body than an adult's, a child's legs shorter: the bands must not cross.
  .refine((rules) => rules.pose.bands.headToShoulders.child > rules.pose.bands.headToShoulders.adult && rules.pose.bands.headToTorso.child > rules.pose.bands.headToTorso.adult, {
    path: ['pose', 'bands'],
    message: 'a head measure’s child band must be above its adult band',
  })
  .refine((rules) => rules.pose.bands.legToTorso.child < rules.pose.bands.legToTorso.adult, { path: ['pose', 'bands'], message: 'legToTorso’s child band must be below its adult band' });
export type PhotoChecks = z.output<typeof PhotoChecksSchema>;
