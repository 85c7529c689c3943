import { attachedImageFindings as engineAttached, imageFindings as engineImageFindings, imageNotChecked as engineNotChecked } from '../engine/image/image-findings';
import type { ImageEvidence } from '../engine/image/evidence';
import type { Finding } from '../engine/types';
import { inEnglish } from './english';
import type { Analyser } from './index';

/** The photo check's findings (see `engine/image/image-findings.ts`), with their English. */
export function imageFindings(evidence: ImageEvidence, analyser: Analyser, draft: string): Finding[] {
  return engineImageFindings(evidence, analyser.engine, draft).map(inEnglish);
}

export function imageNotChecked(name: string, reason: string, analyser: Analyser): Finding {
  return inEnglish(engineNotChecked(name, reason, analyser.engine));
}

export function attachedImageFindings(images: ReadonlyArray<{ evidence: ImageEvidence } | { name: string; error: string }>, analyser: Analyser, draft: string): Finding[] {
  return engineAttached(images, analyser.engine, draft).map(inEnglish);
}
