import { browser } from 'wxt/browser';
import type { FaceReadCost } from './face-reader';
import { FaceWorkerClient } from './face-worker-client';
import { checkDimensions, ImageInputError } from './image-type';
import { shrinkFactor, type Pixels } from './pixels';
import type { PhotoReaders } from './read-photo';
import { TextReader } from './text-reader';

/**
 * The photo readers in the extension's analysis page. Every file they load is one of the
 * extension's own (copied from the npm packages at build time, see wxt.config.ts): the face models
 * under /models/, TensorFlow.js's WebAssembly under /tfjs/, tesseract's worker, core and English
 * and Welsh models under /tesseract/. Nothing is fetched from anywhere else.
 */
export interface BrowserReaders extends PhotoReaders {
  load(): Promise<void>;
  backend(): string;
  /** Where the last photo's face-side time went (the bench's verbose lines). */
  faceCost(): FaceReadCost | null;
}

export function createBrowserReaders(): BrowserReaders {
  const own = (path: string) => browser.runtime.getURL(path as '/');
  // The face models in a worker of their own (face-worker.ts), so that they and the text side's
  // steps on this page's thread run side by side. The worker script is bundled into the
  // extension's own files at build time (new URL(…, import.meta.url)), never a blob: URL.
  const faces = new FaceWorkerClient(
    { modelBasePath: own('/models/'), wasmPath: own('/tfjs/'), gearUrl: own('/models/gear.json') },
    // The same script twice: the face worker and its age helper (see face-worker.ts).
    (role) => new Worker(new URL('./face-worker.ts', import.meta.url), { type: 'module', name: role === 'faces' ? 'face-models' : 'face-ages' }),
  );
  const text = new TextReader({
    workerPath: own('/tesseract/worker.min.js'),
    // One core, chosen here: left to itself, tesseract.js picks among six by CPU features.
    corePath: own('/tesseract/tesseract-core-simd-lstm.js'),
    langPath: own('/tesseract'),
    // A worker from the extension's own file, not a blob: URL (which the extension's CSP would refuse).
    workerBlobURL: false,
  }, { wrap: (pgm) => new Blob([pgm as Uint8Array<ArrayBuffer>]) });
  return {
    decode,
    faces: (pixels) => faces.read(pixels),
    text: (pixels) => text.read(pixels),
    load: async () => {
      await Promise.all([faces.load(), text.load()]);
    },
    backend: () => faces.backend(),
    faceCost: () => faces.lastCost,
  };
}

/** The browser's own decoder (JPEG, PNG, WebP, GIF, BMP), drawn at most `MAX_SIDE` a side. */
async function decode(bytes: Uint8Array): Promise<Pixels> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  } catch {
    throw new ImageInputError('the image is damaged or in a format the browser cannot read');
  }
  try {
    checkDimensions(bitmap.width, bitmap.height);
    const k = shrinkFactor(bitmap.width, bitmap.height);
    const width = Math.floor(bitmap.width / k);
    const height = Math.floor(bitmap.height / k);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return { width, height, data: context.getImageData(0, 0, width, height).data };
  } finally {
    bitmap.close();
  }
}
