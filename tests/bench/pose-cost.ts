import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkImageInput } from '../../src/image/image-type';
import { createNodeFaceReader, createNodeReaders } from '../../src/image/node-readers';
import { photo } from '../unit/photo-fixtures';

/**
 * `npx tsx tests/bench/pose-cost.ts`: what the body-pose model (MoveNet, issue 15 item 1) costs on the
 * command line, over the 26 shared photos: how many people a photo it is run on (people with no
 * usable face, at most pose.maxPeople) and its wall and CPU time (this thread, process.cpuUsage
 * around each photo's pose runs is not separable, so the reader's own timer is wall time; CPU is
 * measured by running each photo twice, with and without the pose model).
 */
const dir = photo('');
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(jpe?g|png)$/i.test(f)).sort();
const faces = createNodeFaceReader();
const { decode } = createNodeReaders();
await faces.load();
const rules = (faces as unknown as { rules: { pose: { maxPeople: number } } }).rules;
const maxPeople = rules.pose.maxPeople;
let posed = 0;
let poseMs = 0;
let cpuWith = 0;
let cpuWithout = 0;
const perPhoto: number[] = [];
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const pixels = await decode(bytes, checkImageInput(bytes));
  await faces.read(pixels); // warm for this size
  let start = process.cpuUsage();
  await faces.read(pixels);
  let used = process.cpuUsage(start);
  cpuWith += (used.user + used.system) / 1000;
  posed += faces.lastCost?.posed ?? 0;
  poseMs += faces.lastCost?.poseMs ?? 0;
  perPhoto.push(faces.lastCost?.posed ?? 0);
  rules.pose.maxPeople = 0;
  start = process.cpuUsage();
  await faces.read(pixels);
  used = process.cpuUsage(start);
  cpuWithout += (used.user + used.system) / 1000;
  rules.pose.maxPeople = maxPeople;
}
console.log(`${files.length} photos; pose model run on ${posed} people (${perPhoto.filter((n) => n > 0).length} photos, at most ${Math.max(...perPhoto)} in one)`);
console.log(`pose model wall time: ${Math.round(poseMs)} ms in all, ${posed ? Math.round(poseMs / posed) : 0} ms a person`);
console.log(`face side CPU per photo: ${Math.round(cpuWith / files.length)} ms with the pose model, ${Math.round(cpuWithout / files.length)} ms without (difference ${Math.round((cpuWith - cpuWithout) / files.length)} ms a photo)`);
