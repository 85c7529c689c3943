import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import { compromiseBulkMatch, installFastSweep } from '../../src/engine/context/compromise-sweep';
import { SentenceTagger } from '../../src/engine/context/sentence-tags';
import { tokenize } from '../../src/engine/text/tokenize';

/**
 * The engine replaces compromise's pattern sweep with one that picks the same patterns faster
 * (`src/engine/context/compromise-sweep.ts`). Whether a capitalised word is a person ("So proud of
 * Grace today") or a thing ("Summer is here") comes from compromise's tags, so a difference in any
 * tag could move a pupil-name finding: every term's tags must be what compromise's own sweep gives.
 */
interface Term {
  readonly text: string;
  readonly tags: ReadonlySet<string>;
  readonly switch?: string;
}

const world = nlp.world() as unknown as { hooks: string[]; methods: { one: { bulkMatch: unknown } } };

/** Every term's text and tags (in the order compromise set them), sentence by sentence. */
function tagsOf(text: string): string {
  const view = nlp(text) as unknown as { docs: readonly (readonly Term[])[] };
  return view.docs.map((terms) => terms.map((t) => `${t.text}/${[...t.tags].join(',')}/${t.switch ?? ''}`).join(' ')).join('\n');
}

function withSweep<T>(sweep: unknown, run: () => T): T {
  const before = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = sweep;
  try {
    return run();
  } finally {
    world.methods.one.bulkMatch = before;
  }
}

const corpus = (file: string) =>
  readFileSync(new URL(`../corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);

describe("the engine's sweep of compromise's patterns", () => {
  installFastSweep();
  const fast = world.methods.one.bulkMatch;

  test('is installed in place of compromise’s own', () => {
    expect(fast).not.toBe(compromiseBulkMatch);
  });

  // The development and held-out corpora and the second blind set: about 1,300 drafts in the
  // voices staff write in, English and Welsh, with and without capitals.
  const texts = [...corpus('drafts.jsonl'), ...corpus('heldout.jsonl'), ...corpus('blind-2.jsonl')];
  test(`gives every term of ${texts.length} corpus drafts the tags compromise's own sweep gives`, () => {
    const differing = texts.filter((text) => withSweep(compromiseBulkMatch, () => tagsOf(text)) !== withSweep(fast, () => tagsOf(text)));
    expect(differing).toEqual([]);
  });

  test('leaves the tagger answering as before: Grace a person, Summer a season', () => {
    const tagger = new SentenceTagger();
    const draft = 'So proud of Grace today. Summer is here at last.';
    const doc = tokenize(draft);
    const grace = doc.tokens.findIndex((t) => t.raw === 'Grace');
    const summer = doc.tokens.findIndex((t) => t.raw === 'Summer');
    tagger.beginDraft();
    expect(tagger.tagsAt(doc, grace).has('Person')).toBe(true);
    expect(tagger.tagsAt(doc, summer).has('Person')).toBe(false);
  });
});
