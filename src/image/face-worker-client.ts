import type { FaceReadCost, PeopleSeen } from './face-reader';
import type { FaceWorkerRequest, FaceWorkerResponse } from './face-worker-protocol';
import type { Pixels } from './pixels';

type Question = { kind: 'load'; modelBasePath: string; wasmPath: string; gearUrl: string; helper?: MessagePort } | { kind: 'read'; pixels: Pixels };
type Answer = FaceWorkerResponse & { ok: true };
export type FaceWorkerRole = 'faces' | 'ages';

/**
 * The analysis page's side of the face worker: the same `load` and `read` as `FaceReader`, the
 * work done on the worker's thread. The worker lives as long as the page (closing the page at the
 * idle release ends it and frees its models); if it fails to start or dies, every question then
 * fails with a clear error, which the photo check reports as "check failed".
 *
 * Beside it, the same script started again as its age helper (`ages`), joined to it by a
 * MessageChannel, reads FaceRes ages for part of each group photo's faces on another thread. The
 * helper only saves time: if it cannot start or load, or dies, the face worker is told and reads
 * every face itself, with the same results.
 */
export class FaceWorkerClient {
  private worker: Worker | null = null;
  private helper: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: Answer) => void; reject: (e: Error) => void }>();
  private loaded: Promise<void> | null = null;
  private backendName = 'not loaded';
  /** Where the last photo's face-side time went, in the worker (for the bench). */
  lastCost: FaceReadCost | null = null;

  constructor(
    private readonly paths: { modelBasePath: string; wasmPath: string; gearUrl: string },
    private readonly start: (role: FaceWorkerRole) => Worker,
  ) {}

  /** Starts the worker and its helper and loads the models there once; later calls share the first load. A failed load is retried next time. */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      const channel = new MessageChannel();
      // The face worker first, so that it is there to be told if the helper cannot start.
      const loading = this.ask({ kind: 'load', ...this.paths, helper: channel.port1 }, [channel.port1]);
      const helped = this.startHelper(channel.port2);
      this.backendName = (await loading).backend;
      await helped;
    })().catch((error: unknown) => {
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

  /** Starts the helper and loads FaceRes there; never fails: a helper that cannot help is ended and the face worker told. */
  private async startHelper(port: MessagePort): Promise<void> {
    let helper: Worker;
    try {
      helper = this.start('ages');
    } catch {
      this.loseHelper();
      return;
    }
    this.helper = helper;
    const id = this.nextId++;
    let settled = false;
    const loaded = new Promise<boolean>((resolve) => {
      helper.onmessage = (event: MessageEvent<FaceWorkerResponse>) => {
        if (event.data.id === id) resolve(event.data.ok);
      };
      helper.onerror = (event) => {
        event.preventDefault?.();
        resolve(false);
        // Dying later, mid-photo: the face worker reads the faces it had sent there itself.
        if (settled && this.helper === helper) this.loseHelper();
      };
    });
    helper.postMessage({ id, kind: 'load-ages', modelBasePath: this.paths.modelBasePath, wasmPath: this.paths.wasmPath, port } satisfies FaceWorkerRequest, [port]);
    const ok = await loaded;
    settled = true;
    if (!ok && this.helper === helper) this.loseHelper();
  }

  private loseHelper(): void {
    this.helper?.terminate();
    this.helper = null;
    if (this.worker) this.worker.postMessage({ id: this.nextId++, kind: 'helper-lost' } satisfies FaceWorkerRequest);
  }

  private ask(question: Question, transfer: Transferable[] = []): Promise<Answer> {
    const worker = this.worker ?? this.startWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // The pixels are copied, not transferred: the text side reads the same pixels at the same time.
      worker.postMessage({ id, ...question } satisfies FaceWorkerRequest, transfer);
    });
  }

  private startWorker(): Worker {
    const worker = this.start('faces');
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

  /** Ends the worker and its helper, and fails every question still waiting. */
  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    this.helper?.terminate();
    this.helper = null;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
