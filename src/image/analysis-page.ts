import { browser } from 'wxt/browser';
import { ImageInputError } from './image-type';
import { ANALYSIS_IDLE, isAnalysisControl, isAnalysisRequest, RELEASE_AFTER_MS, type AnalysisIdle, type AnalysisResponse, type AnalysisStatus } from './analysis-protocol';
import { createBrowserReaders, type BrowserReaders } from './browser-readers';
import { readPhoto } from './read-photo';

/** Readings kept by the photo's bytes: the same photo attached again (in another post, another tab) is not read twice. */
const CACHED_READINGS = 32;

/**
 * The extension page that reads photos: never a site's page, so the models and the photo stay in
 * the extension. The models load when the first photo arrives (a page with no photo attached
 * costs nothing). After `RELEASE_AFTER_MS` with no photo, the page asks the background to close
 * it, which gives back all its memory (the models, TensorFlow.js's and tesseract's WebAssembly
 * heaps, the text workers); the next photo opens it again and loads the models again.
 */
export function startAnalysisPage(): void {
  let readers: BrowserReaders | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let releaseAfterMs = RELEASE_AFTER_MS;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const readings = new Map<string, Extract<AnalysisResponse, { ok: true }>>();
  const ownBackground = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: unknown; url?: string }) => {
    // Content scripts' messages reach every extension page too: those are the background's to answer.
    if (sender.tab !== undefined || !(sender.url ?? ownBackground).startsWith(ownBackground)) return undefined;
    if (isAnalysisControl(message)) {
      if (message.control === 'release-after') {
        releaseAfterMs = message.ms;
        if (waiting === 0) armIdleTimer();
      }
      return Promise.resolve(status());
    }
    if (!isAnalysisRequest(message)) return undefined;
    // One photo at a time: two at once would only compete for the same two cores.
    clearTimeout(idleTimer);
    waiting++;
    const answer = queue.then(() => read(message.name, message.data));
    queue = answer
      .catch(() => undefined)
      .finally(() => {
        if (--waiting === 0) armIdleTimer();
      });
    return answer;
  });

  function armIdleTimer(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      const idle: AnalysisIdle = { type: ANALYSIS_IDLE };
      // The background closes this page unless a photo is on its way here; if it cannot be told, the page simply stays.
      browser.runtime.sendMessage(idle).catch(() => undefined);
    }, releaseAfterMs);
  }

  function status(): AnalysisStatus {
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return { modelsLoaded: readers !== null, releaseAfterMs, jsHeapBytes: memory ? memory.usedJSHeapSize : null };
  }

  async function read(name: string, data: string): Promise<AnalysisResponse> {
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(data);
    } catch {
      return { ok: false, error: 'the photo did not arrive intact', unreadable: true };
    }
    try {
      const key = await digest(bytes);
      const known = readings.get(key);
      if (known) {
        readings.delete(key);
        readings.set(key, known);
        return { ok: true, evidence: { ...known.evidence, name: name.slice(0, 300) }, timings: { ...known.timings, decodeMs: 0, facesMs: 0, textMs: 0, totalMs: 0, modelLoadMs: 0, cached: true } };
      }
      let modelLoadMs = 0;
      if (!readers) {
        const started = performance.now();
        const created = createBrowserReaders();
        await created.load();
        readers = created;
        modelLoadMs = performance.now() - started;
      }
      const { evidence, timings } = await readPhoto(bytes, name, readers);
      const answer = { ok: true as const, evidence, timings: { ...timings, modelLoadMs, backend: readers.backend(), faceCost: readers.faceCost() } };
      readings.set(key, answer);
      if (readings.size > CACHED_READINGS) readings.delete(readings.keys().next().value!);
      return answer;
    } catch (error) {
      if (error instanceof ImageInputError) return { ok: false, error: error.message, unreadable: true };
      console.warn('School Post Guardrail: the photo check failed', error);
      return { ok: false, error: `the photo check failed: ${(error as Error).message ?? String(error)}`, unreadable: false };
    }
  }
}

async function digest(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
