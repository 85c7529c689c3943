import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { compile, type Analyser } from '../analyser';
import { DEFAULT_POLICY, PACKS } from '../engine/rules';
import type { Finding } from '../engine/types';
import { DEMO_SETTINGS } from '../settings/demo';
import { JsonSyntaxError, parseJsonStrict } from '../settings/json-file';
import { parseSettings } from '../settings/schema';
import { DEPLOY_HELP, DeployUsageError, runDeployTemplates } from './deploy-templates';
import { HASH_ROSTER_HELP, HashRosterUsageError, runHashRoster } from './hash-roster';
import { PACK_FROM_POLICY_HELP, PackFromPolicyUsageError, runPackFromPolicy } from './pack-from-policy';
import { clauseLines, findingLine, packLines, summaryLine } from './format';
import { checkImages, type ImageResult } from './check-image';
import { createNodeReaders } from '../image/node-readers';

/**
 * `guardrail`: the engine on the command line, a thin shell over src/engine.
 * Exit codes: 0 clean (or info only), 1 a warning or high finding, 2 bad arguments or config.
 */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env?: Record<string, string | undefined>;
}

class UsageError extends Error {}

const HELP = `guardrail — check a social-media draft against a school's policy, on this device

Usage:
  guardrail check [--config FILE] [--policy ID] [--format text|json|jsonl] [TEXT]
  guardrail check-image [--config FILE] [--policy ID] [--text DRAFT] [--format json|jsonl] PATH…
  guardrail policies [--format text|json]
  guardrail clauses ID [--format text|json]
  guardrail hash-roster [--salt SALT] [--out FILE] ROSTER.csv
  guardrail deploy-templates [--chrome-id ID] [--pack PACK.json] POLICY.json OUTDIR
  guardrail pack-from-policy POLICY [--id ID] [--name NAME] [--out FILE.json|FILE.yaml] [--report FILE.md]

check      Prints the findings for TEXT (or for standard input when TEXT is left out).
           Exits 1 if any finding is a warning or high, 0 otherwise.
           --format jsonl reads standard input, one {"id": …, "text": …} per line, and prints
           one {"id": …, "findings": […]} per line in the same order.
check-image
           Checks photos (JPEG, PNG) on this device: faces that look like children, GPS tags
           near the school (schoolLocation in --config), text in the photo. Prints, per photo,
           {"image": PATH, "findings": […]} ({"image", "error"} if it cannot be read).
           --text gives the post's words (a class trip, sports day). Exits 1 if any finding
           is a warning or high, 2 if a photo could not be read, 0 otherwise.
--config   A settings file (JSON): schoolName, schoolAliases, pupilNames, staffNames, policy,
           extraConfidentialTerms, schoolLocation {lat, lon, radiusMetres}. Without it, the built-in demo school is used.
--policy   A policy pack id; overrides the config's "policy". See \`guardrail policies\`.
policies   Lists the policy packs.
clauses    Prints a pack's clauses, verbatim, and what each is cited for.
hash-roster  Prints a roster as salted hashes, for a school's browser policy (see docs/deployment.md).
           Exits 1 if some rows could not be read (they are listed), 0 otherwise.
deploy-templates  Checks a school's policy file and writes it as Windows registry files, a macOS
           profile, Linux, Google Admin console and Firefox policy files (docs/deployment.md).
           --pack puts a pack (from pack-from-policy) in the policy as its customPack.
pack-from-policy  Makes a policy pack from the school's own policy document (.docx, .pdf, .html,
           .txt), on this device, with a report of every mapping and its evidence.`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const err = (line: string) => io.stderr.write(`${line}\n`);
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return await check(rest, io, out, err);
      case 'check-image':
        return await checkImage(rest, out, err);
      case 'policies':
        return policies(rest, out);
      case 'clauses':
        return clauses(rest, out);
      case 'hash-roster':
        return await hashRosterCommand(rest, out, err);
      case 'deploy-templates':
        return await deployTemplatesCommand(rest, out);
      case 'pack-from-policy':
        return await packFromPolicyCommand(rest, out, err);
      case '--help':
      case '-h':
      case 'help':
        out(HELP);
        return 0;
      case '--version':
        out(VERSION);
        return 0;
      case undefined:
        throw new UsageError('a command is needed: check, check-image, policies, clauses, hash-roster, deploy-templates or pack-from-policy (see guardrail --help)');
      default:
        throw new UsageError(`unknown command "${command}": use check, check-image, policies, clauses, hash-roster, deploy-templates or pack-from-policy (see guardrail --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof HashRosterUsageError || error instanceof DeployUsageError || error instanceof PackFromPolicyUsageError) {
      err(`guardrail: ${error.message}`);
      return 2;
    }
    // Never exit 1 (which means "a risk was found") because of a bug: one line, exit 3.
    err(`guardrail: internal error: ${(error as Error).message ?? String(error)}`);
    return 3;
  }
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function parse<T extends Record<string, { type: 'string' | 'boolean' }>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const flag = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${flag} (see guardrail --help)`);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${flag.split(' ')[0]} needs a value`);
    throw new UsageError(e.message);
  }
}

function format(value: string | undefined, allowed: readonly string[]): string {
  const f = value ?? 'text';
  if (!allowed.includes(f)) throw new UsageError(`--format must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${f}"`);
  return f;
}

async function check(args: readonly string[], io: Io, out: (l: string) => void, err: (l: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { config: { type: 'string' }, policy: { type: 'string' }, format: { type: 'string' } });
  if (values.help) {
    out(HELP);
    return 0;
  }
  const fmt = format(values.format, ['text', 'json', 'jsonl']);
  const analyser = await analyserFor(values.config, values.policy);
  if (fmt === 'text' && !values.config) err(`guardrail: no --config given: using the built-in demo school (${DEMO_SETTINGS.schoolName}, ${analyser.pack.id}).`);
  for (const note of analyser.notes) err(`guardrail: note: ${note}`);

  if (fmt === 'jsonl') {
    if (positionals.length > 0) throw new UsageError('--format jsonl reads standard input, one {"id": …, "text": …} per line; leave out TEXT');
    return await checkLines(analyser, io, out, err);
  }
  const text = positionals.length > 0 && positionals.join(' ') !== '-' ? positionals.join(' ') : await readDraftFromStdin(io);
  const findings = analyser.analyse(text);
  if (fmt === 'json') out(JSON.stringify(findings, null, 2));
  else {
    const colour = io.stdout.isTTY === true && !io.env?.NO_COLOR;
    for (const finding of findings) out(findingLine(text, finding, { colour }));
    err(summaryLine(findings, analyser.pack));
  }
  return actsOn(findings) ? 1 : 0;
}

async function checkImage(args: readonly string[], out: (l: string) => void, err: (l: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { config: { type: 'string' }, policy: { type: 'string' }, format: { type: 'string' }, text: { type: 'string' } });
  if (values.help) {
    out(HELP);
    return 0;
  }
  const fmt = format(values.format ?? 'json', ['json', 'jsonl']);
  if (positionals.length === 0) throw new UsageError('check-image needs the path of at least one photo');
  const analyser = await analyserFor(values.config, values.policy);
  for (const note of analyser.notes) err(`guardrail: note: ${note}`);
  const readers = createNodeReaders();
  let results: ImageResult[];
  try {
    results = await checkImages(positionals, analyser, values.text ?? '', readers);
  } finally {
    await readers.close();
  }
  for (const result of results) if ('error' in result) err(`guardrail: ${result.image}: ${result.error}`);
  if (fmt === 'json') out(JSON.stringify(results, null, 2));
  else for (const result of results) out(JSON.stringify(result));
  if (results.some((r) => 'error' in r)) return 2;
  return results.some((r) => 'findings' in r && actsOn(r.findings)) ? 1 : 0;
}

function actsOn(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'warning' || f.severity === 'high');
}

async function readDraftFromStdin(io: Io): Promise<string> {
  if (io.stdin.isTTY) throw new UsageError('no TEXT given: pass the draft as an argument, or pipe it to standard input');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** One {"id","text"} per line in, one {"id","findings"} per line out, in order; a bad line gets an "error" line. */
async function checkLines(analyser: Analyser, io: Io, out: (l: string) => void, err: (l: string) => void): Promise<number> {
  let lineNumber = 0;
  let bad = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const result = checkLine(analyser, line, ++lineNumber);
    if (!result) continue;
    if (result.error) {
      bad++;
      err(`guardrail: ${result.error}`);
    }
    out(result.output);
  }
  return bad > 0 ? 2 : 0;
}

/**
 * One line of `check --format jsonl`: the line of output for it and, for a bad line, the error to
 * print on standard error; nothing for a blank line. Exported for the benchmark that times the
 * command's own work per draft (tests/bench/obscenity.ts).
 */
export function checkLine(analyser: Analyser, line: string, lineNumber: number): { output: string; error?: string } | undefined {
  if (line.trim() === '') return undefined;
  let id: unknown = null;
  try {
    const record = parseLine(line);
    if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new Error('expected an object like {"id": …, "text": …}');
    const fields = record as Record<string, unknown>;
    id = fields.id ?? null;
    if (typeof fields.text !== 'string') throw new Error('"text" must be a string');
    return { output: JSON.stringify({ id, findings: analyser.analyse(fields.text) }) };
  } catch (error) {
    const message =
      error instanceof JsonSyntaxError ? `line ${lineNumber}, column ${error.column}: not valid JSON (${error.reason})` : `line ${lineNumber}: ${(error as Error).message}`;
    return { output: JSON.stringify({ id, error: message }), error: message };
  }
}

/**
 * A line of JSON. Nearly every line is valid, and the built-in parser reads it several times faster
 * than the strict one; only a line it rejects goes through `parseJsonStrict`, for the line and column
 * of the mistake and a plain-English reason.
 */
function parseLine(line: string): unknown {
  try {
    return JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch {
    return parseJsonStrict(line);
  }
}

async function analyserFor(configPath: string | undefined, policy: string | undefined): Promise<Analyser> {
  let settings: unknown = DEMO_SETTINGS;
  if (configPath !== undefined) {
    let text: string;
    try {
      text = await readFile(configPath, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read --config ${configPath}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
    }
    try {
      settings = parseJsonStrict(text);
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw new UsageError(`${configPath} is not valid JSON: ${error.message}`);
      throw error;
    }
  }
  if (policy !== undefined) {
    if (!PACKS.has(policy)) throw new UsageError(`--policy: unknown policy "${policy}"; choose one of ${[...PACKS.keys()].join(', ')}`);
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) throw new UsageError(`${configPath}: expected a JSON object of settings`);
    settings = { ...settings, policy };
  }
  const result = parseSettings(settings);
  if (!result.ok) throw new UsageError(`${configPath ?? 'settings'}: ${result.problems.join('; ')}`);
  return compile(result.settings);
}

function policies(args: readonly string[], out: (l: string) => void): number {
  const { values, positionals } = parse(args, { format: { type: 'string' } });
  if (values.help) {
    out(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`policies takes no arguments (got "${positionals[0]}")`);
  const fmt = format(values.format, ['text', 'json']);
  const packs = [...PACKS.values()];
  if (fmt === 'json') out(JSON.stringify(packs.map((p) => ({ id: p.id, name: p.name, adoptedBy: p.adoptedBy, model: p.model, clauses: p.clauses.length, default: p.id === DEFAULT_POLICY })), null, 2));
  else packLines(packs, DEFAULT_POLICY).forEach((l) => out(l));
  return 0;
}

function clauses(args: readonly string[], out: (l: string) => void): number {
  const { values, positionals } = parse(args, { format: { type: 'string' } });
  if (values.help) {
    out(HELP);
    return 0;
  }
  const fmt = format(values.format, ['text', 'json']);
  const [id, extra] = positionals;
  if (!id) throw new UsageError(`clauses needs a policy id: one of ${[...PACKS.keys()].join(', ')}`);
  if (extra !== undefined) throw new UsageError(`clauses takes one policy id (got "${extra}" too)`);
  const pack = PACKS.get(id);
  if (!pack) throw new UsageError(`unknown policy "${id}"; choose one of ${[...PACKS.keys()].join(', ')}`);
  if (fmt === 'json') out(JSON.stringify(pack.clauses.map((c) => ({ policy: pack.id, ...c })), null, 2));
  else clauseLines(pack).forEach((l) => out(l));
  return 0;
}

async function hashRosterCommand(args: readonly string[], out: (l: string) => void, err: (l: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { salt: { type: 'string' }, out: { type: 'string' } });
  if (values.help) {
    out(HASH_ROSTER_HELP);
    return 0;
  }
  const [file, extra] = positionals;
  if (!file) throw new UsageError('hash-roster needs a roster file (CSV): guardrail hash-roster --salt SALT roster.csv');
  if (extra !== undefined) throw new UsageError(`hash-roster takes one roster file (got "${extra}" too)`);
  return await runHashRoster({ file, ...(values.salt !== undefined ? { salt: values.salt } : {}), ...(values.out !== undefined ? { out: values.out } : {}) }, out, err);
}

async function packFromPolicyCommand(args: readonly string[], out: (l: string) => void, err: (l: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { id: { type: 'string' }, name: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' } });
  if (values.help) {
    out(PACK_FROM_POLICY_HELP);
    return 0;
  }
  const [file, extra] = positionals;
  if (!file) throw new UsageError('pack-from-policy needs the policy document: guardrail pack-from-policy policy.docx --out pack.json --report report.md');
  if (extra !== undefined) throw new UsageError(`pack-from-policy takes one policy document (got "${extra}" too)`);
  return await runPackFromPolicy(
    {
      file,
      ...(values.id !== undefined ? { id: values.id } : {}),
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.report !== undefined ? { report: values.report } : {}),
    },
    out,
    err,
  );
}

async function deployTemplatesCommand(args: readonly string[], out: (l: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { 'chrome-id': { type: 'string' }, 'edge-update-url': { type: 'string' }, 'firefox-install-url': { type: 'string' }, pack: { type: 'string' } });
  if (values.help) {
    out(DEPLOY_HELP);
    return 0;
  }
  const [policy, outDir, extra] = positionals;
  if (!policy || !outDir) throw new UsageError('deploy-templates needs a policy file and a folder: guardrail deploy-templates policy.json templates/');
  if (extra !== undefined) throw new UsageError(`deploy-templates takes a policy file and a folder (got "${extra}" too)`);
  const chromeId = values['chrome-id'];
  if (chromeId !== undefined && !/^[a-p]{32}$/.test(chromeId)) throw new UsageError('--chrome-id must be 32 letters a–p, as shown on chrome://extensions');
  return await runDeployTemplates(
    {
      policy,
      outDir,
      ...(values.pack !== undefined ? { pack: values.pack } : {}),
      target: {
        ...(chromeId !== undefined ? { chromeId } : {}),
        ...(values['edge-update-url'] !== undefined ? { edgeUpdateUrl: values['edge-update-url'] } : {}),
        ...(values['firefox-install-url'] !== undefined ? { firefoxInstallUrl: values['firefox-install-url'] } : {}),
      },
    },
    out,
  );
}
