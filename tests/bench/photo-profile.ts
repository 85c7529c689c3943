import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { checkImageInput } from '../../src/image/image-type';
import { createNodeReaders } from '../../src/image/node-readers';
import { PHOTOS } from '../unit/photo-fixtures';

/**
 * `npm run bench:photos:profile`: where each photo's time goes, on the command line, one reader
 * at a time (faces, then text, so each one's CPU time is its own): Human's split (BlazeFace with
 * the face mesh and FaceRes for every face, CenterNet), GEAR, and text. CPU time, not wall time:
 * a shared machine inflates wall time far more. Photos from ../shared/data/photos.
 */
const files = ['children', 'adults', 'no-people', 'exif'].flatMap((dir) => readdirSync(join(PHOTOS, dir)).map((file) => join(PHOTOS, dir, file)));
const readers = createNodeReaders();
await readers.load();
const cpu = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const before = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1000];
};
const rows: { name: string; faces: number; facesCpu: number; textCpu: number; stages: Record<string, number> }[] = [];
const STAGES = ['facesMs', 'agesMs', 'peopleMs', 'closerMs', 'poseMs', 'gearMs'] as const;
try {
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const pixels = await readers.decode(bytes, checkImageInput(bytes));
    const [, facesCpu] = await cpu(() => readers.faces(pixels));
    const cost = readers.faceCost?.() ?? { faces: NaN, gearFaces: NaN, detectMs: NaN, gearMs: NaN };
    // tesseract runs in a worker thread: process.cpuUsage counts every thread of the process.
    const [, textCpu] = await cpu(() => readers.text(pixels));
    const name = file.split('/').slice(-2).join('/');
    const stages = Object.fromEntries(STAGES.map((k) => [k, Number((cost as unknown as Record<string, number | undefined>)[k] ?? 0)]));
    rows.push({ name, faces: cost.faces, facesCpu, textCpu, stages });
    console.log(`${name}: ${pixels.width}x${pixels.height}, ${cost.faces} faces (${cost.gearFaces} asked of GEAR); faces CPU ${Math.round(facesCpu)} ms (wall: face ${Math.round(stages.facesMs!)}, age ${Math.round(stages.agesMs!)}, people ${Math.round(stages.peopleMs!)}, closer ${Math.round(stages.closerMs!)}, pose ${Math.round(stages.poseMs!)}, GEAR ${Math.round(stages.gearMs!)}); text CPU ${Math.round(textCpu)} ms`);
  }
} finally {
  await readers.close();
}
const sum = (key: 'facesCpu' | 'textCpu') => rows.reduce((n, r) => n + r[key], 0);
console.log(`mean wall time per photo by stage (faces side, one reader at a time): ${STAGES.map((k) => `${k.replace('Ms', '')} ${Math.round(rows.reduce((n, r) => n + r.stages[k]!, 0) / rows.length)} ms`).join(', ')}`);
console.log(`mean CPU per photo: faces ${Math.round(sum('facesCpu') / rows.length)} ms, text ${Math.round(sum('textCpu') / rows.length)} ms; load average (1 min) ${loadavg()[0]!.toFixed(1)}`);
