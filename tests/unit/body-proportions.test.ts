import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { imageFindings } from '../../src/analyser/images';
import type { ImageEvidence, PersonEvidence } from '../../src/engine/image/evidence';
import { peopleToPose } from '../../src/engine/image/people';
import { byProportions } from '../../src/engine/image/proportions';
import { PHOTO_CHECKS } from '../../src/engine/photo-rules';
import { PhotoChecksSchema } from '../../src/engine/schemas/photo-checks';
import { CADOXTON } from './fixtures';

/**
 * Body proportions from the pose model's keypoints, for people with no usable face (issue 15): a
 * young child's build (head large, legs short against the torso) is a possible pupil even from
 * behind; an adult's build stays information; a build that is neither is a warning only when a
 * second cue agrees. Keypoints written by hand, in fractions of the photo's height.
 */
const analyser = compile(CADOXTON);
type Pose = NonNullable<PersonEvidence['pose']>;

interface Build {
  /** Centre across, and where the feet are (fractions of the photo's height). */
  x: number;
  feet: number;
  /** Hip to ankle, shoulder to hip, shoulder to shoulder, ear to ear. */
  leg: number;
  torso: number;
  shoulders: number;
  ears: number;
  /** Seen from behind: nose and eyes hidden (low confidence), left and right swapped. */
  behind?: boolean;
  /** Confidence of every keypoint not hidden. */
  sure?: number;
}

/** The 17 keypoints of a person standing straight with these measures. */
function pose(b: Build): Pose {
  const sure = b.sure ?? 0.8;
  const side = b.behind ? -1 : 1;
  const hipY = b.feet - b.leg;
  const shoulderY = hipY - b.torso;
  const earY = shoulderY - b.ears * 0.9;
  const pt = (dx: number, y: number, score = sure): [number, number, number] => [b.x + side * dx, y, score];
  const face = b.behind ? 0.05 : sure;
  return [
    pt(0, earY + 0.01, face), // nose
    pt(-b.ears * 0.2, earY - 0.005, face),
    pt(b.ears * 0.2, earY - 0.005, face),
    pt(-b.ears / 2, earY),
    pt(b.ears / 2, earY),
    pt(-b.shoulders / 2, shoulderY),
    pt(b.shoulders / 2, shoulderY),
    pt(-b.shoulders / 2 - 0.01, shoulderY + b.torso * 0.5),
    pt(b.shoulders / 2 + 0.01, shoulderY + b.torso * 0.5),
    pt(-b.shoulders / 2 - 0.01, hipY),
    pt(b.shoulders / 2 + 0.01, hipY),
    pt(-b.shoulders * 0.3, hipY),
    pt(b.shoulders * 0.3, hipY),
    pt(-b.shoulders * 0.3, hipY + b.leg / 2),
    pt(b.shoulders * 0.3, hipY + b.leg / 2),
    pt(-b.shoulders * 0.3, b.feet),
    pt(b.shoulders * 0.3, b.feet),
  ];
}

// An adult about 0.75 of the photo tall: legs 1.8 torsos, ear to ear a third of the shoulders.
const ADULT: Build = { x: 0.3, feet: 0.9, leg: 0.37, torso: 0.205, shoulders: 0.15, ears: 0.05 };
// A five-year-old: legs 1.15 torsos, ear to ear over half the shoulders.
const CHILD: Build = { x: 0.7, feet: 0.9, leg: 0.16, torso: 0.14, shoulders: 0.09, ears: 0.05 };
/** The person's box around the keypoints, as the person detector would give it. */
const personOf = (p: Pose, score = 0.7): PersonEvidence => {
  const xs = p.map((k) => k[0]);
  const ys = p.map((k) => k[1]);
  const [left, top] = [Math.min(...xs) - 0.02, Math.min(...ys) - 0.06];
  // The photo is 4:3, so a width in fractions of its height is 3/4 of that in fractions of its width.
  return { score, box: [left * 0.75, top, (Math.max(...xs) - Math.min(...xs) + 0.04) * 0.75, Math.max(...ys) + 0.01 - top], pose: p };
};
const evidence = (people: PersonEvidence[], extra: Partial<ImageEvidence> = {}): ImageEvidence => ({ name: 'photo.jpg', width: 1600, height: 1200, faces: [], people, exif: {}, text: '', ...extra });
const summary = (findings: ReturnType<typeof imageFindings>) => findings.map((f) => `${f.topic}/${f.severity}/${f.ruleId}`);

describe('proportions from keypoints', () => {
  test('a young child facing the camera: legs short against the torso, a child', () => {
    const judged = byProportions(pose(CHILD), PHOTO_CHECKS);
    expect(judged?.verdict).toBe('child');
    expect(judged?.measures.legToTorso).toBeCloseTo(0.16 / 0.14, 2);
  });

  test('an adult facing the camera: an adult', () => {
    expect(byProportions(pose(ADULT), PHOTO_CHECKS)?.verdict).toBe('adult');
  });

  test('from behind (no nose or eyes, left and right swapped): the same verdicts, from the ears, shoulders, hips and legs', () => {
    expect(byProportions(pose({ ...CHILD, behind: true }), PHOTO_CHECKS)?.verdict).toBe('child');
    expect(byProportions(pose({ ...ADULT, behind: true }), PHOTO_CHECKS)?.verdict).toBe('adult');
  });

  test('too few sure keypoints (a blurred or tiny figure): nothing to go on', () => {
    expect(byProportions(pose({ ...CHILD, sure: 0.2 }), PHOTO_CHECKS)).toBeNull();
    expect(byProportions(undefined, PHOTO_CHECKS)).toBeNull();
  });

  test('side-on: shoulders foreshortened, so the head is not measured against them; the legs still are', () => {
    const side = byProportions(pose({ ...ADULT, shoulders: 0.03, ears: 0.03 }), PHOTO_CHECKS)!;
    expect(side.measures.headToShoulders).toBeUndefined();
    expect(side.verdict).toBe('adult');
  });

  test('feet cut off by the frame: the legs are not measured (the model guesses ankles it cannot see)', () => {
    const judged = byProportions(pose(CHILD), PHOTO_CHECKS, false);
    expect(judged?.measures.legToTorso).toBeUndefined();
  });

  test('legs 1.33 torsos (a small child from behind, measured on a beach): a child; 1.52 (the shortest-legged adult measured on the photo sets, a golfer mid-swing): not', () => {
    expect(byProportions(pose({ ...CHILD, behind: true, leg: 0.14 * 1.33 }), PHOTO_CHECKS)?.verdict).toBe('child');
    expect(byProportions(pose({ ...ADULT, behind: true, leg: 0.205 * 1.52 }), PHOTO_CHECKS)?.verdict).not.toBe('child');
  });

  test('measures that disagree (short legs, an adult-sized head): unclear, never a child', () => {
    expect(byProportions(pose({ ...CHILD, ears: 0.025 }), PHOTO_CHECKS)?.verdict).toBe('unclear');
  });

  test('the bands are data, validated: a child band on the wrong side of the adult band is refused', () => {
    const bad = structuredClone(PHOTO_CHECKS) as Record<string, unknown> & typeof PHOTO_CHECKS;
    bad.pose.bands.legToTorso = { child: 1.8, adult: 1.3 };
    expect(PhotoChecksSchema.safeParse(bad).success).toBe(false);
  });
});

describe('findings for people with no usable face', () => {
  test('a young child seen from behind, alone in the photo: high, and it says why', () => {
    const findings = imageFindings(evidence([personOf(pose({ ...CHILD, behind: true }))]), analyser, '');
    expect(summary(findings)).toEqual(['faces/high/pupil-image/child-proportions']);
    expect(findings[0]!.message).toMatch(/^One person with the body proportions of a young child/);
    expect(findings[0]!.explanation.reason).toMatch(/body proportions of a young child/);
  });

  test('an adult from behind: still information only', () => {
    expect(summary(imageFindings(evidence([personOf(pose({ ...ADULT, behind: true }))]), analyser, ''))).toEqual(['faces/info/pupil-image/people-no-face']);
  });

  test('a build that is neither: information alone, a warning beside a taller adult, the school-scene warning in a school post', () => {
    const between: Build = { ...CHILD, leg: 0.22, torso: 0.15, ears: 0.04, shoulders: 0.09, x: 1.0 };
    const p = personOf(pose(between));
    expect(byProportions(p.pose, PHOTO_CHECKS)?.verdict).toBe('unclear');
    expect(summary(imageFindings(evidence([p]), analyser, ''))).toEqual(['faces/info/pupil-image/people-no-face']);
    // Beside an adult whose face is read as one, feet level, this person a little shorter (not enough for height alone).
    const adult = personOf(pose(ADULT));
    const adultFace = { score: 0.95, age: 38, box: [adult.box[0] + adult.box[2] * 0.35, adult.box[1] + 0.01, adult.box[2] * 0.3, 0.08] as [number, number, number, number] };
    const shorter = { ...p, box: [p.box[0], 0.9 - 0.6, p.box[2], 0.6] as [number, number, number, number] };
    const beside = imageFindings(evidence([adult, shorter], { faces: [adultFace] }), analyser, '');
    expect(summary(beside)).toEqual(['faces/warning/pupil-image/body-age-uncertain']);
    expect(beside[0]!.message).toMatch(/^One person whose face can't be seen, shorter than the adults beside them/);
    expect(summary(imageFindings(evidence([p]), analyser, 'Our class trip'))).toEqual(['faces/warning/pupil-image/people-school-scene']);
  });

  test('an adult-sized body beside an adult, however its proportions read: not a child by proportions', () => {
    const adult = personOf(pose(ADULT));
    const adultFace = { score: 0.95, age: 38, box: [adult.box[0] + adult.box[2] * 0.35, adult.box[1] + 0.01, adult.box[2] * 0.3, 0.08] as [number, number, number, number] };
    const tall = personOf(pose({ ...CHILD, x: 0.9 }));
    tall.box = [tall.box[0], adult.box[1], tall.box[2], adult.box[3]];
    expect(summary(imageFindings(evidence([adult, tall], { faces: [adultFace] }), analyser, ''))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('the pose model runs only on people without a usable face, large enough, at most maxPeople, the largest first', () => {
    const adult = personOf(pose(ADULT));
    const face = { score: 0.95, age: 38, box: [adult.box[0] + adult.box[2] * 0.35, adult.box[1] + 0.01, adult.box[2] * 0.3, 0.08] as [number, number, number, number] };
    const backs = [0.3, 0.5, 0.4, 0.35, 0.45, 0.2].map((h, i): PersonEvidence => ({ score: 0.6, box: [0.1 * i, 0.9 - h, 0.05, h] }));
    const tiny: PersonEvidence = { score: 0.6, box: [0.9, 0.8, 0.01, 0.07] };
    const chosen = peopleToPose([face], [adult, ...backs, tiny], PHOTO_CHECKS, 1200);
    expect(chosen).toEqual([2, 5, 3, 4].slice(0, PHOTO_CHECKS.pose.maxPeople));
    // 0.2 of a 400-pixel photo is 80 pixels: under minPixels, not measured.
    expect(peopleToPose([], [backs[5]!], PHOTO_CHECKS, 400)).toEqual([]);
  });
});
