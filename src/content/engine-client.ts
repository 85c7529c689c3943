import { browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import type { ImageEvidence } from '../engine/image/evidence';
import type { LocalText } from '../i18n/format';
import type { AttachedImage, EngineStatus, Response } from '../messages';

/**
 * The content script's only way to the engine: a message to the background, where the engine,
 * the settings and the roster live. Every failure (the engine threw, the background did not answer
 * in time, the extension was updated under the page) becomes an `unavailable` result, so the
 * caller can tell the teacher the check is off and let the site work as if we were not there.
 */

/** Long enough for a cold service worker to load the engine; short enough that a post is never held for long. */
export const ANALYSE_TIMEOUT_MS = 4000;

/** Drafts up to this length get the plain limit: every real post, and more. */
const PLAIN_LIMIT_LENGTH = 50_000;
/** The most a pasted giant is waited for (a megabyte takes about 3 s of CPU; a busy 2-core machine, several times that). */
const LONGEST_WAIT_MS = 30_000;

/**
 * How long to wait for the background's answer to a draft of this length: 4 s for anything a person
 * writes, then one more second for every further 50,000 characters, up to 30 s. A pasted document is
 * checked (up to a million characters) instead of being reported unchecked because it was long; the
 * post button waits for that answer, as it does for any check.
 */
export function analyseTimeoutFor(length: number): number {
  const extra = Math.ceil(Math.max(0, length - PLAIN_LIMIT_LENGTH) / PLAIN_LIMIT_LENGTH) * 1000;
  return Math.min(ANALYSE_TIMEOUT_MS + extra, LONGEST_WAIT_MS);
}

export type CheckResult =
  /** `status` is null only for an empty draft, which is never sent. */
  | { kind: 'checked'; text: string; findings: Finding[]; status: EngineStatus | null; truncated: boolean }
  | { kind: 'unavailable'; text: string; reason: LocalText };

export async function analyseDraft(text: string, images: AttachedImage[] = [], timeoutMs = analyseTimeoutFor(text.length)): Promise<CheckResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(timeoutMs)), timeoutMs);
  });
  try {
    const response = (await Promise.race([browser.runtime.sendMessage(images.length > 0 ? { type: 'analyse', text, images } : { type: 'analyse', text }), timeout])) as Response | undefined;
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

/** Reading a photo: the first of a browser session also loads the models (a few seconds on a slow machine). */
export const READ_IMAGE_TIMEOUT_MS = 35_000;

export type ReadImageResult = { ok: true; evidence: ImageEvidence } | { ok: false; error: string };

/** Sends a photo to be read in the extension's analysis page; every failure becomes a reason in words. */
export async function readImage(name: string, data: string, timeoutMs = READ_IMAGE_TIMEOUT_MS): Promise<ReadImageResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    const response = (await Promise.race([browser.runtime.sendMessage({ type: 'read-image', name, data }), timeout])) as Response | undefined;
    if (!response) return { ok: false, error: 'the photo check did not answer' };
    if (!response.ok) return { ok: false, error: response.error };
    if (response.type !== 'read-image') return { ok: false, error: 'the photo check gave an unexpected answer' };
    return { ok: true, evidence: response.evidence };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
