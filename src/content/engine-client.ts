import { browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import type { EngineStatus, Response } from '../messages';

/**
 * The content script's only way to the engine: a message to the background, where the engine,
 * the settings and the roster live. Every failure (the engine threw, the background did not answer
 * in time, the extension was updated under the page) becomes an `unavailable` result, so the
 * caller can tell the teacher the check is off and let the site work as if we were not there.
 */

/** Long enough for a cold service worker to load the engine; short enough that a post is never held for long. */
export const ANALYSE_TIMEOUT_MS = 4000;

export type CheckResult =
  /** `status` is null only for an empty draft, which is never sent. */
  | { kind: 'checked'; text: string; findings: Finding[]; status: EngineStatus | null; truncated: boolean }
  | { kind: 'unavailable'; text: string; reason: string };

export async function analyseDraft(text: string, timeoutMs = ANALYSE_TIMEOUT_MS): Promise<CheckResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    const response = (await Promise.race([browser.runtime.sendMessage({ type: 'analyse', text }), timeout])) as Response | undefined;
    if (!response) return { kind: 'unavailable', text, reason: 'the checker did not answer' };
    if (!response.ok) return { kind: 'unavailable', text, reason: response.error };
    if (response.type !== 'analyse') return { kind: 'unavailable', text, reason: 'the checker gave an unexpected answer' };
    return { kind: 'checked', text, findings: response.findings, status: response.status, truncated: response.truncated };
  } catch (error) {
    return { kind: 'unavailable', text, reason: describeError(error) };
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(message)) return 'the extension was updated or turned off; reload the page to check again';
  return message;
}
