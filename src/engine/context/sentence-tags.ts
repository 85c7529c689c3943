import nlp from 'compromise';
import type { TokenizedText } from '../text/tokenize';
import { installFastSweep } from './compromise-sweep';

installFastSweep();

/**
 * Part-of-speech tags from compromise, for the one thing a word list cannot settle: whether a
 * capitalised word in this sentence is a person ("So proud of Grace today") or a thing
 * ("Summer is here"). Parsing costs about 0.3 ms a sentence, so it runs only for sentences that
 * hold a candidate name, and each sentence's result is kept while the writer types the next one.
 */
const CACHE_LIMIT = 64;
/** Sentences parsed per draft at most: a megabyte-long draft must not take seconds. */
const PARSES_PER_DRAFT = 40;

export class SentenceTagger {
  private readonly cache = new Map<string, Map<number, Set<string>>>();
  /** Sentences of the current draft given tags: the budget counts them whether cached or not, so
   *  a draft's findings never depend on what was checked before it. */
  private readonly tagged = new Set<number>();

  /** Starts the budget for a new draft. */
  beginDraft(): void {
    this.tagged.clear();
  }

  /** Tags of the token at `index` (e.g. Person, FirstName, ProperNoun, Noun, Date). */
  tagsAt(doc: TokenizedText, index: number): ReadonlySet<string> {
    return this.tagsLater(doc, index)();
  }

  /**
   * `tagsAt` in two steps: the sentence takes its place in the draft's budget now, exactly as
   * `tagsAt` would, but is parsed only if the tags are asked for. A detector that can still rule
   * the word out with cheaper checks asks last, and the budget (so every finding) stays the same.
   */
  tagsLater(doc: TokenizedText, index: number): () => ReadonlySet<string> {
    const token = doc.tokens[index]!;
    if (!this.tagged.has(token.sentence)) {
      if (this.tagged.size >= PARSES_PER_DRAFT) return () => EMPTY;
      this.tagged.add(token.sentence);
    }
    return () => {
      const sentenceStart = doc.sentenceStarts[token.sentence]!;
      const sentenceEnd = doc.sentenceStarts[token.sentence + 1] ?? doc.draft.length;
      const byOffset = this.tagSentence(doc.draft.slice(sentenceStart, sentenceEnd));
      return byOffset.get(token.start - sentenceStart) ?? EMPTY;
    };
  }

  private tagSentence(sentence: string): Map<number, Set<string>> {
    const cached = this.cache.get(sentence);
    if (cached) {
      // Refresh its place so the sentences being typed stay in the cache.
      this.cache.delete(sentence);
      this.cache.set(sentence, cached);
      return cached;
    }
    const byOffset = new Map<number, Set<string>>();
    // A pathological "sentence" (a megabyte with no full stop) is not parsed: the detectors fall
    // back on their word lists.
    if (sentence.length > 2000) return byOffset;
    {
      const view = parse(sentence);
      view.compute('offset');
      for (const terms of view.docs) for (const term of terms) byOffset.set(leadingPunctuationSkipped(sentence, term.offset!.start), new Set(term.tags));
    }
    this.cache.set(sentence, byOffset);
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    return byOffset;
  }
}

/** What is read of compromise's parse: each term's tags and where it starts in the sentence. */
interface ParsedView {
  compute(what: 'offset'): unknown;
  readonly docs: readonly (readonly { readonly tags: ReadonlySet<string>; readonly offset?: { readonly start: number } }[])[];
}

/**
 * compromise's steps after tagging group words into phrases ("chunks") and set no tag: the tagger
 * runs without them, which is about a sixth of a parse. The terms are read as parsed rather than
 * through `.json()`, which copies every term and rebuilds its text.
 */
const world = nlp.world() as unknown as { hooks: string[] };
const TAGGING_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

function parse(sentence: string): ParsedView {
  const hooks = world.hooks;
  world.hooks = TAGGING_HOOKS;
  try {
    return nlp(sentence) as unknown as ParsedView;
  } finally {
    world.hooks = hooks;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** compromise counts a term from its leading punctuation ("(Amira"); our tokens start at the letter. */
function leadingPunctuationSkipped(sentence: string, start: number): number {
  let i = start;
  while (i < sentence.length && /[^\p{L}\p{N}#@]/u.test(sentence[i]!)) i++;
  return i;
}

export function isPersonTag(tags: ReadonlySet<string>): boolean {
  return tags.has('Person') || tags.has('FirstName') || tags.has('MaleName') || tags.has('FemaleName');
}

/** Tagged as an ordinary word, not as any kind of name. */
export function isThingTag(tags: ReadonlySet<string>): boolean {
  return tags.size > 0 && !isPersonTag(tags) && !tags.has('ProperNoun');
}
