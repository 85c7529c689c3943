import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

/**
 * Mozilla's own add-on linter (through npm `web-ext`, as addons.mozilla.org runs it on upload) on
 * the Firefox build: `npm run lint:firefox` prints every message and fails on any error;
 * tests/e2e/store-package.test.ts holds the build to no errors. Warnings are printed, not fatal:
 * the ones it gives today are about libraries' code paths we never run (zod's check whether
 * `new Function` works, which our CSP forbids; React setting innerHTML).
 */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
export interface LintReport {
  dir: string;
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const OUTPUT = fileURLToPath(new URL('../../.output/', import.meta.url));

/** The Firefox build in .output (firefox-mv2 or firefox-mv3, whichever `npm run build:firefox` made). */
export function firefoxBuildDir(): string {
  const dirs = existsSync(OUTPUT) ? readdirSync(OUTPUT).filter((name) => /^firefox-mv\d$/.test(name)) : [];
  if (dirs.length === 0) throw new Error(`no Firefox build in ${OUTPUT}: run npm run build:firefox (or npm run zip) first`);
  return join(OUTPUT, dirs.sort().at(-1)!);
}

export async function lintFirefoxBuild(dir = firefoxBuildDir()): Promise<LintReport> {
  const result = (await webExt.cmd.lint({ sourceDir: dir, output: 'json', selfHosted: false, boring: true }, { shouldExitProgram: false })) as Omit<LintReport, 'dir'>;
  return { dir, errors: result.errors, warnings: result.warnings, notices: result.notices };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await lintFirefoxBuild();
  const line = (kind: string) => (m: LintMessage) => console.log(`${kind} ${m.code}${m.file ? ` (${m.file})` : ''}: ${m.message}`);
  report.errors.forEach(line('ERROR'));
  report.warnings.forEach(line('warning'));
  report.notices.forEach(line('notice'));
  console.log(`web-ext lint ${report.dir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
  process.exit(report.errors.length === 0 ? 0 : 1);
}
