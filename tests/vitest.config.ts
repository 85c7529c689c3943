import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: `unit` (the engine, settings, CLI and background, in Node with WXT's fake browser)
// and `browser` (the built extension in Debian's Chromium, driven by playwright-core).
export default defineConfig({
  test: {
    // The default report, and after the browser tests the gate checks passed per site and fixture mode (README figures).
    reporters: ['default', './tests/e2e/support/gate-report.ts'],
    projects: [
      {
        root,
        plugins: [WxtVitest({ root })],
        // A generous limit: it guards against a hang, it is not a timing check (benchmarks report speed),
        // and whole-corpus tests run several times slower on a busy 2-core machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        root,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time on a 2-core machine; each file launches its own.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
