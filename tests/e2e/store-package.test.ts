import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { firefoxBuildDir, lintFirefoxBuild } from '../store/firefox-lint';
import { EXTENSION_DIR } from './support/browser';

/**
 * The packages as a store reviewer sees them: Mozilla's add-on linter (web-ext lint) finds no
 * error in the Firefox build; neither manifest asks for more than the extension uses, or lets
 * a script in from anywhere but the package; the icons are all there.
 */
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, any>;

test('web-ext lint reports no errors on the Firefox build', async () => {
  const report = await lintFirefoxBuild();
  console.log(`web-ext lint ${report.dir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
  expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  // It collects nothing: declared as AMO asks.
  expect(report.warnings.map((m) => m.code)).not.toContain('MISSING_DATA_COLLECTION_PERMISSIONS');
}, 180_000);

test.each([
  ['chrome', EXTENSION_DIR, ['storage', 'offscreen']],
  ['firefox', firefoxBuildDir(), ['storage']],
])('%s: minimal permissions, no remote code, icons at every size', (_browser, dir, permissions) => {
  const m = manifest(dir);
  expect(m.permissions).toEqual(permissions);
  // Host access only through the content script's four sites; nothing optional waiting to be asked for.
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_permissions ?? []).toEqual([]);
  const csp: string = typeof m.content_security_policy === 'string' ? m.content_security_policy : m.content_security_policy.extension_pages;
  // Scripts only from the package itself ('wasm-unsafe-eval' compiles the photo check's own WebAssembly).
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'/);
  const icons = m.icons as Record<string, string>;
  expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
  const action = (m.action ?? m.browser_action) as { default_icon: Record<string, string>; default_popup: string };
  expect(action.default_popup).toBe('popup.html');
  for (const [size, file] of Object.entries(icons)) {
    const png = readFileSync(join(dir, file));
    // PNG signature, then the IHDR width at offset 16.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Number(size));
  }
});
