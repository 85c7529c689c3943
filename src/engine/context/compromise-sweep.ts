import nlp from 'compromise';

/**
 * compromise's "sweep" (the step that picks which of its ~1,000 tagging patterns to try on a
 * sentence, then tries them) written again to give exactly the same list of patterns in exactly
 * the same order, without its two costly habits: for every sentence it walked every one of the
 * ~1,900 hook words of its pattern index asking whether the sentence holds it, and it grew the
 * candidate list by copying it once per hook found. Here the sentence's own words (a few dozen)
 * are looked up in the index, and the hits are put back into the index's order before the
 * patterns are gathered, so the patterns run (and tag) in the order compromise runs them.
 * Picking the patterns was about half of the post-tagger, which is most of a parse; the parse is
 * the single largest cost of the drafts that need one (see README, "Engine speed-ups").
 *
 * Installed once, on compromise's shared world, by `installFastSweep` (the sentence tagger's
 * module calls it); `tests/unit/compromise-sweep.test.ts` checks the tags are the same as
 * compromise's own sweep on every corpus sentence.
 */

/** One of compromise's parsed patterns, as far as choosing it goes. */
interface Pattern {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant?: number;
  readonly minWords?: number;
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}

interface Net {
  readonly hooks: Record<string, Pattern[]>;
  readonly always: readonly Pattern[];
}

interface Term {
  readonly index?: readonly number[];
}

interface Methods {
  one: {
    cacheDoc(document: readonly (readonly Term[])[]): Set<string>[];
    match(docs: readonly (readonly Term[])[], todo: Pattern): { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}

type BulkMatch = (document: readonly (readonly Term[])[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

/** A net's hook words, numbered in `Object.keys` order (compromise's order), and their patterns. */
interface HookIndex {
  readonly rank: Map<string, number>;
  readonly lists: readonly (readonly Pattern[])[];
}

const indexes = new WeakMap<object, HookIndex>();

function hookIndexOf(net: Net): HookIndex {
  let index = indexes.get(net.hooks);
  if (!index) {
    const keys = Object.keys(net.hooks);
    index = { rank: new Map(keys.map((key, i) => [key, i])), lists: keys.map((key) => net.hooks[key]!) };
    indexes.set(net.hooks, index);
  }
  return index;
}

/** The patterns compromise's `getHooks`, `trimDown` and `tooSmall` would keep for one sentence, in their order. */
function candidates(haves: ReadonlySet<string>, termCount: number, net: Net, index: HookIndex): Pattern[] {
  const ranks: number[] = [];
  for (const item of haves) {
    const rank = index.rank.get(item);
    if (rank !== undefined) ranks.push(rank);
  }
  ranks.sort((a, b) => a - b);
  const seen = new Set<string>();
  const kept: Pattern[] = [];
  for (const rank of ranks) {
    for (const pattern of index.lists[rank]!) {
      // compromise keeps the first pattern of each match string, in hook order.
      if (seen.has(pattern.match)) continue;
      seen.add(pattern.match);
      if (!pattern.needs.every((need) => haves.has(need))) continue;
      if (pattern.ifNo !== undefined && pattern.ifNo.some((no) => haves.has(no))) continue;
      if (pattern.wants.length > 0 && !(pattern.wants.filter((want) => haves.has(want)).length >= pattern.minWant!)) continue;
      if (!(termCount >= pattern.minWords!)) continue;
      kept.push(pattern);
    }
  }
  for (const pattern of net.always) if (termCount >= pattern.minWords!) kept.push(pattern);
  return kept;
}

/** compromise's `bulkMatch` (src/1-one/sweep/methods/sweep), with the candidates chosen as above. */
const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(document);
  const index = hookIndexOf(net);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    const todo = candidates(docCache[n]!, document[n]!.length, net, index);
    for (const m of todo) {
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          const found: { unTag?: unknown } = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) found.unTag = m.unTag;
          results.push(found);
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
  }
  return results;
};

let installed = false;

/** Puts the sweep above in place of compromise's own, once. */
export function installFastSweep(): void {
  if (installed) return;
  const methods = (nlp.world() as unknown as { methods: Methods }).methods;
  methods.one.bulkMatch = fastBulkMatch;
  installed = true;
}

/** compromise's own sweep, for the test that compares the two. */
export const compromiseBulkMatch: BulkMatch = (nlp.world() as unknown as { methods: Methods }).methods.one.bulkMatch;
