import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

/**
 * What the background's service worker evaluates as it starts (issue 14): the browser starts it in
 * the same renderer process as the settings page, and evaluating the engine's modules (the
 * lexicons checked with zod, the learned models' weights, compromise building its lexicon) was
 * most of its first run, and compiling the 3 MB script that held them took 320–420 ms more. The
 * engine now lives in its own file, entrypoints/engine.ts, read on its first compile
 * (src/background/engine-file.ts), so the background's own bundle must not hold it at all, even
 * behind a dynamic import. Bundling an entry with its dynamic imports split off shows what its
 * script evaluates as it starts.
 */
async function startInputs(entryPoint = 'entrypoints/background.ts'): Promise<string[]> {
  const result = await build({
    entryPoints: [entryPoint],
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
  const entry = Object.values(result.metafile.outputs).find((output) => output.entryPoint === entryPoint);
  if (!entry) throw new Error(`no output for ${entryPoint}`);
  return Object.keys(entry.inputs);
}

/**
 * Every module the entry's script carries, dynamic imports included (what its file compiles), built
 * as the extension is: the unit tests' own branch (MODE 'test', engine-file.ts) left out.
 */
async function allInputs(entryPoint: string): Promise<string[]> {
  const result = await build({ entryPoints: [entryPoint], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent', external: ['wxt', 'wxt/*', 'webextension-polyfill'], define: { 'import.meta.env.MODE': '"production"' } });
  return Object.keys(result.metafile.inputs);
}

const ENGINE = /^rules\/(lexicons|models)\/|node_modules\/compromise\/|^src\/engine\/(rules|analyse)\.ts$|^src\/engine\/(detectors|context|learned)\/|^src\/analyser\/index\.ts$/;

describe("the background's start", () => {
  test('evaluates no lexicon, learned model, compromise or engine module; the engine is imported when first compiled', async () => {
    const inputs = await startInputs();
    // The start still handles messages, storage and the school's policy.
    expect(inputs).toContain('src/background/engine-service.ts');
    expect(inputs).toContain('src/settings/load.ts');
    expect(inputs.filter((input) => ENGINE.test(input))).toEqual([]);
  }, 60_000);

  test("the background's script carries none of the engine, even to evaluate later: the engine's own file does, evaluated when first called", async () => {
    const background = await allInputs('entrypoints/background.ts');
    expect(background).toContain('src/background/engine-file.ts');
    expect(background.filter((input) => ENGINE.test(input) || input === 'src/background/engine-compile.ts')).toEqual([]);
    // The engine's file: everything behind its loader, so importing it (the worker's install) evaluates none of it.
    expect(await startInputs('entrypoints/engine.ts')).not.toContain('src/background/engine-compile.ts');
    const engine = await allInputs('entrypoints/engine.ts');
    expect(engine).toContain('src/background/engine-compile.ts');
    expect(engine).toContain('src/analyser/index.ts');
  }, 60_000);
});
