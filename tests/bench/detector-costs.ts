import { compileEngine } from '../../src/engine/analyse';
import { DETECTORS } from '../../src/engine/detectors';
import { tokenize } from '../../src/engine/text/tokenize';
import { engineConfigOf } from '../../src/analyser/engine-config';
import { settingsOrThrow } from '../../src/settings/schema';
import { corpusDrafts, demoSettingsWithRoster, toLength } from './inputs';

/**
 * `npm run bench:detectors` (a benchmark, not a timed test): where a draft's time goes, detector by
 * detector, over the drafts `bench:obscenity` uses (every corpus draft as written and cut or padded
 * to 280 characters; the demo school with a 1,000-name roster), mean per draft after a warm-up
 * round. For a CPU profile of the same work: `node --cpu-prof --import tsx tests/bench/detector-costs.ts`.
 * `BENCH_ROUNDS` sets the rounds (3).
 */
const drafts = corpusDrafts();
const texts = [...drafts.map((d) => d.text), ...drafts.map((d) => toLength(d.text))];
const config = engineConfigOf(settingsOrThrow(demoSettingsWithRoster(1000)));
const times = new Map<string, number>();
const timed = DETECTORS.map((detector) => ({
  ...detector,
  run: (state: unknown, input: unknown) => {
    const started = performance.now();
    const out = detector.run(state, input as never);
    times.set(detector.id, (times.get(detector.id) ?? 0) + performance.now() - started);
    return out;
  },
}));
const engine = compileEngine(config, { detectors: timed });
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
for (const text of texts) engine.analyse(text);
times.clear();
let tokenizing = 0;
let total = 0;
for (let round = 0; round < rounds; round++) {
  for (const text of texts) {
    let started = performance.now();
    engine.analyse(text);
    total += performance.now() - started;
    // Splitting into tokens happens once per draft, before the detectors: timed on its own.
    started = performance.now();
    tokenize(text);
    tokenizing += performance.now() - started;
  }
}
const perDraft = (ms: number) => `${((ms / rounds / texts.length) * 1000).toFixed(1)} µs`;
console.log(`${texts.length} drafts × ${rounds} rounds, mean per draft: the engine ${perDraft(total)}; of which splitting into tokens ${perDraft(tokenizing)}`);
for (const [id, ms] of [...times].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(20)} ${perDraft(ms)}`);
