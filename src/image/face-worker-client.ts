import type { FaceReadCost, PeopleSeen } from './face-reader';
import type { FaceWorkerRequest, FaceWorkerResponse } from './face-worker-protocol';
import type { Pixels } from './pixels';

type Question = { kind: 'load'; modelBasePath: string; wasmPath: string; gearUrl: string } | { kind: 'read'; pixels: Pixels };

/**
 * The analysis page's side of the face worker: the same `load` and `read` as `FaceReader`, the
 * work done on the worker's thread. The worker lives as long as the page (closing the page at the
 * idle release ends it and frees its models); if it fails to start or dies, every question then
 * fails with a clear error, which the photo check reports as "check failed".
 */
export class FaceWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: FaceWorkerResponse & { ok: true }) => void; reject: (e: Error) => void }>();
  private loaded: Promise<void> | null = null;
  private backendName = 'not loaded';
  /** Where the last photo's face-side time went, in the worker (for the bench). */
  lastCost: FaceReadCost | null = null;

  constructor(
    private readonly paths: { modelBasePath: string; wasmPath: string; gearUrl: string },
    private readonly start: () => Worker,
  ) {}

  /** Starts the worker and loads the models there once; later calls share the first load. A failed load is retried next time. */
  load(): Promise<void> {
    this.loaded ??= this.ask({ kind: 'load', ...this.paths })
      .then((answer) => {
        this.backendName = answer.backend;
      })
      .catch((error: unknown) => {
        this.loaded = null;
        this.stop(error as Error);
        throw error;
      });
    return this.loaded;
  }

  async read(pixels: Pixels): Promise<PeopleSeen> {
    await this.load();
    const answer = await this.ask({ kind: 'read', pixels });
    if (!answer.seen) throw new Error('the face worker answered without a reading');
    this.lastCost = answer.cost ?? null;
    return answer.seen;
  }

  backend(): string {
    return this.backendName;
  }

  private ask(question: Question): Promise<FaceWorkerResponse & { ok: true }> {
    const worker = this.worker ?? this.startWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // The pixels are copied, not transferred: the text side reads the same pixels at the same time.
      worker.postMessage({ id, ...question } satisfies FaceWorkerRequest);
    });
  }

  private startWorker(): Worker {
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<FaceWorkerResponse>) => {
      const answer = event.data;
      const waiter = this.waiting.get(answer.id);
      if (!waiter) return;
      this.waiting.delete(answer.id);
      if (answer.ok) waiter.resolve(answer);
      else waiter.reject(new Error(answer.error));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.loaded = null;
      this.stop(new Error(`the face worker failed: ${event.message || 'it could not start'}`));
    };
    this.worker = worker;
    return worker;
  }

  /** Ends the worker and fails every question still waiting. */
  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
