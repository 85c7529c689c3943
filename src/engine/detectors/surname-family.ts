import { ownCircleBefore, referenceAt } from '../context/community';
import { isEverydayWord } from '../context/names-knowledge';
import type { NameSink } from '../detector';
import type { DraftView } from '../draft';
import { LEXICONS } from '../rules';
import { phraseWords } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { say } from '../message-keys';
import type { NameIndex, NameMatch } from './roster';
import type { RawFinding } from './raw-finding';

/**
 * A pupil's family named by the pupil's surname (rules/lexicons/pupil-frames.json, ninth session):
 * "the Gedge family", "that Fairweather woman", "the Nowak parents", "gedge family had the bailiffs
 * round". To anyone who knows the school it names the child's home, a parent through the child, as
 * plainly as "Storm's mum". A roster surname with a family word after it, after "the"/"that"; the
 * plain family words ("family", "household") also without it and typed in lower case, when the
 * surname is no everyday word ("the price family" stays quiet). The writer's own circle is excused.
 */
const frames = LEXICONS.pupilFrames;
const words = (list: readonly string[]) => new Set(list.flatMap((w) => phraseWords(w)));
const BEFORE = words(frames.surnameFamilyBefore);
const FAMILY = words(frames.surnameFamily);
const BARE = words(frames.surnameFamilyBare);

export function surnameFamilyAt(ctx: DraftView, roster: NameIndex, tokens: readonly Token[], i: number): { last: number; matches: NameMatch[] } | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word' || token.possessive) return undefined;
  const surname = roster.surnames.longestAt(tokens, i);
  if (!surname) return undefined;
  const noun = tokens[surname.last + 1];
  if (!noun || noun.sentence !== token.sentence || noun.kind !== 'word' || !FAMILY.has(noun.norm) || !/^\s+$/.test(noun.gapBefore)) return undefined;
  const previous = tokens[i - 1];
  const determined = previous !== undefined && previous.sentence === token.sentence && BEFORE.has(previous.norm);
  const surnameWords = tokens.slice(i, surname.last + 1);
  const plainName = surnameWords.every((t) => t.norm.length >= 3 && !isEverydayWord(t.norm));
  // "the Fairweather woman": a determiner and the surname's capital. "gedge family": a family word needs neither, when the surname is no word.
  const capitalised = surnameWords.every((t) => t.capitalised);
  if (!((determined && (capitalised || plainName)) || (BARE.has(noun.norm) && plainName && (capitalised || !surnameWords.some((t) => t.capitalised))))) return undefined;
  // "a family", "my family" are the writer's; "Grace Price family fun day": a first name before the surname is a full name, found as such.
  if (!determined && previous !== undefined && previous.sentence === token.sentence && previous.capitalised && !previous.sentenceStart) return undefined;
  if (ownCircleBefore(ctx.doc, i)) return undefined;
  return { last: surname.last + 1, matches: surname.values.map((entry) => ({ entry, form: 'full' as const })) };
}

export function surnameFamilyFinding(ctx: DraftView, found: NameSink, first: number, last: number, matches: readonly NameMatch[]): RawFinding {
  return surnameFinding(ctx, found, first, last, matches, {
    ruleId: 'pupil-name/roster-surname-family',
    rule: 'a roster surname naming the pupil’s family ("the Gedge family", "that Fairweather woman")',
    reason: 'a pupil’s family name with a family or parent word after it points at that pupil’s home to anyone who knows the school',
  });
}

/**
 * A finding for a roster surname that points at a pupil through a word after it (a child word: "the
 * Malik girl"; a family word: "the Gedge family"): claimed so no other name rule reads it again, high
 * beside strong school context, a warning otherwise.
 */
export function surnameFinding(
  ctx: DraftView,
  found: NameSink,
  first: number,
  last: number,
  matches: readonly NameMatch[],
  how: { ruleId: string; rule: string; reason: string },
): RawFinding {
  const { doc } = ctx;
  found.claim(first, last);
  found.reference(referenceAt(doc, 'pupils', true, first, last));
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const context = ctx.schoolContextNear(start, 'strong');
  return {
    category: 'pupil-name',
    topic: 'roster',
    severity: context ? 'high' : 'warning',
    start,
    end,
    ruleId: how.ruleId,
    ...say('finding_pupil_full', doc.draft.slice(start, end)),
    listed: [...new Set(matches.map((m) => m.entry.name))],
    explanation: { rule: how.rule, ...(context ? { context: context.text } : {}), reason: how.reason },
  };
}
