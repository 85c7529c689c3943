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
  /** Inside the face side (the bench's verbose lines): Human's models, then GEAR, and how many faces it was asked about. */
  faceCost?: { detectMs: number; gearMs: number; faces: number; gearFaces: number; helperFaces?: number; poseMs?: number; posed?: number } | null;
  /** The same photo (same bytes) was read earlier while the models were loaded: this is that reading, at no cost. */
  cached?: boolean;
}

export type AnalysisResponse =
  | { ok: true; evidence: ImageEvidence; timings: AnalysisTimings }
  /** `unreadable`: the file itself is the problem (damaged, not an image, too big); otherwise the check failed. */
  | { ok: false; error: string; unreadable: boolean };

export function isAnalysisRequest(message: unknown): message is AnalysisRequest {
  const m = message as Partial<AnalysisRequest> | null;
  return typeof m === 'object' && m !== null && m.target === ANALYSIS_TARGET && typeof m.name === 'string' && typeof m.data === 'string';
}

/**
 * The models (and the page holding them) are released after this long with no photo to read:
 * loaded, the page holds a few hundred megabytes (README, Photos: Memory), which a teacher who
 * attached one photo an hour ago should not keep paying for. The next photo loads them again.
 */
export const RELEASE_AFTER_MS = 3 * 60_000;

/** From the analysis page to the background: idle for `RELEASE_AFTER_MS`, close me. */
export const ANALYSIS_IDLE = 'image-analysis-idle';
export interface AnalysisIdle {
  type: typeof ANALYSIS_IDLE;
}
export function isAnalysisIdle(message: unknown): message is AnalysisIdle {
  return typeof message === 'object' && message !== null && (message as Partial<AnalysisIdle>).type === ANALYSIS_IDLE;
}

/**
 * From the extension itself to the analysis page: `release-after` changes the idle time of this
 * page (the browser tests use seconds, not minutes); `status` says whether the models are loaded
 * and what the page's own JavaScript heap holds.
 */
export type AnalysisControl = { target: typeof ANALYSIS_TARGET; control: 'release-after'; ms: number } | { target: typeof ANALYSIS_TARGET; control: 'status' };
export interface AnalysisStatus {
  modelsLoaded: boolean;
  releaseAfterMs: number;
  /** `performance.memory.usedJSHeapSize` where the browser has it (Chromium), else null. */
  jsHeapBytes: number | null;
}
export function isAnalysisControl(message: unknown): message is AnalysisControl {
  const m = message as Partial<{ target: string; control: string; ms: unknown }> | null;
  if (typeof m !== 'object' || m === null || m.target !== ANALYSIS_TARGET) return false;
  return m.control === 'status' || (m.control === 'release-after' && typeof m.ms === 'number' && Number.isFinite(m.ms) && m.ms > 0);
}
