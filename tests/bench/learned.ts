// `npm run bench:model`: the learned layer's cost on this machine (a benchmark, not a timed test).
import { readFileSync } from 'node:fs';
import { compileLearnedModel, type ScoreOptions } from '../../src/engine/learned';
import { fold } from '../../src/engine/text/fold';

const path = new URL('../../rules/models/hostility.json', import.meta.url);
let t = performance.now();
const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
const parse = performance.now() - t;
t = performance.now();
const model = compileLearnedModel(data);
const compile = performance.now() - t;
console.log(`model: parse ${parse.toFixed(0)} ms, validate and compile ${compile.toFixed(0)} ms (once)`);

const DRAFTS = [
  "Honestly some of the parents at pick up today are absolute muppets, couldn't organise a piss up in a brewery. Anyway, lovely sunny afternoon and the year 6 play was brilliant! 🎭 #proud",
  'So proud of my Year 6 today, every single one of them finished the cross country and Ms Hughes ran the last lap with them 🏃‍♀️ what a team. Half term next week, then mocks, then the play. Tired but happy!',
  'another genius idea from SLT 🙄 truly visionary. can\u2019t wait to spend my weekend rewriting every scheme of work for the third time this year. brilliant. just brilliant. #teacherlife',
].map((d) => (d + ' ' + d).slice(0, 280));

function time(draft: string, runs: number, options: ScoreOptions = {}): { median: number; p95: number } {
  for (let i = 0; i < 50; i++) model.score(draft, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    model.score(draft, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}

const all = DRAFTS.map((d) => time(d, 2000));
console.log(`280-character drafts: median ${(all.reduce((s, x) => s + x.median, 0) / all.length).toFixed(3)} ms, p95 ${Math.max(...all.map((x) => x.p95)).toFixed(3)} ms (folding the draft itself)`);
// The engine folds every draft once and hands the fold to the model (detectors/learned.ts).
const engine = DRAFTS.map((d) => time(d, 2000, { folded: fold(d) }));
console.log(`280-character drafts, as the engine calls it (draft already folded): median ${(engine.reduce((s, x) => s + x.median, 0) / engine.length).toFixed(3)} ms, p95 ${Math.max(...engine.map((x) => x.p95)).toFixed(3)} ms`);
// Worst case for the per-word cache: emptied before every draft, so every word is computed afresh
// (a draft of words the model has not met since it was loaded). Reaches into the compiled model's
// private cache on purpose; the product never empties it.
{
  const cache = (model as unknown as { wordCache: Map<string, unknown> }).wordCache;
  const times: number[] = [];
  for (let i = 0; i < 600; i++) {
    const draft = DRAFTS[i % DRAFTS.length]!;
    const folded = fold(draft);
    cache.clear();
    const start = performance.now();
    model.score(draft, { folded });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`280-character drafts, draft already folded, every word new to the cache: median ${times[300]!.toFixed(3)} ms, p95 ${times[570]!.toFixed(3)} ms`);
}
for (const size of [5_000, 50_000, 1_000_000]) {
  const draft = DRAFTS.join(' ').repeat(Math.ceil(size / 800)).slice(0, size);
  const { median } = time(draft, size > 100_000 ? 5 : 50);
  console.log(`${size.toLocaleString('en-GB')}-character draft: median ${median.toFixed(1)} ms${model.score(draft).truncated ? ' (read up to 64,000 characters)' : ''}`);
}
