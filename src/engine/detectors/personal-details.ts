import { defineDetector } from '../detector';
import { ConfidentialSchema, type ConfidentialLexicon } from '../schemas/lexicons';
import { ownCircleBefore } from '../context/community';
import type { DraftView } from '../draft';
import { toDraftSpan } from '../text/fold';
import { phraseWords } from '../text/phrases';
import { tokenIndexAt } from '../text/tokenize';
import { labelPattern } from './label-pattern';
import type { Severity } from '../types';
import type { RawFinding } from './raw-finding';
import { phrase, say } from '../message-keys';

/**
 * A pupil's date of birth or home address. A labelled date of birth ("DOB 12/03/2015") is a
 * warning on its own and high beside a pupil; an address is high beside a pupil and a warning
 * when introduced as where someone lives. Addresses of shops and venues are left alone.
 */
interface Patterns {
  readonly DATE: RegExp;
  readonly DAY_MONTH: RegExp;
  readonly DOB_LABEL: RegExp;
  readonly ADDRESS_LABEL: RegExp;
  readonly DOB_FILLER: RegExp;
  readonly STREET: RegExp;
}

const POSTCODE = /(?<![\p{L}\p{N}])[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}(?![\p{L}\p{N}])/gu;

function compilePatterns(lexicon: ConfidentialLexicon): Patterns {
  // Longest first, so "march" is tried before "mar".
  const MONTHS = [...lexicon.months].sort((a, b) => b.length - a.length).join('|');
  const labels = lexicon.identifierLabels;
  const streetAlternatives = (words: readonly string[]) => words.map((w) => phraseWords(w).join(' ')).join('|');
  return {
    DATE: new RegExp(
      [
        String.raw`(?<!\d)(?:[0-2]?\d|3[01])[/.\-](?:0?\d|1[0-2])[/.\-](?:\d{4}|\d{2})(?!\d)`,
        String.raw`(?<![\p{L}\p{N}])(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?(?: of)? (?:${MONTHS}),? (?:19|20)\d{2}(?!\d)`,
        String.raw`(?<![\p{L}\p{N}])(?:${MONTHS}) (?:[0-2]?\d|3[01])(?:st|nd|rd|th)?,? (?:19|20)\d{2}(?!\d)`,
      ].join('|'),
      'gu',
    ),
    /** "12 March", "the 3rd of March": a birthday without its year, counted only right after a label. */
    DAY_MONTH: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:the )?(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?(?: of)? (?:${MONTHS})(?![\p{L}])(?!,? (?:19|20)\d{2})`, 'gu'),
    /** "DOB: 12/03/2015", "birthday is 09/11/2015", "turns 9 on the 3rd of March (03/03/2015)". */
    DOB_LABEL: labelPattern(labels.dob),
    ADDRESS_LABEL: labelPattern(labels.address),
    /** Without a year, only these may stand between label and date: "turns 9 on 12 March", "birthday is on 3rd June". */
    DOB_FILLER: new RegExp(`^\\W*(?:(?:${lexicon.dobFillers.join('|')}|\\d{1,2})\\W+)*$`),
    STREET: new RegExp(
      [
        // The words of a street's name are never a pronoun or a little word of a sentence: "year 3 booked her place" is no address.
        String.raw`(?<![\p{L}\p{N}])\d{1,4}[a-z]?,? (?:(?!${NOT_IN_A_STREET_NAME}(?![\p{L}]))[\p{L}'’\-]+ ){1,3}(?:${streetAlternatives(lexicon.streetWords)})(?![\p{L}])`,
        String.raw`(?<![\p{L}\p{N}])\d{1,4}[a-z]?,? (?:${streetAlternatives(lexicon.streetWordsBefore)})(?: [\p{L}'’\-]+){1,3}`,
      ].join('|'),
      'gu',
    ),
  };
}

/**
 * Words that stand in a sentence, not in a street's name ("3 booked her place", "went to my place"): a pronoun, a little
 * word or a verb in the past. Not "of", "our", "her", "his": "Isle of Wight Road", "Our Lady's Road", "her majesty road".
 */
const NOT_IN_A_STREET_NAME = '(?:my|their|your|its|a|an|and|to|for|in|on|at|is|was|are|were|i|we|you|he|she|they|[a-z]{4,}ed)';

export function findPersonalDetails(ctx: DraftView, patterns: Patterns): RawFinding[] {
  const { DATE, DAY_MONTH, DOB_LABEL, ADDRESS_LABEL, DOB_FILLER, STREET } = patterns;
  const { doc } = ctx;
  const folded = doc.folded;
  const text = folded.text;
  const findings: RawFinding[] = [];
  // Every date, postcode and street number has a digit: most drafts have none, and need no pass of these patterns.
  if (!/\d/.test(text)) return findings;

  const dates = [
    ...[...text.matchAll(DATE)].map((m) => ({ index: m.index, length: m[0].length, withYear: true })),
    ...[...text.matchAll(DAY_MONTH)].map((m) => ({ index: m.index, length: m[0].length, withYear: false })),
  ];
  for (const m of dates) {
    // A full date with its year may stand further from the label ("Pen-blwydd hapus i Lowri Mai yn 13 heddi!! 🎂 12/03/2011"):
    // a greeting, a name and an age come between.
    const before = text.slice(Math.max(0, m.index - (m.withYear ? 64 : 40)), m.index);
    const label = DOB_LABEL.exec(before);
    if (!label) continue;
    // Without a year, only "is", "on", "the", "9" may stand between: "turns 9 on 12 March", "birthday is on 3rd June".
    if (!m.withYear && !DOB_FILLER.test(before.slice(label.index + label[0].length))) continue;
    const span = toDraftSpan(folded, m.index, m.index + m.length);
    const tokenIndex = tokenIndexAt(doc, span.start);
    // "My little girl was born on…", "my beautiful daughter Nia, born…": the writer's own family.
    if (tokenIndex < doc.tokens.length && ownCircleBefore(doc, tokenIndex, 12)) continue;
    const pupil = pupilNear(ctx, tokenIndex);
    findings.push(detail(span, pupil ? 'high' : 'warning', 'date-of-birth', pupil, doc.draft.slice(span.start, span.end)));
  }

  const addresses: { index: number; length: number }[] = [];
  for (const m of text.matchAll(POSTCODE)) addresses.push({ index: m.index, length: m[0].length });
  for (const m of text.matchAll(STREET)) addresses.push({ index: m.index, length: m[0].length });
  for (const { index, length } of addresses) {
    const span = toDraftSpan(folded, index, index + length);
    const pupil = pupilNear(ctx, tokenIndexAt(doc, span.start));
    const labelled = ADDRESS_LABEL.test(text.slice(Math.max(0, index - 30), index));
    if (!pupil && !labelled) continue;
    findings.push(detail(span, pupil ? 'high' : 'warning', 'home-address', pupil, doc.draft.slice(span.start, span.end)));
  }
  return findings;
}

function pupilNear(ctx: DraftView, tokenIndex: number): string | undefined {
  if (tokenIndex >= ctx.doc.tokens.length) return undefined;
  return ctx.referencesNear(tokenIndex, tokenIndex, 60, -1, 1).find((r) => r.group === 'pupils' && r.individual)?.text;
}

function detail(span: { start: number; end: number }, severity: Severity, kind: 'date-of-birth' | 'home-address', pupil: string | undefined, written: string): RawFinding {
  const what = kind === 'date-of-birth' ? 'a date of birth' : 'a home address';
  const whatPhrase = phrase(kind === 'date-of-birth' ? 'detail_date_of_birth' : 'detail_home_address');
  return {
    category: 'confidential',
    topic: 'personal-details',
    severity,
    start: span.start,
    end: span.end,
    ruleId: `confidential/${kind}`,
    ...(pupil ? say('finding_personal_detail_pupil', written, whatPhrase, pupil) : say('finding_personal_detail', written, whatPhrase)),
    explanation: { rule: what, ...(pupil ? { context: pupil } : {}), reason: pupil ? 'beside a pupil' : `introduced as ${what}` },
  };
}

export const personalDetailsDetector = defineDetector({
  id: 'personal-details',
  phase: 'findings',
  description: 'A labelled date of birth or a home address, high beside a pupil.',
  rules: {
    'confidential/date-of-birth': 'a date after a birth label (DOB, born, turns 9): a warning, high beside a pupil',
    'confidential/home-address': 'a postcode or street address beside a pupil (high) or introduced as where someone lives (warning)',
  },
  lexicon: ConfidentialSchema,
  select: (bundle) => bundle.confidential,
  compile: (lexicon) => compilePatterns(lexicon),
  run: (patterns, { view }) => findPersonalDetails(view, patterns),
});
