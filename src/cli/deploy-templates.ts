import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_TARGET, deploymentTemplates, type Target } from '../deploy/templates';
import { JsonSyntaxError, parseJsonStrict } from '../settings/json-file';
import { readSchoolPolicy } from '../settings/managed';
import { parsePackFile } from '../settings/pack-file';

/**
 * `guardrail deploy-templates [--chrome-id ID] [--firefox-install-url URL] POLICY.json OUTDIR`:
 * checks a school's policy (the settings it pushes, plus `locked`) and writes it in every form the
 * deployment guide describes. A policy with any problem is refused, with every problem listed:
 * a mistake is far cheaper to fix here than on a thousand staff laptops.
 */
export const DEPLOY_HELP = `guardrail deploy-templates [--chrome-id ID] [--edge-update-url URL] [--firefox-install-url URL] [--pack PACK.json] POLICY.json OUTDIR

Checks POLICY.json (the settings a school pushes, plus "locked") and writes deployment templates to
OUTDIR: Windows registry files for Chrome and Edge, the ExtensionSettings JSON for Group Policy or
Intune, a Linux managed-policy file, a macOS .mobileconfig, Google Admin console JSON and Firefox
policies.json. See docs/deployment.md.
--pack  A school's own pack (from "guardrail pack-from-policy" or the options page's download, JSON
        or YAML): put in the policy as "customPack", and chosen as its "policy".`;

export class DeployUsageError extends Error {}

export async function runDeployTemplates(options: { policy: string; outDir: string; target: Partial<Target>; pack?: string }, out: (line: string) => void): Promise<number> {
  let text: string;
  try {
    text = await readFile(options.policy, 'utf8');
  } catch (error) {
    throw new DeployUsageError(`cannot read ${options.policy}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let policy: unknown;
  try {
    policy = parseJsonStrict(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new DeployUsageError(`${options.policy} is not valid JSON: ${error.message}`);
    throw error;
  }
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) throw new DeployUsageError(`${options.policy}: expected a JSON object of settings`);
  if (options.pack !== undefined) policy = { ...(policy as Record<string, unknown>), ...(await packSettings(options.pack)) };
  const { problems } = readSchoolPolicy(policy);
  if (problems.length > 0) throw new DeployUsageError(`${options.policy} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; no templates were written:\n  ${problems.join('\n  ')}`);
  const target: Target = { ...DEFAULT_TARGET, ...options.target };
  await mkdir(options.outDir, { recursive: true });
  for (const template of deploymentTemplates(policy as Record<string, unknown>, target)) {
    await writeFile(join(options.outDir, template.file), template.contents);
    out(join(options.outDir, template.file));
  }
  return 0;
}

/** The school's own pack, checked as the options page checks one, as the policy's customPack and chosen policy. */
async function packSettings(path: string): Promise<{ customPack: unknown; policy: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DeployUsageError(`cannot read --pack ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const result = parsePackFile(text, path);
  if (!result.ok) throw new DeployUsageError(`--pack ${path} is not a valid pack; no templates were written:\n  ${result.problems.join('\n  ')}`);
  return { customPack: result.pack, policy: result.pack.id };
}
