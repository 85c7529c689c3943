import { createHash } from 'node:crypto';
import plist from 'plist';

/**
 * Deployment templates for a school's IT team, all made from one policy (the extension's settings
 * plus `locked`): Chrome and Edge on Windows (registry, and the JSON of ExtensionSettings for Group
 * Policy or Intune), Chrome and Chromium on Linux, macOS (.mobileconfig), the Google Admin console
 * (ChromeOS) and Firefox (policies.json). `guardrail deploy-templates` writes them; docs/deployment.md
 * explains each; tests/unit/deployment.test.ts reads every one back and checks it against the schema.
 */
export type Policy = Readonly<Record<string, unknown>>;

export interface Target {
  /** The Chrome/Edge extension id (the development id until the extension is in a store). */
  readonly chromeId: string;
  readonly firefoxId: string;
  readonly chromeUpdateUrl: string;
  readonly edgeUpdateUrl: string;
  readonly firefoxInstallUrl: string;
}

export const DEFAULT_TARGET: Target = {
  chromeId: 'obemlbpbmpefcchmadifananacdglbip',
  firefoxId: 'school-post-guardrail@extension',
  chromeUpdateUrl: 'https://clients2.google.com/service/update2/crx',
  edgeUpdateUrl: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
  firefoxInstallUrl: 'file:///opt/school-post-guardrail/school-post-guardrail.xpi',
};

export interface Template {
  readonly file: string;
  readonly contents: string | Buffer;
}

export function deploymentTemplates(policy: Policy, target: Target = DEFAULT_TARGET): Template[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const forceInstall = (updateUrl: string) => ({ [target.chromeId]: { installation_mode: 'force_installed', update_url: updateUrl } });
  return [
    { file: 'policy.json', contents: json(policy) },
    // Linux: Google Chrome reads /etc/opt/chrome/policies/managed/, Chromium /etc/chromium/policies/managed/.
    { file: 'linux-chrome-managed.json', contents: json({ ExtensionSettings: forceInstall(target.chromeUpdateUrl), '3rdparty': { extensions: { [target.chromeId]: policy } } }) },
    { file: 'windows-chrome.reg', contents: registryFile('Google\\Chrome', policy, target, target.chromeUpdateUrl) },
    { file: 'windows-edge.reg', contents: registryFile('Microsoft\\Edge', policy, target, target.edgeUpdateUrl) },
    // The value of the ExtensionSettings policy, for Group Policy ("Extension management settings") or Intune's settings catalog.
    { file: 'windows-extension-settings.json', contents: json(forceInstall(target.chromeUpdateUrl)) },
    { file: 'macos.mobileconfig', contents: mobileconfig(policy, target) },
    { file: 'google-admin-console.json', contents: json(Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { Value: value }]))) },
    {
      file: 'firefox-policies.json',
      contents: json({
        policies: {
          ExtensionSettings: { [target.firefoxId]: { installation_mode: 'force_installed', install_url: target.firefoxInstallUrl } },
          '3rdparty': { Extensions: { [target.firefoxId]: policy } },
        },
      }),
    },
  ];
}

// ---- Windows registry (.reg, UTF-16 with a byte-order mark, as regedit writes it) ----

function registryFile(vendor: string, policy: Policy, target: Target, updateUrl: string): Buffer {
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
  const lines = ['Windows Registry Editor Version 5.00', '', `[${root}\\ExtensionInstallForcelist]`, `"1"=${regString(`${target.chromeId};${updateUrl}`)}`, ''];
  writeKey(lines, `${root}\\3rdparty\\extensions\\${target.chromeId}\\policy`, policy);
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le')]);
}

/** A dictionary is a key; a list is a key whose values (or subkeys) are numbered from 1, as Chrome reads them. */
function writeKey(lines: string[], path: string, value: Readonly<Record<string, unknown>> | readonly unknown[]): void {
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v]) : Object.entries(value);
  const nested: [string, Record<string, unknown> | unknown[]][] = [];
  lines.push(`[${path}]`);
  for (const [name, v] of entries) {
    if (typeof v === 'string') lines.push(`${regString(name)}=${regString(v)}`);
    else if (typeof v === 'boolean' || typeof v === 'number') lines.push(`${regString(name)}=dword:${(Number(v) >>> 0).toString(16).padStart(8, '0')}`);
    else if (v !== null && typeof v === 'object') nested.push([name, v as Record<string, unknown>]);
  }
  lines.push('');
  for (const [name, v] of nested) writeKey(lines, `${path}\\${name}`, v);
}

function regString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

// ---- macOS configuration profile ----

function mobileconfig(policy: Policy, target: Target): string {
  const payload = (type: string, content: Record<string, unknown>) => ({
    PayloadType: type,
    PayloadIdentifier: `uk.school-post-guardrail.${type}`,
    PayloadUUID: stableUuid(`${target.chromeId}:${type}`),
    PayloadVersion: 1,
    PayloadDisplayName: type,
    ...content,
  });
  const profile = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: 'uk.school-post-guardrail.profile',
    PayloadUUID: stableUuid(`${target.chromeId}:profile`),
    PayloadDisplayName: 'School Post Guardrail',
    PayloadDescription: 'Installs School Post Guardrail in Chrome and Edge with the school’s settings.',
    PayloadScope: 'System',
    PayloadContent: [
      payload('com.google.Chrome', { ExtensionInstallForcelist: [`${target.chromeId};${target.chromeUpdateUrl}`] }),
      payload(`com.google.Chrome.extensions.${target.chromeId}`, { ...policy }),
      payload('com.microsoft.Edge', { ExtensionInstallForcelist: [`${target.chromeId};${target.edgeUpdateUrl}`] }),
      payload(`com.microsoft.Edge.extensions.${target.chromeId}`, { ...policy }),
    ],
  };
  return `${plist.build(profile as unknown as plist.PlistValue)}\n`;
}

/** The same template makes the same UUIDs, so a regenerated profile replaces the installed one. */
function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}
