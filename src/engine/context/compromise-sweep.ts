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
    cacheDoc(sentences: readonly (readonly Term[])[]): Set<string>[];
    match(docs: readonly (readonly Term[])[], todo: Pattern): { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}

type BulkMatch = (sentences: readonly (readonly Term[])[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

/**
 * A net's hook words, numbered in `Object.keys` order (compromise's order), and their patterns as
 * numbers into `patterns`; patterns with the same match string share a `matchIds` number, since
 * compromise keeps only the first of them.
 */
interface HookIndex {
  readonly rank: Map<string, number>;
  readonly lists: readonly Int32Array[];
  readonly patterns: readonly Pattern[];
  readonly matchIds: Int32Array;
  /** Per match string, the last sentence (`stamp`) it was taken for: no set to build per sentence. */
  readonly seen: Int32Array;
  stamp: number;
}

const indexes = new WeakMap<object, HookIndex>();

function hookIndexOf(net: Net): HookIndex {
  let index = indexes.get(net.hooks);
  if (!index) {
    const keys = Object.keys(net.hooks);
    const patterns: Pattern[] = [];
    const numbers = new Map<Pattern, number>();
    const matchNumbers = new Map<string, number>();
    const matchIds: number[] = [];
    const lists = keys.map((key) =>
      Int32Array.from(net.hooks[key]!, (pattern) => {
        let n = numbers.get(pattern);
        if (n === undefined) {
          n = patterns.length;
          numbers.set(pattern, n);
          patterns.push(pattern);
          let id = matchNumbers.get(pattern.match);
          if (id === undefined) matchNumbers.set(pattern.match, (id = matchNumbers.size));
          matchIds.push(id);
        }
        return n;
      }),
    );
    index = { rank: new Map(keys.map((key, i) => [key, i])), lists, patterns, matchIds: Int32Array.from(matchIds), seen: new Int32Array(matchNumbers.size), stamp: 0 };
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
  // Started afresh long before the stamp could outgrow the array's 32 bits.
  if (index.stamp >= 0x3fffffff) {
    index.seen.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const { lists, patterns, matchIds, seen } = index;
  const kept: Pattern[] = [];
  for (const rank of ranks) {
    const list = lists[rank]!;
    for (let k = 0; k < list.length; k++) {
      const p = list[k]!;
      // compromise keeps the first pattern of each match string, in hook order.
      const id = matchIds[p]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      const pattern = patterns[p]!;
      if (!(termCount >= pattern.minWords!) || !allIn(pattern.needs, haves)) continue;
      if (pattern.ifNo !== undefined && anyIn(pattern.ifNo, haves)) continue;
      if (pattern.wants.length > 0 && !(countIn(pattern.wants, haves) >= pattern.minWant!)) continue;
      kept.push(pattern);
    }
  }
  for (const pattern of net.always) if (termCount >= pattern.minWords!) kept.push(pattern);
  return kept;
}

function allIn(words: readonly string[], haves: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (!haves.has(words[i]!)) return false;
  return true;
}

function anyIn(words: readonly string[], haves: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (haves.has(words[i]!)) return true;
  return false;
}

function countIn(words: readonly string[], haves: ReadonlySet<string>): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) if (haves.has(words[i]!)) count++;
  return count;
}

/** compromise's `bulkMatch` (src/1-one/sweep/methods/sweep), with the candidates chosen as above. */
const fastBulkMatch: BulkMatch = (sentences, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(sentences);
  const index = hookIndexOf(net);
  const results: unknown[] = [];
  for (let n = 0; n < sentences.length; n++) {
    const todo = candidates(docCache[n]!, sentences[n]!.length, net, index);
    for (const m of todo) {
      const res = methods.one.match([sentences[n]!], m);
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
