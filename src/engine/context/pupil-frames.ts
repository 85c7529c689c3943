import { LEXICONS } from '../rules';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * Sentences that make a bare first name a child of the school, with no school word in the draft
 * (rules/lexicons/pupil-frames.json): what a child tells the writer about home ("Ifrah told me her
 * uncle…", "elis 'di deud wrtha i bod ei dad…"), being away from school ("cal's not been in for 9
 * days"), out with a parent ("saw Faith in the Co-op with her mum"), and the subject of a Welsh
 * sentence ("Ma' Hope wedi cael…", "Mali Haf yn canu…").
 */
const frames = LEXICONS.pupilFrames;
const words = (list: readonly string[]) => new Set(list.flatMap((w) => phraseWords(w)));

const TOLD_ME = PhraseMatcher.of(frames.toldMe, { plurals: false });
const TOLD_FAMILY = PhraseMatcher.of(frames.toldFamily, { plurals: false });
const AWAY = PhraseMatcher.of(frames.away, { plurals: false });
const ASKED_ME = PhraseMatcher.of(frames.askedMe, { plurals: false });
const WITH_PARENT = PhraseMatcher.of(frames.withParent, { plurals: false });
const WELSH_VERB_BEFORE = words(frames.welshVerbBefore);
const WELSH_ASPECT = words(frames.welshAspect);
const WELSH_CHILD_VERBS = PhraseMatcher.of(frames.welshChildVerbs, { plurals: false });
const WELSH_WORD_NAMES = words(frames.welshWordNames);

/** How far after "told me" the family word may stand ("told me that her mum's new boyfriend"). */
const FAMILY_REACH = 5;
/** How far after the name "with her mum" may start ("saw Faith in the Co-op with her mum"). */
const PARENT_REACH = 6;

const inSentence = (tokens: readonly Token[], k: number, sentence: number) => tokens[k] !== undefined && tokens[k]!.sentence === sentence;

/**
 * A frame right after a name that ends at `last` that makes it a child: the words that show it, or
 * undefined. "told me" counts only with a family word after it (a disclosure about home).
 */
export function childFrameAfter(tokens: readonly Token[], last: number): string | undefined {
  const sentence = tokens[last]!.sentence;
  const from = last + 1;
  if (!inSentence(tokens, from, sentence)) return undefined;
  const text = (a: number, b: number) => tokens.slice(a, b + 1).map((t) => t.raw).join(' ');
  const told = TOLD_ME.longestAt(tokens, from);
  if (told && tokens[told.last]!.sentence === sentence) {
    for (let k = told.last + 1; k <= told.last + FAMILY_REACH && inSentence(tokens, k, sentence); k++) {
      const family = TOLD_FAMILY.longestAt(tokens, k);
      if (family) return text(from, family.last);
    }
  }
  const away = AWAY.longestAt(tokens, from);
  if (away && tokens[away.last]!.sentence === sentence) return text(from, away.last);
  const asked = ASKED_ME.longestAt(tokens, from);
  if (asked && tokens[asked.last]!.sentence === sentence) return text(from, asked.last);
  for (let k = from; k <= last + PARENT_REACH && inSentence(tokens, k, sentence); k++) {
    // "Faith, her mum and I": a clause break ends the reach.
    if (k > from && /[,;:]/.test(tokens[k]!.gapBefore)) break;
    const parent = WITH_PARENT.longestAt(tokens, k);
    if (parent && tokens[parent.last]!.sentence === sentence) return text(k, parent.last);
  }
  return undefined;
}

/**
 * The name from `first` to `last` is the subject of a Welsh sentence: "Ma' Hope wedi cael…" (a
 * verb before it, an aspect word after), or "Mali Haf yn canu…" (an aspect word and a child's verb
 * after it). A name that is a Welsh word ("Eira wedi disgyn", snow has fallen) counts only with a
 * child's verb. The words that show it, or undefined.
 */
export function welshSubject(tokens: readonly Token[], first: number, last: number): string | undefined {
  const token = tokens[first]!;
  const sentence = token.sentence;
  const aspect = tokens[last + 1];
  if (!aspect || aspect.sentence !== sentence || !WELSH_ASPECT.has(aspect.norm)) return undefined;
  const welshWord = WELSH_WORD_NAMES.has(token.norm);
  const verb = inSentence(tokens, last + 2, sentence) ? WELSH_CHILD_VERBS.longestAt(tokens, last + 2) : undefined;
  // "Eira wedi cael ei glirio" (the snow has been cleared): "cael" is also the passive, so not after a Welsh word.
  if (verb && !(welshWord && tokens[last + 2]!.norm === 'cael')) return tokens.slice(first, verb.last + 1).map((t) => t.raw).join(' ');
  const before = tokens[first - 1];
  // "yn y Co-op" is "in the Co-op": after "yn", only a verb-noun makes the name its subject.
  if (welshWord || aspect.norm === 'yn' || !before || before.sentence !== sentence || !WELSH_VERB_BEFORE.has(before.norm)) return undefined;
  return `${before.raw} ${tokens.slice(first, last + 2).map((t) => t.raw).join(' ')}`;
}
