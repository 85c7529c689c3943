import type { PhotoChecks } from '../schemas/photo-checks';
import type { Box, FaceEvidence, PersonEvidence } from './evidence';

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
  adultFaces: number;
  /** Faces in the "can't tell" band, or whose signals disagree. */
  uncertainFaces: number;
  unreadableFaces: number;
  /** People the detector found with no usable face, not judged children by size. */
  faceless: number;
}

interface Person {
  box: Box;
  face: FaceEvidence | null;
  verdict: AgeVerdict | null;
}

const bottom = (b: Box) => b[1] + b[3];
const centre = (b: Box) => [b[0] + b[2] / 2, b[1] + b[3] / 2] as const;

export function judgePeople(allFaces: readonly FaceEvidence[], allPeople: readonly PersonEvidence[], rules: PhotoChecks): PeopleJudged {
  const faces = allFaces.filter((f) => f.score >= rules.minFaceScore);
  const people: Person[] = allPeople.filter((p) => p.score >= rules.people.minScore && p.box[3] >= rules.people.minHeight).map((p) => ({ box: p.box, face: null, verdict: null }));

  // Each face to the person whose head it is: its centre inside the person's box, in the top part.
  const unmatched: FaceEvidence[] = [];
  for (const face of faces) {
    const person = face.box ? ownerOf(face.box, people) : null;
    if (person) person.face = face;
    else unmatched.push(face);
  }

  // First by the face alone, then the bodies: a person's height beside level-footed adults.
  for (const person of people) if (person.face) person.verdict = byFace(person.face, rules);
  const judged: AgeVerdict[] = unmatched.map((face) => byFace(face, rules));
  let childBodies = 0;
  let faceless = 0;
  for (const person of people) {
    const size = bySize(person, people, rules);
    if (!person.face) {
      if (size === 'child') childBodies++;
      else faceless++;
      continue;
    }
    let verdict = person.verdict!;
    // A face that could be a teenager or a young adult, on a body a head shorter than the adults beside it: a child.
    if (verdict === 'uncertain' && size === 'child') verdict = 'child';
    // A face read as a child on a body as tall as the adults beside it (a grandparent, a small-featured adult): can't tell.
    if (verdict === 'child' && size === 'adult') verdict = 'uncertain';
    judged.push(verdict);
  }
  const count = (v: AgeVerdict) => judged.filter((j) => j === v).length;
  return { childFaces: count('child'), childBodies, adultFaces: count('adult'), uncertainFaces: count('uncertain'), unreadableFaces: count('unreadable'), faceless };
}

/** Apparent age from FaceRes, with GEAR's second opinion where FaceRes is least to be trusted. */
export function byFace(face: FaceEvidence, rules: PhotoChecks): AgeVerdict {
  const { age } = rules;
  if (face.age === null) return 'unreadable';
  if (face.age < age.childBelow) {
    // FaceRes reads some older faces (soft features, smiling, glasses) as children; GEAR rarely puts them in its oldest bands.
    return (face.old ?? 0) >= age.secondOpinionOld ? 'uncertain' : 'child';
  }
  if (face.age < age.adultFrom) return (face.young ?? 0) >= age.secondOpinionYoung ? 'child' : 'uncertain';
  return 'adult';
}

function ownerOf(face: Box, people: Person[]): Person | null {
  const [x, y] = centre(face);
  const candidates = people.filter((p) => !p.face && x >= p.box[0] && x <= p.box[0] + p.box[2] && y >= p.box[1] - face[3] / 2 && y <= p.box[1] + p.box[3] * 0.45);
  // The smallest box that holds it: in a crowd, the nearest person, not the group around them.
  return candidates.sort((a, b) => a.box[2] * a.box[3] - b.box[2] * b.box[3])[0] ?? null;
}

/**
 * A person's height beside the tallest other person standing level with them (feet within
 * `feetLevel` of the photo's height, both seen whole, head to feet): `child` when a good deal
 * shorter than an adult there, `adult` when as tall as one, otherwise (nobody level, or the
 * person cut off by the frame) nothing to go on.
 */
function bySize(person: Person, people: Person[], rules: PhotoChecks): 'child' | 'adult' | null {
  const r = rules.people;
  const whole = (b: Box) => b[1] > r.frameMargin && bottom(b) < 1 - r.frameMargin;
  if (!whole(person.box)) return null;
  const level = people.filter((o) => o !== person && whole(o.box) && Math.abs(bottom(o.box) - bottom(person.box)) <= r.feetLevel && o.box[3] >= r.minReferenceHeight && o.verdict !== 'child' && o.verdict !== 'uncertain');
  const tallest = level.sort((a, b) => b.box[3] - a.box[3])[0];
  if (!tallest) return null;
  const ratio = person.box[3] / tallest.box[3];
  if (ratio <= r.childHeightRatio) return 'child';
  if (ratio >= r.adultHeightRatio && tallest.verdict === 'adult') return 'adult';
  return null;
}
