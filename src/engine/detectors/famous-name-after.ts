import type { DraftView } from '../draft';
import { phraseWords } from '../text/phrases';
import type { Namesakes } from './namesakes';

/** How many words after a first name a well-known person's surname may run to ("alun wyn jones"). */
const MAX_AFTER = 2;

/**
 * "jordan henderson went to saudi", "harry kane with another hat-trick": a roster first name
 * followed by the rest of a well-known person's name that is not the pupil's surname is that
 * person, however it is typed. (A capitalised surname after a first name already reads as
 * someone else in pupil-names.ts; lower case needs the list of well-known people.) A school word
 * in the sentence keeps the ordinary reading: "jordan henderson in year 4" may be a child of the
 * school who is not on the roster, and the unlisted-child detectors judge that.
 * Returns the last token of the whole name, or undefined.
 */
export function famousNameFrom(ctx: DraftView, namesakes: Namesakes, first: number, givenLast: number, ownSurnames: ReadonlySet<string> = new Set()): number | undefined {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[first]!.sentence;
  const given = phraseWords(ctx.doc.draft.slice(tokens[first]!.start, tokens[givenLast]!.end)).join(' ');
  let words = given;
  let after = '';
  for (let j = givenLast + 1; j <= givenLast + MAX_AFTER && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || t.kind !== 'word' || !/^\s+$/.test(t.gapBefore)) return undefined;
    // "Jordan's mum": a possessive first name is the child's, whatever follows.
    if (tokens[j - 1]!.possessive) return undefined;
    words = `${words} ${t.norm}`;
    after = after ? `${after} ${t.norm}` : t.norm;
    // "Zoë Williams' dad", "liam williams dad": the pupil's own surname is the pupil's, never a
    // famous person's (the possessive may have lost its "s" to the apostrophe-less reading).
    if (ownSurnames.has(after) || ownSurnames.has(`${after}s`)) return undefined;
    if (namesakes.people.has(words)) {
      const start = tokens[first]!.start;
      const end = t.end;
      const schoolBeside = ctx.schoolContext.some((h) => h.sentence === sentence && Math.min(Math.abs(h.start - end), Math.abs(start - h.end)) <= 40);
      return schoolBeside ? undefined : j;
    }
  }
  return undefined;
}
