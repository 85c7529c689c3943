import { browser } from 'wxt/browser';
import type { Analyser } from '../analyser';
import type { Finding } from '../engine/types';
import { MAX_DRAFT_LENGTH, RequestSchema, type EngineStatus, type Response, type SettingsChanged } from '../messages';
import { resolveSettings } from '../settings/load';
import { languageItem, parseLanguageSetting } from '../settings/language';
import { readManagedStorage, rosterItem, settingsItem } from '../settings/storage';
import { readImageInAnalysisPage, type ImageReader } from './image-service';
import { isAnalysisIdle } from '../image/analysis-protocol';
import { loadEngineModule } from './engine-file';

/**
 * The engine in the background: loads the settings (the teacher's own under the school's policy)
 * and the policy pack, compiles the matchers once per settings change, and answers `analyse` and
 * `status` messages. A saved or pushed value that is unusable is set aside with the reason and
 * the rest apply; with no school name anywhere the demo school stands in. It never rewrites them.
 */
export interface Loaded {
  analyser: Analyser;
  status: EngineStatus;
}

export async function loadEngine(revision = 0): Promise<Loaded> {
  // The engine's file is read and its modules evaluated here, on the first compile, not as the worker starts.
  const [settings, roster, managed, language, { engineFor }] = await Promise.all([settingsItem.getValue(), rosterItem.getValue(), readManagedStorage(), languageItem.getValue(), loadEngineModule()]);
  return engineFor(resolveSettings({ settings, roster, managed }), revision, parseLanguageSetting(language));
}

/**
 * Who asked: the extension's own pages (options, demo) may see which roster entry a finding
 * matched; a content script, running in a site's page, gets only what the teacher typed.
 */
export type Audience = 'extension' | 'page';

/** The engine, or how to get it: compiled only when a request needs it (see startEngineService). */
export type EngineSource = Promise<Loaded> | (() => Promise<Loaded>);

export async function handle(message: unknown, engine: EngineSource, audience: Audience = 'page', readImage: ImageReader = readImageInAnalysisPage): Promise<Response> {
  const request = RequestSchema.safeParse(message);
  if (!request.success) return { ok: false, error: 'not a request the engine understands' };
  try {
    // Reading a photo needs no settings: the findings come with the next `analyse`, photos included.
    if (request.data.type === 'read-image') return await readImage(request.data.name, request.data.data);
    const loaded = await (typeof engine === 'function' ? engine() : engine);
    const { status } = loaded;
    const shown = audience === 'page' ? forPage(status) : status;
    if (request.data.type === 'status') return { ok: true, type: 'status', status: shown };
    // Already read by the compile that gave `loaded`: this only hands its module over.
    const { findingsOf } = await loadEngineModule();
    const started = performance.now();
    const { text } = request.data;
    const checked = text.length > MAX_DRAFT_LENGTH ? text.slice(0, MAX_DRAFT_LENGTH) : text;
    const findings = findingsOf(loaded, checked, request.data.images ?? []).map((finding) => (audience === 'page' ? withoutRoster(finding) : finding));
    return { ok: true, type: 'analyse', findings, status: shown, elapsedMs: performance.now() - started, checkedLength: checked.length, truncated: checked !== text };
  } catch (error) {
    // The page's post box keeps working; the indicator tells the teacher the check is off.
    return { ok: false, error: `the check failed: ${(error as Error).message}` };
  }
}

function withoutRoster({ listed: _listed, ...finding }: Finding): Finding {
  return finding;
}

/** Notes quote roster entries that cannot be matched: a page is told how many, not which. */
function forPage(status: EngineStatus): EngineStatus {
  return { ...status, notes: status.notes.map(() => 'an entry in the roster or staff list cannot be matched') };
}

/**
 * How long the worker waits, with nothing asked of it, before compiling the engine anyway. When the
 * browser starts, the worker starts beside the pages it opens (the settings page, the setup page),
 * in the same renderer process and on the same cores: compiling the matchers at once took about
 * 0.6 s of CPU from them in the very moment they are drawn (issue 14). A site's page asks as soon
 * as its content script runs, and that request compiles the engine at once, as before; this only
 * moves the compile out of the way when nothing needs it yet, so it is ready by the first draft.
 */
export const ENGINE_IDLE_START_MS = 2000;

/**
 * The idle compile also waits while the extension's own pages are opening: it runs only once a
 * whole ENGINE_IDLE_START_MS has passed with no page of ours newly open (a 2 s wait alone once let
 * it land 0.6 s into the settings page's first opening after a restart, with 330 ms of CPU, issue
 * 14). A page left open does not hold it; pages opened one after another hold it at most this long.
 */
export const ENGINE_IDLE_LATEST_MS = 30_000;

/** The extension's own pages open now (settings, setup, demo, the photo page), by some stable id. */
export type OpenPages = () => Promise<unknown[]>;

declare const clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ id: string }[]> } | undefined;

export const ownPagesOpen: OpenPages = async () => {
  try {
    // Chrome's service worker: the extension's pages are window clients of its origin.
    if (typeof clients !== 'undefined' && clients) return (await clients.matchAll({ type: 'window', includeUncontrolled: true })).map((client) => client.id);
    // Firefox's background page: its views are the pages (and the background page itself).
    const extension = (browser as unknown as { extension?: { getViews?: () => Window[] } }).extension;
    return extension?.getViews?.() ?? [];
  } catch {
    return [];
  }
};

export function startEngineService(openPages: OpenPages = ownPagesOpen): void {
  let revision = 0;
  // Nothing compiled until a request needs it or the worker has been idle a moment.
  let engine: Promise<Loaded> | null = null;
  // A compile that fails is forgotten, so the next request compiles again and reports its own error,
  // rather than every later request being handed the first failure (or a half-initialised module).
  const forgetOnFailure = (loading: Promise<Loaded>) => {
    loading.catch(() => {
      if (engine === loading) engine = null;
    });
    return loading;
  };
  const current = () => (engine ??= forgetOnFailure(loadEngine(revision)));
  // The idle compile: at each tick, compile unless a page of ours has opened since the last one.
  let seen: unknown[] = [];
  let waited = 0;
  let idleStart: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    waited += ENGINE_IDLE_START_MS;
    const open = await openPages();
    const opened = open.some((page) => !seen.includes(page));
    seen = open;
    if (engine !== null) return;
    if (opened && waited < ENGINE_IDLE_LATEST_MS) idleStart = setTimeout(() => void tick(), ENGINE_IDLE_START_MS);
    else void current();
  };
  idleStart = setTimeout(() => void tick(), ENGINE_IDLE_START_MS);
  const reload = () => {
    revision++;
    // Not compiled yet: nobody has been answered from old settings, and the first request reads the new ones.
    if (engine === null) return;
    const loading = forgetOnFailure(loadEngine(revision));
    engine = loading;
    // Tell the open pages once the new settings are in force, so they re-check the draft in view.
    void loading.then(() => announce(revision), () => announce(revision));
  };
  settingsItem.watch(reload);
  rosterItem.watch(reload);
  // The language reaches the pages the same way, so they need no storage listener of their own.
  languageItem.watch(reload);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') reload();
  });
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }, sendResponse: (response: Response) => void) => {
    // The photo page's "idle" note is the image service's (startImageService), and needs no answer.
    if (isAnalysisIdle(message)) return undefined;
    const audience: Audience = sender.url?.startsWith(ownPages) ? 'extension' : 'page';
    void handle(message, () => {
      clearTimeout(idleStart);
      return current();
    }, audience).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}

/**
 * A settings change is announced to every tab, rather than having the content scripts listen to
 * storage: a storage listener in a site's tab would be handed every change, the roster included.
 * Tabs without our content script refuse the message; that is expected. (Querying tabs without
 * the `tabs` permission gives ids only, which is all this needs.)
 */
async function announce(revision: number): Promise<void> {
  const message: SettingsChanged = { type: 'settings-changed', revision };
  const tabs = await browser.tabs.query({});
  const send = async (tabId: number) => {
    try {
      await browser.tabs.sendMessage(tabId, message);
    } catch {
      // No content script in that tab (another site, a new tab page): nothing to tell.
    }
  };
  // The extension's own pages (the options page's "try a draft") hear it through the runtime.
  const toPages = (async () => {
    try {
      await browser.runtime.sendMessage(message);
    } catch {
      // No extension page is open.
    }
  })();
  await Promise.all([toPages, ...tabs.map((tab) => (tab.id === undefined ? undefined : send(tab.id)))]);
}
