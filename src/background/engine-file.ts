import { browser } from 'wxt/browser';

/**
 * The engine's code (compromise, the lexicons, the learned models: about 3 MB) lives in its own
 * file, `engine.js` (entrypoints/engine.ts), not in the background's script, so that the worker's
 * start compiles only what answers storage, messages and the first run (issue 14: the worker starts
 * in the same renderer process as the settings page, and compiling its 3 MB script took 320–420 ms
 * of CPU from the page in the very second it was drawn). The file is read when the engine is first
 * compiled, not before.
 *
 * How it is read depends on what the background is:
 * - Chrome (MV3, a service worker): `importScripts`. A service worker may import a script later only
 *   if it imported that same URL while it was installed (Chrome 71 and later throw otherwise), and
 *   `import()` is refused in service workers, so entrypoints/background.ts imports `engine.js` once
 *   in its `install` handler; every later start of the worker finds it among its installed scripts
 *   and imports it on first use. Nothing is fetched: the file is the package's own.
 * - Firefox (MV2, a background page): a `<script>` element added to the page on first use.
 * - Node (the unit tests): the module itself.
 */
export type EngineModule = typeof import('./engine-compile');

/** Where `engine.js` leaves its loader: the engine's modules evaluated only when it is called. */
export const ENGINE_GLOBAL = '__guardrailEngine';
export const ENGINE_FILE = '/engine.js';

// The service worker's own function (the DOM's types, which the rest of the extension uses, lack it).
declare function importScripts(...urls: string[]): void;

type EngineLoader = () => Promise<EngineModule>;
const loaderOf = () => (globalThis as unknown as Record<string, EngineLoader | undefined>)[ENGINE_GLOBAL];

let module: Promise<EngineModule> | null = null;

export function loadEngineModule(): Promise<EngineModule> {
  if (module) return module;
  const reading = readEngineFile().then((load) => load());
  // A failed read is not kept: the next request reads again and reports its own error.
  reading.catch(() => {
    if (module === reading) module = null;
  });
  module = reading;
  return reading;
}

/** Only in the service worker's `install` handler (see above): the file evaluated, its modules not. */
export function installEngineFile(): void {
  if (loaderOf()) return;
  importScripts(browser.runtime.getURL(ENGINE_FILE));
}

async function readEngineFile(): Promise<EngineLoader> {
  // The unit tests run in Node, where the module is imported directly; the build drops this branch.
  if (import.meta.env.MODE === 'test') return () => import('./engine-compile');
  const installed = loaderOf();
  if (installed) return installed;
  if (typeof importScripts === 'function') importScripts(browser.runtime.getURL(ENGINE_FILE));
  else await addScript(browser.runtime.getURL(ENGINE_FILE));
  const loader = loaderOf();
  if (!loader) throw new Error('the engine file did not load');
  return loader;
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('the engine file did not load'));
    document.head.append(script);
  });
}
