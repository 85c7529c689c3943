import { LEXICONS } from '../rules';
import type { DraftView } from '../draft';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import { yearGroupPhrases } from './school-context';
import { classCodeAfter } from './class-code-after';

/**
 * The words around a name that introduce a child: "a girl called Jasmine", "Mason in Year 3",
 * "Tyler's mum" in a school post, "star of the week goes to Ava". Both the roster detector (for
 * names that are also words) and the unlisted-child detector rely on them.
 */
const frames = LEXICONS.community.childFrames;

const CLASS_AFTER = PhraseMatcher.of(frames.classAfter);
const PRAISE_BEFORE = PhraseMatcher.of(frames.praiseBefore);
const NAMING_WORDS: ReadonlySet<string> = new Set(frames.namingWords);
const CHILD_NOUNS: ReadonlySet<string> = new Set(frames.childNouns.flatMap((w) => phraseWords(w)));
const FAMILY_AFTER: ReadonlySet<string> = new Set(frames.familyAfter.flatMap((w) => phraseWords(w)));

/** Words that point at children in particular (and year groups): a name beside them may be a pupil's. */
export const PUPIL_CUES = PhraseMatcher.of([...LEXICONS.schoolContext.pupilCues, ...yearGroupPhrases()]);

/** "Star of the week goes to Ava", "Well done Seren": praise that introduces a child. */
export function praisedBefore(ctx: DraftView, index: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let start = Math.max(0, index - 6); start < index; start++) {
    if (tokens[start]!.sentence !== tokens[index]!.sentence) continue;
    if (PRAISE_BEFORE.longestAt(tokens, start, index)?.last === index - 1) return true;
  }
  return false;
}

/** "a boy called Tyler", "Tyler in my class", "Mason from Year 3", "Tyler's mum at pick-up". */
export function inChildFrame(ctx: DraftView, index: number): boolean {
  const tokens = ctx.doc.tokens;
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const sameSentence = next !== undefined && next.sentence === token.sentence;
  return (
    (previous !== undefined && previous.sentence === token.sentence && NAMING_WORDS.has(previous.norm) && childMentionedBefore(ctx, index)) ||
    (sameSentence && CLASS_AFTER.longestAt(tokens, index + 1) !== undefined) ||
    (sameSentence && classCodeAfter(tokens, index) !== undefined) ||
    (sameSentence && token.possessive && FAMILY_AFTER.has(next!.norm) && ctx.hasStrongSchoolContext())
  );
}

/** "a boy in my form called connor": a naming word right before the token, and a child just before that. */
export function namedAsAChild(ctx: DraftView, index: number): boolean {
  const tokens = ctx.doc.tokens;
  const previous = tokens[index - 1];
  return previous !== undefined && previous.sentence === tokens[index]!.sentence && NAMING_WORDS.has(previous.norm) && childMentionedBefore(ctx, index);
}

/** "a boy … called Tyler": a child was mentioned in the few words before the name. */
function childMentionedBefore(ctx: DraftView, index: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let i = index - 1; i >= Math.max(0, index - 12) && tokens[i]!.sentence === tokens[index]!.sentence; i--) if (CHILD_NOUNS.has(tokens[i]!.norm)) return true;
  return ctx.referencesNear(index, index, 12, 0, 0).some((r) => r.group === 'pupils' && r.last < index);
}

/** "Siân's mam rang": a possessive name before a family word. */
export function parentFollows(ctx: DraftView, index: number): boolean {
  const tokens = ctx.doc.tokens;
  const next = tokens[index + 1];
  return tokens[index]!.possessive && next !== undefined && next.sentence === tokens[index]!.sentence && FAMILY_AFTER.has(next.norm);
}
