#!/usr/bin/env node
// The `guardrail` command. It runs the TypeScript sources directly through tsx, so it works right
// after `npm ci` on a fresh checkout, with no build step.
import { register } from 'tsx/esm/api';

// `guardrail clauses cadmus | head`: the reader went away; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
