import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { helperFrom, localShare, type AgeHelper, type FaceCrop } from '../../src/image/face-ages';
import type { FaceReader, PeopleSeen } from '../../src/image/face-reader';
import { checkImageInput } from '../../src/image/image-type';
import { createNodeFaceReader, createNodeReaders, type NodeReaders } from '../../src/image/node-readers';
import type { Pixels } from '../../src/image/pixels';
import { photo } from './photo-fixtures';

/**
 * The face side sharing a group photo's FaceRes ages with a helper thread (the browser's age
 * helper worker; here a second reader in the same process, which computes exactly what the
 * worker's helper computes): what the photo check reads must not depend on who read each age,
 * and a helper that fails costs time, never a reading.
 */
const SLOW = 120_000;
let readers: NodeReaders;
let reader: FaceReader;
let other: FaceReader;
let group: Pixels;
let alone: PeopleSeen;
beforeAll(async () => {
  readers = createNodeReaders();
  reader = createNodeFaceReader();
  other = createNodeFaceReader();
  await Promise.all([reader.load(), other.load(), readers.load()]);
  const bytes = new Uint8Array(readFileSync(photo('children/ubba_kids-taekwondo-01.jpg')));
  group = await readers.decode(bytes, checkImageInput(bytes));
  alone = await reader.read(group);
}, SLOW);
afterAll(async () => {
  await readers?.close();
});

describe('FaceRes ages shared with a helper', () => {
  test('a group of six children: the helper reads four of the faces and everything read is the same as without it', async () => {
    const asked: FaceCrop[][] = [];
    reader.setAgeHelper(helperFrom((crops) => (asked.push(crops), other.ages(crops))));
    try {
      const seen = await reader.read(group);
      expect(alone.faces).toHaveLength(6);
      expect(alone.faces.filter((f) => f.age !== null && f.age < 13).length).toBeGreaterThanOrEqual(3);
      expect(asked.map((crops) => crops.length)).toEqual([4]);
      expect(reader.lastCost?.helperFaces).toBe(4);
      expect(seen).toEqual(alone);
    } finally {
      reader.setAgeHelper(null);
    }
  }, SLOW);

  test('a helper that fails (it died, or could not load): every face is read here, with the same ages', async () => {
    const failing: AgeHelper = { ages: () => ({ done: Promise.reject(new Error('the age helper is gone')), stop: () => undefined }) };
    reader.setAgeHelper(failing);
    try {
      expect(await reader.read(group)).toEqual(alone);
      expect(reader.lastCost?.helperFaces).toBe(0);
    } finally {
      reader.setAgeHelper(null);
    }
  }, SLOW);

  test('a helper given no core (it never answers): this thread reads its faces too, from the last, does not wait, and stops the job', async () => {
    let stopped = 0;
    reader.setAgeHelper({ ages: () => ({ done: new Promise<void>(() => undefined), stop: () => void stopped++ }) });
    try {
      expect(await reader.read(group)).toEqual(alone);
      expect(reader.lastCost?.helperFaces).toBe(0);
      expect(stopped).toBe(1);
    } finally {
      reader.setAgeHelper(null);
    }
  }, SLOW);

  test('this thread, which also runs the person detector, keeps the smaller share', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => [n, localShare(n)])).toEqual([[0, 0], [1, 0], [2, 0], [3, 1], [4, 1], [5, 2], [6, 2], [10, 4]]);
  });
});
