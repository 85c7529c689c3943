import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../src/cli/main';

/** Runs the `guardrail` command in-process, as a shell would, and collects what it printed. */
export async function runCli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const input = Object.assign(Readable.from([stdin]), { isTTY: false });
  const code = await main(args, { stdin: input, stdout, stderr, env: {} });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}
