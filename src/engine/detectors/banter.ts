import { defineDetector } from '../detector';
import { HostilitySchema, type HostilityLexicon } from '../schemas/lexicons';
import { PhraseMatcher } from '../text/phrases';

/**
 * Banter between friends: a mild insult aimed at one person, with affection beside it ("you
 * absolute muppet, you left your coat at mine 😂 love you x", "happy birthday you daft cow ❤️"),
 * is not derogatory: it becomes information. Slurs, swearing, threats, hostility to groups and
 * anything about the school community are never softened.
 */
const SOFTENED: ReadonlySet<string> = new Set(['derogatory/insult', 'derogatory/mild', 'hostility/insult']);

export const banterDetector = defineDetector({
  id: 'banter',
  phase: 'post',
  description: 'An insult at one person with affection beside it is banter: information, not a warning.',
  rules: {},
  lexicon: HostilitySchema.pick({ affection: true }),
  select: (bundle) => ({ affection: (bundle.hostility as HostilityLexicon).affection }),
  compile: (data) => ({ words: PhraseMatcher.of(data.affection.filter((a) => /\p{L}/u.test(a)), { plurals: false }), emoji: data.affection.filter((a) => !/\p{L}/u.test(a)) }),
  run: ({ words, emoji }, { view, findings }) => {
    if (!findings.some((f) => SOFTENED.has(f.ruleId) && f.topic === 'general')) return findings;
    const { doc } = view;
    const affectionate = (start: number, end: number) => {
      const text = doc.draft.slice(Math.max(0, start - 200), Math.min(doc.draft.length, end + 200));
      if (emoji.some((e) => text.includes(e))) return true;
      return doc.tokens.some((t, i) => t.start >= start - 200 && t.end <= end + 200 && words.longestAt(doc.tokens, i) !== undefined);
    };
    return findings.map((f) =>
      SOFTENED.has(f.ruleId) && f.topic === 'general' && f.severity !== 'info' && affectionate(f.start, f.end)
        ? { ...f, severity: 'info' as const, explanation: { ...f.explanation, reason: `${f.explanation.reason}; said with affection, as banter between friends` } }
        : f,
    );
  },
});
