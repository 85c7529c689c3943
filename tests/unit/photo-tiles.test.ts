import { describe, expect, it } from 'vitest';
import { faceTiles, fromTile, keepDistinct, overlapOfSmaller, squarePadding } from '../../src/image/tiles';
import { PHOTO_CHECKS } from '../../src/engine/photo-rules';

describe('reading a photo far from square (web banners)', () => {
  const { maxAspect, overlap } = PHOTO_CHECKS.tiles;

  it('reads a photo of ordinary shape whole', () => {
    expect(faceTiles(1600, 1200, maxAspect, overlap)).toEqual([[0, 0, 1600, 1200]]);
    expect(faceTiles(330, 497, maxAspect, overlap)).toEqual([[0, 0, 330, 497]]);
    expect(squarePadding(1600, 1200, maxAspect)).toBeNull();
  });

  it('reads a 650×160 banner in overlapping squares as tall as the banner, from edge to edge', () => {
    const tiles = faceTiles(650, 160, 1.8, 0.3);
    expect(tiles.every(([, top, w, h]) => top === 0 && w === 160 && h === 160)).toBe(true);
    expect(tiles[0]![0]).toBe(0);
    expect(tiles.at(-1)![0] + 160).toBe(650);
    // Every neighbour shares at least 30 % of a square: a face cut by one square's edge is whole in the next.
    for (let i = 1; i < tiles.length; i++) expect(tiles[i - 1]![0] + 160 - tiles[i]![0]).toBeGreaterThanOrEqual(0.3 * 160);
    // 490 pixels to cover in steps of at most 112: six squares.
    expect(tiles.length).toBe(6);
  });

  it('reads a tall strip in squares down its length', () => {
    const tiles = faceTiles(200, 700, 1.8, 0.3);
    expect(tiles.every(([left, , w, h]) => left === 0 && w === 200 && h === 200)).toBe(true);
    expect(tiles.at(-1)![1] + 200).toBe(700);
  });

  it('pads a banner to a square for the person detector, and puts a box found in a square back in the photo', () => {
    expect(squarePadding(650, 160, 1.8)).toEqual({ right: 0, bottom: 490 });
    // The middle of the second square of a 650×160 banner, a quarter of the square wide.
    const [left, top, width, height] = fromTile([0.5, 0.25, 0.25, 0.5], [100, 0, 160, 160], 650, 160);
    expect(left).toBeCloseTo(180 / 650);
    expect(top).toBeCloseTo(0.25);
    expect(width).toBeCloseTo(40 / 650);
    expect(height).toBeCloseTo(0.5);
  });

  it('keeps a face seen from two squares once, the surer reading, and two faces side by side both', () => {
    const a = [0.3, 0.2, 0.06, 0.3];
    const sameCut = [0.31, 0.2, 0.04, 0.3];
    const neighbour = [0.37, 0.2, 0.06, 0.3];
    expect(overlapOfSmaller(a, sameCut)).toBeCloseTo(1);
    expect(overlapOfSmaller(a, neighbour)).toBe(0);
    expect(keepDistinct([a, sameCut, neighbour], [0.8, 0.95, 0.9], 0.4)).toEqual([1, 2]);
  });
});
