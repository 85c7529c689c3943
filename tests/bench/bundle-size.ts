import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size`: the size of what the extension puts into every page of the four sites, minified
 * (as built) and gzipped. The content script holds only the site adapters, the reader and the
 * React UI; the engine, lexicons and roster stay in the background. Budget: 150 kB gzipped.
 */
const EXTENSION = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CONTENT_SCRIPT = join(EXTENSION, 'content-scripts/guardrail.js');
export const BUDGET_GZIPPED = 150 * 1024;

export function contentScriptSize(): { minified: number; gzipped: number } {
  const code = readFileSync(CONTENT_SCRIPT);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Every file of the built extension under `folder` (or at the top level), in bytes, raw and gzipped. */
function filesSize(test: (path: string) => boolean): { raw: number; gzipped: number } {
  let raw = 0;
  let gzipped = 0;
  for (const entry of readdirSync(EXTENSION, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(EXTENSION.length + 1);
    if (!test(path)) continue;
    const bytes = readFileSync(join(EXTENSION, path));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzipped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { minified, gzipped } = contentScriptSize();
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(`content script (.output/chrome-mv3/content-scripts/guardrail.js): ${kB(minified)} minified, ${kB(gzipped)} gzipped (budget ${kB(BUDGET_GZIPPED)} gzipped)`);
  // The photo check: loaded only by the analysis page (an offscreen document), only once a photo is attached.
  for (const [label, test] of [
    ['background (engine)', (p: string) => p === 'background.js'],
    ['photo page script (Human, TensorFlow.js, tesseract.js, exifr)', (p: string) => p.startsWith('chunks/image-analysis')],
    ['face models (models/)', (p: string) => p.startsWith('models/')],
    ['text recognition (tesseract/)', (p: string) => p.startsWith('tesseract/')],
    ['TensorFlow.js WebAssembly (tfjs/)', (p: string) => p.startsWith('tfjs/')],
    ['the whole extension', () => true],
  ] as const) {
    const size = filesSize(test);
    console.log(`${label}: ${MB(size.raw)} (${MB(size.gzipped)} gzipped)`);
  }
}
