import { empty, loadTrainFile, score, trainFiles, type Tally } from './train13-score';
import { TEXT_CATEGORIES } from './corpus';

/**
 * `npm run eval:train13`: the engine on the issue-13 training drafts (tests/corpus/train/issue13/),
 * recall per category and false alarms on benign and hard benign drafts, per file and overall.
 * Tuned on: not blind. `--verbose` lists every miss and false alarm; `--file NAME` scores one file.
 */
const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--file') ? process.argv[process.argv.indexOf('--file') + 1] : undefined;
const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);
function print(title: string, t: Tally): void {
  console.log(`${title}: ${t.drafts} drafts`);
  for (const category of TEXT_CATEGORIES) {
    const p = t.positives[category] ?? 0;
    const c = t.caught[category] ?? 0;
    console.log(`  ${category.padEnd(14)} ${String(c).padStart(4)} of ${String(p).padEnd(4)} ${pct(c, p)}`);
    if (verbose && t.missed[category]?.length) console.log(`      missed: ${t.missed[category]!.join(', ')}`);
  }
  console.log(`  benign false alarms       ${String(t.benignAlarms.length).padStart(4)} of ${String(t.benign).padEnd(4)} ${pct(t.benignAlarms.length, t.benign)}   (target ≤ 5 %)`);
  console.log(`  hard benign false alarms  ${String(t.hardAlarms.length).padStart(4)} of ${String(t.hard).padEnd(4)} ${pct(t.hardAlarms.length, t.hard)}   (target ≤ 10 %)`);
  if (verbose) for (const a of [...t.benignAlarms, ...t.hardAlarms]) console.log(`      ${a}`);
}

const files = trainFiles(only);
if (files.length === 0) {
  console.log('No .jsonl drafts in tests/corpus/train/issue13/');
  process.exitCode = 1;
} else {
  const all = empty();
  for (const file of files) {
    const drafts = loadTrainFile(file);
    const t = empty();
    score(drafts, t);
    score(drafts, all);
    print(file, t);
  }
  if (files.length > 1) print('all issue-13 training drafts (tuned on)', all);
}
