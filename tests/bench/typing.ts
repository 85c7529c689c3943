import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, launchWithoutExtension } from '../e2e/support/browser';
import { composer, openSite, serveSites, SITE_URLS } from '../e2e/support/sites';

/**
 * `npm run bench:typing`: what the extension costs the page while a teacher types. The same
 * draft is typed into the same fixture composers (Draft.js on X, Lexical on Facebook) in
 * Chromium with and without the extension, and Chromium's own counters say how much main-thread
 * time went to scripts and to tasks in all. The difference, per keystroke, is our cost: the
 * mutation watcher, the debounced read, the message and the panel's re-render. Needs `npm run build`.
 */
const DRAFT =
  'So proud of my class today! Amira Khan smashed her reading test and everyone at Oakfield Primary cheered. Parents evening next week, wish me luck. ';
const KEY_DELAY_MS = 35; // brisk typing, ~30 words a minute faster than most
const ROUNDS = 3;

interface Figures {
  scriptMsPerKey: number;
  taskMsPerKey: number;
}

async function measure(context: BrowserContext, site: 'x' | 'facebook'): Promise<Figures> {
  const page = await context.newPage();
  await openSite(page, site === 'x' ? SITE_URLS.xHome : SITE_URLS.facebook);
  const editor =
    site === 'x' ? composer(page, 'x-inline').locator('[data-testid="tweetTextarea_0"]') : page.locator('[data-lexical-editor="true"][aria-label="Comment as Sam Okafor"]');
  await editor.click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: value('ScriptDuration'), task: value('TaskDuration') };
  };
  const before = await read();
  for (let round = 0; round < ROUNDS; round++) await page.keyboard.type(DRAFT, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(2000); // let the last debounced check and render finish
  const after = await read();
  await page.close();
  const keys = DRAFT.length * ROUNDS;
  return { scriptMsPerKey: ((after.script - before.script) * 1000) / keys, taskMsPerKey: ((after.task - before.task) * 1000) / keys };
}

async function main(): Promise<void> {
  const withExtension = await launchWithExtension();
  const without = await launchWithoutExtension();
  await serveSites(withExtension.context);
  await serveSites(without.context);
  console.log(`Typing ${DRAFT.length * ROUNDS} characters, ${KEY_DELAY_MS} ms apart; main-thread time per keystroke:`);
  console.log('| composer | script, no extension | script, with extension | tasks, no extension | tasks, with extension | extension’s cost |');
  console.log('|---|---|---|---|---|---|');
  for (const site of ['x', 'facebook'] as const) {
    const base = await measure(without.context, site);
    const ours = await measure(withExtension.context, site);
    const f = (ms: number) => `${ms.toFixed(3)} ms`;
    console.log(
      `| ${site === 'x' ? 'X (Draft.js)' : 'Facebook comment (Lexical)'} | ${f(base.scriptMsPerKey)} | ${f(ours.scriptMsPerKey)} | ${f(base.taskMsPerKey)} | ${f(ours.taskMsPerKey)} | ${f(ours.taskMsPerKey - base.taskMsPerKey)} |`,
    );
  }
  await withExtension.close();
  await without.close();
}

await main();
