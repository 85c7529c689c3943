import { browser } from 'wxt/browser';
import type { EngineStatus, Response } from '../messages';

/**
 * The settings in force, from the background: the same `status` message the panel on the sites
 * and the options page use, so the popup can never name a different school or policy than the
 * check itself uses. `null` when the background cannot answer (then the popup says so).
 */
export async function askStatus(): Promise<EngineStatus | null> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'status' })) as Response | undefined;
    return answer?.ok && answer.type === 'status' ? answer.status : null;
  } catch {
    return null;
  }
}
