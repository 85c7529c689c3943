import { z } from 'zod';
import type { Finding } from './engine/types';

/**
 * The messages between the extension's pages and scripts and its background, where the engine
 * runs. Every message is validated: a page cannot make the background do anything else.
 */

/** A draft longer than this is not a social-media post: the first million characters are checked and the answer says so. */
export const MAX_DRAFT_LENGTH = 1_000_000;

export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('analyse'), text: z.string() }),
  z.strictObject({ type: z.literal('status') }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** Where the settings in use came from, so every surface can say so. */
export interface EngineStatus {
  /** `stored`: the teacher's saved settings; `demo`: none saved (or unusable), the sample school. */
  readonly source: 'stored' | 'demo';
  readonly schoolName: string;
  readonly policy: string;
  readonly policyName: string;
  /** What was wrong with saved settings that could not be used, field by field. */
  readonly problems: readonly string[];
  /** Entries that cannot be matched (a roster name with no letters). */
  readonly notes: readonly string[];
}

export type Response =
  | { ok: true; type: 'analyse'; findings: Finding[]; status: EngineStatus; elapsedMs: number; checkedLength: number; truncated: boolean }
  | { ok: true; type: 'status'; status: EngineStatus }
  | { ok: false; error: string };
