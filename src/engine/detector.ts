import type { z } from 'zod';
import type { EngineConfig } from './config';
import type { Reference } from './context/community';
import type { ContextHit } from './context/school-context';
import type { DraftView } from './draft';
import type { RawFinding } from './detectors/raw-finding';
import type { TermMatch } from './detectors/confidential-terms';
import type { GroupTarget } from './context/group-targets';
import type { TokenizedText } from './text/tokenize';

/**
 * The one contract every detector follows (after ESLint's rule files and Presidio's recognizers):
 * it says who it is, when it runs, which rule ids it can emit (each with a one-line doc, which
 * `docs/detection.md` expands), the schema of the lexicon data it needs, and two functions:
 * `compile(data, config)`, once per settings change, and `run(compiled, input)`, once per draft.
 * `detectors/index.ts` lists them; `analyse.ts` runs the phases in order and hands each phase's
 * typed results to the next.
 */
export const PHASES = ['context', 'names', 'targets', 'findings', 'post'] as const;
export type Phase = (typeof PHASES)[number];

/** Phase 1: what makes a draft about school, and who it talks about, from word lists alone. */
export interface ContextInput {
  readonly doc: TokenizedText;
}
export interface ContextOutput {
  readonly schoolContext?: readonly ContextHit[];
  readonly references?: readonly Reference[];
  /** Confidential terms, found once here (they make a draft about school) and judged in phase 4. */
  readonly confidentialTerms?: readonly TermMatch[];
}

/**
 * Phase 2: names (the school, staff, pupils). Names detectors run one after another, and each one
 * sees the names the earlier ones found: a name claimed as the school's is not read again as a
 * pupil's. What a detector finds it reports through `found`, never by writing into the draft's
 * context itself; the engine records it and returns it as the detector's output.
 */
export interface NamesInput {
  readonly view: DraftView;
  readonly found: NameSink;
}
export interface NameSink {
  /** Tokens `first`..`last` are a name: no later detector reads them again. */
  claim(first: number, last: number): void;
  /** Someone the draft talks about (a pupil, a colleague, the school). */
  reference(ref: Reference): void;
  /** Words that make the draft about school (the school's own name). */
  schoolContext(hits: readonly ContextHit[]): void;
}
export interface NamesOutput {
  readonly findings: readonly RawFinding[];
}

/** Phase 3: whom a remark can be aimed at beyond the school community: groups of people. */
export interface TargetsInput {
  readonly view: DraftView;
}
export interface TargetsOutput {
  readonly groups: readonly GroupTarget[];
}

/** Phase 4: findings, with everything the earlier phases learnt. */
export interface FindingsInput {
  readonly view: DraftView;
  readonly confidentialTerms: readonly TermMatch[];
  readonly groups: readonly GroupTarget[];
}

/** Phase 5: passes over all the findings (a name a confidential matter is about becomes high; the learned layer fused with the rules). */
export interface PostInput {
  readonly view: DraftView;
  readonly findings: readonly RawFinding[];
  readonly groups: readonly GroupTarget[];
}

export interface PhaseTypes {
  context: { input: ContextInput; output: ContextOutput };
  names: { input: NamesInput; output: NamesOutput };
  targets: { input: TargetsInput; output: TargetsOutput };
  findings: { input: FindingsInput; output: readonly RawFinding[] };
  post: { input: PostInput; output: readonly RawFinding[] };
}

export interface Detector<P extends Phase = Phase, Data = unknown, Compiled = unknown> {
  /** Unique, and the prefix of its rule ids where it has one of its own ("derogatory"). */
  readonly id: string;
  readonly phase: P;
  /** One line: what it looks for. */
  readonly description: string;
  /** Every rule id it can emit, each with a one-line doc (`docs/detection.md` has the full table). */
  readonly rules: Readonly<Record<string, string>>;
  /** The lexicon data it needs, checked before `compile`; tests hand in small lexicons of their own. */
  readonly lexicon: z.ZodType<Data>;
  /** Picks this detector's data from the bundle of validated rules data the engine ships. */
  select(bundle: RulesBundle): unknown;
  compile(data: Data, config: EngineConfig): Compiled;
  run(compiled: Compiled, input: PhaseTypes[P]['input']): PhaseTypes[P]['output'];
}

/** Everything in `rules/` a detector may read: lexicons and the learned models. */
export type RulesBundle = Readonly<Record<string, unknown>>;

/** Declares a detector with its types checked, so `index.ts` can list them side by side. */
export function defineDetector<P extends Phase, Data, Compiled>(detector: Detector<P, Data, Compiled>): Detector<P, Data, Compiled> {
  return detector;
}
