import { LEXICONS } from '../rules';

/**
 * The "skeleton" of a word, which stays the same however it is disguised: leetspeak resolved
 * ("id10ts" → "idiots"), stretched letters collapsed ("muuuppppet" → "mupet"), separators
 * dropped. "l", "1", "!" and "|" all become "i" because writers use each for the other.
 * Two different words can share a skeleton ("ass" and "as"), so the derogatory matcher only
 * uses skeletons that no everyday English word has.
 */
const LEET: Readonly<Record<string, string>> = LEXICONS.confusables.leetspeak;

export function skeleton(word: string): string {
  let out = '';
  let previous = '';
  for (const char of word) {
    if (char === "'" || char === '_' || char === '.' || char === '-' || char === '#') continue;
    const mapped = LEET[char] ?? char;
    if (mapped === previous) continue;
    out += mapped;
    previous = mapped;
  }
  return out;
}
