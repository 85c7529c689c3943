import { corpusDrafts, demoSettingsWithRoster, toLength } from './inputs';

/**
 * `A=/path/to/checkout-a B=/path/to/checkout-b npx tsx tests/bench/engine-ab.ts` (a benchmark, not
 * a timed test): the engine of two checkouts in one process, timed draft by draft and alternately
 * (which one goes first changes each draft), so a busy moment on a shared machine falls on both.
 * The drafts: every corpus draft cut or padded to 280 characters (`SET=written`: as written;
 * `SET=typing`: keystroke by keystroke, below); the
 * demo school with a 1,000-name roster; with and without the learned layer. Prints median, p95
 * and mean per draft for each side and the ratio B/A. B is this checkout by default.
 *
 * A checkout at an older commit for A: `git worktree add --detach /tmp/engine-a COMMIT` and
 * `ln -s "$PWD/node_modules" /tmp/engine-a/node_modules`. `BENCH_ROUNDS` sets the rounds (3).
 */
const here = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const A = process.env.A;
const B = process.env.B ?? here;
if (!A) throw new Error('usage: A=/path/to/other/checkout [B=/path] npx tsx tests/bench/engine-ab.ts');

interface Engine {
  analyse(text: string): unknown;
}

async function engineOf(root: string, learned: boolean): Promise<Engine> {
  const { compileEngine } = await import(`${root}/src/engine/analyse.ts`);
  const { DETECTORS } = await import(`${root}/src/engine/detectors/index.ts`);
  const { engineConfigOf } = await import(`${root}/src/analyser/engine-config.ts`);
  const { settingsOrThrow } = await import(`${root}/src/settings/schema.ts`);
  const config = engineConfigOf(settingsOrThrow(demoSettingsWithRoster(1000)));
  return compileEngine(config, { detectors: learned ? DETECTORS : DETECTORS.filter((d: { id: string }) => d.id !== 'learned') });
}

const drafts = corpusDrafts();
const written = process.env.SET === 'written';
/**
 * `SET=typing`: the cost per keystroke. Every tenth draft, cut or padded to 280 characters, is typed
 * one character at a time, and each keystroke's text is checked as the content script re-checks a
 * draft while it is typed; each engine keeps its own per-sentence parse cache from one keystroke
 * to the next, as it does in the extension.
 */
const typing = process.env.SET === 'typing';
const texts = typing
  ? drafts.filter((_, i) => i % 10 === 0).flatMap((d) => {
      const full = toLength(d.text);
      return Array.from({ length: full.length }, (_, k) => full.slice(0, k + 1));
    })
  : drafts.map((d) => (written ? d.text : toLength(d.text)));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const stats = (times: readonly number[]) => {
  const sorted = [...times].sort((x, y) => x - y);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, mean: times.reduce((x, y) => x + y, 0) / times.length };
};
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

console.log(`A: ${A}\nB: ${B}\n${texts.length} ${typing ? 'keystrokes (every tenth draft at 280 characters, typed)' : `drafts (${written ? 'as written' : '280 characters'})`} × ${rounds} rounds, demo school, 1,000-name roster`);
for (const learned of [true, false]) {
  const engines = [await engineOf(A, learned), await engineOf(B, learned)] as const;
  for (const text of texts) for (const engine of engines) engine.analyse(text);
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    texts.forEach((text, i) => {
      for (const side of (i + round) % 2 === 0 ? [0, 1] : [1, 0]) {
        const started = performance.now();
        engines[side]!.analyse(text);
        times[side]!.push(performance.now() - started);
      }
    });
  }
  const [a, b] = [stats(times[0]), stats(times[1])];
  console.log(`${learned ? 'with the learned layer' : 'without it'}:`);
  for (const key of ['median', 'p95', 'mean'] as const) console.log(`  ${key.padEnd(6)} A ${us(a[key]).padStart(9)}  B ${us(b[key]).padStart(9)}  B/A ${(b[key] / a[key]).toFixed(2)}`);
}
