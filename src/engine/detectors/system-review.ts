import type { Token } from '../text/tokenize';

/**
 * "SEND review meeting at the LA today: warm words, no new money", "the government's ALN reforms
 * review", "council consultation on SEN transport": a general subject with a case word ("review",
 * "meeting", "consultation") in a sentence that names a public authority, and no one person near, is
 * the system's review of the subject, not a child's case. A specific process ("EHCP", "CP plan")
 * keeps its case word, and anyone near still makes it about them.
 */
const AUTHORITIES: ReadonlySet<string> = new Set(['la', 'las', 'council', 'councils', 'county', 'cyngor', 'sir', 'government', 'govt', 'gov', 'dfe', 'llywodraeth', 'minister', 'ministers', 'parliament', 'senedd', 'whitehall', 'westminster', 'national', 'nationally', 'cenedlaethol', 'authority', 'authorities', 'awdurdod', 'trust', 'trusts', 'mat']);

export function systemReview(tokens: readonly Token[], sentence: number, first: number): string | undefined {
  for (let k = Math.max(0, first - 25); k < tokens.length && k <= first + 25; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) continue;
    // "the LA", "LA": written in capitals, not the Spanish article or a musical note.
    if (t.norm === 'la' || t.norm === 'las') {
      if (t.allCaps) return t.raw;
      continue;
    }
    if (AUTHORITIES.has(t.norm)) return t.raw;
  }
  return undefined;
}
