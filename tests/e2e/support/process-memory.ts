import { readdirSync, readFileSync } from 'node:fs';

/**
 * The memory of the extension's own renderer process (its service worker and, while it is open,
 * the photo analysis page: Chromium runs an extension's pages in one process), read from Linux's
 * /proc. The extension's is the renderer with `--extension-process` on its command line, of a
 * browser this test or bench started (one of its descendants, whose profile folder it shares). `private` is what the process alone
 * holds (USS: private clean + dirty pages; what closing it would give back); `rss` also counts the
 * pages it shares with the browser's other processes (the browser's own code).
 */
export interface ProcessMemory {
  pid: number;
  privateBytes: number;
  rssBytes: number;
  /** CPU time the process has used so far, all its threads (the page, its workers), in milliseconds. */
  cpuMs: number;
}

export function extensionProcessMemory(root = process.pid): ProcessMemory[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = safeRead(`/proc/${entry}/stat`);
    if (!stat) continue;
    // The command name may hold spaces and parentheses: the parent's pid follows the last ')'.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const descendants: number[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      descendants.push(child);
      visit(child);
    }
  };
  visit(root);
  // Chromium's renderers are forked by its zygote, which is not always a descendant of the browser
  // (it may be handed to init): they are known instead by the browser's profile, on their command line.
  // Chromium's child processes rewrite their title: the whole command line becomes one string with
  // spaces in /proc/PID/cmdline, not one NUL-separated argument each. Split on both.
  const cmdline = (pid: number) => (safeRead(`/proc/${pid}/cmdline`) ?? '').split(/[\0 ]/);
  const profiles = new Set(descendants.flatMap((pid) => cmdline(pid).filter((a) => a.startsWith('--user-data-dir='))));
  return [...children.values()].flat().flatMap((pid) => {
    const args = cmdline(pid);
    if (!args.includes('--type=renderer') || !args.includes('--extension-process') || !args.some((a) => profiles.has(a))) return [];
    const rollup = safeRead(`/proc/${pid}/smaps_rollup`);
    if (!rollup) return [];
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
    // utime and stime, the 14th and 15th fields of stat, in clock ticks (100 a second on Linux).
    const stat = safeRead(`/proc/${pid}/stat`) ?? '';
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
    return [{ pid, privateBytes: kb('Private_Clean') + kb('Private_Dirty'), rssBytes: kb('Rss'), cpuMs }];
  });
}

/** The extension's processes together (one, usually). */
export function extensionMemory(root = process.pid): { privateBytes: number; rssBytes: number; cpuMs: number; processes: number } {
  const all = extensionProcessMemory(root);
  const sum = (key: 'privateBytes' | 'rssBytes' | 'cpuMs') => all.reduce((n, p) => n + p[key], 0);
  return { privateBytes: sum('privateBytes'), rssBytes: sum('rssBytes'), cpuMs: sum('cpuMs'), processes: all.length };
}

/**
 * CPU time so far of each thread of the extension's processes (the page, the face worker and its
 * helper, tesseract's workers, the service worker), by thread id, in milliseconds. The busiest
 * thread's share of a photo is the least its wall time can be on an idle machine however many
 * cores it has, which a loaded machine cannot hide the way it hides a gain in wall time.
 */
export function extensionThreadsCpu(root = process.pid): Map<string, number> {
  const threads = new Map<string, number>();
  for (const { pid } of extensionProcessMemory(root)) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = safeRead(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threads.set(`${pid}/${tid}`, (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10);
    }
  }
  return threads;
}

export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

function safeRead(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended while we looked
  }
}
