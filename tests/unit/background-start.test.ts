import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

/**
 * What the background's service worker evaluates as it starts (issue 14): the browser starts it in
 * the same renderer process as the settings page, and evaluating the engine's modules (the
 * lexicons checked with zod, the learned models' weights, compromise building its lexicon) was
 * most of its first run. The engine is now imported on its first compile (engine-service.ts), so
 * bundling the entry with its dynamic imports split off shows what the start itself still loads.
 */
async function startInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: ['entrypoints/background.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '/tmp/guardrail-background-start',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The extension APIs and WXT's runtime are the browser's; only our modules matter here.
    external: ['wxt', 'wxt/*', 'webextension-polyfill'],
  });
  const entry = Object.values(result.metafile.outputs).find((output) => output.entryPoint === 'entrypoints/background.ts');
  if (!entry) throw new Error('no output for the background entry');
  return Object.keys(entry.inputs);
}

describe("the background's start", () => {
  test('evaluates no lexicon, learned model, compromise or engine module; the engine is imported when first compiled', async () => {
    const inputs = await startInputs();
    // The start still handles messages, storage and the school's policy.
    expect(inputs).toContain('src/background/engine-service.ts');
    expect(inputs).toContain('src/settings/load.ts');
    const engine = inputs.filter((input) => /^rules\/(lexicons|models)\/|node_modules\/compromise\/|^src\/engine\/(rules|analyse)\.ts$|^src\/engine\/(detectors|context|learned)\/|^src\/analyser\/index\.ts$/.test(input));
    expect(engine).toEqual([]);
  }, 60_000);
});
