import type { ImageEvidence } from '../engine/image/evidence';

/**
 * Between the background and the extension page that reads photos (an offscreen document in
 * Chrome, a frame of the background page in Firefox). Messages carry a `target`, because every
 * extension page hears every runtime message: the analysis page answers only these, and only
 * from the extension itself, never from a content script.
 */
export const ANALYSIS_TARGET = 'image-analysis';
export const ANALYSIS_PAGE = '/image-analysis.html';

export interface AnalysisRequest {
  target: typeof ANALYSIS_TARGET;
  name: string;
  /** The file's bytes in base64: runtime messages are JSON in Chrome. */
  data: string;
}

export interface AnalysisTimings {
  decodeMs: number;
  facesMs: number;
  textMs: number;
  totalMs: number;
  /** Time spent loading the models for this photo: non-zero only for the first photo of a browser session. */
  modelLoadMs: number;
  /** The face model's TensorFlow.js backend, for the bench. */
  backend: string;
}

export type AnalysisResponse =
  | { ok: true; evidence: ImageEvidence; timings: AnalysisTimings }
  /** `unreadable`: the file itself is the problem (damaged, not an image, too big); otherwise the check failed. */
  | { ok: false; error: string; unreadable: boolean };

export function isAnalysisRequest(message: unknown): message is AnalysisRequest {
  const m = message as Partial<AnalysisRequest> | null;
  return typeof m === 'object' && m !== null && m.target === ANALYSIS_TARGET && typeof m.name === 'string' && typeof m.data === 'string';
}
