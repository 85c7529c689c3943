import { describe, expect, it } from 'vitest';
import type { FaceEvidence, PersonEvidence } from '../../src/engine/image/evidence';
import { peopleToLookCloser } from '../../src/engine/image/people';
import { PHOTO_CHECKS } from '../../src/engine/photo-rules';
import { PhotoChecksSchema } from '../../src/engine/schemas/photo-checks';
import { headSquare } from '../../src/image/tiles';

/**
 * The closer look for faces (rules `closer`): which people found with no face have their heads read
 * again, on evidence written by hand, and the square read around a head.
 */
const photo = { width: 1050, height: 740 };
/** A person standing, `tall` pixels high, left edge at x (fractions of the photo). */
const standing = (x: number, tall: number, y = 0.3): PersonEvidence => ({ score: 0.8, box: [x, y, (tall * 0.35) / photo.width, tall / photo.height] });
const faceOn = (p: PersonEvidence, age: number): FaceEvidence => ({ score: 0.95, age, box: [p.box[0] + p.box[2] * 0.3, p.box[1] + 0.01, p.box[2] * 0.4, p.box[3] * 0.15] });

describe('the closer look: who is looked at again', () => {
  it('looks again at a crowd’s people whose faces were not found, the tallest first, at most closer.maxPeople', () => {
    const crowd = [160, 190, 172, 171, 162, 160, 150, 120].map((tall, i) => standing(0.05 + i * 0.11, tall));
    // Two faces found, both read ~29 (FaceRes's usual reading for a face it cannot place): adults, so no child yet.
    const faces = [faceOn(crowd[6]!, 29.3), faceOn(crowd[7]!, 29.2)];
    const chosen = peopleToLookCloser(faces, crowd, PHOTO_CHECKS, photo);
    expect(chosen).toEqual([1, 2, 3, 4, 0, 5].slice(0, PHOTO_CHECKS.closer.maxPeople));
    // Never someone whose face was found.
    expect(chosen).not.toContain(6);
    expect(chosen).not.toContain(7);
  });

  it('does not look when a child is already found (a closer look could only add one)', () => {
    const crowd = [180, 170, 160].map((tall, i) => standing(0.1 + i * 0.2, tall));
    expect(peopleToLookCloser([faceOn(crowd[0]!, 8.8)], crowd, PHOTO_CHECKS, photo)).toEqual([]);
  });

  it('does not look at people too small for a face, nor at a photo with nobody in it', () => {
    const far = [40, 50, 30].map((tall, i) => standing(0.1 + i * 0.2, tall, 0.6));
    expect(far.every((p) => p.box[3] * photo.height < PHOTO_CHECKS.closer.minPixels)).toBe(true);
    expect(peopleToLookCloser([], far, PHOTO_CHECKS, photo)).toEqual([]);
    expect(peopleToLookCloser([], [], PHOTO_CHECKS, photo)).toEqual([]);
  });

  it('leaves unsure detections alone', () => {
    const unsure = { ...standing(0.3, 200), score: PHOTO_CHECKS.people.minScore / 2 };
    expect(peopleToLookCloser([], [unsure], PHOTO_CHECKS, photo)).toEqual([]);
  });

  it('is switched off by closer.maxPeople 0', () => {
    const rules = PhotoChecksSchema.parse({ ...PHOTO_CHECKS, closer: { ...PHOTO_CHECKS.closer, maxPeople: 0 } });
    expect(peopleToLookCloser([], [standing(0.3, 200)], rules, photo)).toEqual([]);
  });

  it('is validated with the other rules', () => {
    expect(() => PhotoChecksSchema.parse({ ...PHOTO_CHECKS, closer: { ...PHOTO_CHECKS.closer, headShare: 0 } })).toThrow();
    expect(() => PhotoChecksSchema.parse({ ...PHOTO_CHECKS, closer: { ...PHOTO_CHECKS.closer, maxPeople: 1.5 } })).toThrow();
  });
});

describe('the closer look: the square read around a head', () => {
  const { headShare, padding } = PHOTO_CHECKS.closer;

  it('is a square of the head and shoulders of someone standing, reaching a little above the box', () => {
    // A person 170 px tall, 60 wide, top at 200 px, left at 400 px.
    const square = headSquare([400 / 1050, 200 / 740, 60 / 1050, 170 / 740], 1050, 740, 0.45, 0.2)!;
    const [left, top, w, h] = square;
    expect(w).toBe(h);
    expect(w).toBe(Math.floor(170 * 0.45 * 1.2));
    // Centred across the person, starting above the top of their box.
    expect(Math.abs(left + w / 2 - 430)).toBeLessThanOrEqual(1);
    expect(top).toBeLessThan(200);
    expect(top + h).toBeGreaterThan(200 + 170 * 0.3);
  });

  it('stays inside the photo for someone at its edge', () => {
    const [left, top, w, h] = headSquare([0, 0, 0.05, 0.5], 1050, 740, headShare, padding)!;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    const [l2, , w2] = headSquare([0.97, 0.4, 0.03, 0.5], 1050, 740, headShare, padding)!;
    expect(l2 + w2).toBeLessThanOrEqual(1050);
    expect(w).toBe(h);
  });

  it('gives nothing for a box too small to hold a face', () => {
    expect(headSquare([0.5, 0.5, 0.001, 0.002], 1050, 740, headShare, padding)).toBeNull();
  });
});
