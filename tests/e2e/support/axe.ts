import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ToolbarPopup } from './popup';

/**
 * axe-core, injected into the page under test, for the accessibility checks: violations of
 * serious or critical impact, as "rule: target" lines a failing test prints. It is evaluated
 * through the DevTools protocol, so the pages' own Content-Security-Policy (no inline scripts)
 * does not stop it, and nothing is fetched.
 */
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)}`));
  }, include ?? null);
}

/** The same check in the extension's toolbar popup, driven through the DevTools protocol. */
export async function seriousViolationsInPopup(popup: ToolbarPopup): Promise<string[]> {
  await popup.run(axeSource);
  return popup.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)}`));
  });
}
