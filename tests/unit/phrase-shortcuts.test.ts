import { describe, expect, test } from 'vitest';
import { PhraseMatcher } from '../../src/engine/text/phrases';
import { FuzzyWords } from '../../src/engine/text/fuzzy-words';
import { tokenize, type Token } from '../../src/engine/text/tokenize';
import { corpusDrafts, toLength } from '../bench/inputs';

/**
 * The engine's shortcuts must find exactly what the plain way finds: a matcher scanning a draft
 * probes only the tokens some phrase starts with, and a spaced-out word ("ver min") is answered
 * by its pieces. Here each is compared with the plain way it replaces.
 */
function plainMatchAll<T>(matcher: PhraseMatcher<T>, tokens: readonly Token[], from = 0, to = tokens.length) {
  const found: { value: T; first: number; last: number }[] = [];
  for (let i = from; i < to; i++) {
    const match = matcher.longestAt(tokens, i, to);
    if (match) for (const value of match.values) found.push({ value, first: i, last: match.last });
  }
  return found;
}

describe('a phrase matcher scanning a draft', () => {
  const phrases = ['child protection', 'social worker', 'parents evening', 'year 6', 'the head', 'cat', 'box', 'off with stress'];
  const withPlurals = PhraseMatcher.of(phrases);
  const noPlurals = PhraseMatcher.of(phrases, { plurals: false });

  test('finds what probing every token finds, on 400 corpus drafts, with and without plurals and within a range', () => {
    for (const draft of corpusDrafts().slice(0, 400)) {
      const tokens = tokenize(toLength(draft.text)).tokens;
      for (const matcher of [withPlurals, noPlurals]) {
        expect(matcher.matchAll(tokens)).toEqual(plainMatchAll(matcher, tokens));
        const mid = tokens.length >> 1;
        expect(matcher.matchAll(tokens, 2, mid)).toEqual(plainMatchAll(matcher, tokens, 2, mid));
      }
    }
  });

  test('finds plurals ("the boxes", "social workers") and a phrase compiled after the draft was split', () => {
    const tokens = tokenize('Two social workers came to parents evening with boxes; the shortcuttestlater was off with stress').tokens;
    expect(withPlurals.matchAll(tokens).map((m) => tokens.slice(m.first, m.last + 1).map((t) => t.raw).join(' '))).toEqual(['social workers', 'parents evening', 'boxes', 'off with stress']);
    expect(noPlurals.matchAll(tokens).map((m) => m.first)).not.toContain(tokens.findIndex((t) => t.raw === 'boxes'));
    const later = PhraseMatcher.of(['shortcuttestlater']);
    expect(later.matchAll(tokens).map((m) => tokens[m.first]!.raw)).toEqual(['shortcuttestlater']);
    // The matchers made before it still answer as before on the same tokens.
    expect(withPlurals.matchAll(tokens)).toEqual(plainMatchAll(withPlurals, tokens));
  });
});

describe('a spaced-out word read from its pieces', () => {
  const words = new FuzzyWords<string>(
    ['vermin', 'parasites', 'cockroach'].map((w) => [w, w] as const),
    (w) => ['the', 'cat', 'thecat'].includes(w),
  );

  test('"ver min", "para sites", "cock roach" and a disguised "vermn" read as the word; "the cat" as nothing', () => {
    expect(words.findJoined('ver', 'min')).toEqual({ value: 'vermin', how: 'exact' });
    expect(words.findJoined('para', 'sites')).toEqual({ value: 'parasites', how: 'exact' });
    expect(words.findJoined('ver', 'mn')).toEqual({ value: 'vermin', how: 'disguised' });
    expect(words.findJoined('the', 'cat')).toBeUndefined();
    // Asked again (kept by piece), and asked as one word: the same answers.
    for (const [left, right] of [['ver', 'min'], ['para', 'sites'], ['ver', 'mn'], ['the', 'cat'], ['cock', 'roach']] as const) {
      expect(words.findJoined(left, right)).toEqual(words.find(left + right));
    }
  });
});
