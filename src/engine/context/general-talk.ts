import { LEXICONS } from '../rules';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * Talk about the profession or society in general, not about anyone: "Pay for TAs is a disgrace"
 * blames the pay, not the TAs; "calling asylum seekers 'an invasion'" names a group, not a family.
 * Read by the derogatory and hostility detectors (an insult aimed at a thing) and the confidential
 * cues (a home-circumstances word naming a group).
 */
const THING_HEADS = PhraseMatcher.of(LEXICONS.generalTalk.thingHeads, { plurals: false });
const GROUP_AFTER: ReadonlySet<string> = new Set(LEXICONS.generalTalk.groupAfter.flatMap((w) => phraseWords(w)));
// "from" too: "the paperwork from the council is a nightmare" is about the paperwork.
const OF_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'from', 'i', 'ar', 'o', 'gan']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'their', 'all', 'y', 'yr', 'ein', 'eu']);
/** Words that end the noun phrase before the people: a verb or a link, not a description of them. */
const LINKS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'and', 'or', 'but', 'that', 'who', 'mae', 'yw', 'ydy', 'a', 'ac']);

/** The people starting at token `first` are the object of a thing ("Pay for TAs", "the treatment of our TAs"): the thing's first token, or -1. */
export function thingOfPeople(tokens: readonly Token[], first: number): number {
  const sentence = tokens[first]?.sentence;
  let k = first - 1;
  if (tokens[k] && DETERMINERS.has(tokens[k]!.norm)) k--;
  // "the funding for SEN kids", "the treatment of supply teachers": up to two words describing the people.
  for (let extra = 0; extra < 2 && tokens[k] && tokens[k]!.sentence === sentence && !OF_WORDS.has(tokens[k]!.norm) && !LINKS.has(tokens[k]!.norm); extra++) k--;
  if (tokens[k] && DETERMINERS.has(tokens[k]!.norm)) k--;
  const of = tokens[k];
  if (!of || of.sentence !== sentence || !OF_WORDS.has(of.norm)) return -1;
  for (let start = Math.max(0, k - 3); start < k; start++) {
    if (tokens[start]!.sentence !== sentence) continue;
    if (THING_HEADS.longestAt(tokens, start, k)?.last === k - 1) return start;
  }
  return -1;
}

/** What is done for staff, not by them ("support staff pay", "TA contracts", "teacher workload"): a verdict on it is no verdict on them. */
const PAY_HEADS: ReadonlySet<string> = new Set(LEXICONS.generalTalk.payHeads.flatMap((w) => phraseWords(w)));

/** Links after a subject: the thing before one is what the sentence is about. */
const SUBJECT_LINKS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent', 'has', 'have', 'mae', 'yw', 'ydy', 'ydi']);

/**
 * The people at `first`…`last` belong to a thing, before or after them ("Pay for TAs", "support staff pay is
 * a joke"). After them, only as the subject, with a link next: in "that dad emails me" the word is a verb.
 */
export function peopleOfAThing(tokens: readonly Token[], first: number, last: number): boolean {
  return thingOfPeople(tokens, first) >= 0 || payAfterPeople(tokens, last);
}

/** The people ending at `last` describe a pay-type thing right after them, the subject of a link ("support staff pay is a joke"). */
export function payAfterPeople(tokens: readonly Token[], last: number): boolean {
  // "the head's policy is pathetic", "the parents' emails are vile": what people own or produce is a verdict on them.
  if (tokens[last]!.possessive) return false;
  const sentence = tokens[last]!.sentence;
  for (let end = last + 1; end <= last + 2 && tokens[end]?.sentence === sentence; end++) {
    if (PAY_HEADS.has(tokens[end]!.norm) && tokens[end + 1]?.sentence === sentence && SUBJECT_LINKS.has(tokens[end + 1]!.norm)) return true;
  }
  return false;
}

/** A plural group noun right after a matter's words ("asylum seekers", "care leavers"). */
export function namesAGroup(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.sentence === tokens[last]!.sentence && GROUP_AFTER.has(next.norm);
}
