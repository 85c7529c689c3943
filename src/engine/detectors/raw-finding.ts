import type { MessageArg } from '../types';
import type { Category, Explanation, Severity, Topic } from '../types';

/** What a detector reports; the engine adds the draft's text and the active pack's clauses. */
export interface RawFinding {
  readonly category: Category;
  readonly topic: Topic;
  readonly severity: Severity;
  /** Offsets in the draft, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
  readonly messageKey: string;
  readonly messageArgs: readonly MessageArg[];
  readonly explanation: Explanation;
  /** The roster entries a name match stands for (see Finding.listed). */
  readonly listed?: readonly string[];
  /** The named person a finding is about (a confidential matter about "Amira"), if any. */
  readonly subject?: { readonly start: number; readonly end: number };
}
