import type { FaceCrop } from './face-ages';
import type { FaceReadCost, PeopleSeen } from './face-reader';
import type { Pixels } from './pixels';

/**
 * Between the analysis page and its face workers (`face-worker.ts`). The page says where the
 * models are (a worker has no extension API to ask), then sends photos one at a time; every
 * message carries an id so an answer finds its question. The same script runs twice: once as the
 * face worker (`load`, then `read`), once as its age helper (`load-ages`), which reads FaceRes
 * ages for the face worker over a `MessagePort` the page hands to both.
 */
export type FaceWorkerRequest =
  | { id: number; kind: 'load'; modelBasePath: string; wasmPath: string; gearUrl: string; helper?: MessagePort }
  | { id: number; kind: 'read'; pixels: Pixels }
  | { id: number; kind: 'load-ages'; modelBasePath: string; wasmPath: string; port: MessagePort }
  /** The helper died or could not load: the face worker reads every face itself from now on. */
  | { id: number; kind: 'helper-lost' };

export type FaceWorkerResponse =
  | { id: number; ok: true; backend: string; seen?: PeopleSeen; cost?: FaceReadCost | null }
  | { id: number; ok: false; error: string };

/** Between the face worker and its age helper, over their own port: a job of crops, or "stop that job". */
export type AgeRequest = { id: number; crops: FaceCrop[] } | { id: number; stop: true };
/** One crop's age as soon as it is read, then `done` (or an error). */
export type AgeResponse = { id: number; index: number; age: number } | { id: number; done: true } | { id: number; error: string };
