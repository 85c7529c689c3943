import type { Reporter, TestCase, TestModule } from 'vitest/node';

/**
 * After the browser tests, the figure the README quotes: the pre-post gate checks that passed
 * (tests/e2e/composers.test.ts: findings, the dialog on every way of posting, Edit, Post anyway
 * once, clean drafts, the controls around a composer never held, a composer built again), per
 * site and fixture mode (Chromium's, then Firefox's), and how long each mode took. Printed only when those tests ran.
 */
const GATE_FILE = /tests[\\/]e2e[\\/]composers\.test\.ts$/;
const SITES = ['facebook', 'instagram', 'x', 'linkedin'] as const;

interface Tally {
  passed: number;
  total: number;
}

export default class GateReport implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    this.browserTimes(modules);
    const tallies = new Map<string, Map<string, Tally>>();
    const seconds = new Map<string, number>();
    for (const module of modules) {
      if (!GATE_FILE.test(module.moduleId)) continue;
      for (const test of module.children.allTests()) {
        const where = placeOf(test);
        // Tests left out of the run (`-t`, a filtered mode) are not checks that failed.
        if (!where || test.result().state === 'skipped') continue;
        // The Firefox project runs the same file: its columns are its own.
        if (test.project.name === 'firefox') where.mode = `firefox ${where.mode}`;
        const bySite = tallies.get(where.mode) ?? new Map<string, Tally>();
        tallies.set(where.mode, bySite);
        const tally = bySite.get(where.site) ?? { passed: 0, total: 0 };
        bySite.set(where.site, tally);
        tally.total++;
        if (test.result().state === 'passed') tally.passed++;
        seconds.set(where.mode, (seconds.get(where.mode) ?? 0) + (test.diagnostic()?.duration ?? 0) / 1000);
      }
    }
    if (tallies.size === 0) return;
    const modes = [...tallies.keys()];
    const lines = [
      '',
      'Pre-post gate checks passed, by site and fixture mode (tests/e2e/composers.test.ts):',
      `| site | ${modes.join(' | ')} |`,
      `|---|${modes.map(() => '---').join('|')}|`,
      ...SITES.map((site) => `| ${site} | ${modes.map((mode) => cell(tallies.get(mode)?.get(site))).join(' | ')} |`),
      `| all | ${modes.map((mode) => cell(sum([...(tallies.get(mode)?.values() ?? [])]))).join(' | ')} |`,
      `| time | ${modes.map((mode) => `${Math.round(seconds.get(mode) ?? 0)} s`).join(' | ')} |`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  /**
   * What each browser adds to the run (issue 14, item 7): the seconds its files took, one after the
   * other, and the gate checks' share of them. Not printed when no browser test ran.
   */
  private browserTimes(modules: ReadonlyArray<TestModule>): void {
    const byProject = new Map<string, { files: number; seconds: number; gate: number }>();
    for (const module of modules) {
      const name = module.project.name;
      if (name !== 'browser' && name !== 'firefox') continue;
      const seconds = (module.diagnostic().duration ?? 0) / 1000;
      const entry = byProject.get(name) ?? { files: 0, seconds: 0, gate: 0 };
      byProject.set(name, entry);
      entry.files++;
      entry.seconds += seconds;
      if (GATE_FILE.test(module.moduleId)) entry.gate += seconds;
    }
    if (byProject.size === 0) return;
    const label = (name: string) => (name === 'browser' ? 'Chromium' : 'Firefox');
    const parts = [...byProject].map(([name, t]) => `${label(name)} ${Math.round(t.seconds)} s in ${t.files} files (the gate checks ${Math.round(t.gate)} s)`);
    process.stdout.write(`\nTime each browser added, its files one after the other: ${parts.join('; ')}.\n`);
  }
}

/** "welsh mode > x-inline > …" → { mode: 'welsh', site: 'x' }. */
function placeOf(test: TestCase): { mode: string; site: string } | null {
  const mode = /^([\w-]+) mode > /.exec(test.fullName)?.[1];
  const site = SITES.find((s) => new RegExp(`> ${s}-`).test(test.fullName));
  return mode && site ? { mode, site } : null;
}

const sum = (tallies: Tally[]): Tally => tallies.reduce((all, t) => ({ passed: all.passed + t.passed, total: all.total + t.total }), { passed: 0, total: 0 });
const cell = (tally: Tally | undefined) => (tally ? `${tally.passed}/${tally.total}` : '–');
