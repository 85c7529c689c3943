import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, outsideRequests, type ExtensionBrowser } from './support/browser';

/**
 * The built extension in Debian's Chromium: it installs with only the storage permission, its
 * background loads the settings and the pack, the engine answers, and no request leaves the device.
 */
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  // An extension-origin page, so the test can message the background as the extension's own pages will.
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
});
afterAll(async () => browser?.close());

const ask = (message: unknown) => page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<Record<string, any>>;
const setSettings = (settings: unknown) =>
  browser.worker.evaluate(async (s) => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chromeApi.storage.local.set({ settings: s });
  }, settings);

test('the manifest asks for storage, offscreen (the photo check) and the four sites, nothing broader', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage', 'offscreen']);
  // WebAssembly for the photo check's models, from the extension's own files only: no remote script source.
  expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
  // Site access comes only from the content script's matches: Facebook, Instagram, X (and twitter.com), LinkedIn.
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort()).toEqual(
    ['https://*.facebook.com/*', 'https://*.instagram.com/*', 'https://*.linkedin.com/*', 'https://*.twitter.com/*', 'https://*.x.com/*', 'https://twitter.com/*', 'https://x.com/*'].sort(),
  );
  expect(manifest.background.service_worker).toBe('background.js');
  // A school's policy is checked against the schema; the development key fixes the id policies name.
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  expect(JSON.parse(readFileSync(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8')).properties).toHaveProperty('hashedRoster');
  expect(typeof manifest.key).toBe('string');
  expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
});

describe('the background in Chromium', () => {
  test('with nothing saved, it checks drafts with the demo school and says so', async () => {
    const response = await ask({ type: 'analyse', text: 'Well done Amira Khan, star of the week! #OakfieldPrimary' });
    expect(response.ok).toBe(true);
    expect(response.status).toMatchObject({ source: 'demo', policy: 'generic-uk' });
    expect(response.findings.map((f: { category: string; match: string }) => `${f.category}:${f.match}`)).toEqual(['pupil-name:Amira Khan', 'school-name:#OakfieldPrimary']);
  });

  test('saved settings and their policy pack are loaded without a restart', async () => {
    await setSettings({ schoolName: 'Cadoxton Primary School', pupilNames: ["Siân O'Brien"], policy: 'gloucestershire' });
    await expect.poll(async () => (await ask({ type: 'status' })).status?.source).toBe('stored');
    const response = await ask({ type: 'analyse', text: 'So proud of Sian OBrien at Cadoxton Primary today' });
    expect(response.findings.map((f: { match: string }) => f.match)).toEqual(['Sian OBrien', 'Cadoxton Primary']);
    expect(response.findings[0].clauses.map((c: { policy: string; id: string }) => `${c.policy} ${c.id}`)).toContain('gloucestershire 8.1.4');
  });

  test('an unusable saved value is explained and set aside; the rest of the settings apply', async () => {
    await setSettings({ schoolName: 'Cadoxton Primary School', policy: 'cadoxton' });
    await expect.poll(async () => (await ask({ type: 'status' })).status?.problems?.length).toBe(1);
    const { status } = await ask({ type: 'status' });
    expect(status).toMatchObject({ source: 'stored', schoolName: 'Cadoxton Primary School', policy: 'generic-uk' });
    expect(status.problems[0]).toMatch(/^policy: unknown policy "cadoxton"; choose one of .*; the default policy is used$/);
  });

  test('with no usable school name the demo school stands in, and the status says why', async () => {
    await setSettings({ schoolName: '   ' });
    await expect.poll(async () => (await ask({ type: 'status' })).status?.problems).toEqual(['schoolName: the school name must not be empty']);
    expect((await ask({ type: 'status' })).status.source).toBe('demo');
  });

  test('a message it does not understand is refused', async () => {
    expect(await ask({ type: 'export-roster' })).toEqual({ ok: false, error: 'not a request the engine understands' });
  });
});

test('the request log sees the service worker’s own requests', async () => {
  // Without this, "nothing left the device" could pass only because the log was blind to the background.
  const url = await browser.worker.evaluate(async () => {
    const own = (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome.runtime.getURL('/manifest.json?probe');
    await fetch(own);
    return own;
  });
  await expect.poll(() => browser.requests.includes(url)).toBe(true);
});

test('nothing left the device: every request was to the extension itself', () => {
  expect(browser.requests.length).toBeGreaterThan(0);
  expect(outsideRequests(browser.requests, browser.extensionId)).toEqual([]);
});
