import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ImageEvidence } from '../../src/engine/image/evidence';
import { checkImageInput } from '../../src/image/image-type';
import { createNodeFaceReader, createNodeReaders } from '../../src/image/node-readers';
import { PHOTO_CHECKS } from '../../src/engine/photo-rules';
import type { LabelledPhoto } from './photo-set';

/**
 * `npx tsx tests/eval/photos-reread-faces.ts --from SAVED --save FILE`: evidence saved by `photos.ts
 * --save`, with faces and people read again by the face reader as it is now, for the photos the
 * closer look could touch (a person at least `closer.minPixels` tall with no face counted inside);
 * the rest, and the text and EXIF of all, are kept as saved. Score FILE with `photos.ts --from FILE`.
 * `--quiet`: counts only, no photo named (a held-out set). The text reader is not run: a face-side change is measured in minutes, not hours, on a busy machine.
 */
const args = process.argv.slice(2);
const from = args[args.indexOf('--from') + 1]!;
const save = args[args.indexOf('--save') + 1]!;
// A held-out set's photos are never named: --quiet prints counts only.
const quiet = args.includes('--quiet');
type Saved = { photo: LabelledPhoto; evidence: ImageEvidence; ms: number }[];
const rows = JSON.parse(readFileSync(from, 'utf8')) as Saved;
const faces = createNodeFaceReader();
const { decode } = createNodeReaders();
await faces.load();
const inside = (c: [number, number], b: readonly number[]) => c[0] > b[0]! && c[0] < b[0]! + b[2]! && c[1] > b[1]! && c[1] < b[1]! + b[3]!;
let reread = 0;
let closer = 0;
for (const row of rows) {
  const e = row.evidence;
  const faceless = e.people.some((p) => p.score >= PHOTO_CHECKS.people.minScore && p.box[3] * e.height >= PHOTO_CHECKS.closer.minPixels && !e.faces.some((f) => f.score >= PHOTO_CHECKS.minFaceScore && f.box && inside([f.box[0] + f.box[2] / 2, f.box[1] + f.box[3] / 2], p.box)));
  if (!faceless || !existsSync(row.photo.path)) continue;
  const bytes = new Uint8Array(readFileSync(row.photo.path));
  const pixels = await decode(bytes, checkImageInput(bytes));
  const seen = await faces.read(pixels);
  reread++;
  const cost = faces.lastCost;
  if (cost?.closerPeople) {
    closer++;
    if (!quiet) process.stderr.write(`${row.photo.id}: closer look at ${cost.closerPeople} people, ${Math.round(cost.closerMs ?? 0)} ms, faces ${e.faces.length} -> ${seen.faces.length}\n`);
  }
  row.evidence = { ...e, faces: seen.faces, people: seen.people };
}
writeFileSync(save, JSON.stringify(rows, null, 1));
process.stderr.write(`${rows.length} photos, ${reread} read again, ${closer} looked at closer\n`);
process.exit(0);
