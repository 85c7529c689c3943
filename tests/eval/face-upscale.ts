import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { FaceEvidence } from '../../src/engine/image/evidence';
import { checkImageInput } from '../../src/image/image-type';
import { createNodeFaceReader, createNodeReaders } from '../../src/image/node-readers';
import type { Pixels } from '../../src/image/pixels';
import { TempDir } from '../unit/photo-fixtures';
import { resolvePhotoSet, type LabelledPhoto, EVAL_PUPILS } from './photo-set';
import { compile } from '../../src/analyser';
import { imageFindings } from '../../src/analyser/images';
import { CADOXTON } from '../unit/fixtures';
const analyser = compile({ ...CADOXTON, pupilNames: [...(CADOXTON.pupilNames ?? []), ...EVAL_PUPILS] });

/**
 * Experiment (TUNED-ON sets only): for each photo, the faces of a normal read, then the faces found
 * when the photo is read again closer: (a) the head region of each person with no face found,
 * (b) a 2×2 grid of overlapping tiles of the whole photo (twice the scale). Every face GEAR-asked.
 *   npx tsx tests/eval/face-upscale.ts --classes primary-children,adults --manifest M ... [--save FILE]
 */
const args = process.argv.slice(2);
const manifests = args.flatMap((a, i) => (args[i - 1] === '--manifest' ? [a] : []));
const onlyMissed = args.includes('--missed');
const classes = new Set((args[args.indexOf('--classes') + 1] ?? 'primary-children').split(','));
const save = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
const temp = new TempDir();
const faces = createNodeFaceReader();
faces.secondOpinionEveryone = true;
const { decode } = createNodeReaders();
await faces.load();
const photos: LabelledPhoto[] = (manifests.length ? manifests.flatMap((m) => JSON.parse(readFileSync(m, 'utf8')) as LabelledPhoto[]) : (await resolvePhotoSet(temp.path)).photos).filter((p) => classes.has(p.class) && existsSync(p.path));

function crop(p: Pixels, x: number, y: number, w: number, h: number): Pixels {
  [x, y] = [Math.max(0, Math.round(x)), Math.max(0, Math.round(y))];
  w = Math.min(p.width - x, Math.round(w));
  h = Math.min(p.height - y, Math.round(h));
  const data = new Uint8ClampedArray(w * h * 4);
  for (let r = 0; r < h; r++) data.set(p.data.subarray(((y + r) * p.width + x) * 4, ((y + r) * p.width + x + w) * 4), r * w * 4);
  return { width: w, height: h, data };
}
const fmt = (f: FaceEvidence, H: number) => `${f.age === null ? '?' : f.age.toFixed(1)}/${f.young ?? '-'}@${Math.round((f.box?.[3] ?? 0) * H)}px s${f.score.toFixed(2)}`;
const rows: unknown[] = [];
for (const photo of photos) {
  const bytes = new Uint8Array(readFileSync(photo.path));
  let pixels: Pixels;
  try {
    pixels = await decode(bytes, checkImageInput(bytes));
  } catch {
    continue;
  }
  const t0 = performance.now();
  const base = await faces.read(pixels);
  const t1 = performance.now();
  const W = pixels.width, H = pixels.height;
  const baseFindings = imageFindings({ name: photo.id, width: W, height: H, ...base, exif: {}, text: '' }, analyser, '');
  const high = baseFindings.some((f) => f.severity === 'high');
  if (onlyMissed && high) { console.log(`${photo.class} ${photo.id} high already`); continue; }
  const inside = (f: FaceEvidence, b: number[]) => f.box && f.box[0] + f.box[2] / 2 > b[0]! && f.box[0] + f.box[2] / 2 < b[0]! + b[2]! && f.box[1] + f.box[3] / 2 > b[1]! && f.box[1] + f.box[3] / 2 < b[1]! + b[3]!;
  const faceless = base.people.filter((p) => p.score >= 0.3 && p.box[3] * H >= 24 && !base.faces.some((f) => f.score >= 0.6 && inside(f, p.box))).sort((a, b) => b.box[3] - a.box[3]).slice(0, 6);
  const headFaces: string[] = [];
  for (const p of faceless) {
    const [bx, by, bw, bh] = [p.box[0] * W, p.box[1] * H, p.box[2] * W, p.box[3] * H];
    const side = Math.max(bw, bh * 0.45) * 1.2;
    const c = crop(pixels, bx + bw / 2 - side / 2, by - side * 0.15, side, side);
    if (c.width < 8 || c.height < 8) continue;
    const seen = await faces.read(c);
    headFaces.push(`[p${Math.round(bh)}px: ${seen.faces.map((f) => fmt(f, c.height)).join(' ') || 'none'}]`);
  }
  const t2 = performance.now();
  const gridFaces: string[] = [];
  const tw = W * 0.6, th = H * 0.6;
  for (const [x, y] of [[0, 0], [W - tw, 0], [0, H - th], [W - tw, H - th]]) {
    const seen = await faces.read(crop(pixels, x!, y!, tw, th));
    gridFaces.push(...seen.faces.map((f) => fmt(f, th)));
  }
  const t3 = performance.now();
  console.log(`${photo.class} ${photo.id} ${W}x${H} people ${base.people.length} faceless ${faceless.length}\n  base: ${base.faces.map((f) => fmt(f, H)).join(' ') || 'none'} (${Math.round(t1 - t0)} ms)\n  heads: ${headFaces.join(' ') || '-'} (${Math.round(t2 - t1)} ms)\n  grid2x: ${gridFaces.join(' ') || 'none'} (${Math.round(t3 - t2)} ms)`);
  rows.push({ id: photo.id, base, headFaces, gridFaces });
}
temp.remove();
if (save) writeFileSync(save, JSON.stringify(rows));
process.exit(0);
