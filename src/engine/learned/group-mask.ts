import { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * Group masking for the staff-voice head's group tier (nineteenth session, docs/models.md). The staff corpora
 * name protected groups almost only in hostile drafts, so a model trained on them learns the group's name as
 * hostility ("met a Muslim nurse", 73 %, fourteenth session). The group-stance model is trained and scored with
 * every group term replaced by one placeholder word, so what it can learn is the stance around a group (resource
 * competition, "go back", "every single one", "not racist but"), never which group.
 *
 * The same function masks the training drafts (tests/train/staff-voice-pipeline.ts, over `tokenize`'s tokens) and
 * the draft in the engine (src/engine/detectors/staff-voice.ts, over the draft's tokens), so both read the same text.
 */
export const GROUP_PLACEHOLDER = 'qzgrpqz';

export interface MaskedText {
  /** The draft with every group term replaced by `GROUP_PLACEHOLDER`. */
  readonly text: string;
  /** The group terms masked, as offsets and tokens of the original draft. */
  readonly spans: readonly { readonly start: number; readonly end: number; readonly first: number; readonly last: number }[];
  /** An offset of `text` as an offset of the original draft (inside a placeholder: its term's start or end). */
  toOriginal(offset: number, side: 'start' | 'end'): number;
}

/** The group lexicon's forms (hostility.json `groups`) and the extra terms of the operating point, as one matcher. */
export function groupMaskMatcher(groups: readonly { readonly forms: readonly string[] }[], extra: readonly string[]): PhraseMatcher<true> {
  const matcher = new PhraseMatcher<true>({ plurals: false });
  for (const group of groups) for (const form of group.forms) matcher.add(form, true);
  for (const term of extra) matcher.add(term, true);
  return matcher;
}

export function maskGroupTerms(draft: string, tokens: readonly Token[], matcher: PhraseMatcher<true>): MaskedText {
  const spans: { start: number; end: number; first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matcher.longestAt(tokens, i);
    if (!match) continue;
    spans.push({ start: tokens[i]!.start, end: tokens[match.last]!.end, first: i, last: match.last });
    i = match.last;
  }
  if (spans.length === 0) return { text: draft, spans, toOriginal: (offset) => offset };
  // Pieces of the masked text: kept text (offset shifts) or a placeholder (maps to its term).
  const pieces: { masked: number; original: number; placeholder?: { start: number; end: number } }[] = [];
  let text = '';
  let at = 0;
  for (const span of spans) {
    pieces.push({ masked: text.length, original: at });
    text += draft.slice(at, span.start);
    pieces.push({ masked: text.length, original: span.start, placeholder: span });
    text += GROUP_PLACEHOLDER;
    at = span.end;
  }
  pieces.push({ masked: text.length, original: at });
  text += draft.slice(at);
  const toOriginal = (offset: number, side: 'start' | 'end') => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.masked <= offset) lo = mid;
      else hi = mid - 1;
    }
    // An end offset exactly at a piece's start belongs to the piece before it.
    if (side === 'end' && lo > 0 && pieces[lo]!.masked === offset) lo--;
    const piece = pieces[lo]!;
    if (piece.placeholder) return side === 'start' ? piece.placeholder.start : piece.placeholder.end;
    return piece.original + (offset - piece.masked);
  };
  return { text, spans, toOriginal };
}
