import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { policyPath } from '../eval/policies';
import { runCli } from '../unit/support/run-cli';
import { launchWithExtension, outsideRequests, type ExtensionBrowser } from './support/browser';
import { guardOf, openPanel } from './support/guard';
import { FIXTURE_ORIGINS, SITE_URLS, composer, openSite, serveSites } from './support/sites';

/**
 * A school's own policy, all the way to a managed browser: `guardrail pack-from-policy` makes the
 * pack from the policy document, `guardrail deploy-templates --pack` puts it in the templates, and
 * the Linux template is installed, as it is, in Chromium's managed-policy folder. The composer then
 * quotes the school's own clause, and the options page shows the pack as set by the school. Needs
 * root to write under /etc, as the other managed-policy test (CI runs as root); the file is removed.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'school-post-guardrail-own-pack-test.json');
const work = mkdtempSync(join(tmpdir(), 'guardrail-own-pack-'));
let browser: ExtensionBrowser;

beforeAll(async () => {
  const pack = join(work, 'meridian.json');
  const made = await runCli(['pack-from-policy', policyPath('meridian-trust'), '--id', 'meridian-2025', '--name', 'Meridian Learning Trust online conduct policy', '--out', pack]);
  if (made.code !== 0) throw new Error(`pack-from-policy failed: ${made.stderr}`);
  const policy = join(work, 'policy.json');
  writeFileSync(policy, JSON.stringify({ schoolName: 'Meridian Academy', locked: ['policy', 'customPack'] }));
  const deployed = await runCli(['deploy-templates', '--pack', pack, policy, join(work, 'templates')]);
  if (deployed.code !== 0) throw new Error(`deploy-templates failed: ${deployed.stderr}`);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, readFileSync(join(work, 'templates', 'linux-chrome-managed.json')));
  } catch (error) {
    throw new Error(`THE MANAGED-POLICY TEST CANNOT RUN: writing ${POLICY_FILE} failed (${(error as Error).message}). It needs root, as in CI. The school's own pack in a managed browser is NOT verified by this run.`);
  }
  browser = await launchWithExtension();
  await serveSites(browser.context);
  const readPolicy = () => browser.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get()).policy);
  const deadline = Date.now() + 20_000;
  while ((await readPolicy()) !== 'meridian-2025') {
    if (Date.now() > deadline) throw new Error(`Chromium did not hand the policy in ${POLICY_FILE} to the extension within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 120_000);

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  rmSync(work, { recursive: true, force: true });
  if (!browser) return;
  try {
    expect(outsideRequests(browser.requests, browser.extensionId, FIXTURE_ORIGINS)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a draft on a site quotes the school’s own clause, from the pack the templates carried', async () => {
  const page = await browser.context.newPage();
  await openSite(page, SITE_URLS.xHome);
  const editor = composer(page, 'x-inline').locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('Long day. Another safeguarding referral for a child in my class at Meridian Academy.');
  const panel = await openPanel(await guardOf(editor));
  const clause = panel.locator('li[data-category="confidential"] [data-clause]').first();
  await expect.poll(() => clause.getAttribute('data-clause')).toBe('3(d)');
  expect(await panel.locator('li[data-category="confidential"]').first().textContent()).toContain('disclose confidential information, including:');
  await page.close();
});

test('the options page shows the school’s own pack as set by the school', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const select = page.getByLabel(/Policy that findings cite/);
  await expect.poll(() => select.inputValue()).toBe('meridian-2025');
  expect(await select.isDisabled()).toBe(true);
  expect(await page.locator('[data-section="own-policy"]').textContent()).toContain('Your school sets the policy: it cannot be changed here.');
  await page.close();
});
