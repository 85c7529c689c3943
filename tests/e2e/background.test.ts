import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { BROWSER, EXTENSION_DIR, IN_FIREFOX, extensionOrigin, launchWithExtension, outsideRequests, type ExtensionBrowser } from './support/browser';

/**
 * The built extension in Debian's Chromium (and, in the `firefox` project, the Firefox build in
 * Firefox ESR): it installs with only the storage permission, its background loads the settings and
 * the pack, the engine answers, and no request leaves the device.
 */
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  // An extension-origin page, so the test can message the background as the extension's own pages will.
  await page.goto(`${extensionOrigin(browser.extensionId)}manifest.json`);
});
afterAll(async () => browser?.close());

type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
// Firefox's promise-based API is `browser` (its `chrome` takes callbacks); Chromium's `chrome` returns promises.
const ask = (message: unknown) =>
  page.evaluate((m) => ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).runtime.sendMessage(m), message) as Promise<Record<string, any>>;
const setSettings = (settings: unknown) =>
  browser.worker.evaluate(async (s) => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chromeApi.storage.local.set({ settings: s });
  }, settings);

if (!IN_FIREFOX) test('the manifest asks for storage, offscreen (the photo check) and the four sites, nothing broader', () => {
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

if (IN_FIREFOX) test('the Firefox manifest (MV2) asks for storage and the four sites, allows WebAssembly, and has a fixed add-on id', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(2);
  // No offscreen documents in Firefox: the photo check's page is a frame in the background page.
  expect(manifest.permissions).toEqual(['storage']);
  // MV2's policy is a string; 'wasm-unsafe-eval' lets the photo check's models compile, scripts stay the package's own.
  expect(manifest.content_security_policy).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  expect(manifest.browser_specific_settings.gecko.id).toBe('school-post-guardrail@extension');
  expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort()).toEqual(
    ['https://*.facebook.com/*', 'https://*.instagram.com/*', 'https://*.linkedin.com/*', 'https://*.twitter.com/*', 'https://*.x.com/*', 'https://twitter.com/*', 'https://x.com/*'].sort(),
  );
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.background.scripts).toEqual(['background.js']);
});

describe(`the background in ${BROWSER}`, () => {
  test('installing opens the setup page (first run; the launch waited for it and closed it)', () => {
    expect(browser.firstRun).toBe('opened');
  });

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

if (!IN_FIREFOX) test('the request log sees the service worker’s own requests', async () => {
  // Without this, "nothing left the device" could pass only because the log was blind to the background.
  const url = await browser.worker.evaluate(async () => {
    const own = (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome.runtime.getURL('/manifest.json?probe');
    await fetch(own);
    return own;
  });
  await expect.poll(() => browser.requests.includes(url)).toBe(true);
});

// Firefox's WebDriver BiDi reports no request of the background page, nor any moz-extension: fetch;
// the recording proxy every http(s) request goes through (support/firefox.ts) sees them all.
const BACKGROUND_PROBE = 'https://probe.invalid/background-request';

if (IN_FIREFOX) test('the request log sees the background page’s own requests', async () => {
  // Without this, "nothing left the device" could pass only because the log was blind to the background.
  await page.evaluate(async (url) => {
    const background = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window } } }).browser.extension.getBackgroundPage();
    await background.fetch(url).catch(() => undefined);
  }, BACKGROUND_PROBE);
  await expect.poll(() => browser.requests.some((url) => url.startsWith('https://probe.invalid'))).toBe(true);
});

test('nothing left the device: every request was to the extension itself', () => {
  if (!IN_FIREFOX) expect(browser.requests.length).toBeGreaterThan(0);
  expect(outsideRequests(browser.requests, browser.extensionId, IN_FIREFOX ? ['https://probe.invalid'] : [])).toEqual([]);
});

// The engine's file (engine.js) is imported by the service worker once as it installs and, on every
// later start, only when a draft is first checked (src/background/engine-file.ts): Chrome refuses a
// later import of a script the worker did not import while installing, so this holds the install's
// import to what the restarted worker needs. Firefox's background page adds the file as a script.
if (!IN_FIREFOX) test('after the browser restarts, the first draft is checked right: the worker reads the engine file it kept from its install', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'guardrail-engine-file-'));
  try {
    await (await launchWithExtension(EXTENSION_DIR, { profile })).close();
    const restarted = await launchWithExtension(EXTENSION_DIR, { profile, ownFirstRun: true });
    try {
      const tab = await restarted.context.newPage();
      await tab.goto(`${extensionOrigin(restarted.extensionId)}manifest.json`);
      const answer = (await tab.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage({ type: 'analyse', text: 'Well done Amira Khan, star of the week!' }))) as Record<string, any>;
      expect(answer).toMatchObject({ ok: true, type: 'analyse', status: { source: 'demo' } });
      expect(answer.findings[0]).toMatchObject({ category: 'pupil-name', match: 'Amira Khan' });
      expect(outsideRequests(restarted.requests, restarted.extensionId)).toEqual([]);
    } finally {
      await restarted.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
