import { writeFileSync } from 'node:fs';
import { launchWithExtension } from '../e2e/support/browser';

/**
 * Where the settings page's time goes, first opening after the browser starts and opened again in a new tab
 * (after `npm run build`; under the browser lock on a shared machine:
 * `flock /work/coord/browser.lock npx tsx tests/bench/settings-page.ts`; PROBE_DIR=<dir> for
 * another build): the page's marks (script loaded, usable), navigation timing, and the main
 * thread's CPU profile until usable, by script and by function (profiles in /tmp/settings-page-*.cpuprofile).
 */
const browser = await launchWithExtension(process.env.PROBE_DIR || undefined, { ownFirstRun: true });
try {
  for (const round of ['first', 'again']) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForFunction(() => performance.getEntriesByName('guardrail-settings-usable').length > 0, undefined, { timeout: 30_000 });
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`/tmp/settings-page-${round}.cpuprofile`, JSON.stringify(profile));
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
        resources: performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}→${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`),
        marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
      };
    });
    console.log(round, JSON.stringify(timing, null, 1));
    // Self time by script and by function from the CPU profile.
    const byUrl = new Map<string, number>();
    const byFn = new Map<string, number>();
    const dt = new Map<number, number>();
    profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
    for (const node of profile.nodes) {
      const t = (dt.get(node.id) ?? 0) / 1000;
      const url = node.callFrame.url.split('/').pop() || node.callFrame.functionName || '(native)';
      byUrl.set(url, (byUrl.get(url) ?? 0) + t);
      const fn = `${url}:${node.callFrame.functionName}:${node.callFrame.lineNumber}`;
      byFn.set(fn, (byFn.get(fn) ?? 0) + t);
    }
    console.log([...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([u, t]) => `${t.toFixed(0)} ms ${u}`).join('\n'));
    console.log([...byFn].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([u, t]) => `${t.toFixed(0)} ms ${u}`).join('\n'));
    await page.close();
  }
} finally {
  await browser.close();
}
