import { referenceAt } from '../context/community';
import { defineDetector, type NameSink } from '../detector';
import type { DraftView } from '../draft';
import { say } from '../message-keys';
import { PupilFramesSchema, type PupilFramesLexicon } from '../schemas/pupil-frames';
import type { Token } from '../text/tokenize';
import type { RawFinding } from './raw-finding';
import { isEverydayWord } from '../context/names-knowledge';

/**
 * A child written as their initials and their class: "TC in 5H told me…", "RB in 6S punched a dinner lady",
 * "JP from Year 4". Staff write initials to keep a name out of a post, but two capitals and a class name one
 * child to everyone who knows the school (seventeenth session, from train-18). Whether the initials are a
 * roster pupil's or not, the class is what identifies: a warning, as for a child described by class.
 *
 * Not: capitals that are a subject, a role, a service or an everyday abbreviation ("PE in 5H", "the TA in
 * Year 2", "ADY in Bl.4": pupil-frames.json `notInitials`), more than three letters, or letters that are not
 * followed by where the child is at school.
 */
interface Compiled {
  readonly notInitials: ReadonlySet<string>;
}

/** A class name or a year written joined: "5H", "10P", "Y4", "yr5", "bl4" (as in described-child.ts). */
const CLASS_TOKEN = /^(?:(?:1[0-3]|[1-9])[a-z]{1,3}|(?:y|yr|year|bl)(?:1[0-3]|[1-9]))$/;
/** A number with a unit or an ordinal is a time, an amount or a place, not a class ("PGL in 3wks", "ENG in 3rd", "ETA in 10min"). */
const NOT_A_CLASS = /^\d+(?:wks?|weeks?|mins?|hrs?|secs?|days?|mths?|yrs?|am|pm|st|nd|rd|th|km|mi|kg|ml)$/;
const TWO_LETTER_WORDS: ReadonlySet<string> = new Set(['am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'ye']);
const PLACED: ReadonlySet<string> = new Set(['in', 'from', 'yn', 'ym', 'o']);
const YEAR_WORDS: ReadonlySet<string> = new Set(['year', 'yr', 'bl', 'blwyddyn', 'mlwyddyn', 'flwyddyn', 'class', 'dosbarth']);

function compile(lexicon: PupilFramesLexicon): Compiled {
  return { notInitials: new Set(lexicon.notInitials.map((w) => w.toUpperCase())) };
}

/** The last token of "in 5H", "from Year 4", "yn Bl 6" right after `k`, or -1. */
function classAfter(tokens: readonly Token[], k: number): number {
  const placed = tokens[k + 1];
  const at = tokens[k + 2];
  if (!placed || !at || !PLACED.has(placed.norm) || placed.sentence !== tokens[k]!.sentence || at.sentence !== placed.sentence) return -1;
  if (CLASS_TOKEN.test(at.norm) && /\d/.test(at.norm) && !NOT_A_CLASS.test(at.norm)) return k + 2;
  const number = tokens[k + 3];
  if (YEAR_WORDS.has(at.norm) && number && number.sentence === at.sentence && /^(?:1[0-3]|[1-9])[a-z]?$/.test(number.norm)) return k + 3;
  // "in 9 Coch", "in 10 K": a year and the form's colour or letter written apart.
  if (/^(?:1[0-3]|[1-9])$/.test(at.norm) && number && number.sentence === at.sentence && number.capitalised && (/^\p{Lu}$/u.test(number.raw) || FORM_COLOURS.has(number.norm))) return k + 3;
  return -1;
}

/** Colours that name a form within a year ("9 Coch", "7 Glas", "8 Red"). */
const FORM_COLOURS: ReadonlySet<string> = new Set(['coch', 'glas', 'gwyrdd', 'melyn', 'oren', 'porffor', 'gwyn', 'du', 'red', 'blue', 'green', 'yellow', 'orange', 'purple']);

/**
 * Initials typed with full stops: "R.S", "D.P.", "R. S.", single capitals each after a stop (tokenize.ts keeps
 * them in one sentence). Returns the joined letters and the index of the last, or undefined.
 */
function dottedInitials(tokens: readonly Token[], i: number): { letters: string; last: number } | undefined {
  if (!/^\p{Lu}$/u.test(tokens[i]!.raw)) return undefined;
  let letters = tokens[i]!.raw;
  let last = i;
  while (letters.length < 3) {
    const next = tokens[last + 1];
    if (!next || next.sentence !== tokens[i]!.sentence || !/^\.\s?$/.test(next.gapBefore) || !/^\p{Lu}$/u.test(next.raw)) break;
    letters += next.raw;
    last += 1;
  }
  return letters.length >= 2 ? { letters, last } : undefined;
}

export function findInitialsInClass(c: Compiled, ctx: DraftView, found: NameSink): RawFinding[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const findings: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Two or three capitals typed as one word ("TC", "RB's") or with full stops ("R.S", "D.P."), not a listed abbreviation.
    const dotted = token.kind === 'word' ? dottedInitials(tokens, i) : undefined;
    const letters = dotted ? dotted.letters : token.raw.replace(/['’]s$/, '');
    if (token.kind !== 'word' || !/^\p{Lu}{2,3}$/u.test(letters) || c.notInitials.has(letters.toUpperCase())) continue;
    // Capitals that spell a word are emphasis ("Well done to ALL in Year 6", "WOW in Class 3"), and a Roman numeral is a king ("Henry VII in Year 8").
    // (Two letters: only the short words people type in capitals; the everyday list holds "rb", "tc" and the like.)
    const lower = letters.toLowerCase();
    if ((lower.length === 2 ? TWO_LETTER_WORDS.has(lower) : isEverydayWord(lower)) || /^[IVXLCDM]+$/.test(letters)) continue;
    const last = classAfter(tokens, dotted ? dotted.last : i);
    if (last < 0) continue;
    const start = token.start;
    const end = tokens[last]!.end;
    const written = doc.draft.slice(start, end);
    found.reference({ ...referenceAt(doc, 'pupils', true, i, last), named: true });
    findings.push({
      category: 'pupil-name',
      topic: 'unlisted',
      severity: 'warning',
      start,
      end,
      ruleId: 'pupil-name/initials-in-class',
      ...say('finding_described_child', written),
      explanation: {
        rule: 'a child written as initials with their class',
        context: tokens[last]!.raw,
        reason: 'initials and a class identify one child to anyone who knows the school, whether or not the roster has them',
      },
    });
    i = last;
  }
  return findings;
}

export const initialsInClassDetector = defineDetector({
  id: 'initials-in-class',
  phase: 'names',
  description: 'A child written as their initials and their class ("TC in 5H", "JP from Year 4").',
  rules: {
    'pupil-name/initials-in-class': 'two or three capitals (or capitals with full stops, "R.S") that are no listed abbreviation, then "in"/"from" and a class or year ("RB in 6S punched a dinner lady", "D.P. in 9 Coch"): a warning',
  },
  lexicon: PupilFramesSchema,
  select: (bundle) => bundle.pupilFrames,
  compile: (lexicon) => compile(lexicon),
  run: (compiled, { view, found }) => ({ findings: findInitialsInClass(compiled, view, found) }),
});
