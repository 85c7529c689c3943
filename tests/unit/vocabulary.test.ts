import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/engine/text/tokenize';
import { wordNumber, wordNumbersOf } from '../../src/engine/text/vocabulary';

describe("a token's vocabulary numbers", () => {
  test('are read again when the token is copied with a new spelling (a possessive typed without its apostrophe)', () => {
    const ayesha = wordNumber('vocabtestayesha');
    const ayeshas = wordNumber('vocabtestayeshas');
    const token = tokenize('vocabtestayeshas mum').tokens[0]!;
    expect(wordNumbersOf(token).norm).toBe(ayeshas);
    // No word is added in between: only the spelling tells the cache it is stale.
    const copy = { ...token, norm: 'vocabtestayesha', lessS: undefined, lessEs: undefined, possessive: true };
    expect(wordNumbersOf(copy).norm).toBe(ayesha);
    expect(wordNumbersOf(copy).lessS).toBe(-1);
    // The original still reads as itself, though the two share one cache.
    expect(wordNumbersOf(token).norm).toBe(ayeshas);
  });

  test('are read again when words are numbered after the draft was split (a matcher compiled later)', () => {
    const token = tokenize('vocabtestlater').tokens[0]!;
    expect(wordNumbersOf(token).norm).toBe(-1);
    const later = wordNumber('vocabtestlater');
    expect(wordNumbersOf(token).norm).toBe(later);
  });
});
