#!/usr/bin/env node
// `npm test`: builds for Chrome and Firefox, then runs the type-check and the unit project BESIDE
// the browser tests, rather than before them. The browser project drives one browser at a time and
// spends much of each test waiting on the page (a load, the extension's 300 ms pause before a
// check), so on a 2-core machine the unit project (about 5 min, in Node) and tsc (about 40 s) fit in
// that idle time: together they were 5-6 min of a 31-minute run (issue 14, item 7).
//
// vitest alone cannot do this: on 2 cores it gives every project one worker, and the browser
// project's files must never run two at once, so its projects ran one after the other.
// The browser run's output streams as before; the type-check's and the unit project's are held
// and printed, whole, after it, so the log reads in blocks. The exit status fails if any part fails.
import { spawn } from 'node:child_process';

const npx = (args) => ['npx', args];
// `npm test -- <file filters>` passes them to vitest, as before; a project they leave empty passes.
const filters = process.argv.slice(2);
const VITEST = ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...(filters.length > 0 ? ['--passWithNoTests', ...filters] : [])];

function run([command, args], { held }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks = [];
    if (held) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('error', (error) => chunks.push(Buffer.from(`${command}: ${error.message}\n`)));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString(), seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

const minutes = (s) => `${Math.floor(s / 60)} min ${s % 60} s`;

// The builds first: the browser tests load them. (tsc beside `wxt build` could read the .wxt types
// while wxt rewrites them, so the type-check waits for the builds too.)
for (const script of ['build', 'build:firefox']) {
  const { code } = await run(['npm', ['run', script]], { held: false });
  if (code !== 0) process.exit(code);
}

const parts = [
  { name: 'type-check (tsc --noEmit)', held: true, command: npx(['tsc', '--noEmit']) },
  { name: 'unit project', held: true, command: npx([...VITEST, '--project', 'unit']) },
  { name: 'browser tests (Chromium, then Firefox)', held: false, command: npx([...VITEST, '--project', 'browser', '--project', 'firefox']) },
];
const results = await Promise.all(parts.map((part) => run(part.command, part)));

for (const [index, part] of parts.entries()) {
  if (!part.held) continue;
  process.stdout.write(`\n── ${part.name}, run beside the browser tests ──\n${results[index].output}`);
}
process.stdout.write('\n');
for (const [index, part] of parts.entries()) {
  const { code, seconds } = results[index];
  process.stdout.write(`npm test: ${part.name} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${minutes(seconds)}\n`);
}
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
