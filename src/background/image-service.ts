import { browser } from 'wxt/browser';
import { ImageEvidenceSchema } from '../engine/image/evidence';
import type { Response } from '../messages';
import { ANALYSIS_PAGE, ANALYSIS_TARGET, isAnalysisIdle, type AnalysisRequest, type AnalysisResponse } from '../image/analysis-protocol';

/**
 * The background's side of the photo check: it hands a photo to the extension page that reads
 * photos, opening that page the first time one is attached, and checks what comes back. The
 * background itself never loads a model: in Chrome it is a service worker, with no canvas and a
 * short life, and loading models there would cost every browser start.
 */
export type ImageReader = (name: string, data: string) => Promise<Response>;

/** Long enough for the first photo of a session (models load, ~2 s) on a slow machine. */
export const READ_IMAGE_TIMEOUT_MS = 30_000;

/** Photos handed to the analysis page and not yet answered: while there are any, it is not released. */
let inFlight = 0;

export const readImageInAnalysisPage: ImageReader = async (name, data) => {
  inFlight++;
  try {
    return await readInAnalysisPage(name, data);
  } finally {
    inFlight--;
  }
};

async function readInAnalysisPage(name: string, data: string): Promise<Response> {
  // A page being released is let go first; this photo then opens a new one.
  await closing;
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
}

let opening: Promise<void> | null = null;
let closing: Promise<void> = Promise.resolve();

/**
 * The analysis page says it has been idle (`RELEASE_AFTER_MS`): close it, which frees everything
 * the models hold, unless a photo is on its way to it (it will say so again once idle).
 */
export function startImageService(): void {
  const ownPage = browser.runtime.getURL(ANALYSIS_PAGE as '/');
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: unknown; url?: string }) => {
    if (!isAnalysisIdle(message) || sender.tab !== undefined || !sender.url?.startsWith(ownPage)) return undefined;
    void releaseAnalysisPage();
    return undefined;
  });
}

export function releaseAnalysisPage(): Promise<void> {
  if (inFlight > 0) return closing;
  const open = opening;
  opening = null;
  closing = (async () => {
    try {
      await open;
    } catch {
      // It never opened: nothing to close, unless a restarted service worker left one behind (below).
    }
    await (import.meta.env.FIREFOX ? closeFrame() : closeOffscreenDocument());
  })().catch((error: unknown) => console.warn('School Post Guardrail: the photo check page could not be closed', error));
  return closing;
}

function openAnalysisPage(): Promise<void> {
  opening ??= (import.meta.env.FIREFOX ? openFrame() : openOffscreenDocument()).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface RuntimeContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

const chromeApi = () => (globalThis as unknown as { chrome: { offscreen: OffscreenApi; runtime: RuntimeContexts } }).chrome;

/**
 * Chrome: an offscreen document (the `offscreen` permission), the one kind of extension page that
 * can exist with no window or tab. It stays open while photos keep coming, so the models load once
 * (until it is released after `RELEASE_AFTER_MS` idle).
 */
async function openOffscreenDocument(): Promise<void> {
  // A service worker restarted mid-session finds the document still open.
  const existing = await chromeApi().runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing && existing.length > 0) return;
  await chromeApi().offscreen.createDocument({
    url: ANALYSIS_PAGE,
    reasons: ['WORKERS'],
    justification: 'Reads a photo attached to a post on this device (face model, text recognition in a worker), outside the site’s page.',
  });
}

async function closeOffscreenDocument(): Promise<void> {
  const existing = await chromeApi().runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing && existing.length === 0) return;
  await chromeApi().offscreen.closeDocument();
}

let frame: HTMLIFrameElement | null = null;

async function closeFrame(): Promise<void> {
  frame?.remove();
  frame = null;
}

/** Firefox has no offscreen documents, but its background is a page: the analysis page is a frame in it. */
async function openFrame(): Promise<void> {
  frame = document.createElement('iframe');
  const opened = frame;
  opened.src = browser.runtime.getURL(ANALYSIS_PAGE as '/');
  await new Promise<void>((resolve, reject) => {
    opened.addEventListener('load', () => resolve(), { once: true });
    opened.addEventListener('error', () => reject(new Error('the photo check page could not be opened')), { once: true });
    document.body.append(opened);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
}
