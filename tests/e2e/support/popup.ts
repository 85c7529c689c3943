import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/**
 * The extension's real toolbar popup, opened over a tab the way a click on the toolbar button
 * opens it (`chrome.action.openPopup()`, from the service worker), so the popup's "current tab"
 * is the page under test. Playwright does not attach to extension popups, so the popup is driven
 * through the DevTools protocol: attached to as a target, and its page evaluated there.
 */
export interface ToolbarPopup {
  /** Runs `fn(arg)` in the popup page and returns its (JSON) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs a script's source in the popup page (through DevTools, so the page's CSP does not apply). */
  run(source: string): Promise<void>;
  /** Saves a PNG of the popup. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export async function openToolbarPopup(browser: ExtensionBrowser, over: Page): Promise<ToolbarPopup> {
  await over.bringToFront();
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  const before = new Set((await targets(cdp)).filter((t) => t.url === popupUrl).map((t) => t.targetId));
  await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
  let targetId: string | undefined;
  for (let attempt = 0; attempt < 100 && !targetId; attempt++) {
    targetId = (await targets(cdp)).find((t) => t.url === popupUrl && !before.has(t.targetId))?.targetId;
    if (!targetId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!targetId) throw new Error('the toolbar popup did not open');
  // The popup is reached through its own session, by messages relayed over the browser's.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 0;
  const waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  const send = async <T>(method: string, params: object): Promise<T> => {
    const id = ++next;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await answer;
    waiting.delete(id);
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  };
  const evaluate = async (expression: string): Promise<unknown> => {
    const result = await send<{ result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text: string } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  };
  return {
    evaluate: async (fn, arg) => (await evaluate(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`)) as never,
    async run(source) {
      await evaluate(`${source};undefined`);
    },
    async screenshot(path) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      try {
        await send('Runtime.evaluate', { expression: 'window.close()' });
      } catch {
        // closed already
      }
      await cdp.detach().catch(() => undefined);
    },
  };
}

async function targets(cdp: CDPSession): Promise<{ targetId: string; url: string }[]> {
  return (await cdp.send('Target.getTargets')).targetInfos;
}

/** Waits, inside the popup, until `fn` returns something truthy (polling, as expect.poll does). */
export async function waitInPopup<T, A = undefined>(popup: ToolbarPopup, fn: (arg: A) => T, arg?: A, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await popup.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > until) throw new Error(`the popup never showed what was awaited: ${fn.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
