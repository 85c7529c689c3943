import { expect, test } from 'vitest';
import { BUDGET_GZIPPED, contentScriptSize } from '../bench/bundle-size';

/** The built content script stays within its budget (it is loaded into every page of the four sites). */
test('the content script is under 150 kB gzipped', () => {
  const { minified, gzipped } = contentScriptSize();
  expect(gzipped).toBeLessThan(BUDGET_GZIPPED);
  // The engine (compromise alone is ~600 kB) must not have been pulled in by an import.
  expect(minified).toBeLessThan(400 * 1024);
});
