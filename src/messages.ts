import { z } from 'zod';
import { ImageEvidenceSchema, type ImageEvidence } from './engine/image/evidence';
import type { Finding } from './engine/types';
import type { SiteId } from './sites/types';
import type { LanguageSetting } from './settings/language';
import type { AnalysisTimings } from './image/analysis-protocol';

/**
 * The messages between the extension's pages and scripts and its background, where the engine
 * runs. Every message is validated: a page cannot make the background do anything else.
 */

/** A draft longer than this is not a social-media post: the first million characters are checked and the answer says so. */
export const MAX_DRAFT_LENGTH = 1_000_000;

/** A post carries a few photos at most (X allows 4, Instagram 20). */
export const MAX_IMAGES = 20;
/** A photo travels as base64 (runtime messages are JSON in Chrome): a 40 MB file is about 54 M characters. */
const MAX_IMAGE_DATA = 56_000_000;

/** A photo attached to the draft: what the analysis page read in it, or why it could not be read. */
export const AttachedImageSchema = z.union([
  z.strictObject({ evidence: ImageEvidenceSchema }),
  z.strictObject({ name: z.string().max(300), error: z.string().max(500) }),
]);
export type AttachedImage = z.infer<typeof AttachedImageSchema>;

export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('analyse'), text: z.string(), images: z.array(AttachedImageSchema).max(MAX_IMAGES).optional() }),
  z.strictObject({ type: z.literal('status') }),
  /** Read a photo attached in a page: faces, EXIF, text; answered by the extension's analysis page. */
  z.strictObject({ type: z.literal('read-image'), name: z.string().max(300), data: z.string().max(MAX_IMAGE_DATA) }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** Where the settings in use came from, so every surface can say so. */
export interface EngineStatus {
  /** `stored`: the teacher's saved settings; `demo`: none saved (or unusable), the sample school. */
  readonly source: 'stored' | 'demo';
  readonly schoolName: string;
  readonly policy: string;
  readonly policyName: string;
  /** The teacher's saved values that are ignored because they are wrong, field by field. */
  readonly problems: readonly string[];
  /** The school's policy values that are ignored because they are wrong; the rest of the school's settings apply. */
  readonly schoolProblems: readonly string[];
  /** Some settings are set or locked by the school's browser policy. */
  readonly managed: boolean;
  /** Whether the checks run on each site. */
  readonly sites: Readonly<Record<SiteId, boolean>>;
  /** The teacher's choice of language for the extension's words. */
  readonly language: LanguageSetting;
  /** Counts settings changes since the background started, so a page can tell an answer under old settings. */
  readonly revision: number;
  /** Entries that cannot be matched (a roster name with no letters). */
  readonly notes: readonly string[];
}

export type Response =
  | { ok: true; type: 'analyse'; findings: Finding[]; status: EngineStatus; elapsedMs: number; checkedLength: number; truncated: boolean }
  | { ok: true; type: 'status'; status: EngineStatus }
  | { ok: true; type: 'read-image'; evidence: ImageEvidence; timings: AnalysisTimings }
  | { ok: false; error: string };

/** From the background to the content scripts: the settings changed; re-check what is on screen. */
export interface SettingsChanged {
  readonly type: 'settings-changed';
  readonly revision: number;
}
