import type { DraftView } from '../draft';
import { PhraseMatcher } from '../text/phrases';

/**
 * Counter-speech: hostile words reported in order to reject them ("saying refugees are vermin is
 * disgusting", "I won't have anyone say…", "so proud of Year 9 for challenging a man who called
 * them animals"), or quoted with a rejection beside them ("If you think 'they're parasites',
 * unfollow me"). Both the hostility detector and the word-list insults ask it.
 */
export class CounterSpeech {
  private readonly reporting: PhraseMatcher<true>;
  private readonly rejection: PhraseMatcher<true>;

  constructor(lexicon: { reporting: readonly string[]; rejection: readonly string[] }) {
    this.reporting = PhraseMatcher.of(lexicon.reporting, { plurals: false });
    this.rejection = PhraseMatcher.of(lexicon.rejection, { plurals: false });
  }

  /** Whether tokens `first`..`last` are reported or quoted in order to be rejected. */
  reported(view: DraftView, first: number, last: number): boolean {
    const tokens = view.doc.tokens;
    const sentence = tokens[first]!.sentence;
    // A reporting frame shortly before ("saying", "anyone who says", "called").
    for (let k = first - 1; k >= Math.max(0, first - 8) && tokens[k]!.sentence === sentence; k--) {
      const report = this.reporting.longestAt(tokens, k);
      if (report && report.last <= first) return true;
    }
    if (!insideQuotes(view.doc.draft, tokens[first]!.start, tokens[last]!.end)) return false;
    // Quoted, and rejected or reported in this sentence or the ones beside it.
    for (let k = Math.max(0, first - 40); k < Math.min(tokens.length, last + 40); k++) {
      const s = tokens[k]!.sentence;
      if (s < sentence - 1 || s > sentence + 1) continue;
      if (k >= first && k <= last) continue;
      if (this.rejection.longestAt(tokens, k) || this.reporting.longestAt(tokens, k)) return true;
    }
    return false;
  }
}

const QUOTED = /["“”]([^"“”\n]{1,300})["“”]|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{1,300})['’](?![\p{L}\p{N}])/gu;

function insideQuotes(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 300);
  const nearby = text.slice(from, Math.min(text.length, end + 300));
  for (const q of nearby.matchAll(QUOTED)) {
    const qStart = from + q.index;
    if (qStart <= start && qStart + q[0].length >= end) return true;
  }
  return false;
}
