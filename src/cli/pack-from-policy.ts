import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { PACK_IDS } from '../engine/rules';
import { importPolicy, NotAPolicyError } from '../policy-import/build-pack';
import { createNodeReaders } from '../policy-import/node-readers';
import { PolicyFileError, readPolicyDocument } from '../policy-import/read-document';
import { reportMarkdown, summary } from '../policy-import/report';

/**
 * `guardrail pack-from-policy POLICY [--id ID] [--name NAME] [--out FILE.json|FILE.yaml] [--report FILE.md]`:
 * a school's policy document (.txt, .docx, .pdf, .html) into a pack, on this device. The pack is
 * printed (JSON) or written; the report lists every mapping with its evidence, least sure first.
 */
export const PACK_FROM_POLICY_HELP = `guardrail pack-from-policy POLICY [--id ID] [--name NAME] [--out FILE.json|FILE.yaml] [--report FILE.md]

Reads a school's social-media policy (.docx, .pdf with a text layer, .html or .txt) on this device
and makes a policy pack from it: the policy's clauses with their own numbers and verbatim text, and
which clauses each kind of finding cites, chosen by the words in each clause. A kind of finding the
policy has no clause for cites the model policy's clause, marked as such.
--id      The pack's id (lower-case letters, digits, hyphens); made from its name if left out.
--name    The policy's name as staff know it; the document's title if left out.
--out     Write the pack to FILE (.json, or .yaml/.yml); printed as JSON if left out.
--report  Write a report (Markdown) of every mapping with its evidence, least sure first.
Use the pack as "customPack" in the settings or the school's browser policy (docs/deployment.md),
or load it on the options page. Exit 2 if the file cannot be read or is not a policy.`;

export class PackFromPolicyUsageError extends Error {}

export interface PackFromPolicyOptions {
  file: string;
  id?: string;
  name?: string;
  out?: string;
  report?: string;
}

export async function runPackFromPolicy(options: PackFromPolicyOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  if (options.id !== undefined && !/^[a-z0-9-]+$/.test(options.id)) throw new PackFromPolicyUsageError('--id must be lower-case letters, digits and hyphens, e.g. "oakfield-social-media-2026"');
  if (options.id !== undefined && PACK_IDS.includes(options.id)) throw new PackFromPolicyUsageError(`--id "${options.id}" is a built-in pack's id; choose another`);
  if (options.name !== undefined && options.name.trim().length < 3) throw new PackFromPolicyUsageError('--name must be at least 3 characters');
  if (options.out !== undefined && !/\.(json|ya?ml)$/i.test(options.out)) throw new PackFromPolicyUsageError('--out must name a .json, .yaml or .yml file');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(options.file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PackFromPolicyUsageError(`cannot read ${options.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  const fileName = basename(options.file);
  let result;
  try {
    const { blocks } = await readPolicyDocument(bytes, fileName, createNodeReaders());
    result = importPolicy(blocks, { fileName, ...(options.id !== undefined ? { id: options.id } : {}), ...(options.name !== undefined ? { name: options.name.trim() } : {}) });
  } catch (error) {
    if (error instanceof PolicyFileError || error instanceof NotAPolicyError) throw new PackFromPolicyUsageError(`${options.file}: ${error.message}`);
    throw error;
  }
  const { pack } = result;
  if (options.out) {
    await writeFile(options.out, /\.ya?ml$/i.test(options.out) ? stringify(pack, { lineWidth: 0 }) : `${JSON.stringify(pack, null, 2)}\n`, 'utf8');
    err(`guardrail: wrote ${options.out}`);
  } else out(JSON.stringify(pack, null, 2));
  if (options.report) {
    await writeFile(options.report, reportMarkdown(result, fileName), 'utf8');
    err(`guardrail: wrote ${options.report}`);
  }
  for (const category of result.mapping.uncovered) err(`guardrail: note: the policy has no clause about ${category}: the model policy's clause is cited instead`);
  for (const category of result.mapping.indirect) err(`guardrail: note: no clause speaks of ${category} directly: the nearest clause is cited, with low confidence`);
  err(`guardrail: ${pack.id}: ${summary(pack, result)}`);
  return 0;
}
