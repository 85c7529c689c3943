import { browser } from 'wxt/browser';
import { ImageInputError } from './image-type';
import { isAnalysisRequest, type AnalysisResponse } from './analysis-protocol';
import { createBrowserReaders, type BrowserReaders } from './browser-readers';
import { readPhoto } from './read-photo';

/**
 * The extension page that reads photos: never a site's page, so the models and the photo stay in
 * the extension. The models load when the first photo arrives (a page with no photo attached
 * costs nothing) and stay loaded for the rest of the browser session.
 */
export function startAnalysisPage(): void {
  let readers: BrowserReaders | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const ownBackground = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: unknown; url?: string }) => {
    // Content scripts' messages reach every extension page too: those are the background's to answer.
    if (!isAnalysisRequest(message) || sender.tab !== undefined || !(sender.url ?? ownBackground).startsWith(ownBackground)) return undefined;
    // One photo at a time: two at once would only compete for the same two cores.
    const answer = queue.then(() => read(message.name, message.data));
    queue = answer.catch(() => undefined);
    return answer;
  });

  async function read(name: string, data: string): Promise<AnalysisResponse> {
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(data);
    } catch {
      return { ok: false, error: 'the photo did not arrive intact', unreadable: true };
    }
    try {
      let modelLoadMs = 0;
      if (!readers) {
        const started = performance.now();
        const created = createBrowserReaders();
        await created.load();
        readers = created;
        modelLoadMs = performance.now() - started;
      }
      const { evidence, timings } = await readPhoto(bytes, name, readers);
      return { ok: true, evidence, timings: { ...timings, modelLoadMs, backend: readers.backend() } };
    } catch (error) {
      if (error instanceof ImageInputError) return { ok: false, error: error.message, unreadable: true };
      console.warn('School Post Guardrail: the photo check failed', error);
      return { ok: false, error: `the photo check failed: ${(error as Error).message ?? String(error)}`, unreadable: false };
    }
  }
}

function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
