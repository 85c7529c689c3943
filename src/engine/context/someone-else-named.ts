import { LEXICONS } from '../rules';
import type { DraftView } from '../draft';
import { PhraseMatcher, phraseWords } from '../text/phrases';

/**
 * A roster first name that the draft's own words make someone else (issue 13, ninth session). Staff
 * write about tradespeople, historical figures, politicians and themselves by first name as often as
 * about pupils; these are the constructions that say which, right beside the name:
 * - a title or a trade in apposition: "Tyler the plumber", "Gwen, the princess", "Siwan, y dywysoges";
 * - a Welsh patronymic: "Rhun ap Iorwerth", "Nest ferch Rhys" (a school never writes a pupil so);
 * - the writer's own name: "my name is Sara", "my name (Sara) means…", "fy enw i yw Sara";
 * - a Welsh word-name used as the word: "Haf braf!", "eira trwm" (not "Haf fach", a child).
 */
const data = LEXICONS.someoneElseNamed;
const exact = { plurals: false };
const CALLINGS = PhraseMatcher.of([...data.titlesAfter, ...LEXICONS.pupilCues.namesakes.roles], exact);
const PATRONYMIC = new Set(data.patronymicAfter.flatMap((w) => phraseWords(w)));
const OWN_NAME = PhraseMatcher.of(data.ownNameBefore, exact);
const WEATHER = new Set(data.welshWeatherAfter.flatMap((w) => phraseWords(w)));
const WELSH_WORD_NAMES = new Set(LEXICONS.pupilFrames.welshWordNames.flatMap((w) => phraseWords(w)));
/** Between the name and its calling: "Tyler the plumber", "Tyler, our plumber", "Siwan, y dywysoges", "Tyler the legendary plumber". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'y', 'yr', 'ein']);
const EPITHETS: ReadonlySet<string> = new Set(['lovely', 'legendary', 'local', 'new', 'old', 'famous', 'great', 'brave', 'young', 'welsh', 'last', 'first', 'fawr', 'olaf', 'gyntaf', 'enwog', 'dewr']);

/** Why the first name at tokens `first`..`last` is not a pupil, by the words beside it; undefined when nothing says so. */
export function namedAsSomeoneElse(ctx: DraftView, first: number, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  const token = tokens[first]!;
  const sentence = token.sentence;
  const at = (k: number) => (tokens[k] && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  const after = at(last + 1);
  if (after && !tokens[last]!.possessive) {
    // "Tyler the plumber", "Gwen, the princess": not "Tyler's the plumber's son" (a possessive), nor "Tyler as the king" (a part played).
    if (DETERMINERS.has(after.norm)) {
      let k = last + 2;
      if (at(k) && EPITHETS.has(at(k)!.norm)) k++;
      const calling = at(k) ? CALLINGS.longestAt(tokens, k) : undefined;
      // "Kayden the king of excuses in period 5": a pupil teased with a title, in a post about school.
      // "the princess of Deheubarth" (a capital after "of") is a real title.
      const figurative = calling && (at(calling.last + 1)?.norm === 'of' || at(calling.last + 1)?.norm === 'o') && !at(calling.last + 2)?.capitalised && ctx.schoolContextNear(token.start) !== undefined;
      if (calling && at(calling.last) && !figurative) return tokens.slice(first, calling.last + 1).map((t) => t.raw).join(' ');
    }
    // "Rhun ap Iorwerth", "Nest ferch Rhys"; not "Osian ap D", a pupil's surname cut to its initial
    // (a roster "ap Dafydd" written in full is a full-name match, found before this is asked).
    const parent = at(last + 2);
    if (PATRONYMIC.has(after.norm) && /^\s+$/.test(after.gapBefore) && parent?.capitalised && parent.kind === 'word' && parent.norm.length >= 3) return `${token.raw} ${after.raw} ${parent.raw}`;
    // "Haf braf o'r diwedd!": the season, not Haf.
    if (WELSH_WORD_NAMES.has(token.norm) && first === last && WEATHER.has(after.norm) && /^\s+$/.test(after.gapBefore)) return `${token.raw} ${after.raw}`;
  }
  // "my name is Sara", "my name (Sara) means…": the writer.
  if (!tokens[last]!.possessive) {
    for (let k = Math.max(0, first - 4); k < first; k++) {
      const own = OWN_NAME.longestAt(tokens, k, first);
      if (own?.last === first - 1 && tokens[k]!.sentence === sentence) return tokens.slice(k, last + 1).map((t) => t.raw).join(' ');
    }
  }
  return undefined;
}
