import type { PhotoChecks } from '../schemas/photo-checks';
import type { PersonEvidence } from './evidence';

/**
 * Body proportions from the pose model's keypoints, as evidence of a young child when no face can
 * be read (side-on, from behind, half hidden, small in the frame). A young child's head is large
 * against the body (ear to ear about half the shoulders' width at 5, about a third for an adult)
 * and the legs short against the torso (hip to ankle about 1.3 torso lengths at 5, 1.6–1.8 for an
 * adult). Each measure is a ratio of two lengths on the same body, so it does not depend on how
 * far away the person stands; each is taken only from keypoints the model is sure of.
 */
export const KEYPOINT = {
  nose: 0,
  leftEye: 1,
  rightEye: 2,
  leftEar: 3,
  rightEar: 4,
  leftShoulder: 5,
  rightShoulder: 6,
  leftHip: 11,
  rightHip: 12,
  leftKnee: 13,
  rightKnee: 14,
  leftAnkle: 15,
  rightAnkle: 16,
} as const;

export interface Proportions {
  /** Ear to ear against shoulder to shoulder: only when the shoulders face the camera or face away (not side-on). */
  headToShoulders?: number;
  /** Ear to ear against the torso (shoulders to hips). */
  headToTorso?: number;
  /** Hip to knee to ankle (the longer leg) against the torso. */
  legToTorso?: number;
}

export type ProportionVerdict = 'child' | 'adult' | 'unclear';

type Pose = NonNullable<PersonEvidence['pose']>;

/** `feetInFrame`: false when the person's box reaches the photo's bottom edge; their legs are then not measured. */
export function proportionsOf(pose: Pose, rules: PhotoChecks, feetInFrame = true): Proportions {
  const r = rules.pose;
  const at = (i: number) => (pose[i] && pose[i]![2] >= r.minKeypointScore ? pose[i]! : null);
  const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
  const mid = (a: readonly number[], b: readonly number[]) => [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
  const [lS, rS, lH, rH] = [at(KEYPOINT.leftShoulder), at(KEYPOINT.rightShoulder), at(KEYPOINT.leftHip), at(KEYPOINT.rightHip)];
  const [lE, rE] = [at(KEYPOINT.leftEar), at(KEYPOINT.rightEar)];

  // The torso: from the shoulders' midpoint to the hips' where all four show, else along the side that shows.
  let torso: number | null = null;
  if (lS && rS && lH && rH) torso = dist(mid(lS, rS), mid(lH, rH));
  else if (lS && lH) torso = dist(lS, lH);
  else if (rS && rH) torso = dist(rS, rH);

  // A pose squashed to a point (shoulders or hips on top of each other) measures nothing: no ratio from zero lengths.
  if (torso !== null && !(torso > 0)) torso = null;
  const out: Proportions = {};
  const ears = lE && rE ? dist(lE, rE) : null;
  const shoulders = lS && rS && dist(lS, rS) > 0 ? dist(lS, rS) : null;
  // Side-on, the shoulders are foreshortened to nothing while the ears are not: the ratio would read every adult as a child.
  if (ears !== null && shoulders !== null && torso !== null && shoulders >= r.minShoulderToTorso * torso) out.headToShoulders = ears / shoulders;
  if (ears !== null && torso !== null && torso > 0 && (shoulders === null || shoulders >= r.minShoulderToTorso * torso)) out.headToTorso = ears / torso;

  const leg = (hip: number, knee: number, ankle: number) => {
    const [h, k, a] = [at(hip), at(knee), at(ankle)];
    return h && k && a ? dist(h, k) + dist(k, a) : null;
  };
  const legs = [leg(KEYPOINT.leftHip, KEYPOINT.leftKnee, KEYPOINT.leftAnkle), leg(KEYPOINT.rightHip, KEYPOINT.rightKnee, KEYPOINT.rightAnkle)].filter((l): l is number => l !== null);
  // The longer leg: a bent knee or a foot lifted shortens a leg on the photo, never lengthens it.
  // A person cut off by the frame still gets ankles from the model, placed where it guesses (a seated portrait's legs read short).
  if (feetInFrame && legs.length > 0 && torso !== null && torso > 0) out.legToTorso = Math.max(...legs) / torso;
  return out;
}

/**
 * Child, adult or unclear by the proportions that could be measured; null when none could (too few
 * sure keypoints). Each measure falls in its child band, its adult band or between (bands in
 * rules/images/photo-checks.json, `pose`); a child needs at least one measure in a child band and
 * none in an adult band, an adult at least one in an adult band and none in a child band; anything
 * else (all between, or measures that disagree) is unclear.
 */
export function byProportions(pose: PersonEvidence['pose'], rules: PhotoChecks, feetInFrame = true): { verdict: ProportionVerdict; measures: Proportions } | null {
  if (!pose) return null;
  const measures = proportionsOf(pose, rules, feetInFrame);
  const bands = rules.pose.bands;
  let child = 0;
  let adult = 0;
  for (const key of Object.keys(measures) as (keyof Proportions)[]) {
    const value = measures[key]!;
    const band = bands[key];
    // The head is large in a child (child band at or above), the legs short (child band at or below).
    const childSide = band.child > band.adult ? value >= band.child : value <= band.child;
    const adultSide = band.child > band.adult ? value <= band.adult : value >= band.adult;
    if (childSide) child++;
    else if (adultSide) adult++;
  }
  if (Object.keys(measures).length === 0) return null;
  const verdict: ProportionVerdict = child > 0 && adult === 0 ? 'child' : adult > 0 && child === 0 ? 'adult' : 'unclear';
  return { verdict, measures };
}
