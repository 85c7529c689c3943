import { defineDetector } from '../detector';
import { HostilitySchema, type HostilityLexicon } from '../schemas/lexicons';
import { PhraseMatcher } from '../text/phrases';
import { lowerBound } from '../lower-bound';

/**
 * Banter between friends: a mild insult aimed at one person, with affection beside it ("you
 * absolute muppet, you left your coat at mine 😂 love you x", "happy birthday you daft cow ❤️"),
 * is not derogatory: it becomes information. Slurs, swearing, threats, hostility to groups and
 * anything about the school community are never softened, nor an insult of a whole place's people
 * ("this village is full of inbred yokels 😂"): banter is between friends, not at a community.
 */
const SOFTENED: ReadonlySet<string> = new Set(['derogatory/insult', 'derogatory/mild', 'hostility/insult']);

export const banterDetector = defineDetector({
  id: 'banter',
  phase: 'post',
  description: 'An insult at one person with affection beside it is banter: information, not a warning.',
  rules: {},
  lexicon: HostilitySchema.pick({ affection: true, localCommunity: true }),
  select: (bundle) => ({ affection: (bundle.hostility as HostilityLexicon).affection, localCommunity: (bundle.hostility as HostilityLexicon).localCommunity }),
  compile: (data) => ({
    words: PhraseMatcher.of(data.affection.filter((a) => /\p{L}/u.test(a)), { plurals: false }),
    emoji: data.affection.filter((a) => !/\p{L}/u.test(a)),
    local: PhraseMatcher.of(data.localCommunity, { plurals: false }),
  }),
  run: ({ words, emoji, local }, { view, findings }) => {
    if (!findings.some((f) => SOFTENED.has(f.ruleId) && f.topic === 'general')) return findings;
    const { doc } = view;
    const affectionate = (start: number, end: number) => {
      const text = doc.draft.slice(Math.max(0, start - 200), Math.min(doc.draft.length, end + 200));
      if (emoji.some((e) => text.includes(e))) return true;
      return doc.tokens.some((t, i) => t.start >= start - 200 && t.end <= end + 200 && words.longestAt(doc.tokens, i) !== undefined);
    };
    // A whole place's people named just before the insult, as its subject ("this village is full of…"),
    // not a place mentioned after it ("my brother is a muppet, left his coat in the village pub").
    const atPlace = (start: number) => {
      const k = lowerBound(doc.tokens, (t) => t.end <= start);
      const sentence = doc.tokens[k]?.sentence;
      if (sentence === undefined) return false;
      for (let j = Math.max(0, k - 8); j < k; j++) if (doc.tokens[j]!.sentence === sentence && local.longestAt(doc.tokens, j)) return true;
      return false;
    };
    return findings.map((f) =>
      SOFTENED.has(f.ruleId) && f.topic === 'general' && f.severity !== 'info' && affectionate(f.start, f.end) && !atPlace(f.start)
        ? { ...f, severity: 'info' as const, explanation: { ...f.explanation, reason: `${f.explanation.reason}; said with affection, as banter between friends` } }
        : f,
    );
  },
});
