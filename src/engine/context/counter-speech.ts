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
  /** "said", "heard": words that report a quotation, read only when the hostile words are in quotes. */
  private readonly quotedReporting: PhraseMatcher<true>;

  /** "and I agree with him": the writer endorsing what they report. */
  private readonly endorsements: PhraseMatcher<true>;
  private readonly endorsedSentences = new WeakMap<DraftView, ReadonlySet<number>>();

  constructor(lexicon: { reporting: readonly string[]; rejection: readonly string[]; quotedReporting?: readonly string[]; endorsements: readonly string[] }) {
    this.reporting = PhraseMatcher.of(lexicon.reporting, { plurals: false });
    this.endorsements = PhraseMatcher.of(lexicon.endorsements, { plurals: false });
    this.rejection = PhraseMatcher.of(lexicon.rejection, { plurals: false });
    this.quotedReporting = PhraseMatcher.of(lexicon.quotedReporting ?? [], { plurals: false });
  }

  /**
   * Whether the word at `index` is the writer's verdict on hate they report ('said "those gypsies
   * are all thieves". I told him that was racist', 'a kid in year 8 used a racist slur today. dealt
   * with'): a rejection word ("racist", "homophobic") with a quotation, a reporting verb or a
   * sanction in its sentence or the one before.
   */
  rejects(view: DraftView, index: number): boolean {
    const tokens = view.doc.tokens;
    const match = this.rejection.longestAt(tokens, index);
    if (!match) return false;
    const sentence = tokens[index]!.sentence;
    const from = view.doc.sentenceStarts[Math.max(0, sentence - 1)]!;
    const to = view.doc.sentenceStarts[sentence + 1] ?? view.doc.draft.length;
    if (QUOTED_ANY.test(view.doc.draft.slice(from, to))) return true;
    for (let k = Math.max(0, index - 40); k < Math.min(tokens.length, index + 20); k++) {
      const s = tokens[k]!.sentence;
      if (s < sentence - 1 || s > sentence + 1 || (k >= index && k <= match.last)) continue;
      if (this.reporting.longestAt(tokens, k) || this.quotedReporting.longestAt(tokens, k) || (k > match.last && this.rejection.longestAt(tokens, k))) return true;
    }
    return false;
  }

  /**
   * Whether a reporting frame follows token `last` closely in its sentence: "sick of people calling
   * PRU kids scum", "I hate people who say refugees are vermin" is aimed at those who say it.
   */
  reportingAfter(view: DraftView, last: number, reach = 5): boolean {
    const tokens = view.doc.tokens;
    const sentence = tokens[last]?.sentence;
    for (let k = last + 1; k <= last + reach && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      // Not across a clause ("I hate that parent, calling me at 10pm"), nor a call to the writer.
      if (/[,;:()]/.test(tokens[k]!.gapBefore)) return false;
      const frame = this.reporting.longestAt(tokens, k);
      if (frame && !/^(me|us)$/.test(tokens[frame.last + 1]?.norm ?? '')) return true;
    }
    return false;
  }

  /**
   * Whether the hostile words alone (not the group they are said of) stand in scare quotes, with a
   * report or a rejection beside them: "parroting stuff about muslims 'taking over'… nobody is taking
   * over", "if you're still calling people who fled a war 'invaders'". The writer holds the words at
   * arm's length to answer them; a hateful writer's own scare quotes ("so-called 'refugees'") sit on
   * the group, not the claim, and find no rejection beside them.
   */
  quotedClaim(view: DraftView, cueFirst: number, cueLast: number): boolean {
    const tokens = view.doc.tokens;
    if (!insideQuotes(view.doc.draft, tokens[cueFirst]!.start, tokens[cueLast]!.end)) return false;
    const sentence = tokens[cueFirst]!.sentence;
    for (let k = Math.max(0, cueFirst - 40); k < Math.min(tokens.length, cueLast + 40); k++) {
      const s = tokens[k]!.sentence;
      if (s < sentence - 1 || s > sentence + 1 || (k >= cueFirst && k <= cueLast)) continue;
      if (this.rejection.longestAt(tokens, k) || this.reporting.longestAt(tokens, k)) return true;
    }
    return false;
  }

  /** Whether tokens `first`..`last` are reported or quoted in order to be rejected. */
  reported(view: DraftView, first: number, last: number): boolean {
    const tokens = view.doc.tokens;
    const sentence = tokens[first]!.sentence;
    // "my brother announced that … and I agree with him": a report the writer endorses, in its sentence or the next, is theirs.
    if (this.endorsedNear(view, sentence)) return false;
    // A reporting frame shortly before ("saying", "anyone who says", "called").
    for (let k = first - 1; k >= Math.max(0, first - 8) && tokens[k]!.sentence === sentence; k--) {
      const report = this.reporting.longestAt(tokens, k);
      // "What do you call a traveller in a suit?" is a joke's set-up, not a report.
      if (report && /^calls?$/.test(tokens[k]!.norm) && /^(you|u|ya)$/.test(tokens[k - 1]?.norm ?? '')) continue;
      // "Just saying, but [remark]": the writer owning the remark, not reporting someone else's.
      if (report && tokens[k]!.norm === 'saying' && /^(just|only|jst|merely)$/.test(tokens[k - 1]?.norm ?? '')) continue;
      // "I announced that…", "honestly I reckoned that…", "dwi jyst yn deud bod…": the writer's own words, not a report.
      if (report && ASSERTING.has(tokens[k]!.norm) && writerSpeaks(tokens, k)) continue;
      if (report && report.last <= first) return true;
    }
    if (!insideQuotes(view.doc.draft, tokens[first]!.start, tokens[last]!.end)) return false;
    // Quoted, and rejected or reported in this sentence or the ones beside it ('"Gypsies are all
    // thieves," said a bloke in the pub'; 'someone said "…". I said no').
    for (let k = Math.max(0, first - 40); k < Math.min(tokens.length, last + 40); k++) {
      const s = tokens[k]!.sentence;
      if (s < sentence - 1 || s > sentence + 1) continue;
      if (k >= first && k <= last) continue;
      if (this.rejection.longestAt(tokens, k) || this.reporting.longestAt(tokens, k) || this.quotedReporting.longestAt(tokens, k)) return true;
    }
    return false;
  }

  /** Whether this sentence or the next holds an endorsement; the draft's endorsing sentences are found once per draft. */
  private endorsedNear(view: DraftView, sentence: number): boolean {
    let sentences = this.endorsedSentences.get(view);
    if (!sentences) {
      const tokens = view.doc.tokens;
      sentences = new Set(this.endorsements.matchAll(tokens).map((m) => tokens[m.first]!.sentence));
      this.endorsedSentences.set(view, sentences);
    }
    return sentences.has(sentence) || sentences.has(sentence + 1);
  }
}

/** The writer as the speaker, just before a report frame ("I announced that", "dwi jyst yn deud bod"). */
const WRITER = /^(i|im|ive|id|dwi|dw|wi|fi|rwy|rydw|mi)$/;
/** Report frames that assert what follows ("announced that", "said that", "yn deud bod"); not "won't have anyone say". */
const ASSERTING: ReadonlySet<string> = new Set(['announced', 'announce', 'announcing', 'reckoned', 'declared', 'said', 'say', 'piped', 'yn']);
/** Words that may stand between the writer and their verb ("I just announced", "dwi jyst yn deud"). */
const BETWEEN = /^(just|jyst|only|honestly|literally|actually|basically|also|then|once|always|wedi|di)$/;
function writerSpeaks(tokens: DraftView['doc']['tokens'], frame: number): boolean {
  let k = frame - 1;
  while (k > frame - 3 && tokens[k] && tokens[k]!.sentence === tokens[frame]!.sentence && BETWEEN.test(tokens[k]!.norm)) k--;
  // Right before the frame (not "clywais i ddyn yn deud bod": there "i" is who heard, and the man speaks).
  return tokens[k] !== undefined && tokens[k]!.sentence === tokens[frame]!.sentence && WRITER.test(tokens[k]!.norm);
}

const QUOTED_ANY = /["“][^"“”\n]{2,300}["”]|(?<![\p{L}\p{N}])['‘][^'‘’\n]{2,300}['’](?![\p{L}\p{N}])/u;
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
