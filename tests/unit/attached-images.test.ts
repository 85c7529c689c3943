import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AttachedImages } from '../../src/content/attached-images';
import type { ReadImageResult } from '../../src/content/engine-client';

/**
 * The photos of one composer, known by content. The same photo arrives twice when a teacher
 * chooses a file: from the file chooser (with its name) and as the site's preview (with only an
 * alt text); either may come first.
 */

// The content script runs in a page, which has FileReader; Node has not: a small stand-in that reads
// the blob as a data: URL the same way.
const original = (globalThis as { FileReader?: unknown }).FileReader;
beforeAll(() => {
  (globalThis as { FileReader?: unknown }).FileReader = class {
    result: string | null = null;
    error: Error | null = null;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    readAsDataURL(blob: Blob) {
      void blob.arrayBuffer().then((bytes) => {
        this.result = `data:${blob.type};base64,${Buffer.from(bytes).toString('base64')}`;
        this.onload?.();
      });
    }
  };
});
afterAll(() => {
  (globalThis as { FileReader?: unknown }).FileReader = original;
});

const jpeg = (seed: number) => new Blob([new Uint8Array([0xff, 0xd8, 0xff, seed, 1, 2, 3])], { type: 'image/jpeg' });
const evidenceFor = (name: string): ReadImageResult => ({
  ok: true,
  evidence: { name, width: 4, height: 3, faces: [], people: [], exif: {}, text: '' },
} as ReadImageResult);

describe('a photo seen twice', () => {
  test('preview first, then the file chooser: the teacher reads the file’s own name, and the photo is read once', async () => {
    const reads: string[] = [];
    const images = new AttachedImages(() => {}, async (name) => (reads.push(name), evidenceFor(name)));
    const preview = {} as Element;
    await images.add(jpeg(1), 'attached photo', preview);
    await images.add(jpeg(1), 'at-school.jpg');
    await images.settled();
    expect(reads).toEqual(['attached photo']);
    expect(images.count).toBe(1);
    expect(images.forCheck()).toEqual([expect.objectContaining({ evidence: expect.objectContaining({ name: 'at-school.jpg' }) })]);
  });

  test('the file chooser first, then the preview: the file’s name stays', async () => {
    const images = new AttachedImages(() => {}, async (name) => evidenceFor(name));
    await images.add(jpeg(2), 'IMG_2041.jpg');
    await images.add(jpeg(2), 'attached photo', {} as Element);
    expect(images.forCheck()).toEqual([expect.objectContaining({ evidence: expect.objectContaining({ name: 'IMG_2041.jpg' }) })]);
  });

  test('renamed while still being read: the answer carries the file’s name', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const images = new AttachedImages(() => {}, async (name) => (await gate, evidenceFor(name)));
    const first = images.add(jpeg(3), 'attached photo', {} as Element);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await images.add(jpeg(3), 'class-trip.jpg');
    release();
    await first;
    expect(images.forCheck()).toEqual([expect.objectContaining({ evidence: expect.objectContaining({ name: 'class-trip.jpg' }) })]);
  });

  test('a photo that could not be read is named by its file too', async () => {
    const images = new AttachedImages(() => {}, async () => ({ ok: false, error: 'the photo check is off' }) as ReadImageResult);
    await images.add(jpeg(4), 'attached photo', {} as Element);
    await images.add(jpeg(4), 'sports-day.png');
    expect(images.forCheck()).toEqual([{ name: 'sports-day.png', error: 'the photo check is off' }]);
  });
});
