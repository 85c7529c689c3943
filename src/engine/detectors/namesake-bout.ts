import type { DraftView } from '../draft';
import type { Token } from '../text/tokenize';
import type { NameIndex } from './roster';

/**
 * "watching amir khan v kell brook", "Joshua vs Fury last night", "tickets for Wales v England": a full
 * name on one side of "v"/"vs"/"versus" with another name on the other side is a bout or a fixture
 * between public figures, when the draft says it is being watched or followed (a watching verb
 * before it, or a sport or broadcast cue anywhere). A fight between pupils is written "X and Y were
 * fighting", and a school word beside the name (checked before this is asked) keeps it a pupil.
 */
/** How close (in characters) a school word must stand to the bout to make it a school one. */
const CLOSE = 12;
const VERSUS: ReadonlySet<string> = new Set(['v', 'vs', 'versus']);
const WATCHING: ReadonlySet<string> = new Set(['watch', 'watching', 'watched', 'streaming', 'streamed', 'rewatching', 'rewatched', 'gwylio']);

export function boutAt(ctx: DraftView, first: number, last: number, cued: boolean, roster?: NameIndex): string | undefined {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[first]!.sentence;
  const at = (k: number): Token | undefined => (tokens[k] && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  const isName = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.norm.length >= 2 && /^\s*$/.test(t.gapBefore);
  const link = at(last + 1)?.norm !== undefined && VERSUS.has(at(last + 1)!.norm) ? last + 1 : at(first - 1) && VERSUS.has(at(first - 1)!.norm) ? first - 1 : undefined;
  if (link === undefined) return undefined;
  // The other side: a name right across "v" ("v kell brook", "Kell Brook v").
  const other = link > last ? at(link + 1) : at(link - 1);
  if (!isName(other)) return undefined;
  // "Amir Khan v Sunny Uddin at break": two pupils squaring up are pupils.
  if (roster) {
    const starts = link > last ? [link + 1] : [link - 1, link - 2, link - 3].filter((k) => k >= 0);
    if (starts.some((k) => at(k) && (roster.givenNames.longestAt(tokens, k) || roster.fullNames.longestAt(tokens, k)))) return undefined;
  }
  let watching: Token | undefined;
  for (let k = first - 1; k >= 0 && k >= first - 4 && at(k); k--) if (WATCHING.has(tokens[k]!.norm)) watching = tokens[k];
  if (!watching && !cued) return undefined;
  const from = Math.min(first, link - 1, watching?.index ?? first);
  const to = Math.max(last, link + 1);
  // "watching Amir Khan v Jake in year 9": a school word right at the bout makes it a playground one.
  const [start, end] = [tokens[from]!.start, tokens[to]!.end];
  if (ctx.schoolContext.some((h) => h.sentence === sentence && h.start < end + CLOSE && h.end > start - CLOSE)) return undefined;
  return ctx.doc.draft.slice(tokens[from]!.start, tokens[to]!.end);
}
