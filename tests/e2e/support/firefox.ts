import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { LaunchOptions } from './browser';
import { firstRunOutcome, isSetupPage } from './first-run';
import { ACTION_LIMIT } from '../../patience';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type JSHandle, type Page as PPage } from 'puppeteer-core';

/**
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi, behind the same small API the
 * browser tests already use for Chromium (a subset of playwright-core's Page, Locator and
 * BrowserContext). The test bodies stay as they are: `launchWithExtension()` in browser.ts returns
 * this driver when the `firefox` project runs them. What the subset lacks throws a clear error
 * naming the missing method, so a test that needs more of it fails loudly instead of passing.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id from wxt.config.ts, and the fixed moz-extension UUID the tests give it (a pref). */
export const GECKO_ID = 'school-post-guardrail@extension';
export const FIREFOX_UUID = '7d2b7a0e-1f2c-4a51-9f55-0d7d5b2a6c01';

const BROWSER_OWN = 'http://dummy.test/';

type Fn = (...args: any[]) => unknown;
type Step = { css: string } | { nth: number } | { label: { source: string; flags: string } | string } | { role: string; name?: { source: string; flags: string } | string } | { text: string } | { hasCss: string } | { placeholder: string };

/**
 * A proxy that every http(s) request Firefox makes is sent to, and that answers none of them: the
 * request log for the extension's background page and anything else WebDriver BiDi does not report
 * (BiDi's network events cover tabs only; a background page's fetch never appears there). The
 * fixture pages never reach it: they are answered by interception before the network.
 */
async function startRecordingProxy(log: string[]): Promise<{ server: Server; port: number }> {
  // puppeteer's Firefox profile points the browser's own services (blocklists, remote settings) at
  // http://dummy.test/, so what the browser itself asks for is told apart from anything else.
  const record = (url: string) => {
    if (!url.startsWith(BROWSER_OWN)) log.push(url);
  };
  const server = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    record(`https://${request.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

// --- In the page: find elements as playwright-core's locators do (CSS that pierces open shadow roots). ---

function resolveInPage(steps: Step[]): Element[] {
  const shadowRoots = (root: Document | Element | ShadowRoot): ShadowRoot[] => {
    const found: ShadowRoot[] = [];
    const visit = (node: Document | Element | ShadowRoot) => {
      if (node instanceof Element && node.shadowRoot) {
        found.push(node.shadowRoot);
        visit(node.shadowRoot);
      }
      for (const element of node.querySelectorAll('*')) {
        if (element.shadowRoot) {
          found.push(element.shadowRoot);
          visit(element.shadowRoot);
        }
      }
    };
    visit(root);
    return found;
  };
  const deepAll = (scope: Document | Element, css: string): Element[] => {
    const out: Element[] = [];
    for (const root of [scope, ...shadowRoots(scope)]) for (const element of root.querySelectorAll(css)) if (!out.includes(element)) out.push(element);
    return out;
  };
  // "A B" crosses shadow boundaries between A and B, as in playwright-core: split on top-level descendant combinators.
  const parts = (css: string): string[] => {
    const out: string[] = [];
    let depth = 0;
    let quote = '';
    let current = '';
    for (let i = 0; i < css.length; i++) {
      const ch = css[i]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || ch === ')') depth--;
      else if (/\s/.test(ch) && depth === 0) {
        const before = current.trimEnd().slice(-1);
        const after = css.slice(i).trimStart()[0];
        if (before && !'>+~,'.includes(before) && after && !'>+~,'.includes(after)) {
          out.push(current.trim());
          current = '';
          continue;
        }
      }
      current += ch;
    }
    if (current.trim()) out.push(current.trim());
    return out;
  };
  const matches = (text: string, pattern: { source: string; flags: string } | string) =>
    typeof pattern === 'string' ? text.toLowerCase().includes(pattern.toLowerCase()) : new RegExp(pattern.source, pattern.flags).test(text);
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const labelOf = (element: Element): string => {
    const byIds = element.getAttribute('aria-labelledby');
    if (byIds) return squash(byIds.split(/\s+/).map((id) => (element.getRootNode() as Document).getElementById?.(id)?.textContent ?? '').join(' '));
    if (element.getAttribute('aria-label')) return squash(element.getAttribute('aria-label'));
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length) return squash([...labels].map((label) => label.textContent).join(' '));
    return '';
  };
  const roleOf = (element: Element): string => {
    const explicit = element.getAttribute('role');
    if (explicit) return explicit;
    const tag = element.tagName.toLowerCase();
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'button' || (tag === 'input' && ['button', 'submit', 'reset'].includes(type))) return 'button';
    if (tag === 'input' && type === 'checkbox') return 'checkbox';
    if (tag === 'a' && element.hasAttribute('href')) return 'link';
    return '';
  };
  let current: Element[] = [document.documentElement];
  let atDocument = true;
  for (const step of steps) {
    const scopes: (Document | Element)[] = atDocument ? [document] : current;
    atDocument = false;
    if ('nth' in step) {
      const at = step.nth < 0 ? current.length + step.nth : step.nth;
      current = current[at] ? [current[at]!] : [];
      continue;
    }
    const next: Element[] = [];
    const add = (element: Element) => {
      if (!next.includes(element)) next.push(element);
    };
    for (const scope of scopes) {
      if ('css' in step) {
        let found: Element[] = [scope as Element];
        for (const [index, part] of parts(step.css).entries()) found = found.flatMap((s) => deepAll(index === 0 ? scope : (s as Element), part));
        found.forEach(add);
      } else if ('hasCss' in step) {
        if (scope instanceof Element && deepAll(scope, step.hasCss).length > 0) add(scope);
      } else if ('label' in step) {
        for (const element of deepAll(scope, 'input, textarea, select, button, [role], [contenteditable]')) if (matches(labelOf(element), step.label)) add(element);
      } else if ('placeholder' in step) {
        for (const element of deepAll(scope, '[placeholder]')) if (matches(element.getAttribute('placeholder') ?? '', step.placeholder)) add(element);
      } else if ('role' in step) {
        for (const element of deepAll(scope, '*')) {
          if (roleOf(element) !== step.role) continue;
          const name = labelOf(element) || squash(element.textContent);
          if (step.name === undefined || matches(name, step.name)) add(element);
        }
      } else if ('text' in step) {
        for (const element of deepAll(scope, '*')) if (matches(squash(element.textContent), step.text) && ![...element.children].some((child) => matches(squash(child.textContent), step.text))) add(element);
      }
    }
    current = next;
  }
  return atDocument ? [] : current;
}

const pattern = (value: string | RegExp) => (typeof value === 'string' ? value : { source: value.source, flags: value.flags });

function unsupported(what: string): never {
  throw new Error(`${what} is not in the Firefox test driver (tests/e2e/support/firefox.ts)`);
}

/** Plays playwright-core's "Control+A" / "Shift+Enter" on puppeteer's keyboard. */
async function pressCombo(page: PPage, combo: string): Promise<void> {
  const keys = combo.split('+') as any[];
  const key = keys.pop();
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/** Polls a condition in Node until it holds: actions wait for their element as playwright-core's do. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeout = ACTION_LIMIT): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

class FirefoxLocator {
  constructor(
    readonly owner: FirefoxPage,
    readonly steps: Step[],
  ) {}

  private with(step: Step) {
    return new FirefoxLocator(this.owner, [...this.steps, step]);
  }
  locator(css: string, options?: { has?: FirefoxLocator }) {
    const found = this.with({ css });
    if (!options?.has) return found;
    const has = options.has.steps;
    if (has.length !== 1 || !('css' in has[0]!)) unsupported('locator(…, { has }) with more than one CSS step');
    return found.with({ hasCss: (has[0] as { css: string }).css });
  }
  nth(index: number) {
    return this.with({ nth: index });
  }
  first() {
    return this.nth(0);
  }
  last() {
    return this.nth(-1);
  }
  getByLabel(label: string | RegExp) {
    return this.with({ label: pattern(label) });
  }
  getByRole(role: string, options?: { name?: string | RegExp }) {
    return this.with({ role, ...(options?.name === undefined ? {} : { name: pattern(options.name) }) });
  }
  getByText(text: string) {
    return this.with({ text });
  }
  getByPlaceholder(text: string) {
    return this.with({ placeholder: text });
  }
  page() {
    return this.owner;
  }

  /** Every element the locator matches now. */
  async handles(): Promise<ElementHandle<Element>[]> {
    const list = (await this.owner.raw.evaluateHandle(resolveInPage as Fn, this.steps)) as JSHandle<Element[]>;
    const properties = await list.getProperties();
    await list.dispose();
    const out: ElementHandle<Element>[] = [];
    for (const [key, handle] of properties) {
      const element = handle.asElement();
      if (/^\d+$/.test(key) && element) out[Number(key)] = element as ElementHandle<Element>;
    }
    return out.filter(Boolean);
  }
  /** The one element, waited for (playwright-core's actions wait for their target too). */
  async one(): Promise<ElementHandle<Element>> {
    return until(`${JSON.stringify(this.steps)}`, async () => (await this.handles())[0]);
  }
  async count() {
    return (await this.handles()).length;
  }
  async all() {
    const n = await this.count();
    return Array.from({ length: n }, (_, i) => this.nth(i));
  }
  async evaluate(fn: Fn, arg?: unknown) {
    return (await this.one()).evaluate(fn as any, arg);
  }
  async evaluateAll(fn: Fn, arg?: unknown) {
    const list = await this.owner.raw.evaluateHandle(resolveInPage as Fn, this.steps);
    try {
      return await list.evaluate(fn as any, arg);
    } finally {
      await list.dispose();
    }
  }
  async screenshot(options: { path: string }) {
    await (await this.one()).screenshot({ path: options.path as `${string}.png` });
  }
  async elementHandle() {
    return this.one();
  }
  async textContent() {
    return this.evaluate((element: Element) => element.textContent);
  }
  async allTextContents() {
    return this.evaluateAll((elements: Element[]) => elements.map((element) => element.textContent ?? ''));
  }
  async getAttribute(name: string) {
    return this.evaluate((element: Element, n: string) => element.getAttribute(n), name);
  }
  async inputValue() {
    return this.evaluate((element: Element) => (element as HTMLInputElement).value);
  }
  async isChecked() {
    return this.evaluate((element: Element) => (element as HTMLInputElement).checked);
  }
  async isDisabled() {
    return this.evaluate((element: Element) => (element as HTMLInputElement).disabled === true || element.getAttribute('aria-disabled') === 'true');
  }
  async isVisible() {
    const [element] = await this.handles();
    return element ? element.evaluate((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden') : false;
  }
  async waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }) {
    const state = options?.state ?? 'visible';
    await until(
      `${JSON.stringify(this.steps)} to be ${state}`,
      async () => {
        const present = (await this.count()) > 0;
        if (state === 'detached') return present ? undefined : true;
        if (state === 'hidden') return (await this.isVisible()) ? undefined : true;
        if (state === 'visible') return (await this.isVisible()) ? true : undefined;
        return present ? true : undefined;
      },
      options?.timeout ?? ACTION_LIMIT,
    );
  }
  async click() {
    await this.waitFor();
    await (await this.one()).click();
  }
  async focus() {
    await (await this.one()).focus();
  }
  async press(key: string) {
    await this.focus();
    await pressCombo(this.owner.raw, key);
  }
  /** Replaces the value as playwright-core's fill does: select what is there, then type the new text (an empty value deletes it). */
  async fill(value: string) {
    const element = await this.one();
    await element.focus();
    await element.evaluate((e) => {
      if (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement) e.select();
      else {
        const range = document.createRange();
        range.selectNodeContents(e);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
    });
    if (value === '') await this.owner.raw.keyboard.press('Delete');
    else if (value.length > LONGEST_TYPED) {
      // Key by key over BiDi, a pasted draft of a million characters would take hours: it goes in
      // as one edit (one input event, as a paste makes, and as playwright-core's fill inserts it).
      const inserted = await element.evaluate((e, text) => {
        (e as HTMLElement).focus();
        return document.execCommand('insertText', false, text);
      }, value);
      if (!inserted) throw new Error('fill: the page refused to insert the text as one edit');
    } else await this.owner.raw.keyboard.type(value);
  }
  async selectOption(value: string) {
    await (await this.one()).select(value);
  }
  async check() {
    if (!(await this.isChecked())) await this.click();
  }
  async uncheck() {
    if (await this.isChecked()) await this.click();
  }
  /** Files given as { name, mimeType, buffer } are written to a temporary folder under their names first. */
  async setInputFiles(files: string | string[] | { name: string; buffer: Buffer } | { name: string; buffer: Buffer }[]) {
    const list = Array.isArray(files) ? files : [files];
    const paths = list.map((file) => {
      if (typeof file === 'string') return file;
      const dir = mkdtempSync(join(tmpdir(), 'guardrail-upload-'));
      const path = join(dir, basename(file.name));
      writeFileSync(path, file.buffer);
      return path;
    });
    await ((await this.one()) as ElementHandle<HTMLInputElement>).uploadFile(...paths);
  }
}

/** fill() types values up to this length key by key, as before; a longer one goes in as one edit. */
const LONGEST_TYPED = 10_000;

class FirefoxPage {
  constructor(
    readonly raw: PPage,
    readonly context: FirefoxContext,
  ) {}

  readonly keyboard = {
    type: (text: string) => this.raw.keyboard.type(text),
    press: (key: string) => pressCombo(this.raw, key),
    // A key held down: a second down() before up() is the key's auto-repeat (WebDriver's keyDown of a pressed key).
    down: (key: string) => this.raw.keyboard.down(key as never),
    up: (key: string) => this.raw.keyboard.up(key as never),
  };
  locator(css: string, options?: { has?: FirefoxLocator }) {
    return new FirefoxLocator(this, []).locator(css, options);
  }
  getByLabel(label: string | RegExp) {
    return new FirefoxLocator(this, []).getByLabel(label);
  }
  getByRole(role: string, options?: { name?: string | RegExp }) {
    return new FirefoxLocator(this, []).getByRole(role, options);
  }
  getByText(text: string) {
    return new FirefoxLocator(this, []).getByText(text);
  }
  getByPlaceholder(text: string) {
    return new FirefoxLocator(this, []).getByPlaceholder(text);
  }
  /**
   * Firefox's WebDriver BiDi does not report a navigation to a moz-extension: page as finished
   * (puppeteer's goto times out there), so those navigations are waited for by their document.
   */
  async goto(url: string) {
    this.href = '';
    if (!url.startsWith('moz-extension:')) return this.raw.goto(url);
    void this.raw.goto(url).catch(() => undefined);
    this.href = url;
    await until(`${url} to load`, async () => {
      try {
        return (await this.raw.evaluate((u) => location.href === u && document.readyState === 'complete', url)) ? true : undefined;
      } catch {
        return undefined; // the old document went away mid-check
      }
    });
    return null;
  }
  content() {
    return this.raw.content();
  }
  url() {
    return this.href || this.raw.url();
  }
  title() {
    return this.raw.title();
  }
  evaluate(fn: Fn, arg?: unknown) {
    return this.raw.evaluate(fn as any, arg);
  }
  async waitForFunction(fn: Fn, arg?: unknown, options?: { timeout?: number }) {
    return this.raw.waitForFunction(fn as any, { timeout: options?.timeout ?? ACTION_LIMIT, polling: 50 }, arg);
  }
  /** The URL the document says it has: BiDi's own record can lag behind a moz-extension: navigation. */
  private href = '';
  async waitForLoadState() {
    await until('the page to load', async () => {
      const [state, href] = await this.raw.evaluate(() => [document.readyState, location.href]);
      this.href = href!;
      return state === 'complete' && href !== 'about:blank' ? true : undefined;
    });
  }
  waitForTimeout(ms: number) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
  screenshot(options: { path: string; fullPage?: boolean }) {
    return this.raw.screenshot({ path: options.path as `${string}.png`, fullPage: options.fullPage ?? false });
  }
  setViewportSize(size: { width: number; height: number }) {
    return this.raw.setViewport(size);
  }
  bringToFront() {
    return this.raw.bringToFront();
  }
  isClosed() {
    return this.raw.isClosed();
  }
  async close() {
    this.context.forget(this);
    if (!this.raw.isClosed()) await this.raw.close();
  }
  waitForEvent(name: string): never {
    unsupported(`page.waitForEvent('${name}')`);
  }
}

interface RouteHandler {
  matches(url: string): boolean;
  handle(route: unknown): unknown;
}

class FirefoxContext {
  private readonly open: FirefoxPage[] = [];
  private readonly routes: RouteHandler[] = [];
  /** Tabs the driver keeps for itself (the extension page that stands in for the background): never "a new page". */
  readonly own: PPage[] = [];

  constructor(
    readonly browser: Browser,
    private readonly requests: string[],
  ) {}

  pages() {
    return [...this.open];
  }
  forget(page: FirefoxPage) {
    const at = this.open.indexOf(page);
    if (at >= 0) this.open.splice(at, 1);
  }
  /** `https://origin/**` patterns, as serveSites() gives them. */
  async route(glob: string, handle: (route: unknown) => unknown) {
    if (!glob.endsWith('/**')) unsupported(`route('${glob}')`);
    const prefix = glob.slice(0, -2);
    this.routes.push({ matches: (url) => url.startsWith(prefix), handle });
  }
  async newPage() {
    const raw = await this.browser.newPage();
    return this.adopt(raw);
  }
  async adopt(raw: PPage) {
    const page = new FirefoxPage(raw, this);
    this.open.push(page);
    await raw.setRequestInterception(true);
    raw.on('request', (request: HTTPRequest) => {
      // Firefox reports data: URLs too (the panel's inlined font), which Chromium's log leaves out: they never leave the page.
      if (!/^(data|blob):/.test(request.url())) this.requests.push(request.url());
      const route = this.routes.find((r) => r.matches(request.url()));
      if (!route) return void request.continue().catch(() => undefined);
      void Promise.resolve(
        route.handle({
          request: () => ({ url: () => request.url(), resourceType: () => (request.isNavigationRequest() ? 'document' : request.resourceType()) }),
          fulfill: (response: { status?: number; contentType?: string; body: string }) => request.respond({ status: response.status ?? 200, contentType: response.contentType ?? 'text/plain', body: response.body }),
        }),
      ).catch(() => undefined);
    });
    return page;
  }
  /**
   * 'page': the next tab opened (by a link or window.open), driven like the others. Firefox 153's
   * WebDriver BiDi sends no `browsingContext.contextCreated` for a tab that opens straight onto a
   * `moz-extension:` page (a `target="_blank"` link on the options page to the demo), though
   * `browsingContext.getTree` lists it at once: so the tree is read too, and a tab it lists that was
   * never announced is announced to puppeteer as puppeteer itself does for the tabs already open
   * when it connects (its Browser#syncBrowsingContexts). Either way the tab is the browser's own,
   * found by the browser, not made up by the driver.
   */
  async waitForEvent(name: string) {
    if (name !== 'page') unsupported(`context.waitForEvent('${name}')`);
    // Only a tab opened from now on: a tab closed a moment ago can still be listed, with its browsing context gone.
    const before = new Set(this.browser.targets());
    const known = (t: unknown) => before.has(t as never) || this.open.some((page) => page.raw.target() === t) || this.own.some((page) => page.target() === t);
    const connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    const tree = async () => (await connection.send('browsingContext.getTree', { maxDepth: 0 })).result.contexts;
    const existing = new Set((await tree()).map((info) => info.context));
    const announced = new Set<string>();
    const onCreated = (info: { context: string }) => announced.add(info.context);
    connection.on('browsingContext.contextCreated', onCreated);
    const unannounced = new Map<string, number>();
    try {
      const target = await until('a new tab', async () => {
        const found = this.browser.targets().find((t) => t.type() === 'page' && !known(t));
        if (found) return found;
        for (const info of await tree()) {
          if (existing.has(info.context) || announced.has(info.context) || info.parent) continue;
          // Listed twice in a row with no event between (an event may trail the tree by a moment): announce it.
          const polls = (unannounced.get(info.context) ?? 0) + 1;
          unannounced.set(info.context, polls);
          if (polls >= 2) {
            announced.add(info.context);
            connection.emit('browsingContext.contextCreated', info);
          }
        }
        return undefined;
      });
      const raw = await target.page();
      if (!raw) throw new Error('the new tab has no page');
      return this.adopt(raw);
    } finally {
      connection.off('browsingContext.contextCreated', onCreated);
    }
  }
}

/** The part of puppeteer's WebDriver BiDi connection the driver uses (public as Browser#connection, untyped). */
interface BidiConnection {
  send(method: 'browsingContext.getTree', params: { maxDepth?: number }): Promise<{ result: { contexts: { context: string; parent?: string | null; url: string; userContext: string }[] } }>;
  on(event: 'browsingContext.contextCreated', handler: (info: { context: string }) => void): void;
  off(event: 'browsingContext.contextCreated', handler: (info: { context: string }) => void): void;
  emit(event: 'browsingContext.contextCreated', info: unknown): void;
}

export interface FirefoxExtensionBrowser {
  context: FirefoxContext;
  /** Runs a function in an extension page (Firefox gives tests no way into the background page itself), with `chrome` as the promise-based `browser` API. */
  worker: { evaluate(fn: Fn, arg?: unknown): Promise<any> };
  extensionId: string;
  requests: string[];
  firstRun: string | undefined;
  close(): Promise<void>;
}

/** Closes the tab the install opened with the setup page (BiDi's record of a moz-extension: URL can lag, so each tab is asked). */
async function closeSetupTab(browser: Browser, own: PPage): Promise<void> {
  const setupTab = async () => {
    for (const page of await browser.pages()) {
      if (page === own) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (isSetupPage(href)) return page;
    }
    return undefined;
  };
  const tab = await until('the setup tab the install opened', setupTab);
  await tab.close();
}

/** Firefox with the built add-on installed as a temporary add-on, its pages served as in Chromium, and every request recorded. */
export async function launchFirefoxWithExtension(extensionDir: string, options: LaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  const requests: string[] = [];
  const proxy = await startRecordingProxy(requests);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153+ refuses WebDriver navigation to moz-extension: pages without it (the options page, the tests' extension page).
    args: ['--remote-allow-system-access'],
    // Release builds honour puppeteer's dummy remote-settings server (its profile preferences) only with
    // this set; without it Firefox fetches its blocklists from firefox.settings.services.mozilla.com.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Everything that would leave the machine goes to the recording proxy, which answers nothing.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`the add-on installed as "${id}", not ${GECKO_ID}`);
    const context = new FirefoxContext(browser, requests);
    const extensionPage = await browser.newPage();
    context.own.push(extensionPage);
    const scope = new FirefoxPage(extensionPage, context);
    await scope.goto(`moz-extension://${FIREFOX_UUID}/manifest.json`);
    await extensionPage.evaluate(() => {
      (globalThis as unknown as { chrome: unknown }).chrome = (globalThis as unknown as { browser: unknown }).browser;
    });
    const worker = { evaluate: (fn: Fn, arg?: unknown) => extensionPage.evaluate(fn as any, arg) };
    // The install (a temporary add-on installs as a new one) opens the setup page unless the school manages the add-on.
    const firstRun = options.ownFirstRun ? undefined : await firstRunOutcome((fn) => worker.evaluate(fn));
    if (firstRun === 'opened') await closeSetupTab(browser, extensionPage);
    // The page the first window already has is the tests' first tab, as in Chromium.
    const hrefs = await Promise.all((await browser.pages()).map(async (page) => ({ page, href: await page.evaluate(() => location.href).catch(() => '') })));
    const first = hrefs.find(({ page, href }) => page !== extensionPage && !isSetupPage(href))?.page;
    await context.adopt(first ?? (await browser.newPage()));
    return {
      context,
      worker,
      extensionId: FIREFOX_UUID,
      requests,
      firstRun,
      async close() {
        await browser.close();
        proxy.server.close();
      },
    };
  } catch (error) {
    await browser.close();
    proxy.server.close();
    throw error;
  }
}
