import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * The extension's icons, drawn once (src/icons/guardrail.svg) and rasterised at build time with
 * resvg (a Rust SVG renderer shipped in npm packages: nothing is downloaded), at the sizes the
 * browsers ask for: 16 and 32 for the toolbar, 48 for the extensions page, 128 for the store and
 * installation. The PNGs are build output, never committed.
 */
export const ICON_SIZES = [16, 32, 48, 128] as const;
export const ICON_SOURCE = new URL('./guardrail.svg', import.meta.url);

/** Renders every size into `dir` (as `<size>.png`) and returns the files written. */
export function renderIcons(dir: string): { size: number; file: string }[] {
  const svg = readFileSync(ICON_SOURCE);
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    const file = join(dir, `${size}.png`);
    writeFileSync(file, png);
    return { size, file };
  });
}

/** The manifest's `icons` (and `action.default_icon`): size → path in the package. */
export const ICON_PATHS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${size}.png`]));
