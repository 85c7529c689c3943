import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_GLOBAL } from '../src/background/engine-file';

/**
 * The engine, in a file of its own that the background reads only when it first compiles the
 * matchers (src/background/engine-file.ts). Evaluating this file only leaves a loader behind: the
 * engine's modules (compromise building its lexicon, the lexicons checked with zod, the models'
 * weights parsed) are evaluated when the loader is called, so the service worker's install, which
 * must import the file once, pays only its compile.
 */
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[ENGINE_GLOBAL] = () => import('../src/background/engine-compile');
});
