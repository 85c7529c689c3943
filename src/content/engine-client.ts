import { browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import type { LocalText } from '../i18n/format';
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
  | { kind: 'unavailable'; text: string; reason: LocalText };

export async function analyseDraft(text: string, timeoutMs = ANALYSE_TIMEOUT_MS): Promise<CheckResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(timeoutMs)), timeoutMs);
  });
  try {
    const response = (await Promise.race([browser.runtime.sendMessage({ type: 'analyse', text }), timeout])) as Response | undefined;
    if (!response) return { kind: 'unavailable', text, reason: { key: 'reason_did_not_answer', args: [] } };
    // The engine's own error is technical and stays as the background wrote it.
    if (!response.ok) return { kind: 'unavailable', text, reason: { key: 'reason_error', args: [response.error] } };
    if (response.type !== 'analyse') return { kind: 'unavailable', text, reason: { key: 'reason_unexpected_answer', args: [] } };
    return { kind: 'checked', text, findings: response.findings, status: response.status, truncated: response.truncated };
  } catch (error) {
    return { kind: 'unavailable', text, reason: describeError(error) };
  } finally {
    clearTimeout(timer);
  }
}

class TimedOut extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms / 1000} s`);
  }
}

function describeError(error: unknown): LocalText {
  if (error instanceof TimedOut) return { key: 'reason_no_answer_within', args: [String(error.ms / 1000)] };
  const message = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(message)) return { key: 'reason_extension_updated', args: [] };
  return { key: 'reason_error', args: [message] };
}
