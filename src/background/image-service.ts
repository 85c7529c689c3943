import { browser } from 'wxt/browser';
import { ImageEvidenceSchema } from '../engine/image/evidence';
import type { Response } from '../messages';
import { ANALYSIS_PAGE, ANALYSIS_TARGET, type AnalysisRequest, type AnalysisResponse } from '../image/analysis-protocol';

/**
 * The background's side of the photo check: it hands a photo to the extension page that reads
 * photos, opening that page the first time one is attached, and checks what comes back. The
 * background itself never loads a model: in Chrome it is a service worker, with no canvas and a
 * short life, and loading models there would cost every browser start.
 */
export type ImageReader = (name: string, data: string) => Promise<Response>;

/** Long enough for the first photo of a session (models load, ~2 s) on a slow machine. */
export const READ_IMAGE_TIMEOUT_MS = 30_000;

export const readImageInAnalysisPage: ImageReader = async (name, data) => {
  await openAnalysisPage();
  const request: AnalysisRequest = { target: ANALYSIS_TARGET, name, data };
  let answer: AnalysisResponse | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      answer = (await withTimeout(browser.runtime.sendMessage(request), READ_IMAGE_TIMEOUT_MS)) as AnalysisResponse | undefined;
      break;
    } catch (error) {
      // The page may still be starting: its listener is not there yet. Once more, then give up.
      if (attempt > 0 || !/receiving end does not exist/i.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  if (!answer) return { ok: false, error: 'the photo check did not answer' };
  if (!answer.ok) return { ok: false, error: answer.error };
  const evidence = ImageEvidenceSchema.safeParse(answer.evidence);
  if (!evidence.success) return { ok: false, error: 'the photo check gave an answer that does not make sense' };
  return { ok: true, type: 'read-image', evidence: evidence.data, timings: answer.timings };
};

let opening: Promise<void> | null = null;

function openAnalysisPage(): Promise<void> {
  opening ??= (import.meta.env.FIREFOX ? openFrame() : openOffscreenDocument()).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface RuntimeContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

/**
 * Chrome: an offscreen document (the `offscreen` permission), the one kind of extension page that
 * can exist with no window or tab. It lasts the browser session, so the models load once.
 */
async function openOffscreenDocument(): Promise<void> {
  const chromeApi = (globalThis as unknown as { chrome: { offscreen: OffscreenApi; runtime: RuntimeContexts } }).chrome;
  // A service worker restarted mid-session finds the document still open.
  const existing = await chromeApi.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing && existing.length > 0) return;
  await chromeApi.offscreen.createDocument({
    url: ANALYSIS_PAGE,
    reasons: ['WORKERS'],
    justification: 'Reads a photo attached to a post on this device (face model, text recognition in a worker), outside the site’s page.',
  });
}

/** Firefox has no offscreen documents, but its background is a page: the analysis page is a frame in it. */
async function openFrame(): Promise<void> {
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(ANALYSIS_PAGE as '/');
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('the photo check page could not be opened')), { once: true });
    document.body.append(frame);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
}
