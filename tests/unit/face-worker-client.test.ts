import { describe, expect, test } from 'vitest';
import { FaceWorkerClient, type FaceWorkerRole } from '../../src/image/face-worker-client';
import type { FaceWorkerRequest, FaceWorkerResponse } from '../../src/image/face-worker-protocol';

/**
 * The analysis page's side of a face worker, against a stand-in worker that answers as the real one
 * (src/image/face-worker.ts, which runs the models: tested with the built extension in
 * tests/e2e/photos.test.ts, demo-photos.test.ts and photo-memory.test.ts).
 */
class StandInWorker {
  role: FaceWorkerRole = 'faces';
  received: FaceWorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FaceWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(private readonly answer: (request: FaceWorkerRequest) => FaceWorkerResponse | null) {}
  postMessage(request: FaceWorkerRequest, _transfer?: Transferable[]): void {
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
const cost = { detectMs: 5, gearMs: 1, faces: 1, gearFaces: 1, helperFaces: 0 };
const kinds = (worker: StandInWorker | undefined) => worker?.received.map((r) => r.kind);

/** A face worker and an age helper standing in for face-worker.ts; `helper` says how the helper's load goes. */
function standIn(hold = false, helper: 'loads' | 'fails' | 'silent' = 'loads'): { workers: StandInWorker[]; faces: () => StandInWorker[]; helpers: () => StandInWorker[]; client: FaceWorkerClient } {
  const workers: StandInWorker[] = [];
  const client = new FaceWorkerClient(paths, (role) => {
    const worker = new StandInWorker((request) => {
      if (request.kind === 'load-ages') return helper === 'silent' ? null : helper === 'loads' ? { id: request.id, ok: true, backend: 'wasm' } : { id: request.id, ok: false, error: 'out of memory' };
      if (request.kind === 'helper-lost') return null;
      if (request.kind === 'load') return { id: request.id, ok: true, backend: 'wasm' };
      return hold ? null : { id: request.id, ok: true, backend: 'wasm', seen: { faces: [face], people: [] }, cost };
    });
    worker.role = role;
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { workers, faces: () => workers.filter((w) => w.role === 'faces'), helpers: () => workers.filter((w) => w.role === 'ages'), client };
}

describe('FaceWorkerClient', () => {
  test('loads the models once in one worker and FaceRes once in its helper, joined by one channel, and reads a photo there', async () => {
    const { faces, helpers, client } = standIn();
    await Promise.all([client.load(), client.load()]);
    const seen = await client.read(pixels);
    expect(faces()).toHaveLength(1);
    expect(helpers()).toHaveLength(1);
    const load = faces()[0]!.received.filter((r) => r.kind === 'load');
    const loadAges = helpers()[0]!.received.filter((r) => r.kind === 'load-ages');
    expect(load).toEqual([{ id: 1, kind: 'load', ...paths, helper: expect.any(MessagePort) }]);
    expect(loadAges).toEqual([{ id: 2, kind: 'load-ages', modelBasePath: paths.modelBasePath, wasmPath: paths.wasmPath, port: expect.any(MessagePort) }]);
    expect(kinds(faces()[0])).toEqual(['load', 'read']);
    expect(seen).toEqual({ faces: [face], people: [] });
    expect(client.backend()).toBe('wasm');
    expect(client.lastCost).toEqual(cost);
  });

  test('an error answered by the worker fails that reading with its words', async () => {
    const workers: StandInWorker[] = [];
    const client = new FaceWorkerClient(paths, () => {
      const worker = new StandInWorker((request) => (request.kind === 'load' || request.kind === 'load-ages' ? { id: request.id, ok: true, backend: 'wasm' } : { id: request.id, ok: false, error: 'input error: tensor disposed' }));
      workers.push(worker);
      return worker as unknown as Worker;
    });
    await expect(client.read(pixels)).rejects.toThrow('input error: tensor disposed');
  });

  test('a worker that dies fails every waiting question clearly, and the next photo starts a new one (and a new helper) and loads again', async () => {
    let hold = true;
    const workers: StandInWorker[] = [];
    const client = new FaceWorkerClient(paths, (role) => {
      const worker = new StandInWorker((request) => {
        if (request.kind === 'load' || request.kind === 'load-ages') return { id: request.id, ok: true, backend: 'wasm' };
        return request.kind === 'read' && !hold ? { id: request.id, ok: true, backend: 'wasm', seen: { faces: [face], people: [] }, cost } : null;
      });
      worker.role = role;
      workers.push(worker);
      return worker as unknown as Worker;
    });
    await client.load();
    const reading = client.read(pixels);
    await expect.poll(() => workers[0]!.received.some((r) => r.kind === 'read')).toBe(true);
    workers[0]!.fail('out of memory');
    await expect(reading).rejects.toThrow('the face worker failed: out of memory');
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    hold = false;
    await expect(client.read(pixels)).resolves.toEqual({ faces: [face], people: [] });
    expect(workers.map((w) => w.role)).toEqual(['faces', 'ages', 'faces', 'ages']);
    expect(kinds(workers[2])).toEqual(['load', 'read']);
  });

  test('a helper that cannot load is ended and the face worker told, before any photo: every face is then read in the face worker', async () => {
    const { faces, helpers, client } = standIn(false, 'fails');
    await client.load();
    expect(helpers()[0]!.terminated).toBe(true);
    expect(kinds(faces()[0])).toEqual(['load', 'helper-lost']);
    await expect(client.read(pixels)).resolves.toEqual({ faces: [face], people: [] });
    expect(faces()[0]!.terminated).toBe(false);
  });

  test('a helper that dies mid-photo: the face worker is told at once (it reads those faces itself) and the photo is still answered', async () => {
    const { faces, helpers, client } = standIn(true);
    await client.load();
    const reading = client.read(pixels);
    await expect.poll(() => kinds(faces()[0])).toEqual(['load', 'read']);
    helpers()[0]!.fail('out of memory');
    expect(kinds(faces()[0])).toEqual(['load', 'read', 'helper-lost']);
    expect(helpers()[0]!.terminated).toBe(true);
    // The face worker (a stand-in here) answers the photo once it has read the faces itself.
    const read = faces()[0]!.received.find((r) => r.kind === 'read')!;
    faces()[0]!.onmessage?.({ data: { id: read.id, ok: true, backend: 'wasm', seen: { faces: [face], people: [] }, cost } } as unknown as MessageEvent<FaceWorkerResponse>);
    await expect(reading).resolves.toEqual({ faces: [face], people: [] });
  });

  test('a worker that cannot start fails the load, and the load is tried again next time', async () => {
    let attempts = 0;
    const workers: StandInWorker[] = [];
    const client = new FaceWorkerClient(paths, (role) => {
      if (role === 'faces') attempts++;
      const worker = new StandInWorker((request) => (attempts === 1 ? { id: request.id, ok: false, error: 'WebAssembly refused' } : { id: request.id, ok: true, backend: 'wasm' }));
      workers.push(worker);
      return worker as unknown as Worker;
    });
    await expect(client.load()).rejects.toThrow('WebAssembly refused');
    await expect(client.load()).resolves.toBeUndefined();
    expect(attempts).toBe(2);
  });
});
