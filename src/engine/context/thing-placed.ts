import type { Token } from '../text/tokenize';
import type { Reference } from './community';

/** Prepositions that place something at the school ("at school", "in work", Welsh "yn yr ysgol"). */
const AT_PLACE: ReadonlySet<string> = new Set(['at', 'in', 'around', 'round', 'yn', 'ym', 'ar']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'our', 'y', 'yr', 'r']);

/**
 * Whether the school (or work) at `ref` only says where a thing is: a word that is no person stands right
 * before "at"/"in" ("the wifi at school", "the printer in work"). Not "the staff at school": people are a
 * reference of their own, and the word is said of them.
 */
export function thingPlacedAt(tokens: readonly Token[], candidates: readonly Reference[], ref: Reference): boolean {
  if (ref.group !== 'school') return false;
  let k = ref.first - 1;
  if (ARTICLES.has(tokens[k]?.norm ?? '')) k--;
  const at = tokens[k];
  const thing = tokens[k - 1];
  if (!at || !thing || !AT_PLACE.has(at.norm) || thing.sentence !== tokens[ref.first]!.sentence || thing.kind !== 'word') return false;
  return !candidates.some((r) => r.first <= k - 1 && r.last >= k - 1) && !/^(i|me|we|us|you|he|she|they|him|her|them|everyone|everybody|nobody|someone|fi|ni|chi|nhw)$/.test(thing.norm);
}
