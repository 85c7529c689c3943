import { describe, expect, test } from 'vitest';
import type { FaceEvidence, PersonEvidence } from '../../src/engine/image/evidence';
import { judgePeople } from '../../src/engine/image/people';
import { PHOTO_CHECKS } from '../../src/engine/photo-rules';
import { childSettled, secondOpinionOrder, youngGroupPossible } from '../../src/image/face-reader';

/**
 * When the photo reader may stop asking the second age model (GEAR) about further faces: only once
 * some face is a child whatever GEAR would say of the rest. Evidence written by hand, as the
 * judging tests do; the real models' side is measured by `npm run eval:photos`.
 */
const face = (age: number, size = 0.1, extra: Partial<FaceEvidence> = {}): FaceEvidence => ({ score: 0.95, age, box: [0.1, 0.1, size, size], ...extra });
const person = (x: number, feet: number, height: number): PersonEvidence => ({ score: 0.6, box: [x, feet - height, height * 0.35, height] });
const faceOn = (p: PersonEvidence, age: number, extra: Partial<FaceEvidence> = {}): FaceEvidence => ({ score: 0.95, age, box: [p.box[0] + p.box[2] * 0.3, p.box[1] + 0.01, p.box[2] * 0.4, p.box[3] * 0.12], ...extra });
const all = (faces: FaceEvidence[]) => faces.map((_, i) => i);
/** The photo's size in pixels: a person's box is 0.35 of their height wide, a standing person's shape. */
const PHOTO = { width: 1000, height: 750 };

describe('the order GEAR is asked in', () => {
  test('faces read as children first, then the can’t-tell band, largest first; adults and faint faces never', () => {
    const faces = [face(20, 0.3), face(8, 0.05), face(40, 0.5), face(10, 0.2), face(12, 0.4, { score: 0.3 })];
    // The reader passes only faces under adultFrom as candidates; the faint one (score 0.3) is below minFaceScore.
    expect(secondOpinionOrder(faces, [0, 1, 3, 4], PHOTO_CHECKS)).toEqual([3, 1, 0]);
  });
});

describe('whether GEAR can still change the finding', () => {
  test('a face read as a child that GEAR has not called old settles the photo; until asked, it does not', () => {
    const unasked = [face(8), face(9)];
    expect(childSettled(unasked, [], all(unasked), PHOTO_CHECKS, PHOTO)).toBe(false);
    const oneAsked = [face(8, 0.1, { young: 0.7, old: 0.05 }), face(9)];
    expect(childSettled(oneAsked, [], all(oneAsked), PHOTO_CHECKS, PHOTO)).toBe(true);
  });

  test('a face GEAR calls old (a grandparent FaceRes took for a child) settles nothing: the next face is asked', () => {
    const faces = [face(14, 0.1, { young: 0.01, old: 0.8 }), face(15)];
    expect(childSettled(faces, [], all(faces), PHOTO_CHECKS, PHOTO)).toBe(false);
    // Had the reader stopped there, the second face would stand as a child by FaceRes alone: the grandparents' photo would be high.
    expect(judgePeople(faces, [], PHOTO_CHECKS, PHOTO).childFaces).toBe(1);
  });

  test('the can’t-tell band alone never settles: GEAR may move any of them to child', () => {
    const faces = [face(19), face(21)];
    expect(childSettled(faces, [], all(faces), PHOTO_CHECKS, PHOTO)).toBe(false);
  });

  test('a confirmed child face on a body as tall as the adult standing beside it is can’t-tell, so it settles nothing', () => {
    const adult = person(0.1, 0.9, 0.7);
    const tall = person(0.5, 0.9, 0.7);
    const faces = [faceOn(adult, 40), faceOn(tall, 10, { young: 0.6, old: 0.1 }), face(12)];
    expect(childSettled(faces, [adult, tall], [1, 2], PHOTO_CHECKS, PHOTO)).toBe(false);
  });

  test('a can’t-tell face on a body a head shorter than the adult beside it is a child whatever GEAR says: settled before asking', () => {
    const adult = person(0.1, 0.9, 0.7);
    const small = person(0.5, 0.9, 0.45);
    const faces = [faceOn(adult, 40), faceOn(small, 19)];
    expect(childSettled(faces, [adult, small], [1], PHOTO_CHECKS, PHOTO)).toBe(true);
  });

  test('an unasked face GEAR could make an adult is tried both ways: as a tall adult beside a child’s face it would make that face can’t-tell, so nothing is settled', () => {
    const tall = person(0.1, 0.9, 0.7);
    const kid = person(0.5, 0.9, 0.68);
    // The child's face is asked (GEAR did not call it old); the tall one, read 21, is not asked yet.
    const faces = [faceOn(tall, 21), faceOn(kid, 9, { young: 0.6, old: 0.05 })];
    expect(childSettled(faces, [tall, kid], [0, 1], PHOTO_CHECKS, PHOTO)).toBe(false);
    // Had GEAR then called it not young, the photo would have no child: stopping would have been wrong.
    const answered = [faceOn(tall, 21, { young: 0.1, old: 0.2 }), faces[1]!];
    expect(judgePeople(answered, [tall, kid], PHOTO_CHECKS, PHOTO).childFaces).toBe(0);
  });

  test('a child’s face settles the photo whatever GEAR makes of an unasked face in the upper band, adult or can’t-tell', () => {
    const faces = [face(8, 0.2, { young: 0.7, old: 0.02 }), face(21), face(22)];
    expect(childSettled(faces, [], all(faces), PHOTO_CHECKS, PHOTO)).toBe(true);
  });

  test('stopping never changes the finding: for every GEAR answer to the faces left, the photo still has a child', () => {
    const asked = face(7, 0.2, { young: 0.8, old: 0.02 });
    for (const young of [0, 0.95]) {
      for (const old of [0, 0.9]) {
        const rest = [face(11, 0.1, { young, old }), face(20, 0.1, { young, old })];
        expect(judgePeople([asked, ...rest], [], PHOTO_CHECKS, PHOTO).childFaces).toBeGreaterThan(0);
      }
    }
    expect(childSettled([asked, face(11), face(20)], [], [0, 1, 2], PHOTO_CHECKS, PHOTO)).toBe(true);
  });
});

describe('whether the young-group rule can still apply, GEAR asked face by face', () => {
  // FaceRes's usual reading for a face it cannot place: in the young-group band (adultFrom up to youngGroup.ageBelow).
  const band = (young?: number) => face(29, 0.1, young === undefined ? {} : { young });
  const g = PHOTO_CHECKS.age.youngGroup;

  test('possible while enough faces in the band are unasked or read young; not once too few are left', () => {
    expect(g.minFaces).toBe(2);
    expect(youngGroupPossible([band(), band(), band()], PHOTO_CHECKS)).toBe(true);
    expect(youngGroupPossible([band(0.01), band(), band()], PHOTO_CHECKS)).toBe(true);
    // Two asked, neither young: one face left cannot make two.
    expect(youngGroupPossible([band(0.01), band(0.2), band()], PHOTO_CHECKS)).toBe(false);
    expect(youngGroupPossible([band(0.9), band(0.01), band()], PHOTO_CHECKS)).toBe(true);
  });

  test('the share is taken of the fewest faces the check can count: adults and can’t-tell faces, never a child’s face it may set aside', () => {
    // Two in the band, four adults: at most 2 of 6 read young, under half.
    const adults = [face(45), face(50), face(38), face(60)];
    expect(youngGroupPossible([band(), band(), ...adults], PHOTO_CHECKS)).toBe(false);
    // Faces read as children may be dismissed (`unbacked`), so they are not counted against the share.
    expect(youngGroupPossible([band(), band(), face(8), face(9), face(10)], PHOTO_CHECKS)).toBe(true);
    // Faint faces are not counted by the check at all.
    expect(youngGroupPossible([band(), band(), face(45, 0.1, { score: 0.3 }), face(50, 0.1, { score: 0.3 }), face(40, 0.1, { score: 0.3 })], PHOTO_CHECKS)).toBe(true);
  });

  test('stopping when it says so never changes the judging: every answer for the faces left gives the same verdicts', () => {
    const people = [person(0.1, 0.9, 0.6), person(0.4, 0.9, 0.62), person(0.7, 0.9, 0.58)];
    const asked = [faceOn(people[0]!, 29, { young: 0.01 }), faceOn(people[1]!, 24, { young: 0.3 }), faceOn(people[2]!, 27)];
    expect(youngGroupPossible(asked, PHOTO_CHECKS)).toBe(false);
    const judged = judgePeople(asked, people, PHOTO_CHECKS, PHOTO);
    for (const young of [0, 0.4, 0.5, 0.99, 1]) {
      const answered = asked.map((f, i) => (i === 2 ? { ...f, young, old: 0.01 } : f));
      expect(judgePeople(answered, people, PHOTO_CHECKS, PHOTO)).toEqual(judged);
    }
  });
});
