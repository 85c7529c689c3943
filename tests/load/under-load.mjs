#!/usr/bin/env node
// Runs a command while other processes keep every core busy, as on a CI machine shared with
// another job: `node tests/load/under-load.mjs [--jobs N] -- npm test`. The busy loops are plain
// Node processes (no `stress` package needed), ended when the command ends; the command's exit code
// and wall-clock time are printed, so a suite that depends on an idle machine shows up here first.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
if (dash < 0 || dash === args.length - 1) {
  console.error('usage: node tests/load/under-load.mjs [--jobs N] -- <command> [args…]');
  process.exit(2);
}
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 && jobsAt < dash ? Number(args[jobsAt + 1]) : availableParallelism();
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`--jobs must be a positive whole number, not "${args[jobsAt + 1]}"`);
  process.exit(2);
}
const [command, ...rest] = args.slice(dash + 1);

const burners = Array.from({ length: jobs }, () => spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random())'], { stdio: 'ignore' }));
const started = Date.now();
const child = spawn(command, rest, { stdio: 'inherit' });
const stop = () => burners.forEach((burner) => burner.kill('SIGKILL'));
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  stop();
  const seconds = Math.round((Date.now() - started) / 1000);
  console.error(`under-load: ${jobs} busy loop(s); "${[command, ...rest].join(' ')}" ${signal ? `ended by ${signal}` : `exited ${code}`} after ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
  process.exit(code ?? 1);
});
