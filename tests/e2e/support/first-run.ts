/**
 * The first-run decision, for the launch helpers of both browsers (browser.ts, firefox.ts): every
 * fresh test profile is a fresh install, and the extension opens its setup page on install.
 */

/** The setup page, `/setup.html` at the extension's origin in both browsers (SETUP_PAGE in src/background/first-run.ts). */
export const isSetupPage = (url: string): boolean => new URL(url, 'about:blank').pathname === '/setup.html';

/**
 * What the background decided at install, which it keeps in `storage.session` for the browser
 * session (memory only; content scripts cannot read it). Waited for rather than timed: with no
 * policy at all, Chrome answers the managed-storage read only once its policies are loaded
 * (seconds, right after start on a busy machine), and the product waits up to 30 s for that.
 */
export async function firstRunOutcome(evaluate: (fn: () => Promise<unknown>) => Promise<unknown>, timeout = 45_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const outcome = await evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage;
      return (await storage.session.get('firstRun')).firstRun ?? null;
    });
    if (typeof outcome === 'string') return outcome;
    if (Date.now() > deadline) throw new Error(`the extension did not decide within ${timeout / 1000} s whether to open its setup page on install (src/background/first-run.ts)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
