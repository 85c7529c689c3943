import type { Config, Human } from '@vladmandic/human';
import type { FaceEvidence } from '../engine/image/evidence';
import { rgbFloats, type Pixels } from './pixels';

/**
 * Faces and their apparent age, with Human (@vladmandic/human) on TensorFlow.js's WebAssembly
 * backend: BlazeFace finds faces, the face mesh confirms them (it turns away cats, cushions and
 * foliage that BlazeFace alone takes for faces), and FaceRes estimates age. The models are the
 * ones shipped inside the npm package, loaded from `modelBasePath` on this device: the command
 * line reads them from node_modules, the extension from its own files. Nothing is fetched from
 * anywhere else, and nothing is cached in IndexedDB (the files are already local).
 */
export const FACE_MODELS = ['blazeface', 'facemesh', 'faceres'] as const;

export function faceConfig(modelBasePath: string, wasmPath: string): Partial<Config> {
  return {
    backend: 'wasm',
    modelBasePath,
    wasmPath,
    wasmPlatformFetch: false,
    cacheModels: false,
    debug: false,
    async: true,
    warmup: 'none',
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      // A still photo, not a video: no frame skipping, no caching between calls.
      detector: { enabled: true, modelPath: 'blazeface.json', rotation: false, maxDetected: 40, minConfidence: 0.3, iouThreshold: 0.1, return: false, skipFrames: 0, skipTime: 0, mask: false, square: false, scale: 1.4, cropFactor: 1.6 },
      mesh: { enabled: true, modelPath: 'facemesh.json', keepInvalid: false },
      attention: { enabled: false },
      iris: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      description: { enabled: true, modelPath: 'faceres.json', skipFrames: 0, skipTime: 0, minConfidence: 0.1 },
      gear: { enabled: false },
    },
  } as Partial<Config>;
}

export class FaceReader {
  private ready: Promise<void> | null = null;

  constructor(private readonly human: Human) {}

  /** Loads the models once; later calls share the first load. A failed load is retried next time. */
  load(): Promise<void> {
    this.ready ??= (async () => {
      // Extension pages pass TensorFlow.js's test for WebAssembly threads, but its thread workers
      // start from blob: URLs, which the extension's CSP rightly refuses; the backend would then
      // fail and fall back to WebGL, in software on machines without a GPU (ten times slower).
      this.human.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      await this.human.load();
      await this.human.tf.ready();
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  /** The TensorFlow.js backend in use ("wasm"; another means the WebAssembly one could not start). */
  backend(): string {
    return String(this.human.tf.getBackend());
  }

  async read(pixels: Pixels): Promise<FaceEvidence[]> {
    await this.load();
    const tf = this.human.tf;
    const input = tf.tensor4d(rgbFloats(pixels), [1, pixels.height, pixels.width, 3], 'float32');
    try {
      const result = await this.human.detect(input);
      return result.face.map((face) => ({
        score: Math.min(1, Math.max(0, face.faceScore || face.score)),
        // Human leaves `age` out when FaceRes puts the face in its youngest bucket (an estimate of 0):
        // a face the age model did read (it has a descriptor) but got no age for is a very young child.
        age: typeof face.age === 'number' && face.age > 0 ? face.age : face.embedding && face.embedding.length > 0 ? 0 : null,
      }));
    } finally {
      input.dispose();
    }
  }
}
