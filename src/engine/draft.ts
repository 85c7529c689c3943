import type { ContextHit } from './context/school-context';
import { lowerBound } from './lower-bound';
import type { Reference } from './context/community';
import type { SentenceTagger } from './context/sentence-tags';
import type { TokenizedText } from './text/tokenize';

/**
 * Everything the engine learns about one draft as the phases run: who it talks about, and whether
 * it is about school. The engine adds what each phase returns (names first, so the derogatory and
 * confidential detectors can ask "aimed at whom?"); detectors read it through `DraftView`.
 * Lookups are indexed so that a megabyte-long draft stays linear.
 */

/** How far a context word reaches: about a tweet's length either side. */
export const CONTEXT_RADIUS = 280;

/**
 * What a detector may read of a draft: its tokens, the school context, who it talks about and
 * which tokens are names already. Detectors get this read-only view; only the engine adds to it,
 * from what each phase returns.
 */
export interface DraftView {
  readonly doc: TokenizedText;
  readonly tagger: SentenceTagger;
  isClaimed(first: number, last?: number): boolean;
  readonly schoolContext: readonly ContextHit[];
  schoolContextNear(offset: number, strength?: 'strong' | 'any'): ContextHit | undefined;
  insideSchoolContext(start: number, end: number): boolean;
  hasStrongSchoolContext(): boolean;
  referencesNear(first: number, last: number, reach: number, fromSentence?: number, toSentence?: number): Reference[];
}

export class DraftContext implements DraftView {
  /** Who the draft talks about, kept in token order as detectors add them. */
  private references: Reference[] = [];
  /** Tokens that are part of a name already found, so no other detector reads them again. */
  readonly claimed: Uint8Array;
  private readonly context: ContextHit[] = [];
  private contextSorted = true;
  private longestContext = 0;
  private strongContext = false;

  constructor(
    readonly doc: TokenizedText,
    readonly tagger: SentenceTagger,
  ) {
    this.claimed = new Uint8Array(doc.tokens.length);
  }

  claim(first: number, last: number): void {
    this.claimed.fill(1, first, last + 1);
  }

  isClaimed(first: number, last = first): boolean {
    for (let i = first; i <= last; i++) if (this.claimed[i]) return true;
    return false;
  }

  addSchoolContext(hits: readonly ContextHit[]): void {
    for (const hit of hits) {
      this.context.push(hit);
      if (hit.strength === 'strong') this.strongContext = true;
      // Aliases and custom terms can be long: the search window must cover the longest.
      this.longestContext = Math.max(this.longestContext, hit.end - hit.start);
    }
    this.contextSorted = false;
  }

  get schoolContext(): readonly ContextHit[] {
    if (!this.contextSorted) {
      this.context.sort((a, b) => a.start - b.start);
      this.contextSorted = true;
    }
    return this.context;
  }

  /** The nearest school-context word within reach of a draft offset; strong words outrank weak ones. */
  schoolContextNear(offset: number, strength: 'strong' | 'any' = 'any'): ContextHit | undefined {
    const hits = this.schoolContext;
    const from = offset - CONTEXT_RADIUS - this.longestContext;
    const low = lowerBound(hits, (hit) => hit.start < from);
    let best: ContextHit | undefined;
    let bestRank = Infinity;
    for (let i = low; i < hits.length && hits[i]!.start <= offset + CONTEXT_RADIUS; i++) {
      const hit = hits[i]!;
      if (strength === 'strong' && hit.strength !== 'strong') continue;
      const distance = hit.end <= offset ? offset - hit.end : hit.start >= offset ? hit.start - offset : 0;
      const rank = distance + (hit.strength === 'weak' ? CONTEXT_RADIUS : 0);
      if (distance <= CONTEXT_RADIUS && rank < bestRank) {
        best = hit;
        bestRank = rank;
      }
    }
    return best;
  }

  /** A context hit that covers the draft span [start, end) and is longer than it. */
  insideSchoolContext(start: number, end: number): boolean {
    const hits = this.schoolContext;
    for (let i = lowerBound(hits, (hit) => hit.start <= start) - 1; i >= 0 && hits[i]!.start >= start - this.longestContext; i--) {
      const hit = hits[i]!;
      if (hit.end >= end && hit.end - hit.start > end - start) return true;
    }
    return false;
  }

  hasStrongSchoolContext(): boolean {
    return this.strongContext;
  }

  /**
   * References within `reach` tokens of tokens `first`..`last`, in sentences `fromSentence`..
   * `toSentence` relative to the token's own (-1 = the sentence before). Bounded by the token
   * window, so a page-long sentence full of names still costs a binary search per question.
   */
  referencesNear(first: number, last: number, reach: number, fromSentence = 0, toSentence = 0): Reference[] {
    const sorted = this.references;
    const sentence = this.doc.tokens[first]!.sentence;
    const out: Reference[] = [];
    for (let i = lowerBound(sorted, (ref) => ref.last < first - reach); i < sorted.length && sorted[i]!.first <= last + reach; i++) {
      const ref = sorted[i]!;
      if (ref.sentence >= sentence + fromSentence && ref.sentence <= sentence + toSentence && ref.last >= first - reach) out.push(ref);
    }
    return out;
  }

  /**
   * Adds references, keeping them sorted by position. A detector walks a draft in order, so one
   * reference is nearly always an append; a batch (a whole lexicon pass) is merged in one go.
   */
  addReferences(refs: readonly Reference[] | Reference): void {
    const batch = Array.isArray(refs) ? (refs as readonly Reference[]) : [refs as Reference];
    const list = this.references;
    if (batch.length > 8) {
      const sorted = [...batch].sort((a, b) => (before(a, b) ? -1 : 1));
      const merged: Reference[] = [];
      let i = 0;
      let j = 0;
      while (i < list.length || j < sorted.length) {
        if (j >= sorted.length || (i < list.length && before(list[i]!, sorted[j]!))) merged.push(list[i++]!);
        else merged.push(sorted[j++]!);
      }
      this.references = merged;
      return;
    }
    for (const ref of batch) {
      if (list.length === 0 || before(list[list.length - 1]!, ref)) list.push(ref);
      else list.splice(lowerBound(list, (item) => before(item, ref)), 0, ref);
    }
  }
}

/** Reference order: by last token, then first. */
function before(a: Reference, b: Reference): boolean {
  return a.last < b.last || (a.last === b.last && a.first <= b.first);
}
