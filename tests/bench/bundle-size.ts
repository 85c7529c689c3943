import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size`: the size of what the extension puts into every page of the four sites, minified
 * (as built) and gzipped. The content script holds only the site adapters, the reader and the
 * React UI; the engine, lexicons and roster stay in the background. Budget: 150 kB gzipped.
 */
export const CONTENT_SCRIPT = fileURLToPath(new URL('../../.output/chrome-mv3/content-scripts/guardrail.js', import.meta.url));
export const BUDGET_GZIPPED = 150 * 1024;

export function contentScriptSize(): { minified: number; gzipped: number } {
  const code = readFileSync(CONTENT_SCRIPT);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { minified, gzipped } = contentScriptSize();
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`content script (.output/chrome-mv3/content-scripts/guardrail.js): ${kB(minified)} minified, ${kB(gzipped)} gzipped (budget ${kB(BUDGET_GZIPPED)} gzipped)`);
}
