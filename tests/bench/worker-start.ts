import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, COMMON_ARGS, EXTENSION_DIR } from '../e2e/support/browser';
import type { TraceEvent } from './chrome-trace';

/**
 * The background's service worker as the browser starts (issue 14: it starts in the same renderer
 * process as the settings page, on the same cores), and how soon the first draft is checked.
 * After `npm run build`, under the browser lock on a shared machine:
 * `flock /work/coord/browser.lock npx tsx tests/bench/worker-start.ts` (PROBE_DIR=<dir> for another build).
 *
 * Two launches on fresh profiles, each traced from the browser's own start (`--trace-startup`, so
 * the worker's first task is in the trace, which a trace started after the launch would miss):
 * - idle: nothing asks the worker anything for the trace's length. Printed: the worker thread's CPU
 *   (thread time of its top-level tasks) in its first second and over the whole trace, its
 *   longest task, and the script's compile and first run.
 * - asked: an extension page asks for a draft's check the moment the launch returns (what a site's
 *   page restored at the browser's start does). Printed: how long after the launch the answer
 *   came, and whether it found the demo school's pupil (the check is right, not only quick).
 * ASK_AT_MS=<ms> asks that long after the launch instead (a teacher who starts typing a moment later).
 */
const dir = process.env.PROBE_DIR || EXTENSION_DIR;
const TRACE_SECONDS = Number(process.env.TRACE_SECONDS ?? 12);


async function launch(traceFile: string) {
  const profile = mkdtempSync(join(tmpdir(), 'guardrail-worker-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...COMMON_ARGS,
      '--trace-startup=toplevel,v8,disabled-by-default-v8.compile',
      '--trace-startup-format=json',
      `--trace-startup-file=${traceFile}`,
      `--trace-startup-duration=${TRACE_SECONDS}`,
    ],
  });
  const launched = Date.now();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, launched, extensionId: new URL(worker.url()).host, close: async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  } };
}

/** The worker thread's top-level tasks from a startup trace, with the compile and run of background.js. */
function workerCpu(file: string): string {
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents as TraceEvent[];
  // The extension's worker is the service worker thread that did the most (a trace may name others).
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/i.test(e.args?.name ?? ''));
  const tasksOf = (t: TraceEvent) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.cat.includes('toplevel'));
  const cpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const thread = threads.sort((a, b) => cpu(tasksOf(b)) - cpu(tasksOf(a)))[0];
  if (!thread) return 'no service worker thread in the trace';
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const tasks = tasksOf(thread).sort((a, b) => a.ts - b.ts);
  if (tasks.length === 0) return 'no tasks on the service worker thread';
  const start = tasks[0]!.ts;
  // CPU in its first seconds (wall, from its first task): the moment the pages the browser opens are drawn beside it.
  const within = (seconds: number) => cpu(tasks.filter((e) => e.ts < start + seconds * 1_000_000)).toFixed(0);
  const firstSecond = [within(1), within(2), within(3)].join(' / ');
  const longest = tasks.reduce((a, b) => ((b.tdur ?? 0) > (a.tdur ?? 0) ? b : a));
  const script = (names: RegExp, file = 'background.js') => mine.filter((e) => names.test(e.name) && JSON.stringify(e.args ?? {}).includes(file));
  const compile = cpu(script(/^v8\.compile$/));
  const run = cpu(script(/^v8\.run$/));
  // The engine's own file (since session 14): imported at install (compiled, its modules not run), and again when first compiled.
  const engineAt = (names: RegExp) => script(names, 'engine.js').map((e) => `${((e.tdur ?? 0) / 1000).toFixed(0)} ms at +${((e.ts - start) / 1000).toFixed(0)}`).join(', ') || 'none';
  return (
    `service worker thread: CPU ${firstSecond} ms in its first 1 / 2 / 3 s (wall), ${cpu(tasks).toFixed(0)} ms in ${tasks.length} tasks over ` +
    `${((tasks.at(-1)!.ts + (tasks.at(-1)!.dur ?? 0) - start) / 1000).toFixed(0)} ms; longest task CPU ${((longest.tdur ?? 0) / 1000).toFixed(0)} ms at +${((longest.ts - start) / 1000).toFixed(0)} ms; ` +
    `background.js compile ${compile.toFixed(0)} ms, first run ${run.toFixed(0)} ms (CPU); engine.js compiles ${engineAt(/^v8\.compile$/)}, runs ${engineAt(/^v8\.run$/)}`
  );
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

// Idle: nothing asks.
{
  const file = `/tmp/worker-start-idle-${process.pid}.json`;
  const browser = await launch(file);
  await new Promise((resolve) => setTimeout(resolve, (TRACE_SECONDS + 3) * 1000));
  await browser.close();
  console.log(`idle (load ${load()}): ${workerCpu(file)}`);
}

// Asked at once (or ASK_AT_MS later): the first draft's check.
{
  const file = `/tmp/worker-start-asked-${process.pid}.json`;
  const browser = await launch(file);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const askAt = Number(process.env.ASK_AT_MS ?? 0);
  const wait = browser.launched + askAt - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  const asked = Date.now();
  const answer = (await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'analyse', text: 'Well done Amira Khan, star of the week! #OakfieldPrimary' }))) as {
    ok: boolean;
    findings?: { category: string; match: string }[];
  };
  const answered = Date.now();
  const found = answer.findings?.map((f) => `${f.category}:${f.match}`).join(', ') ?? JSON.stringify(answer);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, browser.launched + (TRACE_SECONDS + 3) * 1000 - Date.now())));
  await browser.close();
  console.log(`asked ${asked - browser.launched} ms after the launch (load ${load()}): answered after ${answered - asked} ms (${answered - browser.launched} ms after the launch); found ${found}`);
  console.log(`asked: ${workerCpu(file)}`);
}
