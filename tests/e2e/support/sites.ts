import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Post } from '../fixtures/common';
import type { FixtureMode } from '../fixtures/drift';
import { launchWithExtension, outsideRequests, type ExtensionBrowser } from './browser';

/**
 * Serves the fixture pages at the real sites' URLs, so content scripts matched to those hosts are
 * injected into them. Each site is one single-page app bundle (React + the real editor library)
 * inlined into a tiny HTML document; nothing is fetched from anywhere else.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

// `blind`: the page as the blind redesign rebuilt it, and the language it is served in (fixtures/drift.ts);
// `blind2`: the same for the second blind redesign (fixtures/blind2/); `blind3` for the third (fixtures/blind3/).
const SITES = {
  'https://www.facebook.com': { entry: 'facebook.tsx', title: 'Facebook', blind: { entry: 'blind/facebook.tsx', lang: 'lt' }, blind2: { entry: 'blind2/facebook.tsx', lang: 'pt-BR' }, blind3: { entry: 'blind3/facebook.tsx', lang: 'cy' } },
  'https://www.instagram.com': { entry: 'instagram.tsx', title: 'Instagram', blind: { entry: 'blind/instagram.tsx', lang: 'lt' }, blind2: { entry: 'blind2/instagram.tsx', lang: 'bn' }, blind3: { entry: 'blind3/instagram.tsx', lang: 'pl' } },
  'https://x.com': { entry: 'x.tsx', title: 'Home / X', blind: { entry: 'blind/x.tsx', lang: 'bg' }, blind2: { entry: 'blind2/x.tsx', lang: 'tr' }, blind3: { entry: 'blind3/x.tsx', lang: 'ur' } },
  'https://mobile.x.com': { entry: 'x-mobile.tsx', title: 'X', blind: { entry: 'blind/x-mobile.tsx', lang: 'bg' }, blind2: { entry: 'blind2/x-mobile.tsx', lang: 'tr' }, blind3: { entry: 'blind3/x-mobile.tsx', lang: 'ur' } },
  'https://www.linkedin.com': { entry: 'linkedin.tsx', title: 'Feed | LinkedIn', blind: { entry: 'blind/linkedin.tsx', lang: 'bg' }, blind2: { entry: 'blind2/linkedin.tsx', lang: 'it' }, blind3: { entry: 'blind3/linkedin.tsx', lang: 'es' } },
} as const;

export const FIXTURE_ORIGINS: string[] = Object.keys(SITES);

export const SITE_URLS = {
  facebook: 'https://www.facebook.com/',
  facebookGroups: 'https://www.facebook.com/groups/feed/',
  instagram: 'https://www.instagram.com/',
  instagramPost: 'https://www.instagram.com/p/ABC123/',
  xHome: 'https://x.com/home',
  xExplore: 'https://x.com/explore',
  xMobile: 'https://mobile.x.com/compose/post',
  linkedinFeed: 'https://www.linkedin.com/feed/',
  linkedinPost: 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/',
} as const;

/**
 * The modes every fixture page can be served in (fixtures/drift.ts): as the sites are today, in
 * English; in Welsh and in Polish; and after a redesign that renamed the sites' test ids, classes
 * and labels. The test server picks the mode of each page it serves, so one browser loads the
 * same page in every mode in turn: a mode costs page loads, not browser launches.
 */
export interface NamedMode extends FixtureMode {
  readonly name: string;
}
export const NORMAL: NamedMode = { name: 'normal', lang: 'en', redesign: false };
/** A language the extension's button vocabulary does not know, for the honest "Checking only" state. */
export const UNKNOWN_LANGUAGE: NamedMode = { name: 'japanese', lang: 'ja', redesign: false };
const NAMED_MODES: readonly NamedMode[] = [
  { name: 'welsh', lang: 'cy', redesign: false },
  { name: 'polish', lang: 'pl', redesign: false },
  { name: 'redesign', lang: 'en', redesign: true },
  // Written after the structural rules were frozen, for a check at first contact (see README).
  { name: 'romanian-redesign', lang: 'ro', redesign: true },
  // Rebuilt blind (drift.ts `blind`): Lithuanian on Facebook and Instagram, Bulgarian on X and LinkedIn.
  { name: 'blind-redesign', lang: 'lt', redesign: true, blind: true },
  // Rebuilt blind a second time (fixtures/blind2/): Brazilian Portuguese on Facebook, Bengali on
  // Instagram, Turkish on X, Italian on LinkedIn. In the default modes since it passes whole
  // (about 1 min 45 s of the composer tests in Chromium).
  { name: 'blind-redesign-2', lang: 'pt-BR', redesign: true, blind2: true },
  // Rebuilt blind a third time (fixtures/blind3/): Welsh on Facebook, Polish on Instagram, Urdu
  // (right to left) on X, Spanish on LinkedIn. At first contact (session 9) every gate step a teacher
  // meets held in Chromium and Firefox; three popup reports differed from the guesses written before
  // it (corrected in composer-cases.ts). A default Chromium drift mode since; opt-in in Firefox.
  { name: 'blind-redesign-3', lang: 'cy', redesign: true, blind3: true },
  UNKNOWN_LANGUAGE,
];
/**
 * The drift modes the gate tests run in: Welsh, Polish, the redesign and the three blind redesigns, unless
 * `FIXTURE_DRIFT_MODES` names others (`FIXTURE_DRIFT_MODES=romanian-redesign npx vitest …`; empty for none).
 */
export const DRIFT_MODES: readonly NamedMode[] = (process.env.FIXTURE_DRIFT_MODES ?? 'welsh,polish,redesign,blind-redesign,blind-redesign-2,blind-redesign-3').split(',').filter((name) => name.trim() !== '').map((name) => {
  const mode = NAMED_MODES.find((m) => m.name === name.trim());
  if (!mode) throw new Error(`FIXTURE_DRIFT_MODES: no fixture mode "${name}" (known: ${NAMED_MODES.map((m) => m.name).join(', ')})`);
  return mode;
});
export const ALL_MODES: readonly NamedMode[] = [NORMAL, ...DRIFT_MODES];

const modes = new WeakMap<BrowserContext, FixtureMode>();

/** Serves every fixture page loaded from now on in this context in `mode` (normal until told otherwise). */
export function setFixtureMode(context: BrowserContext, mode: FixtureMode): void {
  modes.set(context, { lang: mode.lang, redesign: mode.redesign, ...(mode.blind ? { blind: true } : {}), ...(mode.blind2 ? { blind2: true } : {}), ...(mode.blind3 ? { blind3: true } : {}) });
}

// One build per entry per test process: the first page of each site pays for it (~0.2-0.5 s).
const bundles = new Map<string, Promise<string>>();

function bundle(entry: string): Promise<string> {
  let pending = bundles.get(entry);
  if (!pending) {
    pending = build({
      entryPoints: [FIXTURES + entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      // Minified, as the sites ship theirs: a third of the size, so each page load (route → CDP → parse)
      // took ~0.41 s instead of ~0.58 s (issue 14, item 7). Function and class names are kept, so
      // nothing in the editor libraries that reads them changes; the DOM the extension reads is the same.
      minify: true,
      keepNames: true,
      logLevel: 'silent',
      // Stylesheets become strings the pages inline (Quill's must go inside a shadow root).
      loader: { '.css': 'text' },
      // fbjs (under draft-js) reads `global`; React reads NODE_ENV.
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry, pending);
  }
  return pending;
}

// Each page's HTML once per site and mode per test process: a site page is loaded again for nearly
// every test, and escaping its 1.3-2.2 MB of script each time cost ~0.1 s of every page load.
const pages = new Map<string, Promise<string>>();

function page(origin: keyof typeof SITES, requested: FixtureMode): Promise<string> {
  const key = `${origin} ${JSON.stringify(requested)}`;
  let pending = pages.get(key);
  if (!pending) {
    pending = pageHtml(origin, requested);
    pages.set(key, pending);
  }
  return pending;
}

async function pageHtml(origin: keyof typeof SITES, requested: FixtureMode): Promise<string> {
  const site = SITES[origin];
  const { title } = site;
  const variant = requested.blind3 ? site.blind3 : requested.blind2 ? site.blind2 : requested.blind ? site.blind : undefined;
  const entry = variant ? variant.entry : site.entry;
  const mode: FixtureMode = variant ? { ...requested, lang: variant.lang } : requested;
  // "</script" inside the bundle would end the inline script early.
  const script = (await bundle(entry)).replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="${mode.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head>
<body><script>window.__fixtureMode = ${JSON.stringify(mode)};</script><script>${script}</script></body></html>`;
}

async function fulfil(route: Route, origin: keyof typeof SITES, mode: FixtureMode): Promise<void> {
  const request = route.request();
  const { pathname } = new URL(request.url());
  // Only documents (top-level pages and iframes) exist; favicons and anything else are 404.
  if (request.resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
  if (origin === 'https://www.linkedin.com' && pathname.startsWith('/preload')) {
    return route.fulfill({ contentType: 'text/html', body: await readFile(FIXTURES + 'linkedin-preload.html', 'utf8') });
  }
  return route.fulfill({ contentType: 'text/html', body: await page(origin, mode) });
}

export async function serveSites(context: BrowserContext): Promise<void> {
  for (const origin of Object.keys(SITES) as (keyof typeof SITES)[]) {
    await context.route(`${origin}/**`, (route) => fulfil(route, origin, modes.get(context) ?? NORMAL));
  }
}

/** The wrapper a fixture marks with data-fixture-composer (for tests only; pierces shadow roots). */
export const composer = (page: Page, id: string): Locator => page.locator(`[data-fixture-composer="${id}"]`);

export const posts = (page: Page): Promise<Post[]> => page.evaluate(() => window.__posts);

/** What the other controls near the composers did when clicked (emoji, attach, audience…). */
export const actions = (page: Page): Promise<string[]> => page.evaluate(() => window.__actions);

/** A test's handle on a fixture's control, the same in every mode (data-fixture-part; the extension never reads it). */
export const part = (scope: Page | Locator, name: string): Locator => scope.locator(`[data-fixture-part="${name}"]`);

/** The editors inside a fixture composer's wrapper, in every mode: what the editor libraries render, whatever the site calls it. */
export const editorsIn = (page: Page, composerId: string): Locator => composer(page, composerId).locator(':is([contenteditable="true"], textarea):not(.ql-clipboard)');

/**
 * The tab a test loads its site page into: the browser's first tab, rather than a new one per
 * test. Each test's openSite makes a new document, as a new tab would, but in a renderer that has
 * compiled the site's scripts already: a page load takes about 1 s there against 2.5 s in a new
 * tab (the fixture pages inline 1.3-2.2 MB of script). Neither the fixtures nor the extension keep
 * anything per tab, so nothing of one test reaches the next.
 */
export async function siteTab(context: BrowserContext): Promise<Page> {
  // Firefox (puppeteer over WebDriver BiDi) never finished loading a site page into the window's first
  // tab, the one its driver adopts at launch: there each test keeps a new tab, as before (the callers
  // close every tab but the first after each test).
  if (process.env.GUARDRAIL_BROWSER === 'firefox') return context.newPage();
  return context.pages()[0] ?? (await context.newPage());
}

export async function openSite(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__fixtureReady === true);
}

/**
 * For a test file: Chromium with the built extension and the fixture sites served, launched once
 * for the file. When the file is done, every request the pages and the extension made must have
 * gone to a fixture page or to the extension's own files: nothing left the device.
 */
export function useSitesWithExtension(): { readonly browser: ExtensionBrowser } {
  const state: { browser?: ExtensionBrowser } = {};
  beforeAll(async () => {
    state.browser = await launchWithExtension();
    await serveSites(state.browser.context);
  });
  afterAll(async () => {
    const { browser } = state;
    if (!browser) return;
    try {
      expect(outsideRequests(browser.requests, browser.extensionId, FIXTURE_ORIGINS)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
  return {
    get browser() {
      if (!state.browser) throw new Error('the browser is not running yet: use it inside a test');
      return state.browser;
    },
  };
}
