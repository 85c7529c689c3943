import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../e2e/support/browser';
import type { TraceEvent } from './chrome-trace';

/**
 * Where the settings page's time goes, first opening after the browser starts and opened again in a new tab
 * (after `npm run build`; under the browser lock on a shared machine:
 * `flock /work/coord/browser.lock npx tsx tests/bench/settings-page.ts`; PROBE_DIR=<dir> for
 * another build): the page's marks (script loaded, usable), navigation timing, how long keystrokes
 * typed the moment it is usable wait, and the main thread's CPU profile until after that typing, by
 * script and by function, the whole profile and the part before usable (profiles and Chrome's trace in
 * /tmp/settings-page-*.cpuprofile and *.trace.json).
 *
 * Two scenarios, each a first opening and the page opened again (BENCH_SCENARIO=install or
 * restart for one of them):
 * - install: the browser's first start with the extension, on a fresh profile (no code cache yet).
 * - restart: what a teacher gets most days: the browser started again on its existing profile, on
 *   which the extension was installed and the page opened once before the browser was closed
 *   (the browser's caches warm, the background's service worker started from its stored script).
 *
 * Two figures that depend much less on how busy the machine is than the marks do: the script the
 * page loads before it is drawn (its HTML's script and modulepreload links), and the page's main
 * thread's CPU time (thread time in Chrome's trace, not wall time) from navigation to usable.
 */
const dir = process.env.PROBE_DIR || EXTENSION_DIR;
const light = Boolean(process.env.BENCH_LIGHT);

/** Bytes of script the options page's HTML loads before anything runs (the entry and its static imports). */
function scriptBeforeDrawing(): { bytes: number; files: string[] } {
  const html = readFileSync(join(dir, 'options.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return { bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0), files };
}


async function collectTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/**
 * The page's main thread, from Chrome's trace: its CPU time in top-level tasks from navigation start
 * to the usable mark, and its longest task (CPU time) in the seconds after it, when a keystroke
 * would wait for it.
 */
/**
 * One opening, step by step, from Chrome's trace (issue 14: "the rest is the browser" made exact).
 * Times in ms from navigation start (the page's time origin: the usable mark's time stamp less its
 * time): the navigation committed in the page's renderer, options.html's response there, the last
 * of the scripts and style sheet it loads before drawing received, the first module compiled, the
 * page's own marks (its script evaluated, the first reads returned, React's first commit, usable);
 * the extension's service worker running background.js (v8.run, with BENCH_TRACE_DETAIL). Then the
 * CPU (thread time) of every thread of the browser in that window, by process and thread: each
 * thread's outermost traced slices, a slice that crosses the window's edge counted in proportion
 * to its wall time inside it. And the whole machine's busy time over the same wall time
 * (/proc/stat, every process, other jobs on the machine included).
 */
function breakdown(events: TraceEvent[], usableMs: number, machineBusyMs: number, windowMs: number): string[] {
  const mark = events.find((e) => e.name === 'guardrail-settings-usable' && e.cat.includes('blink.user_timing'));
  if (!mark) return ['no trace of the usable mark'];
  const origin = mark.ts - usableMs * 1000;
  const at = (ts: number | undefined) => (ts === undefined ? '–' : ((ts - origin) / 1000).toFixed(0));
  const onPage = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ts >= origin && e.ts <= mark.ts).sort((a, b) => a.ts - b.ts);
  const pageMark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'))?.ts;
  const url = (e: TraceEvent) => JSON.stringify(e.args ?? {});
  // One response per file (Chrome nests several slices of that name in one).
  const responses = [...new Map(onPage.filter((e) => e.name === 'ThrottlingURLLoader::OnReceiveResponse').map((e) => [url(e), e] as const)).values()];
  const threadNames = new Map<string, string>();
  for (const e of events.filter((e) => e.ph === 'M')) {
    if (e.name === 'process_name') threadNames.set(`${e.pid}`, e.args?.name ?? '?');
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  }
  const workerRun = events.find((e) => e.name === 'v8.run' && url(e).includes('background.js'));
  // The engine's own file (since session 14): compiled at install, evaluated again on the engine's first compile.
  const engineFile = events.filter((e) => /^v8\.(compile|run)$/.test(e.name) && url(e).includes('engine.js'));
  const steps = [
    `navigation committed ${at(onPage.find((e) => e.name === 'CommitLoad')?.ts)}`,
    `options.html response ${at(onPage.find((e) => /NavigationBodyLoader::StartLoadingBody/.test(e.name))?.ts)}`,
    `${responses.length} files' responses (scripts, style sheet), the last ${at(responses.at(-1)?.ts)}`,
    `first module compiled ${at(onPage.find((e) => e.name === 'v8.compileModule')?.ts)}`,
    `script evaluated ${at(pageMark('guardrail-settings-script'))}`,
    `first reads returned ${at(pageMark('guardrail-settings-reads'))}`,
    `React committed ${at(pageMark('guardrail-settings-committed'))}`,
    `usable ${at(mark.ts)}`,
    workerRun ? `(service worker ran background.js ${at(workerRun.ts)}–${at(workerRun.ts + (workerRun.dur ?? 0))}, CPU ${((workerRun.tdur ?? 0) / 1000).toFixed(0)} ms)` : '(service worker: no run of background.js in the trace)',
    ...engineFile.map((e) => `(engine.js ${e.name.slice(3)} ${at(e.ts)}–${at(e.ts + (e.dur ?? 0))}, CPU ${((e.tdur ?? 0) / 1000).toFixed(0)} ms)`),
  ];
  // Each thread's outermost complete slices (any category), their CPU counted by the share of their wall time inside the window.
  const byThread = new Map<string, { end: number; cpu: number }>();
  for (const e of events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.tid}`;
    const thread = byThread.get(key) ?? { end: -Infinity, cpu: 0 };
    byThread.set(key, thread);
    if (e.ts < thread.end) continue; // inside a slice already counted
    thread.end = e.ts + e.dur!;
    const inside = Math.min(thread.end, mark.ts) - Math.max(e.ts, origin);
    if (inside > 0) thread.cpu += (e.tdur! * inside) / Math.max(e.dur!, 1) / 1000;
  }
  const rows = [...byThread]
    .map(([key, { cpu }]) => {
      const [pid] = key.split(':');
      const page = key === `${mark.pid}:${mark.tid}` ? ' (THE PAGE)' : '';
      return { label: `${threadNames.get(pid!) ?? pid}${pid === `${mark.pid}` ? ' (the page\'s process)' : ''} / ${threadNames.get(key) ?? key}${page}`, cpu };
    })
    .sort((a, b) => b.cpu - a.cpu);
  const browserCpu = rows.reduce((sum, r) => sum + r.cpu, 0);
  return [
    `steps (ms from navigation start): ${steps.join(', ')}`,
    `CPU in the window (${usableMs.toFixed(0)} ms of wall; 2 cores = ${(2 * usableMs).toFixed(0)} ms of CPU): the browser's threads ${browserCpu.toFixed(0)} ms; ` +
      `the whole machine ${machineBusyMs.toFixed(0)} ms busy over the ${windowMs.toFixed(0)} ms from the navigation asked to the usable mark seen`,
    ...rows.filter((r) => r.cpu >= 3).slice(0, 12).map((r) => `  ${r.cpu.toFixed(0).padStart(5)} ms ${r.label}`),
  ];
}

/** The whole machine's busy CPU time in ms since boot (all cores, every process), from /proc/stat. */
function machineBusy(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return ((user! + nice! + system! + irq! + softirq! + steal!) * 1000) / 100;
}

function mainThreadTime(events: TraceEvent[], usableMs: number): { cpu: number; wall: number; longestAfter: number; longestAfterWall: number } | null {
  const mark = events.find((e) => e.name === 'guardrail-settings-usable' && e.cat.includes('blink.user_timing'));
  if (!mark) return null;
  const start = mark.ts - usableMs * 1000;
  const candidates = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.cat.includes('toplevel') && e.ts >= start).sort((a, b) => a.ts - b.ts);
  // Only the outermost tasks: a task run inside another is already counted in it.
  const tasks: TraceEvent[] = [];
  for (const task of candidates) {
    const last = tasks.at(-1);
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) tasks.push(task);
  }
  const before = tasks.filter((e) => e.ts <= mark.ts);
  const after = tasks.filter((e) => e.ts > mark.ts);
  return {
    cpu: before.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    wall: before.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    longestAfter: Math.max(0, ...after.map((e) => e.tdur ?? 0)) / 1000,
    longestAfterWall: Math.max(0, ...after.map((e) => e.dur ?? 0)) / 1000,
  };
}

const script = scriptBeforeDrawing();
console.log(`script before drawing: ${(script.bytes / 1000).toFixed(0)} kB (${script.files.join(', ')})`);
console.log(`background.js: ${(statSync(join(dir, 'background.js')).size / 1000).toFixed(0)} kB`);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const scenario = process.env.BENCH_SCENARIO ?? 'both';

if (scenario !== 'restart') {
  console.log(`=== install: the browser's first start with the extension, fresh profile (load ${load()})`);
  await measure(await launchWithExtension(dir, { ownFirstRun: true }), ['first', 'again']);
}
if (scenario !== 'install') {
  // The profile the teacher's browser keeps: installed, the page opened once, the browser closed.
  const profile = mkdtempSync(join(tmpdir(), 'guardrail-settings-restart-'));
  try {
    const installed = await launchWithExtension(dir, { profile, ownFirstRun: true });
    try {
      const page = await installed.context.newPage();
      await page.goto(`chrome-extension://${installed.extensionId}/options.html`);
      await page.waitForFunction(() => performance.getEntriesByName('guardrail-settings-usable').length > 0, undefined, { timeout: 30_000 });
      // Time for the background to compile the engine and the browser to write its caches, as a day's use would:
      // Chrome writes the service worker's code cache for background.js only seconds after its first run
      // (about 8 s after the launch at load 25, by the trace), and a browser closed before that starts the worker cold again.
      await page.waitForTimeout(Number(process.env.BENCH_PREPARE_MS ?? 15_000));
    } finally {
      await installed.close();
    }
    console.log(`=== restart: the browser started again on that profile (load ${load()})`);
    await measure(await launchWithExtension(dir, { profile, ownFirstRun: true }), ['restarted', 'again']);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function measure(browser: ExtensionBrowser, rounds: string[]): Promise<void> {
  // BENCH_WORKER_SETTLED=<ms>: open the page only once the background's service worker has run its
  // script (an evaluation there waits behind it) and then <ms> more (its engine compiled), to see how
  // much of a first opening is the worker's start beside it, in the same renderer process.
  if (process.env.BENCH_WORKER_SETTLED) {
    const settled = Date.now();
    await browser.worker.evaluate(() => 1);
    console.log(`service worker's script ran ${Date.now() - settled} ms after the launch returned`);
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_WORKER_SETTLED)));
  }
  try {
    for (const round of rounds) {
      const page = await browser.context.newPage();
      if (light) {
        await lightOpening(browser, page, round);
        continue;
      }
      const cdp = await browser.context.newCDPSession(page);
      // BENCH_TRACE_DETAIL=1 adds what ran inside each task (script evaluation, compiling, layout, and the
      // service worker's start beside the page), at some cost to the page's own CPU time.
      // devtools.timeline and loading (cheap) give the page's resource loads for the step-by-step breakdown.
      const detail = process.env.BENCH_TRACE_DETAIL ? ',v8,blink' : '';
      await cdp.send('Tracing.start', { categories: `toplevel,blink.user_timing,devtools.timeline,loading,disabled-by-default-devtools.timeline${detail}`, transferMode: 'ReportEvents' });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      await page.addInitScript(() => {
        const waits: number[] = [];
        (window as unknown as { keyWaits: number[] }).keyWaits = waits;
        addEventListener('keydown', (event) => waits.push(performance.now() - event.timeStamp), { capture: true });
      });
      const busyBefore = machineBusy();
      const wallBefore = performance.now();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await page.waitForFunction(() => performance.getEntriesByName('guardrail-settings-usable').length > 0, undefined, { timeout: 30_000, polling: 10 });
      const machine = { busy: machineBusy() - busyBefore, wall: performance.now() - wallBefore };
      // A teacher typing the moment the page is usable: how long each keystroke waits for the page's
      // main thread (from the key's time stamp to its handler), while the page goes on loading what it
      // loads after the first drawing (before: the spellings preview's engine). Typed at once, without
      // first asking the page anything (which would itself wait for the main thread). The profile runs until after the typing.
      await page.keyboard.type('Ysgol Gymraeg Aberystwyth', { delay: 40 });
      await page.waitForTimeout(2000);
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`/tmp/settings-page-${round}.cpuprofile`, JSON.stringify(profile));
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
          resources: performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}→${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`),
          marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
          usable: performance.getEntriesByName('guardrail-settings-usable')[0]!.startTime,
        };
      });
      const waits = await page.evaluate(() => (window as unknown as { keyWaits: number[] }).keyWaits);
      const events = await collectTrace(cdp);
      writeFileSync(`/tmp/settings-page-${round}.trace.json`, JSON.stringify(events));
      const main = mainThreadTime(events, timing.usable);
      console.log(`${round}: keystrokes right after usable: longest wait ${Math.max(0, ...waits).toFixed(0)} ms, median ${[...waits].sort((a, b) => a - b)[Math.floor(waits.length / 2)]!.toFixed(0)} ms (${waits.length} keys)`);
      console.log(round, JSON.stringify(timing, null, 1));
      console.log(
        main
          ? `${round}: main thread busy ${main.wall.toFixed(0)} ms (CPU ${main.cpu.toFixed(0)} ms) of the ${timing.usable.toFixed(0)} ms to usable; ` +
              `its longest task in the 3 s after: CPU ${main.longestAfter.toFixed(0)} ms (${main.longestAfterWall.toFixed(0)} ms wall)`
          : `${round}: no trace of the usable mark`,
      );
      console.log(`${round}: breakdown (load ${load()})\n  ` + breakdown(events, timing.usable, machine.busy, machine.wall).join('\n  '));
      // Self time by script and by function from the CPU profile: the whole profile, then only the
      // samples before the usable mark (the profiler's clock and the trace's are the same, so the
      // mark's time stamp in the trace cuts the profile where the page became usable).
      const usableAt = events.find((e) => e.name === 'guardrail-settings-usable' && e.cat.includes('blink.user_timing'))?.ts;
      printProfile(profile, Infinity);
      if (usableAt !== undefined) {
        console.log(`${round}: before usable only:`);
        printProfile(profile, usableAt);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/**
 * BENCH_LIGHT=1: the marks alone, with no trace, profiler or typing in the page (each of which takes
 * some of the page's CPU), so the figure is the page as a teacher gets it.
 */
async function lightOpening(browser: ExtensionBrowser, page: Awaited<ReturnType<ExtensionBrowser['context']['newPage']>>, round: string): Promise<void> {
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForFunction(() => performance.getEntriesByName('guardrail-settings-usable').length > 0, undefined, { timeout: 30_000, polling: 10 });
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('guardrail-', '')} ${m.startTime.toFixed(0)}`));
  console.log(`${round} (light, load ${load()}): ${marks.join(', ')}`);
  await page.close();
}

function printProfile(profile: { nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[]; startTime: number }, until: number): void {
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  const dt = new Map<number, number>();
  let at = profile.startTime;
  profile.samples!.forEach((id, i) => {
    at += profile.timeDeltas![i] ?? 0;
    if (at <= until) dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0));
  });
  for (const node of profile.nodes) {
    const t = (dt.get(node.id) ?? 0) / 1000;
    const url = node.callFrame.url.split('/').pop() || node.callFrame.functionName || '(native)';
    byUrl.set(url, (byUrl.get(url) ?? 0) + t);
    const fn = `${url}:${node.callFrame.functionName}:${node.callFrame.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + t);
  }
  console.log([...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([u, t]) => `${t.toFixed(0)} ms ${u}`).join('\n'));
  console.log([...byFn].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([u, t]) => `${t.toFixed(0)} ms ${u}`).join('\n'));
}
