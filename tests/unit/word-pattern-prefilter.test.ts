import { describe, expect, test } from 'vitest';
import { LEXICONS } from '../../src/engine/rules';
import { tokenize } from '../../src/engine/text/tokenize';
import { WordPatternMatcher } from '../../src/engine/text/word-patterns';
import { corpusDrafts, toLength } from '../bench/inputs';

/**
 * Word patterns run only on the sentences holding one of the words every match of them needs (a
 * pre-filter, for speed). The matches must be exactly those of running every pattern on every
 * sentence: compared here on the shipped patterns and on the syntax's corners (stems, gaps,
 * optional words, classes, "$", spoken Welsh forms).
 */
const { wordClasses, matters, secrecy, benignPatterns } = LEXICONS.confidentialCues;
const spoken = (word: string): readonly string[] => (word === 'dweud' ? ['dweud', 'deud', 'gweud'] : [word]);

function matcherOf(patterns: readonly string[], classes: Readonly<Record<string, readonly string[]>> = wordClasses): WordPatternMatcher<number> {
  const matcher = new WordPatternMatcher<number>(classes, spoken);
  patterns.forEach((pattern, i) => matcher.add(pattern, i));
  return matcher;
}

describe('the word-pattern pre-filter', () => {
  test('finds what running every shipped pattern on every sentence finds, on the corpus drafts as written and at 280 characters', () => {
    const shipped = matcherOf([...matters.flatMap((m) => m.patterns), ...secrecy.patterns, ...benignPatterns]);
    expect(shipped.size).toBeGreaterThan(40);
    let found = 0;
    for (const draft of corpusDrafts()) {
      for (const text of [draft.text, toLength(draft.text)]) {
        const tokens = tokenize(text).tokens;
        const matches = shipped.matchAll(tokens);
        expect(matches).toEqual(shipped.matchAllUnfiltered(tokens));
        found += matches.length;
      }
    }
    // The comparison means something only if the patterns do match some drafts.
    expect(found).toBeGreaterThan(20);
  });

  test('keeps patterns that need no whole word (a stem, a gap, optional words only) and every alternative of a class', () => {
    const corners = matcherOf(
      ['complain*', '(told|asked) ~2 not to', '(really|) (so|) sorry $', '@who (has|have) left', 'between us', 'ddim i fod i dweud', 'the police (at|outside) the gate*'],
      { who: ['mrs jones', 'the head', 'our caretaker'] },
    );
    const texts = [
      'She complained again. They have complaints.',
      'He told me not to. She asked all of us not to tell!',
      'So sorry. Really sorry',
      'Mrs Jones has left. The head have left? our caretaker has left',
      'Just between us, ok',
      "Ddim i fod i ddeud, ond ddim i fod i gweud chwaith. Ddim i fod i dweud",
      'The police outside the gates again, the police at the gate',
      'nothing to see here',
    ];
    for (const text of texts) {
      const tokens = tokenize(text).tokens;
      expect(corners.matchAll(tokens)).toEqual(corners.matchAllUnfiltered(tokens));
    }
    const all = tokenize(texts.join(' ')).tokens;
    expect(corners.matchAll(all).length).toBeGreaterThanOrEqual(10);
  });
});
