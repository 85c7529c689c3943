import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { compile } from '../../src/analyser';
import { checkLine } from '../../src/cli/main';
import { corpusDrafts, demoSettingsWithRoster, toLength } from './inputs';

/**
 * Part of `npm run bench` (a benchmark, not a timed test): `guardrail check --format jsonl` per
 * draft beside the `obscenity` library (its English dataset and recommended transformers) on the
 * same drafts in the same run. Issue 11 asks for guardrail ≤ 2× obscenity's time.
 *
 * The drafts: every draft of tests/corpus/*.jsonl as written, and each cut or padded to 280
 * characters. Guardrail runs with the demo school's settings and a 1,000-name roster.
 * (a) In one process: per line, the command's own work (`checkLine`: parse the line, analyse,
 *     stringify the findings) against obscenity's same work (parse, getAllMatches, stringify);
 *     median and p95 per draft over several interleaved rounds.
 * (b) As real processes: `node src/cli/guardrail.mjs check --format jsonl --config …` fed all
 *     drafts on standard input against tests/bench/obscenity-jsonl.mjs, each less its own start-up
 *     (the same command fed nothing); mean per draft.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 3);
const root = fileURLToPath(new URL('../..', import.meta.url));
const OBSCENITY_VERSION = (JSON.parse(readFileSync(join(root, 'node_modules/obscenity/package.json'), 'utf8')) as { version: string }).version;

const drafts = corpusDrafts();
const sets = [
  { label: 'corpus drafts as written', lines: drafts.map((d) => JSON.stringify({ id: d.id, text: d.text })) },
  { label: 'corpus drafts at 280 chars', lines: drafts.map((d) => JSON.stringify({ id: d.id, text: toLength(d.text) })) },
];

const settings = demoSettingsWithRoster(1000);
const analyser = compile(settings);
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

function guardrailLine(line: string, n: number): string {
  return checkLine(analyser, line, n)!.output;
}
function obscenityLine(line: string): string {
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  return JSON.stringify({ id, matches: matcher.getAllMatches(text, true) });
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

interface Row {
  label: string;
  guardrail: string;
  obscenity: string;
  ratio: string;
}
const rows: Row[] = [];

// (a) In-process: both sides warmed up, then timed line by line, alternating, so a busy moment on
// the machine falls on both.
for (const set of sets) {
  set.lines.forEach((line, i) => (guardrailLine(line, i + 1), obscenityLine(line)));
  const g: number[] = [];
  const o: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    set.lines.forEach((line, i) => {
      let t = performance.now();
      guardrailLine(line, i + 1);
      g.push(performance.now() - t);
      t = performance.now();
      obscenityLine(line);
      o.push(performance.now() - t);
    });
  }
  g.sort((a, b) => a - b);
  o.sort((a, b) => a - b);
  const gm = percentile(g, 0.5);
  const om = percentile(o, 0.5);
  const gp = percentile(g, 0.95);
  const op = percentile(o, 0.95);
  const gMean = g.reduce((a, b) => a + b, 0) / g.length;
  const oMean = o.reduce((a, b) => a + b, 0) / o.length;
  rows.push({ label: `in-process, ${set.label}: median`, guardrail: us(gm), obscenity: us(om), ratio: ratio(gm, om) });
  rows.push({ label: `in-process, ${set.label}: p95`, guardrail: us(gp), obscenity: us(op), ratio: ratio(gp, op) });
  rows.push({ label: `in-process, ${set.label}: mean`, guardrail: us(gMean), obscenity: us(oMean), ratio: ratio(gMean, oMean) });
}

// (b) Real processes. Guardrail reads the same settings from a file (--config).
const dir = mkdtempSync(join(tmpdir(), 'guardrail-bench-'));
try {
  const config = join(dir, 'settings.json');
  writeFileSync(config, JSON.stringify(settings));
  const guardrail = ['src/cli/guardrail.mjs', 'check', '--format', 'jsonl', '--config', config];
  const obscenity = ['tests/bench/obscenity-jsonl.mjs'];
  const run = (args: string[], input: string): number => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, input, maxBuffer: 1 << 30, encoding: 'utf8' });
    const elapsed = performance.now() - started;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return elapsed;
  };
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  run(guardrail, ''); // the first run compiles tsx's cache
  for (const set of sets) {
    const input = `${set.lines.join('\n')}\n`;
    // Checks the command answers every line before its time is believed.
    const answered = execFileSync(process.execPath, guardrail, { cwd: root, input, maxBuffer: 1 << 30, encoding: 'utf8' }).trim().split('\n').length;
    if (answered !== set.lines.length) throw new Error(`guardrail answered ${answered} lines of ${set.lines.length}`);
    const gStart: number[] = [];
    const oStart: number[] = [];
    const gAll: number[] = [];
    const oAll: number[] = [];
    for (let i = 0; i < PROCESS_RUNS; i++) {
      gStart.push(run(guardrail, ''));
      oStart.push(run(obscenity, ''));
      gAll.push(run(guardrail, input));
      oAll.push(run(obscenity, input));
    }
    const gPer = (median(gAll) - median(gStart)) / set.lines.length;
    const oPer = (median(oAll) - median(oStart)) / set.lines.length;
    rows.push({ label: `processes, ${set.label}: mean per draft`, guardrail: us(gPer), obscenity: us(oPer), ratio: ratio(gPer, oPer) });
    rows.push({ label: `processes, ${set.label}: start-up (empty input)`, guardrail: `${median(gStart).toFixed(0)} ms`, obscenity: `${median(oStart).toFixed(0)} ms`, ratio: ratio(median(gStart), median(oStart)) });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`guardrail check --format jsonl beside obscenity ${OBSCENITY_VERSION} (Node ${process.version}; ${drafts.length} drafts of tests/corpus; demo school, 1,000-name roster)`);
const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${'measure'.padEnd(width)}  ${'guardrail'.padStart(10)}  ${'obscenity'.padStart(10)}  ratio (target ≤ 2×)`);
for (const r of rows) console.log(`${r.label.padEnd(width)}  ${r.guardrail.padStart(10)}  ${r.obscenity.padStart(10)}  ${r.ratio}`);
