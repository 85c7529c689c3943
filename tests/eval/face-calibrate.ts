import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ImageEvidence } from '../../src/engine/image/evidence';
import { checkImageInput } from '../../src/image/image-type';
import { createNodeFaceReader, createNodeReaders } from '../../src/image/node-readers';
import { TempDir } from '../unit/photo-fixtures';
import { resolvePhotoSet, type LabelledPhoto } from './photo-set';

/**
 * `npx tsx tests/eval/face-calibrate.ts --save FILE [--manifest M ...]`: the faces and people of every
 * photo of the labelled set and of the blind photo sets named (all TUNED ON), with GEAR asked about
 * every face the check counts, whatever FaceRes reads, and no text read: what the age bands for
 * faces FaceRes puts among adults were chosen on. The rows score with `photos.ts --from FILE`.
 */
const args = process.argv.slice(2);
const manifests = args.flatMap((a, i) => (args[i - 1] === '--manifest' ? [a] : []));
const save = args[args.indexOf('--save') + 1]!;
const temp = new TempDir();
const faces = createNodeFaceReader();
faces.secondOpinionEveryone = true;
const { decode } = createNodeReaders();
await faces.load();
const photos: LabelledPhoto[] = manifests.length
  ? manifests.flatMap((m) => JSON.parse(readFileSync(m, 'utf8')) as LabelledPhoto[])
  : (await resolvePhotoSet(temp.path)).photos;
const rows: { photo: LabelledPhoto; evidence: ImageEvidence; ms: number }[] = [];
for (const photo of photos.filter((p) => existsSync(p.path))) {
  try {
    const bytes = new Uint8Array(readFileSync(photo.path));
    const pixels = await decode(bytes, checkImageInput(bytes));
    const seen = await faces.read(pixels);
    rows.push({ photo, evidence: { name: photo.id, width: pixels.width, height: pixels.height, ...seen, exif: {}, text: '' }, ms: 0 });
  } catch (error) {
    process.stderr.write(`could not read ${photo.id}: ${(error as Error).message}\n`);
  }
}
temp.remove();
writeFileSync(save, JSON.stringify(rows));
process.exit(0);
