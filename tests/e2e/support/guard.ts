import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Locator, Page, Worker } from 'playwright-core';
import { patience } from '../../patience';

/**
 * Helpers for the in-page tests. They find the extension's UI by the test contract only: one
 * `school-post-guardrail` element per composer with an open shadow root, finding rows with
 * `data-category`/`data-severity`, the dialog `[role=alertdialog]` with `[data-action=edit]`
 * and `[data-action=post-anyway]`.
 */

export const HOST = 'school-post-guardrail';
export const SCREENSHOTS = fileURLToPath(new URL('../../../.output/screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * The guard whose indicator sits on this editor's box. Finding it by position also proves the
 * indicator is anchored to its own composer, not floating somewhere on the page.
 */
export async function guardOf(editor: Locator): Promise<Locator> {
  let index = -1;
  await expect
    .poll(async () => (index = await editor.evaluate(indexOfGuardOn, HOST)), { timeout: patience(10_000), message: 'no guard indicator on this editor' })
    .toBeGreaterThanOrEqual(0);
  return editor.page().locator(HOST).nth(index);
}

/** Runs in the page: the index of the host whose indicator sits in the editor's bottom-right corner. */
function indexOfGuardOn(element: Element, host: string): number {
  const box = element.getBoundingClientRect();
  let best = -1;
  let bestDistance = Infinity;
  document.querySelectorAll(host).forEach((candidate, index) => {
    const mark = candidate.shadowRoot?.querySelector('[data-part="indicator"]')?.getBoundingClientRect();
    if (!mark || mark.width === 0) return;
    const x = mark.left + mark.width / 2;
    const y = mark.top + mark.height / 2;
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return;
    const distance = Math.hypot(box.right - mark.right, box.bottom - mark.bottom);
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

export const indicator = (guard: Locator) => guard.locator('[data-part="indicator"]');
export const rows = (scope: Locator) => scope.locator('li[data-category]');
export const dialog = (page: Page) => page.locator(`${HOST} [role="alertdialog"]`);

/** The categories and severities of the rows shown, as "category/severity". */
export async function shown(scope: Locator): Promise<string[]> {
  return rows(scope).evaluateAll((items) => items.map((item) => `${item.getAttribute('data-category')}/${item.getAttribute('data-severity')}`));
}

/**
 * Waits for a finished check with findings and opens the panel. A photo read closely (two text
 * passes, the Welsh model loaded the first time) can take far longer on a busy machine than a draft:
 * its tests wait longer, for the condition, not for a fixed time.
 */
// Waits for the condition, not for a time: a busy machine (CI shares its cores) can take far longer
// than an idle one to load the photo models or start the background, and a poll that holds returns at once.
export async function openPanel(guard: Locator, timeout = 30_000): Promise<Locator> {
  await expect.poll(() => indicator(guard).getAttribute('data-state'), { timeout }).toBe('findings');
  await indicator(guard).click();
  const panel = guard.locator('[data-part="panel"]');
  await panel.waitFor();
  return panel;
}

/** Whether the editor (in the document or in a shadow root) has keyboard focus. */
export function hasFocus(editor: Locator): Promise<boolean> {
  return editor.evaluate((element) => {
    const root = element.getRootNode() as Document | ShadowRoot;
    return root.activeElement === element || element.contains(root.activeElement);
  });
}

/**
 * Makes the engine itself fail inside the background, without any test hook in the product:
 * the background times each check with `performance.now()`, inside the code that answers, so
 * replacing it makes every check throw (`throw`), or stall every check until a deadline
 * `hangMs` from now (`hang`), well past the content script's 4 s timeout.
 *
 * In Chromium `worker` is the service worker itself. In Firefox (the MV2 build, whose background
 * is an event page) WebDriver BiDi cannot evaluate in the background page, so `worker` is an
 * extension page of the same add-on (tests/e2e/support/firefox.ts) and the replacement goes
 * through `runtime.getBackgroundPage()`: the standard API any page of the add-on may use, which
 * also wakes the event page if it was idle. Both pages share the add-on's origin, so the page
 * sets the background's own `performance.now` directly. An event page that Firefox unloads and
 * restarts gets a fresh `performance`: the fault lasts for one test, which is all it is for.
 */
export async function breakEngine(worker: Worker, how: 'throw' | 'hang' | 'restore', hangMs = 0): Promise<number> {
  return worker.evaluate(
    async ([mode, ms]) => {
      type Scope = { performance: Performance; __realNow?: () => number };
      const api = (globalThis as unknown as { browser?: { runtime: { getBackgroundPage(): Promise<unknown> } } }).browser;
      // A service worker (Chromium) is the background; an extension page (Firefox) reaches it.
      const inPage = typeof (globalThis as unknown as { document?: unknown }).document !== 'undefined';
      const scope = (inPage && api ? await api.runtime.getBackgroundPage() : globalThis) as Scope;
      if (!scope) throw new Error('the background page is not reachable from this extension page');
      scope.__realNow ??= scope.performance.now.bind(scope.performance);
      const real = scope.__realNow;
      const until = Date.now() + ms;
      if (mode === 'restore') scope.performance.now = real;
      else if (mode === 'throw')
        scope.performance.now = () => {
          throw new Error('injected engine fault');
        };
      else
        scope.performance.now = () => {
          while (Date.now() < until); // a deadline, not a delay: queued checks do not add up
          return real();
        };
      return until;
    },
    [how, hangMs] as const,
  );
}
