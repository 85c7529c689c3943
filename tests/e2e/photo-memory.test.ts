import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { COMPOSER_CASES, type ComposerCase } from './support/composer-cases';
import { guardOf, openPanel, shown } from './support/guard';
import { extensionMemory, megabytes } from './support/process-memory';
import { openSite, useSitesWithExtension } from './support/sites';
import { photo } from '../unit/photo-fixtures';
import { patience } from '../patience';

/**
 * The photo analysis page's memory, in Chromium with the built extension: what the extension's
 * process holds before any photo, with the models loaded, and after the page has been idle long
 * enough to be released (seconds here, minutes for a teacher: the test shortens it through the
 * page's own control message); then the next photo loads the models again and is read as well as
 * the first. Memory is the process's own (Linux /proc), not an estimate from inside the page.
 */
const sites = useSitesWithExtension();
const CHILD = photo('children/fairface_0249.jpg');
const OTHER_CHILD = photo('children/fairface_0214.jpg');
const byId = (id: string) => COMPOSER_CASES.find((c) => c.id === id)!;

type Chrome = { runtime: { getContexts(f: object): Promise<unknown[]>; sendMessage(m: object): Promise<unknown> } };
const offscreenDocuments = () => sites.browser.worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
const toAnalysisPage = (message: object) => sites.browser.worker.evaluate(async (m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), { target: 'image-analysis', ...message }) as Promise<{ modelsLoaded: boolean; releaseAfterMs: number }>;

async function attach(c: ComposerCase, file: string): Promise<{ page: Page; panel: Awaited<ReturnType<typeof openPanel>> }> {
  const page = await sites.browser.context.newPage();
  await openSite(page, c.url);
  await c.open?.(page);
  await c.editor(page).click();
  await page.keyboard.type('Lovely afternoon');
  await page.locator(`[data-fixture-composer="${c.id}"] input[type="file"]`).setInputFiles(file);
  const panel = await openPanel(await guardOf(c.editor(page)));
  await expect.poll(() => shown(panel), { timeout: patience(60_000) }).toEqual(['pupil-image/high']);
  return { page, panel };
}

test('the models are released after the idle time, memory goes back, and the next photo loads them again', async () => {
  // The extension's process may start a moment after the browser: wake the service worker and wait for it.
  await sites.browser.worker.evaluate(() => 1);
  await expect.poll(() => extensionMemory().processes, { timeout: patience(30_000) }).toBeGreaterThanOrEqual(1);
  const start = extensionMemory();

  const first = await attach(byId('facebook-post'), CHILD);
  expect(await offscreenDocuments()).toBe(1);
  expect((await toAnalysisPage({ control: 'status' })).modelsLoaded).toBe(true);
  const loaded = extensionMemory();
  // The models, TensorFlow.js's and tesseract's WebAssembly heaps: tens of megabytes more than the service worker alone.
  expect(loaded.privateBytes - start.privateBytes).toBeGreaterThan(50 * 1024 * 1024);

  // Idle for a second and a half (a teacher's default is minutes): the background closes the page.
  expect((await toAnalysisPage({ control: 'release-after', ms: 1500 })).releaseAfterMs).toBe(1500);
  await expect.poll(offscreenDocuments, { timeout: patience(60_000) }).toBe(0);
  // Most of what loading took is given back (the rest is the browser's own allocators, not the models).
  await expect.poll(() => extensionMemory().privateBytes, { timeout: patience(30_000) }).toBeLessThan(start.privateBytes + (loaded.privateBytes - start.privateBytes) / 2);
  const released = extensionMemory();
  console.log(`photo page memory (extension process, private): before any photo ${megabytes(start.privateBytes)}, models loaded ${megabytes(loaded.privateBytes)}, after release ${megabytes(released.privateBytes)} (RSS ${megabytes(start.rssBytes)} / ${megabytes(loaded.rssBytes)} / ${megabytes(released.rssBytes)})`);
  // The first post keeps what was found: the release frees the models, not the teacher's findings.
  expect(await shown(first.panel)).toEqual(['pupil-image/high']);
  await first.page.close();

  // The next photo, in another site's composer: a new page opens (the old one, and its models, are gone), loads the models and reads it.
  const second = await attach(byId('x-inline'), OTHER_CHILD);
  // The child's face is found again (the person detector may also report the body it cannot match to a face).
  expect(await second.panel.locator('[data-part="image-summary"]').textContent()).toMatch(/^Photo fairface_0214\.jpg: 1 face that looks like a child(;|$)/);
  expect(await offscreenDocuments()).toBe(1);
  const reloaded = await toAnalysisPage({ control: 'status' });
  expect(reloaded.modelsLoaded).toBe(true);
  // A new page: the idle time is the default again, not the 1.5 s the old page was given.
  expect(reloaded.releaseAfterMs).toBe(180_000);
  await second.page.close();
  // Two model loads and a release: several minutes on a busy 2-core machine. A guard against a hang, not a timing check.
}, 300_000);
