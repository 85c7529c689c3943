import { describe, expect, test } from 'vitest';
import { FaceWorkerClient } from '../../src/image/face-worker-client';
import type { FaceWorkerRequest, FaceWorkerResponse } from '../../src/image/face-worker-protocol';

/**
 * The analysis page's side of a face worker, against a stand-in worker that answers as the real one
 * (src/image/face-worker.ts, which runs the models: tested with the built extension in
 * tests/e2e/photos.test.ts, demo-photos.test.ts and photo-memory.test.ts).
 */
class StandInWorker {
  received: FaceWorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FaceWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(private readonly answer: (request: FaceWorkerRequest) => FaceWorkerResponse | null) {}
  postMessage(request: FaceWorkerRequest): void {
    this.received.push(request);
    const reply = this.answer(request);
    if (reply) setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent<FaceWorkerResponse>), 0);
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const paths = { modelBasePath: 'chrome-extension://x/models/', wasmPath: 'chrome-extension://x/tfjs/', gearUrl: 'chrome-extension://x/models/gear.json' };
const pixels = { width: 2, height: 1, data: new Uint8ClampedArray(8) };
const face = { score: 0.9, age: 7, box: [0.1, 0.1, 0.2, 0.2] as [number, number, number, number] };
const cost = { detectMs: 5, gearMs: 1, faces: 1, gearFaces: 1 };

function standIn(hold = false): { workers: StandInWorker[]; client: FaceWorkerClient } {
  const workers: StandInWorker[] = [];
  const client = new FaceWorkerClient(paths, () => {
    const worker = new StandInWorker((request) => {
      if (request.kind === 'load') return { id: request.id, ok: true, backend: 'wasm' };
      return request.id === 2 && hold ? null : { id: request.id, ok: true, backend: 'wasm', seen: { faces: [face], people: [] }, cost };
    });
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { workers, client };
}

describe('FaceWorkerClient', () => {
  test('loads the models once in one worker, tells it where they are, and reads a photo there', async () => {
    const { workers, client } = standIn();
    await Promise.all([client.load(), client.load()]);
    const seen = await client.read(pixels);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.filter((r) => r.kind === 'load')).toEqual([{ id: 1, kind: 'load', ...paths }]);
    expect(seen).toEqual({ faces: [face], people: [] });
    expect(client.backend()).toBe('wasm');
    expect(client.lastCost).toEqual(cost);
  });

  test('an error answered by the worker fails that reading with its words', async () => {
    const workers: StandInWorker[] = [];
    const client = new FaceWorkerClient(paths, () => {
      const worker = new StandInWorker((request) => (request.kind === 'load' ? { id: request.id, ok: true, backend: 'wasm' } : { id: request.id, ok: false, error: 'input error: tensor disposed' }));
      workers.push(worker);
      return worker as unknown as Worker;
    });
    await expect(client.read(pixels)).rejects.toThrow('input error: tensor disposed');
  });

  test('a worker that dies fails every waiting question clearly, and the next photo starts a new one and loads again', async () => {
    const { workers, client } = standIn(true);
    await client.load();
    const reading = client.read(pixels);
    await expect.poll(() => workers[0]!.received.some((r) => r.kind === 'read')).toBe(true);
    workers[0]!.fail('out of memory');
    await expect(reading).rejects.toThrow('the face worker failed: out of memory');
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.read(pixels)).resolves.toEqual({ faces: [face], people: [] });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received.map((r) => r.kind)).toEqual(['load', 'read']);
  });

  test('a worker that cannot start fails the load, and the load is tried again next time', async () => {
    let attempts = 0;
    const workers: StandInWorker[] = [];
    const client = new FaceWorkerClient(paths, () => {
      attempts++;
      const worker = new StandInWorker((request) => (attempts === 1 ? { id: request.id, ok: false, error: 'WebAssembly refused' } : { id: request.id, ok: true, backend: 'wasm' }));
      workers.push(worker);
      return worker as unknown as Worker;
    });
    await expect(client.load()).rejects.toThrow('WebAssembly refused');
    await expect(client.load()).resolves.toBeUndefined();
    expect(attempts).toBe(2);
  });
});
