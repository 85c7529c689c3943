import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import plist from 'plist';
import { describe, expect, test } from 'vitest';
import { runCli } from './support/run-cli';
import { DEFAULT_TARGET, deploymentTemplates } from '../../src/deploy/templates';
import { readSchoolPolicy } from '../../src/settings/managed';
import { MANAGED_SCHEMA } from '../../src/settings/managed-schema';
import { SETTING_NAMES } from '../../src/settings/schema';
import { keyAt, readRegFile, valueOf } from './support/reg-file';

/**
 * The deployment templates in docs/deployment/example, each read back the way its browser or tool
 * reads it and checked against managed_schema.json and the extension's own rules.
 */
const EXAMPLE = new URL('../../docs/deployment/example/', import.meta.url);
const policy = JSON.parse(readFileSync(new URL('policy.json', EXAMPLE), 'utf8')) as Record<string, unknown>;
const file = (name: string) => readFileSync(new URL(name, EXAMPLE));
const json = (name: string) => JSON.parse(file(name).toString('utf8'));
const id = DEFAULT_TARGET.chromeId;
const validate = new Ajv({ strict: false, allErrors: true }).compile(MANAGED_SCHEMA);

/** What each template hands the extension, read back from the file. */
const READ_BACK: Record<string, () => unknown> = {
  'policy.json': () => json('policy.json'),
  'linux-chrome-managed.json': () => json('linux-chrome-managed.json')['3rdparty'].extensions[id],
  'windows-chrome.reg': () => valueOf(keyAt(readRegFile(file('windows-chrome.reg')), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${id}\\policy`), MANAGED_SCHEMA as never),
  'windows-edge.reg': () => valueOf(keyAt(readRegFile(file('windows-edge.reg')), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`), MANAGED_SCHEMA as never),
  'macos.mobileconfig': () => payload(`com.google.Chrome.extensions.${id}`),
  'google-admin-console.json': () => Object.fromEntries(Object.entries(json('google-admin-console.json') as Record<string, { Value: unknown }>).map(([k, v]) => [k, v.Value])),
  'firefox-policies.json': () => json('firefox-policies.json').policies['3rdparty'].Extensions[DEFAULT_TARGET.firefoxId],
};

function payload(type: string): Record<string, unknown> {
  const profile = plist.parse(file('macos.mobileconfig').toString('utf8')) as { PayloadContent: Record<string, unknown>[] };
  const found = profile.PayloadContent.find((p) => p.PayloadType === type);
  if (!found) throw new Error(`no ${type} payload`);
  return Object.fromEntries(Object.entries(found).filter(([key]) => !key.startsWith('Payload')));
}

describe('managed_schema.json', () => {
  test('covers every setting, and `locked`', () => {
    expect(Object.keys(MANAGED_SCHEMA.properties).sort()).toEqual([...SETTING_NAMES, 'locked'].sort());
  });

  test('is not a rubber stamp: a value of the wrong type fails it', () => {
    expect(validate({ pupilNames: 'Amira Khan' })).toBe(false);
    expect(validate({ sites: { x: 'no' } })).toBe(false);
    expect(validate({ hashedRoster: { names: 'four' } })).toBe(false);
  });
});

describe('deployment templates', () => {
  test('the example policy is valid by the schema and by the extension’s own rules', () => {
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    expect(readSchoolPolicy(policy).problems).toEqual([]);
  });

  test.each(Object.keys(READ_BACK))('%s hands the extension exactly the example policy, valid by the schema', (name) => {
    const value = READ_BACK[name]!();
    expect(value).toEqual(policy);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  test('every template forces the install with the right id and update URL', () => {
    expect(json('linux-chrome-managed.json').ExtensionSettings[id]).toEqual({ installation_mode: 'force_installed', update_url: DEFAULT_TARGET.chromeUpdateUrl });
    expect(json('windows-extension-settings.json')[id]).toEqual({ installation_mode: 'force_installed', update_url: DEFAULT_TARGET.chromeUpdateUrl });
    expect(keyAt(readRegFile(file('windows-chrome.reg')), 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist').values.get('1')).toBe(`${id};${DEFAULT_TARGET.chromeUpdateUrl}`);
    expect(keyAt(readRegFile(file('windows-edge.reg')), 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist').values.get('1')).toBe(`${id};${DEFAULT_TARGET.edgeUpdateUrl}`);
    expect(payload('com.google.Chrome')).toEqual({ ExtensionInstallForcelist: [`${id};${DEFAULT_TARGET.chromeUpdateUrl}`] });
    expect(payload(`com.microsoft.Edge.extensions.${id}`)).toEqual(policy);
    expect(json('firefox-policies.json').policies.ExtensionSettings[DEFAULT_TARGET.firefoxId]).toMatchObject({ installation_mode: 'force_installed' });
  });

  test('the committed templates are exactly what `guardrail deploy-templates` makes from policy.json', async () => {
    const made = deploymentTemplates(policy);
    expect(made.map((t) => t.file).sort()).toEqual((await readdir(EXAMPLE)).sort());
    for (const template of made) expect(Buffer.from(template.contents).equals(file(template.file)), template.file).toBe(true);
  });

  test('`guardrail deploy-templates` writes them, and refuses a policy with problems, listing each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guardrail-deploy-'));
    expect((await runCli(['deploy-templates', new URL('policy.json', EXAMPLE).pathname, dir])).code).toBe(0);
    expect(await readFile(join(dir, 'windows-chrome.reg'))).toEqual(file('windows-chrome.reg'));

    const bad = join(dir, 'bad.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, JSON.stringify({ schoolName: '', staffNames: ['Rachel Morgan', 'Simon\nPatel'], locked: ['everything'] })));
    const failed = await runCli(['deploy-templates', bad, join(dir, 'out')]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('has 3 problems; no templates were written');
    expect(failed.stderr).toContain('schoolName: the school name must not be empty');
    expect(failed.stderr).toContain('staffNames[1]: a staff name must be on one line');
    expect(failed.stderr).toContain('locked[0]: unknown setting "everything"');
  });
});
