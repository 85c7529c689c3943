/**
 * Where to look for faces and people in a photo that is far from square. The face detector
 * (BlazeFace, 256×256) and the person detector (CenterNet, 512×512) each take a square input, and
 * Human resizes the whole photo to it: a 650×160 web banner comes out squeezed to a quarter of its
 * width against its height, its faces four times narrower than they are tall, and neither model
 * finds anyone in it (the fourth blind photo set's banner crops of children at a tap, in a queue).
 * So a photo longer than `maxAspect` times its short side is read as overlapping squares (faces:
 * every face whole in at least one square) and padded to a square (people: a person is never cut in
 * two), and what is found is put back in the whole photo's fractions.
 */

/** A region of the photo in pixels: left, top, width, height. */
export type PixelRect = [number, number, number, number];

/**
 * Overlapping squares along the photo's long side, each as tall (or wide) as the short side, at
 * least `overlap` of a square shared with the next; the whole photo when it is square enough.
 */
export function faceTiles(width: number, height: number, maxAspect: number, overlap: number): PixelRect[] {
  const long = Math.max(width, height);
  const side = Math.min(width, height);
  if (side <= 0 || long <= side * maxAspect) return [[0, 0, width, height]];
  // As few squares as cover the long side with at least the overlap asked for, spread evenly.
  const count = Math.ceil((long - side) / (side * (1 - overlap))) + 1;
  const step = (long - side) / (count - 1);
  return Array.from({ length: count }, (_, i) => {
    const start = Math.round(i * step);
    return width >= height ? [start, 0, side, side] : [0, start, side, side];
  });
}

/** The padding (in pixels, after the photo) that makes it square for the person detector, or null when it is square enough as it is. */
export function squarePadding(width: number, height: number, maxAspect: number): { right: number; bottom: number } | null {
  const long = Math.max(width, height);
  if (Math.min(width, height) <= 0 || long <= Math.min(width, height) * maxAspect) return null;
  return { right: long - width, bottom: long - height };
}

/** A box in fractions of a tile (left, top, width, height), in fractions of the whole photo. */
export function fromTile(box: readonly [number, number, number, number], tile: PixelRect, width: number, height: number): [number, number, number, number] {
  return [(tile[0] + box[0] * tile[2]) / width, (tile[1] + box[1] * tile[3]) / height, (box[2] * tile[2]) / width, (box[3] * tile[3]) / height];
}

/** How much two boxes overlap: their intersection over the smaller one's area (a face found whole in one square and cut by the edge of the next is the same face). */
export function overlapOfSmaller(a: readonly number[], b: readonly number[]): number {
  const w = Math.min(a[0]! + a[2]!, b[0]! + b[2]!) - Math.max(a[0]!, b[0]!);
  const h = Math.min(a[1]! + a[3]!, b[1]! + b[3]!) - Math.max(a[1]!, b[1]!);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a[2]! * a[3]!, b[2]! * b[3]!);
}

/**
 * Which of the faces found in several squares to keep: the surest first, dropping any that
 * overlaps one kept by more than `sameFace` of the smaller box (the same face seen from two
 * squares). Returns the kept indices.
 */
export function keepDistinct(boxes: readonly (readonly number[])[], scores: readonly number[], sameFace: number): number[] {
  const order = boxes.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const kept: number[] = [];
  for (const i of order) if (!kept.some((k) => overlapOfSmaller(boxes[i]!, boxes[k]!) > sameFace)) kept.push(i);
  return kept.sort((a, b) => a - b);
}

/**
 * The square around a person's head that the closer look reads (see `closer` in the rules): at least
 * `headShare` of their height and their box's width a side, widened by `padding`, centred across the
 * box and reaching a little above its top (the detector's box can cut the hair); kept inside the photo.
 */
export function headSquare(person: readonly number[], width: number, height: number, headShare: number, padding: number): PixelRect | null {
  const [bx, by, bw, bh] = [person[0]! * width, person[1]! * height, person[2]! * width, person[3]! * height];
  const side = Math.min(width, height, Math.max(bw, bh * headShare) * (1 + padding));
  const left = Math.round(Math.min(width - side, Math.max(0, bx + bw / 2 - side / 2)));
  const top = Math.round(Math.min(height - side, Math.max(0, by - side * 0.15)));
  const s = Math.floor(side);
  return s >= 8 ? [left, top, s, s] : null;
}
