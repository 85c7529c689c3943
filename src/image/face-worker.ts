import { Human } from '@vladmandic/human';
import { agesOf, FACERES_MODEL, nextTask, type AgeHelper, type FaceCrop } from './face-ages';
import { FaceReader, faceConfig } from './face-reader';
import { loadWithRelu6 } from './model-graph';
import type { AgeRequest, AgeResponse, FaceWorkerRequest, FaceWorkerResponse } from './face-worker-protocol';

/**
 * The face side of the photo check (BlazeFace, the face mesh, FaceRes, GEAR, CenterNet) in a
 * dedicated worker of the analysis page. Each TensorFlow.js model runs synchronously on its
 * thread for tenths of a second; on the page's own thread it held up the text side's steps
 * there (preparing each reading and handing it to tesseract's worker), so text waited for faces
 * although both have a core. Here the page's thread stays free and faces and text really run
 * side by side. The script is one of the extension's own files (not a blob: URL), which the
 * extension's CSP allows; its 'wasm-unsafe-eval' lets TensorFlow.js's WebAssembly compile here too.
 *
 * The page starts this script a second time as the face worker's **age helper** (`load-ages`): it
 * holds only FaceRes and reads the ages of some of a group photo's faces while the face worker runs
 * CenterNet and the rest (FaceRes is about 90 ms a face, the larger part of a group photo's time,
 * and TensorFlow.js's own threads are not available to an extension page, see face-reader.ts).
 */
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<FaceWorkerRequest>) => void) | null; postMessage(message: FaceWorkerResponse): void };
let reader: FaceReader | null = null;
let helper: PortHelper | null = null;
// One request at a time, in the order they came (the page sends one photo at a time anyway).
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  // Answered at once, not queued: the photo being read may be waiting for the helper that died.
  if (request.kind === 'helper-lost') {
    helper?.lose();
    helper = null;
    reader?.setAgeHelper(null);
    return;
  }
  queue = queue.then(async () => {
    try {
      if (request.kind === 'load') {
        reader ??= new FaceReader(new Human(faceConfig(request.modelBasePath, request.wasmPath)), request.gearUrl);
        if (request.helper) {
          helper = new PortHelper(request.helper);
          reader.setAgeHelper(helper);
        }
        await reader.load();
        scope.postMessage({ id: request.id, ok: true, backend: reader.backend() });
      } else if (request.kind === 'load-ages') {
        const backend = await serveAges(request.modelBasePath, request.wasmPath, request.port);
        scope.postMessage({ id: request.id, ok: true, backend });
      } else {
        if (!reader) throw new Error('the face models were not loaded');
        const seen = await reader.read(request.pixels);
        scope.postMessage({ id: request.id, ok: true, backend: reader.backend(), seen, cost: reader.lastCost });
      }
    } catch (error) {
      scope.postMessage({ id: request.id, ok: false, error: (error as Error)?.message ?? String(error) });
    }
  });
};

/** The face worker's side of the helper: jobs over the port, each answered by its id, an age at a time. */
class PortHelper implements AgeHelper {
  private nextId = 1;
  private readonly waiting = new Map<number, { each: (index: number, age: number) => void; resolve: () => void; reject: (e: Error) => void }>();
  constructor(private readonly port: MessagePort) {
    port.onmessage = (event: MessageEvent<AgeResponse>) => {
      const answer = event.data;
      const waiter = this.waiting.get(answer.id);
      if (!waiter) return;
      if ('age' in answer) return waiter.each(answer.index, answer.age);
      this.waiting.delete(answer.id);
      if ('done' in answer) waiter.resolve();
      else waiter.reject(new Error(answer.error));
    };
  }
  ages(crops: FaceCrop[], each: (index: number, age: number) => void): { done: Promise<void>; stop(): void } {
    const id = this.nextId++;
    const done = new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { each, resolve, reject });
      // Transferred, not copied: the crops were copied out of TensorFlow.js for this message alone.
      this.port.postMessage({ id, crops } satisfies AgeRequest, crops.map((c) => c.data.buffer));
    });
    const stop = () => {
      const waiter = this.waiting.get(id);
      if (!waiter) return;
      this.waiting.delete(id);
      waiter.resolve();
      this.port.postMessage({ id, stop: true } satisfies AgeRequest);
    };
    return { done, stop };
  }
  /** Fails every job still waiting (the face worker then reads those faces itself). */
  lose(): void {
    for (const waiter of this.waiting.values()) waiter.reject(new Error('the age helper is gone'));
    this.waiting.clear();
    this.port.close();
  }
}

/** The helper's side: loads FaceRes alone (and warms it up), then reads the face worker's jobs in order, a face at a time. */
async function serveAges(modelBasePath: string, wasmPath: string, port: MessagePort): Promise<string> {
  // Human only for its TensorFlow.js and backend setup: every one of its own models off.
  const config = faceConfig(modelBasePath, wasmPath);
  const human = new Human({ ...config, face: { enabled: false }, object: { enabled: false } } as typeof config);
  const tf = human.tf;
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await human.init();
  await tf.ready();
  const model = await loadWithRelu6(tf, new URL(FACERES_MODEL, modelBasePath).href);
  const shape = model.inputs[0]!.shape!;
  for (let run = 0; run < 2; run++) {
    const zeros = tf.zeros([1, shape[1]!, shape[2]!, 3]);
    tf.dispose([zeros, model.execute(zeros) as never]);
  }
  const stopped = new Set<number>();
  let served: Promise<unknown> = Promise.resolve();
  port.onmessage = (event: MessageEvent<AgeRequest>) => {
    const request = event.data;
    // Handled at once: the job it stops is the one being read.
    if ('stop' in request) return void stopped.add(request.id);
    served = served.then(async () => {
      try {
        for (const [index, crop] of request.crops.entries()) {
          // Between faces, the face worker's "stop" can arrive (it read the rest itself).
          await nextTask();
          if (stopped.has(request.id)) break;
          const [age] = await agesOf(tf, model, [crop]);
          port.postMessage({ id: request.id, index, age: age! } satisfies AgeResponse);
        }
        port.postMessage({ id: request.id, done: true } satisfies AgeResponse);
      } catch (error) {
        port.postMessage({ id: request.id, error: (error as Error)?.message ?? String(error) } satisfies AgeResponse);
      } finally {
        stopped.delete(request.id);
      }
    });
  };
  return String(tf.getBackend());
}
