import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

/** Injects the extension's site adapters and reader into a page as `window.__probe`. */
let bundled: Promise<string> | null = null;

export async function injectProbe(page: Page): Promise<void> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./probe-entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  await page.addScriptTag({ content: await bundled });
}
