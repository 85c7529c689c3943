import { phraseWords } from '../text/phrases';

/**
 * A regular expression that finds any of these labels as whole words in folded text, with any
 * punctuation between their words ("D.O.B", "NHS no:", "date of birth"). Labels are lexicon data
 * (`identifierLabels` in confidential.json); escaping is not needed as folded words are letters
 * and digits only.
 */
export function labelPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${phrases.map((p) => phraseWords(p).join('\\W*')).join('|')})(?![\\p{L}])`, 'u');
}
