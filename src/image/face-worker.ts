import { Human } from '@vladmandic/human';
import { FaceReader, faceConfig } from './face-reader';
import type { FaceWorkerRequest, FaceWorkerResponse } from './face-worker-protocol';

/**
 * The face side of the photo check (BlazeFace, the face mesh, FaceRes, GEAR, CenterNet) in a
 * dedicated worker of the analysis page. Each TensorFlow.js model runs synchronously on its
 * thread for tenths of a second; on the page's own thread it held up the text side's steps
 * there (preparing each reading and handing it to tesseract's worker), so text waited for faces
 * although both have a core. Here the page's thread stays free and faces and text really run
 * side by side. The script is one of the extension's own files (not a blob: URL), which the
 * extension's CSP allows; its 'wasm-unsafe-eval' lets TensorFlow.js's WebAssembly compile here too.
 */
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<FaceWorkerRequest>) => void) | null; postMessage(message: FaceWorkerResponse): void };
let reader: FaceReader | null = null;
// One request at a time, in the order they came (the page sends one photo at a time anyway).
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      if (request.kind === 'load') {
        reader ??= new FaceReader(new Human(faceConfig(request.modelBasePath, request.wasmPath)), request.gearUrl);
        await reader.load();
        scope.postMessage({ id: request.id, ok: true, backend: reader.backend() });
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
