import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { compile } from '../../src/analyser';
import type { ImageEvidence } from '../../src/engine/image/evidence';
import { imageFindings } from '../../src/analyser/images';
import type { Finding, Severity } from '../../src/engine/types';
import { createNodeReaders } from '../../src/image/node-readers';
import { readPhoto } from '../../src/image/read-photo';
import { CADOXTON } from '../unit/fixtures';
import { TempDir } from '../unit/photo-fixtures';
import { EVAL_PUPILS, resolvePhotoSet, type LabelledPhoto, type PhotoClass } from './photo-set';

/**
 * `npm run eval:photos`: per class of the labelled photo set (tests/eval/photo-set.ts, provenance
 * in tests/eval/PHOTOS.md), how many photos get high, warning, info or nothing (a photo counts at
 * its most severe finding), read on this machine as `guardrail check-image` reads them, with the
 * Cadoxton settings and no words in the post. TUNED ON: the thresholds were chosen on this set.
 *
 *   --verbose        every photo with its findings and what the readers saw
 *   --save FILE      also write the evidence read from every photo to FILE (JSON)
 *   --from FILE      score evidence saved earlier instead of reading the photos again (for tuning rules)
 *   --manifest FILE  score another labelled set instead (a JSON array of {id, class, path, ages, what}): how a
 *                    BLIND photo set, collected by someone who never saw the check, is scored once at first contact
 */
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const verbose = args.includes('--verbose');
const analyser = compile({ ...CADOXTON, pupilNames: [...(CADOXTON.pupilNames ?? []), ...EVAL_PUPILS] });

type Saved = { photo: LabelledPhoto; evidence: ImageEvidence; ms: number }[];

const manifest = option('--manifest');
const photoClasses = new Set<string>(['primary-children', 'young-adults', 'adults', 'older-adults', 'no-people', 'text-named', 'text-other', 'teenagers']);

/** A manifest's photos, with a clear error naming the entry that is malformed. */
function readManifest(file: string): { photos: LabelledPhoto[]; missing: LabelledPhoto[] } {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as LabelledPhoto[];
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of photos`);
  entries.forEach((e, i) => {
    if (typeof e?.id !== 'string' || typeof e.path !== 'string' || !photoClasses.has(e.class)) {
      throw new Error(`${file}, entry ${i + 1}: needs a string id and path and a class among ${[...photoClasses].join(', ')}`);
    }
  });
  return { photos: entries.filter((p) => existsSync(p.path)), missing: entries.filter((p) => !existsSync(p.path)) };
}

async function readAll(): Promise<{ read: Saved; missing: LabelledPhoto[] }> {
  const temp = new TempDir();
  const readers = createNodeReaders();
  try {
    const { photos, missing } = manifest ? readManifest(manifest) : await resolvePhotoSet(temp.path);
    await readers.load();
    const read: Saved = [];
    const unreadable: LabelledPhoto[] = [];
    for (const photo of photos) {
      try {
        const { evidence, timings } = await readPhoto(new Uint8Array(readFileSync(photo.path)), photo.id, readers);
        read.push({ photo, evidence, ms: timings.totalMs });
        if (verbose) process.stderr.write(`read ${photo.id} in ${Math.round(timings.totalMs)} ms\n`);
      } catch (error) {
        // A format the command line cannot decode (a GIF, say) is reported and left out, not fatal to the run.
        process.stderr.write(`could not read ${photo.id} (${photo.path}): ${(error as Error).message}\n`);
        unreadable.push(photo);
      }
    }
    return { read, missing: [...missing, ...unreadable] };
  } finally {
    await readers.close();
    temp.remove();
  }
}

const from = option('--from');
const { read, missing } = from ? { read: JSON.parse(readFileSync(from, 'utf8')) as Saved, missing: [] } : await readAll();
const save = option('--save');
if (save) writeFileSync(save, JSON.stringify(read, null, 1));

const ORDER: Severity[] = ['high', 'warning', 'info'];
const worst = (findings: Finding[]): Severity | 'nothing' => ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'nothing';
const CLASSES: PhotoClass[] = ['primary-children', 'teenagers', 'young-adults', 'adults', 'older-adults', 'no-people', 'text-named', 'text-other'];
const table = new Map(CLASSES.map((c) => [c, { high: 0, warning: 0, info: 0, nothing: 0, total: 0 }]));
const peopleFlag = new Map<PhotoClass, number>();

for (const { photo, evidence } of read) {
  const findings = imageFindings(evidence, analyser, '');
  const row = table.get(photo.class)!;
  row[worst(findings)]++;
  row.total++;
  const people = findings.filter((f) => f.topic === 'faces' && (f.severity === 'high' || f.severity === 'warning'));
  if (people.length) peopleFlag.set(photo.class, (peopleFlag.get(photo.class) ?? 0) + 1);
  if (verbose) {
    const seen = `faces ${evidence.faces.map((f) => (f.age === null ? '?' : Math.round(f.age))).join(',') || '-'}; people ${(evidence.people ?? []).length}`;
    console.log(`${photo.class.padEnd(17)} ${photo.id.padEnd(26)} ${worst(findings).padEnd(8)} ${findings.map((f) => `${f.severity}/${f.ruleId.replace('pupil-image/', '')}`).join(' ') || '-'}  [${seen}] ${evidence.text ? JSON.stringify(evidence.text.slice(0, 80)) : ''}`);
  }
}

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)} %` : 'n/a');
console.log(`${manifest ? `Photo set ${manifest} (scored as given: first contact only if nobody tuned on it)` : 'Labelled photo set (TUNED ON)'}: ${read.length} photos${missing.length ? `; MISSING or unreadable on this machine: ${missing.map((m) => m.id).join(', ')}` : ''}`);
console.log('class               photos  high  warning  info  nothing   people flagged (warning/high)');
for (const c of CLASSES) {
  const r = table.get(c)!;
  console.log(`${c.padEnd(19)} ${String(r.total).padStart(6)} ${String(r.high).padStart(5)} ${String(r.warning).padStart(8)} ${String(r.info).padStart(5)} ${String(r.nothing).padStart(8)}   ${peopleFlag.get(c) ?? 0}`);
}
const children = table.get('primary-children')!;
const adults = ['young-adults', 'adults', 'older-adults'].map((c) => table.get(c as PhotoClass)!);
const adultTotal = adults.reduce((n, r) => n + r.total, 0);
const adultFlagged = adults.reduce((n, r) => n + r.high + r.warning, 0);
const empty = table.get('no-people')!;
console.log(`primary-age children flagged high: ${children.high} of ${children.total} = ${pct(children.high, children.total)} (target ≥ 90 %)`);
console.log(`adults-only photos flagged warning or high: ${adultFlagged} of ${adultTotal} = ${pct(adultFlagged, adultTotal)} (target ≤ 15 %)`);
const teens = table.get('teenagers')!;
if (teens.total) console.log(`teenagers flagged warning or high: ${teens.high + teens.warning} of ${teens.total} = ${pct(teens.high + teens.warning, teens.total)} (measured, no target: secondary pupils are pupils too)`);
console.log(`photos with no people flagged warning or high: ${empty.high + empty.warning} of ${empty.total} (target 0)`);
if (!from) {
  const times = read.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`command-line time per photo: median ${Math.round(times[Math.floor(times.length / 2)]!)} ms, p95 ${Math.round(times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!)} ms`);
}
