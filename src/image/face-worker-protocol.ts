import type { FaceReadCost, PeopleSeen } from './face-reader';
import type { Pixels } from './pixels';

/**
 * Between the analysis page and its face worker (`face-worker.ts`). The page says where the
 * models are (the worker has no extension API to ask), then sends photos one at a time; every
 * message carries an id so an answer finds its question.
 */
export type FaceWorkerRequest =
  | { id: number; kind: 'load'; modelBasePath: string; wasmPath: string; gearUrl: string }
  | { id: number; kind: 'read'; pixels: Pixels };

export type FaceWorkerResponse =
  | { id: number; ok: true; backend: string; seen?: PeopleSeen; cost?: FaceReadCost | null }
  | { id: number; ok: false; error: string };
