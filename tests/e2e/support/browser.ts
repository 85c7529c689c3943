import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { launchFirefoxWithExtension } from './firefox';
import { firstRunOutcome, isSetupPage } from './first-run';
import { ACTION_LIMIT } from '../../patience';


/**
 * Debian's Chromium with the built extension loaded, as ../shared/notes/browser-testing.md
 * describes. Every request made by pages and by the extension is recorded, so a test can prove
 * that nothing leaves the device.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Which browser this test run drives: `chromium`, or `firefox` in the vitest project of that name
 * (tests/vitest.config.ts), which runs the same test files through tests/e2e/support/firefox.ts.
 */
export const BROWSER: 'chromium' | 'firefox' = process.env.GUARDRAIL_BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const IN_FIREFOX = BROWSER === 'firefox';
export const EXTENSION_DIR = fileURLToPath(new URL(IN_FIREFOX ? '../../../.output/firefox-mv2' : '../../../.output/chrome-mv3', import.meta.url));
/** Where the extension's own files are served from, for telling its requests from requests that leave. */
export const extensionOrigin = (extensionId: string) => `${IN_FIREFOX ? 'moz-extension' : 'chrome-extension'}://${extensionId}/`;

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL requested since launch, by pages and by the extension. */
  requests: string[];
  /**
   * What the background decided when the extension was installed into this fresh profile
   * (src/background/first-run.ts): `opened` (the setup page, which the launch then closed) or
   * `managed` (the school manages it: nothing opened). The launch waits for it, so no setup tab
   * appears in the middle of a test; undefined when the test takes the first run on itself.
   */
  firstRun: string | undefined;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Every fresh profile is a fresh install, so the extension opens its setup page in a new tab.
   * By default the launch waits for that decision and closes the tab, so that it never takes the
   * focus from a fixture page or answers a test waiting for "a new page". The first-run test takes
   * it on itself: the launch returns at once and the setup page opens when the background decides.
   */
  readonly ownFirstRun?: boolean;
  /** A profile folder to start from (the browser restarted on it); kept on close, for the caller to remove. Chromium only. */
  readonly profile?: string;
}

export const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium's own background traffic would otherwise hit the closed network.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** The same Chromium, flags and closed network, without the extension: a baseline for comparisons. */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'guardrail-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: COMMON_ARGS });
  context.setDefaultTimeout(ACTION_LIMIT);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}


/**
 * Chromium with a built extension: `.output/chrome-mv3` unless told otherwise (the typing bench
 * also loads the `site-only` build). Everything browser-specific is here, so another browser can
 * be added beside it.
 */
export async function launchWithExtension(extensionDir: string = EXTENSION_DIR, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}: run npm run build${IN_FIREFOX ? ':firefox' : ''} first`);
  // The same surface, driven by puppeteer-core over WebDriver BiDi (the subset of playwright-core's API the tests use).
  if (IN_FIREFOX) return (await launchFirefoxWithExtension(extensionDir, options)) as unknown as ExtensionBrowser;
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/run, or apt-get install chromium`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'guardrail-chromium-'));
  const removeProfile = () => {
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...COMMON_ARGS,
    ],
  });
  context.setDefaultTimeout(ACTION_LIMIT);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const firstRun = options.ownFirstRun ? undefined : await firstRunOutcome((fn) => worker.evaluate(fn));
    if (firstRun === 'opened') await closeSetupPage(context);
    return {
      context,
      worker,
      extensionId,
      requests,
      firstRun,
      async close() {
        await context.close();
        removeProfile();
      },
    };
  } catch (error) {
    await context.close();
    removeProfile();
    throw error;
  }
}

/** Closes the setup tab the install opened (`tabs.create` has answered by now; its page may still be committing its URL). */
async function closeSetupPage(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const setup = context.pages().filter((page) => isSetupPage(page.url()));
    if (setup.length > 0) {
      for (const page of setup) await page.close();
      return;
    }
    if (Date.now() > deadline) throw new Error('the background said it opened the setup page, but no setup tab appeared within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Requests that left the extension and the test's own fixtures. */
export function outsideRequests(requests: readonly string[], extensionId: string, allowed: readonly string[] = []): string[] {
  return requests.filter((url) => !url.startsWith(extensionOrigin(extensionId)) && !allowed.some((prefix) => url.startsWith(prefix)));
}
