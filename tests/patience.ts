/**
 * How long a test waits before it calls something hung (issue 14, item 7). Every limit in the test
 * suite is a guard against a hang, never a timing check (benchmarks report speed): a condition that
 * holds returns at once, so a long limit costs nothing on an idle machine. On a busy one (another
 * CPU-heavy job beside the suite, a load average many times the cores) the same steps run several
 * times slower, so every limit is multiplied by one factor, here: `TEST_PATIENCE` (default 3, the
 * limits as written being what an idle 2-core machine needs with room to spare).
 */
const factor = Number(process.env.TEST_PATIENCE ?? 3);
if (!Number.isFinite(factor) || factor < 1) throw new Error(`TEST_PATIENCE must be a number of at least 1, not “${process.env.TEST_PATIENCE}”`);

/** A hang guard of `ms` on an idle machine, as long as this run allows. */
export const patience = (ms: number): number => Math.round(ms * factor);

/**
 * How long a click, a fill or a `waitFor` may take before it is called hung: playwright's own 30 s
 * (and the same in the Firefox driver), scaled like every other limit.
 */
export const ACTION_LIMIT = patience(30_000);
