import { readFileSync, writeFileSync } from 'node:fs';
import type { FaceEvidence, PersonEvidence } from '../../src/engine/image/evidence';
import { byFace } from '../../src/engine/image/people';
import { PHOTO_CHECKS } from '../../src/engine/photo-rules';
import { byProportions } from '../../src/engine/image/proportions';
import { checkImageInput } from '../../src/image/image-type';
import { createNodeFaceReader, createNodeReaders } from '../../src/image/node-readers';
import { REAL_PHOTOS } from './photo-set';
import { compile } from '../../src/analyser';
import { imageFindings } from '../../src/analyser/images';
import { CADOXTON } from '../unit/fixtures';

/**
 * `npx tsx tests/eval/pose-calibrate.ts [--save FILE | --from FILE]`: the body proportions of every
 * person the person detector finds in the labelled set's real photos (tests/eval/photo-set.ts), faces
 * or not, beside the age their face is read at (when one is theirs): what the pose bands in
 * rules/images/photo-checks.json were chosen on. A person with a face counts as a child when the face
 * is read as one (FaceRes, GEAR not asked), as an adult when read at `age.adultFrom` or over; their
 * body is measured as if the face could not be seen. TUNED ON, like the rest of the set.
 */
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
type Row = { id: string; cls: string; people: PersonEvidence[]; faces: FaceEvidence[] };

async function measure(): Promise<Row[]> {
  const faces = createNodeFaceReader();
  faces.poseEveryone = true;
  const { decode } = createNodeReaders();
  await faces.load();
  const rows: Row[] = [];
  for (const photo of REAL_PHOTOS) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(photo.path));
    } catch {
      continue;
    }
    const seen = await faces.read(await decode(bytes, checkImageInput(bytes)));
    rows.push({ id: photo.id, cls: photo.class, people: seen.people, faces: seen.faces });
  }
  return rows;
}

const from = option('--from');
const rows: Row[] = from ? JSON.parse(readFileSync(from, 'utf8')) : await measure();
const save = option('--save');
if (save) writeFileSync(save, JSON.stringify(rows));

const f2 = (n: number | undefined) => (n === undefined ? '  -  ' : n.toFixed(2).padStart(5));
for (const row of rows) {
  for (const p of row.people) {
    if (p.score < PHOTO_CHECKS.people.minScore || p.box[3] < PHOTO_CHECKS.people.minHeight) continue;
    // The face whose centre is in the top part of this person's box.
    const face = row.faces.find((f) => f.box && f.score >= PHOTO_CHECKS.minFaceScore && f.box[0] + f.box[2] / 2 >= p.box[0] && f.box[0] + f.box[2] / 2 <= p.box[0] + p.box[2] && f.box[1] + f.box[3] / 2 <= p.box[1] + p.box[3] * 0.45 && f.box[1] + f.box[3] / 2 >= p.box[1] - f.box[3] / 2);
    const byAge = face ? byFace({ ...face, young: undefined, old: undefined }, PHOTO_CHECKS) : 'no face';
    const judged = byProportions(p.pose, PHOTO_CHECKS, p.box[1] + p.box[3] < 1 - PHOTO_CHECKS.people.frameMargin);
    const m = judged?.measures ?? {};
    console.log(`${row.cls.padEnd(16)} ${row.id.padEnd(22)} h=${p.box[3].toFixed(2)} face=${face ? String(Math.round(face.age ?? -1)).padStart(2) : ' -'} ${byAge.padEnd(10)} head/sh ${f2(m.headToShoulders)} head/torso ${f2(m.headToTorso)} leg/torso ${f2(m.legToTorso)} -> ${judged?.verdict ?? 'unusable'}`);
  }
}

// Every face hidden (as if each person were seen from behind): what the photo would get from the bodies alone,
// with the Cadoxton settings and no words in the post. Before this work every such photo was at most information.
const analyser = compile(CADOXTON);
const hidden = new Map<string, Map<string, number>>();
for (const row of rows) {
  const findings = imageFindings({ name: row.id, width: 1000, height: 1000, faces: [], people: row.people, exif: {}, text: '' }, analyser, '').filter((f) => f.topic === 'faces');
  const worst = findings.find((f) => f.severity === 'high') ?? findings.find((f) => f.severity === 'warning') ?? findings[0];
  const key = worst ? `${worst.severity}/${worst.ruleId.replace('pupil-image/', '')}` : 'nothing';
  const byClass = hidden.get(row.cls) ?? new Map<string, number>();
  byClass.set(key, (byClass.get(key) ?? 0) + 1);
  hidden.set(row.cls, byClass);
  if (worst && worst.severity !== 'info') console.log(`faces hidden: ${row.cls} ${row.id} -> ${key}`);
}
for (const [cls, counts] of hidden) console.log(`faces hidden, ${cls}: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
