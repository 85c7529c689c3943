import { verdictOnAbuse } from '../context/verdict-on-abuse';
import { CounterSpeech } from '../context/counter-speech';
import { defineDetector } from '../detector';
import { HostilitySchema, type HostilityLexicon } from '../schemas/lexicons';
import { PhraseMatcher } from '../text/phrases';
import type { RawFinding } from './raw-finding';

/**
 * Word-list insults (and the learned layer's findings) that are reported to be rejected ("saying refugees are vermin is disgusting",
 * "challenging a man who called them animals") or denied ("they are not vermin") are not the
 * writer's insults: dropped. Slurs and strong profanity stay, whatever the frame: a DSL would
 * still want a warning before either is posted.
 */
const DROPPABLE: ReadonlySet<string> = new Set(['derogatory/insult', 'derogatory/mild', 'derogatory/learned', 'derogatory/learned-community', 'derogatory/staff-voice']);

interface Compiled {
  readonly counterSpeech: CounterSpeech;
  readonly negations: PhraseMatcher<true>;
}

export const counterSpeechDetector = defineDetector({
  id: 'counter-speech',
  phase: 'post',
  description: 'Drops word-list insults that the draft reports in order to reject them, or denies.',
  rules: {},
  lexicon: HostilitySchema.pick({ reporting: true, rejection: true, hostileNegations: true, quotedReporting: true, endorsements: true }),
  select: (bundle) => {
    const { reporting, rejection, hostileNegations, quotedReporting, endorsements } = bundle.hostility as HostilityLexicon;
    return { reporting, rejection, hostileNegations, quotedReporting, endorsements };
  },
  compile: (data): Compiled => ({ counterSpeech: new CounterSpeech(data), negations: PhraseMatcher.of(data.hostileNegations, { plurals: false }) }),
  run: ({ counterSpeech, negations }, { view, findings }) => {
    const tokens = view.doc.tokens;
    const tokenAt = (offset: number) => {
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const kept: RawFinding[] = [];
    for (const finding of findings) {
      if (!DROPPABLE.has(finding.ruleId) || tokens.length === 0) {
        kept.push(finding);
        continue;
      }
      const first = tokenAt(finding.start);
      const last = tokenAt(Math.max(finding.start, finding.end - 1));
      // "are not vermin", "aren't animals": denied, right before.
      const denied = [first - 1, first - 2].some((k) => k >= 0 && tokens[k]!.sentence === tokens[first]!.sentence && negations.longestAt(tokens, k)?.last === first - 1);
      // "I told him that was racist": the writer's verdict on hate they report, not an insult.
      const verdict = finding.ruleId === 'derogatory/insult' && first === last && counterSpeech.rejects(view, first);
      // "sick of the nonsense on here about Polish families": the model's word is aimed at the talk, not the group.
      const atTheTalk = (finding.ruleId.startsWith('derogatory/learned') || finding.ruleId === 'derogatory/staff-voice') && first === last && counterSpeech.reportingAfter(view, last, 3);
      // "the abuse she gets online is vile": the verdict is on the abuse (verdict-on-abuse.ts).
      const onAbuse = first === last && verdictOnAbuse(tokens, first);
      if (denied || verdict || atTheTalk || onAbuse || counterSpeech.reported(view, first, last)) continue;
      kept.push(finding);
    }
    return kept;
  },
});
