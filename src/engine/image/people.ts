import type { PhotoChecks } from '../schemas/photo-checks';
import type { Box, FaceEvidence, PersonEvidence } from './evidence';
import { byProportions } from './proportions';

/**
 * Who is in a photo, judged from more than one signal: each face's apparent age (FaceRes), a
 * second age model's opinion (GEAR), and each person's height beside the others whose feet are
 * level with theirs (people standing side by side: a child is a head or more shorter than the
 * adults next to them). Faces are matched to the people the person detector found, so a child
 * seen from the side or from behind, with no face to judge, still counts.
 *
 * Every face ends up a child, an adult, "can't tell" (the apparent age sits where children,
 * teenagers and young adults overlap, or the signals disagree) or unreadable; every person
 * without a usable face a child by size, or simply someone whose age cannot be judged.
 */
export type AgeVerdict = 'child' | 'adult' | 'uncertain' | 'unreadable';

export interface PeopleJudged {
  /** Faces read as children. */
  childFaces: number;
  /** People with no usable face whom their size beside an adult shows to be children. */
  childBodies: number;
  /** People with no usable face whose body proportions (the pose model's keypoints) are clearly a young child's. */
  childProportions: number;
  /** People with no usable face, well short of an adult standing level beside them (whose face shows) but not short enough to say child, or a little shorter with proportions neither clearly a child's nor an adult's: can't tell. */
  uncertainBodies: number;
  adultFaces: number;
  /** Of the child faces, those read as children only as a group (`youngGroup`): FaceRes read them as adults, GEAR young. */
  youngGroupFaces: number;
  /** Faces in the "can't tell" band, or whose signals disagree. */
  uncertainFaces: number;
  unreadableFaces: number;
  /** People the detector found with no usable face, not judged children by size. */
  faceless: number;
  /** Faces not counted at all: read as a child by FaceRes alone, with no body around them and GEAR all but sure they are not young (`unbacked`). */
  dismissedFaces: number;
}

interface Person {
  box: Box;
  face: FaceEvidence | null;
  verdict: AgeVerdict | null;
  pose?: PersonEvidence['pose'];
  /** Where it is in the evidence's list of people. */
  index: number;
  /** Under `people.minHeight`: a passer-by in the distance, counted only when their height beside a level adult shows them a child. */
  small: boolean;
}

/** A photo's width and height in pixels as read. */
export interface PhotoSize {
  width: number;
  height: number;
}

const bottom = (b: Box) => b[1] + b[3];
const centre = (b: Box) => [b[0] + b[2] / 2, b[1] + b[3] / 2] as const;

/**
 * The people who count (sure enough, and tall enough in pixels to measure), each with the usable
 * face that is theirs, if any: a face's centre inside the person's box, in its top part. Faces that
 * are nobody's (the person detector missed the body, or the photo is a face crop) come back apart.
 */
function matchFaces(allFaces: readonly FaceEvidence[], allPeople: readonly PersonEvidence[], rules: PhotoChecks, photoHeight: number): { people: Person[]; unmatched: FaceEvidence[] } {
  const r = rules.people;
  const faces = allFaces.filter((f) => f.score >= rules.minFaceScore);
  const people: Person[] = allPeople.flatMap((p, index) =>
    p.score >= r.minScore && (p.box[3] >= r.minHeight || p.box[3] * photoHeight >= r.minPixels) ? [{ box: p.box, face: null, verdict: null, pose: p.pose, index, small: p.box[3] < r.minHeight }] : [],
  );
  const unmatched: FaceEvidence[] = [];
  for (const face of faces) {
    const person = face.box ? ownerOf(face.box, people) : null;
    if (person) person.face = face;
    else unmatched.push(face);
  }
  return { people, unmatched };
}

/**
 * Which people the body-pose model is run on (their indices in `allPeople`): those who count and
 * have no usable face, the largest first (the most pixels, the surest keypoints), at most
 * `pose.maxPeople` a photo (each costs a run of the model).
 */
export function peopleToPose(allFaces: readonly FaceEvidence[], allPeople: readonly PersonEvidence[], rules: PhotoChecks, photoHeight: number): number[] {
  const { people } = matchFaces(allFaces, allPeople, rules, photoHeight);
  return people
    // A person a few dozen pixels tall gives the model nothing to place keypoints on (it guesses them).
    .filter((p) => !p.face && !p.small && p.box[3] * photoHeight >= rules.pose.minPixels)
    .sort((a, b) => b.box[3] - a.box[3])
    .slice(0, rules.pose.maxPeople)
    .map((p) => p.index);
}

/**
 * Who gets a closer look for a face (their indices in `allPeople`): people who count, with no usable
 * face, at least `closer.minPixels` tall, the tallest first, at most `closer.maxPeople`; nobody when
 * the photo already holds a child by what was found (a closer look could only add one).
 */
export function peopleToLookCloser(allFaces: readonly FaceEvidence[], allPeople: readonly PersonEvidence[], rules: PhotoChecks, photo: PhotoSize): number[] {
  if (rules.closer.maxPeople === 0) return [];
  const judged = judgePeople(allFaces, allPeople, rules, photo);
  if (judged.childFaces + judged.childBodies + judged.childProportions > 0) return [];
  const { people } = matchFaces(allFaces, allPeople, rules, photo.height);
  return people
    .filter((p) => !p.face && p.box[3] * photo.height >= rules.closer.minPixels)
    .sort((a, b) => b.box[3] - a.box[3])
    .slice(0, rules.closer.maxPeople)
    .map((p) => p.index);
}

/** `photo`: its size in pixels as read (the boxes are fractions of it): how coarse a box is, and its shape. */
export function judgePeople(allFaces: readonly FaceEvidence[], allPeople: readonly PersonEvidence[], rules: PhotoChecks, photo: PhotoSize): PeopleJudged {
  const { people, unmatched } = matchFaces(allFaces, allPeople, rules, photo.height);

  // First by the face alone, then the bodies: a person's height beside level-footed adults.
  const backed = unmatched.filter((face) => !unbacked(face, rules));
  const young = youngGroup([...people.flatMap((p) => (p.face ? [p.face] : [])), ...backed], rules);
  const faceVerdict = (face: FaceEvidence) => (young.has(face) ? 'child' : byFace(face, rules));
  for (const person of people) if (person.face) person.verdict = faceVerdict(person.face);
  const judged: AgeVerdict[] = backed.map(faceVerdict);
  let childBodies = 0;
  let childProportions = 0;
  let uncertainBodies = 0;
  let faceless = 0;
  for (const person of people) {
    const size = bySize(person, people, rules, photo);
    if (!person.face) {
      if (person.small) {
        // A speck in the distance says something only when it stands beside an adult and is a good deal shorter.
        if (size === 'child') childBodies++;
        continue;
      }
      const shape = byProportions(person.pose, rules, wholeBelow(person.box, rules))?.verdict;
      if (size === 'child') childBodies++;
      else if (shape === 'child' && size !== 'adult') childProportions++;
      // Well short of an adult whose face shows, standing level, but not short enough to say child: can't tell, unless the build is clearly an adult's.
      else if (size === 'short' && shape !== 'adult') uncertainBodies++;
      // Only a little shorter: a warning only when the proportions are unclear too.
      else if (size === 'shorter' && shape === 'unclear') uncertainBodies++;
      else faceless++;
      continue;
    }
    let verdict = person.verdict!;
    // An adult only because the second age model agreed with an upper can't-tell reading: a body shorter than the adults standing level beside it outweighs that, so can't tell again.
    if (verdict === 'adult' && secondOpinionAdult(person.face, rules) && (size === 'child' || size === 'short')) verdict = 'uncertain';
    // A face that could be a teenager or a young adult, on a body a head shorter than the adults beside it: a child.
    if (verdict === 'uncertain' && size === 'child') verdict = 'child';
    // A face read as a child on a body as tall as the adults beside it (a grandparent, a small-featured adult): can't tell.
    if (verdict === 'child' && size === 'adult') verdict = 'uncertain';
    judged.push(verdict);
  }
  const count = (v: AgeVerdict) => judged.filter((j) => j === v).length;
  return { childFaces: count('child'), youngGroupFaces: young.size, childBodies, childProportions, uncertainBodies, adultFaces: count('adult'), uncertainFaces: count('uncertain'), unreadableFaces: count('unreadable'), faceless, dismissedFaces: unmatched.length - backed.length };
}

/**
 * Faces FaceRes reads as adults only at its usual reading for a face it cannot place well (most
 * faces of every age come out 28.4–29.8: small, turned, dark or soft ones), that GEAR, asked, puts
 * in its youngest band (under about 19) at least `age.youngGroup.young` likely: in a photo where at
 * least `minFaces` faces read so, and they are at least `share` of the faces counted, they are read
 * as children. One such face alone is not enough (GEAR calls some young adults' portraits young,
 * 0.99 on one), nor a young-read face or two among many adults; a group of children together is
 * what the two models agree on (a class holding up signs, girls queueing for school). Returns the
 * faces so read; none when the photo does not meet the rule.
 */
export function youngGroup(faces: readonly FaceEvidence[], rules: PhotoChecks): Set<FaceEvidence> {
  const { age } = rules;
  const g = age.youngGroup;
  const read = faces.filter((f) => inYoungGroupBand(f, rules) && f.young !== undefined && f.young >= g.young);
  return read.length >= g.minFaces && read.length >= g.share * faces.length ? new Set(read) : new Set();
}

/** FaceRes's reading from `age.adultFrom` to under `age.youngGroup.ageBelow`: where the face reader asks GEAR about a group's faces. */
export function inYoungGroupBand(face: FaceEvidence, rules: PhotoChecks): boolean {
  return face.age !== null && face.age >= rules.age.adultFrom && face.age < rules.age.youngGroup.ageBelow;
}

/**
 * A face that is nobody's (no person found around it) read as a child by FaceRes alone, GEAR
 * asked and giving its youngest band next to nothing (`age.unbackedChildNotYoung`) and its oldest
 * too little to call it an older face read young (that one stays, can't tell): no second signal
 * backs the face, so it is not counted. The face models take some animals' and dolls'
 * faces for a child's (a dog's, read as 9), and only a child warns on a face, so a false one costs
 * a high on a photo with nobody in it. GEAR does call some real children's faces all but adult (0.017 and
 * 0.021 the lowest seen on the photo sets, both on bodies the person detector found; the dog's
 * 0.001), so the threshold sits well below those, and a child's face on a body the person detector
 * finds, or one GEAR was not asked about, always counts.
 */
export function unbacked(face: FaceEvidence, rules: PhotoChecks): boolean {
  const { age } = rules;
  return face.age !== null && face.age < age.childBelow && face.young !== undefined && face.young <= age.unbackedChildNotYoung && (face.old ?? 0) < age.secondOpinionOld;
}

/**
 * Apparent age from FaceRes, with GEAR's second opinion where FaceRes is least to be trusted: at
 * the child end (an older face read young), across the can't-tell band (a young face GEAR is sure
 * of), and at its upper end, where FaceRes puts adults in their twenties (portraits read 20–23)
 * and GEAR, asked too, gives the face little chance of being under about 19: the two models agree
 * on an adult. The lower part of the band (teenagers, and children of 9–13 FaceRes reads 17–19)
 * stays can't tell whatever GEAR says: there GEAR calls children adults as readily as FaceRes does.
 */
export function byFace(face: FaceEvidence, rules: PhotoChecks): AgeVerdict {
  const { age } = rules;
  if (face.age === null) return 'unreadable';
  if (face.age < age.childBelow) {
    // FaceRes reads some older faces (soft features, smiling, glasses) as children; GEAR rarely puts them in its oldest bands.
    return (face.old ?? 0) >= age.secondOpinionOld ? 'uncertain' : 'child';
  }
  if (face.age < age.adultFrom) {
    if ((face.young ?? 0) >= age.secondOpinionYoung) return 'child';
    return secondOpinionAdult(face, rules) ? 'adult' : 'uncertain';
  }
  return 'adult';
}

/** In the upper can't-tell band (`age.adultLikelyFrom` up to `age.adultFrom`) and GEAR, asked, puts at most `age.secondOpinionNotYoung` on its youngest band. Never without GEAR's answer. */
export function secondOpinionAdult(face: FaceEvidence, rules: PhotoChecks): boolean {
  const { age } = rules;
  return face.age !== null && face.age >= age.adultLikelyFrom && face.age < age.adultFrom && face.young !== undefined && face.young <= age.secondOpinionNotYoung;
}

function ownerOf(face: Box, people: Person[]): Person | null {
  const [x, y] = centre(face);
  const candidates = people.filter((p) => !p.face && x >= p.box[0] && x <= p.box[0] + p.box[2] && y >= p.box[1] - face[3] / 2 && y <= p.box[1] + p.box[3] * 0.45);
  // The smallest box that holds it: in a crowd, the nearest person, not the group around them.
  return candidates.sort((a, b) => a.box[2] * a.box[3] - b.box[2] * b.box[3])[0] ?? null;
}

/**
 * A person's height against the height an adult would have standing where they stand, from the
 * other people whose feet are about level with theirs (within `feetLevel` of that person's own
 * height: the same distance from the camera, whatever the distance), both seen whole, head to feet.
 * Someone a little further back (feet higher in the photo) is expected a little smaller: with the
 * camera at an adult's eye level the heads of standing adults all meet the horizon, so an adult's
 * height shrinks by as much as their feet rise. A camera held lower (a phone propped on a table)
 * shrinks a far adult faster than that, so before calling anyone a child the allowance is the one
 * for the lowest camera of `lowestCamera`: a far adult is never a child because the camera was low.
 * No allowance is made the other way (someone nearer is taken to be no taller), so a near adult is
 * never judged short against a far one.
 *
 * `child` only on strong evidence: standing (a narrow box), and a good deal shorter than that
 * adult: `childHeightRatio` when the person's own face is there to agree, `heightAloneRatio` (below
 * an adult seated on a chair beside a standing one) when the height is all there is. Otherwise
 * `short` (can't tell: up to `uncertainHeightRatio` beside an adult whose face shows, or up to
 * `childHeightRatio` beside anyone), `shorter`, or `adult` when as tall, beside someone read as an
 * adult by face; or nothing to go on (nobody level, the person cut off by the frame, sitting or
 * bending, or too few pixels to measure).
 */
function bySize(person: Person, people: Person[], rules: PhotoChecks, photo: PhotoSize): 'child' | 'short' | 'shorter' | 'adult' | null {
  const r = rules.people;
  const whole = (b: Box) => b[1] > r.frameMargin && bottom(b) < 1 - r.frameMargin;
  const pixels = (b: Box) => b[3] * photo.height;
  if (!whole(person.box) || pixels(person.box) < r.minPixels || !standing(person.box, rules, photo)) return null;
  // The tallest adult height to expect here with the camera at eye level, and with it at its lowest.
  let eye: { expected: number; byFace: boolean } | null = null;
  let low = 0;
  for (const other of people) {
    if (other === person || !whole(other.box) || pixels(other.box) < r.minReferencePixels || other.verdict === 'child' || other.verdict === 'uncertain') continue;
    const rise = bottom(other.box) - bottom(person.box);
    if (Math.abs(rise) > r.feetLevel * other.box[3]) continue;
    // An adult's height at this person's feet, by the horizon (never more than the reference's own).
    const expected = other.box[3] - Math.max(0, rise);
    if (!eye || expected > eye.expected) eye = { expected, byFace: other.verdict === 'adult' };
    low = Math.max(low, other.box[3] - Math.max(0, rise) / r.lowestCamera);
  }
  if (!eye) return null;
  const ratio = person.box[3] / eye.expected;
  // However low the camera, an adult standing here would be taller than this: a child, if the evidence is strong enough.
  const lowRatio = low > 0 ? person.box[3] / low : Infinity;
  if (lowRatio <= (person.face ? r.childHeightRatio : r.heightAloneRatio)) return 'child';
  if (ratio <= r.childHeightRatio) return 'short';
  if (!eye.byFace) return null;
  if (ratio >= r.adultHeightRatio) return 'adult';
  // Between the two, beside someone read as an adult by face: short (can't tell on its own) or only a little shorter.
  return ratio <= r.uncertainHeightRatio ? 'short' : 'shorter';
}

/** Standing upright: a box no wider than `standingMaxAspect` of its height (in pixels). Someone sitting, lying or bending is short whatever their age. */
const standing = (b: Box, rules: PhotoChecks, photo: PhotoSize) => b[2] * photo.width <= b[3] * photo.height * rules.people.standingMaxAspect;

/** The person's feet are inside the photo (the box clear of its bottom edge): only then are the legs' keypoints measurements, not guesses. */
const wholeBelow = (b: Box, rules: PhotoChecks) => bottom(b) < 1 - rules.people.frameMargin;
