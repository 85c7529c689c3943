import type { Token } from '../text/tokenize';

/**
 * "sunny in 8 told the supply teacher…", "zuza in 10Y", "Kai from 4B": a year or form written as its
 * number or class code alone, right after a name (ninth session). A form code ("10Y", "4B", "7RH") is a
 * class wherever it stands; a bare year number ("in 8") only when the clause goes on with what a child
 * did ("told", "was", a past tense) or ends there, never before a unit ("in 8 weeks", "in 3 words").
 */
const PLACED: ReadonlySet<string> = new Set(['in', 'from']);
const FORM_CODE = /^(?:1[0-3]|[1-9])[a-z]{1,3}$/;
const YEAR_NUMBER = /^(?:1[0-3]|[1-9])$/;
/** Verbs that follow a pupil's name ("sunny in 8 told me", "mo in 9 has…"). */
const CHILD_GOES_ON: ReadonlySet<string> = new Set(['who', 'whos', 'is', 'was', 'has', 'had', 'got', 'gets', 'did', 'does', 'will', 'can', 'cant', 'wont', 'said', 'says', 'told', 'asked', 'keeps', 'kept', 'came', 'comes', 'made', 'brought', 'wrote', 'drew', 'won', 'threw', 'hit', 'ran', 'just', 'finally', 'always', 'never', 'still']);
/** Form codes that are units or times ("3pm", "10am", "5th", "2nd", "10mins", "5yrs"), in any case. */
const NOT_A_CLASS = /^\d+(?:am|pm|st|nd|rd|th|km|mm|cm|kg|lb|lbs|hr|hrs|min|mins|sec|secs|yr|yrs|mb|gb)$/i;
/** A single lower-case unit letter ("a 5k", "2m", "50p"); in capitals it is a form ("9K", "10S"). */
const UNIT_LETTER = /^\d+[kmghsxp]$/;

export function classCodeAfter(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index]!;
  const placed = tokens[index + 1];
  const code = tokens[index + 2];
  if (!placed || !code || placed.sentence !== token.sentence || code.sentence !== token.sentence || !PLACED.has(placed.norm) || !/^\s+$/.test(placed.gapBefore) || !/^\s+$/.test(code.gapBefore)) return undefined;
  const spoken = `${placed.raw} ${code.raw}`;
  if (FORM_CODE.test(code.norm) && !NOT_A_CLASS.test(code.raw) && !UNIT_LETTER.test(code.raw)) return spoken;
  if (!YEAR_NUMBER.test(code.norm)) return undefined;
  const next = tokens[index + 3];
  if (!next || next.sentence !== token.sentence || /[,;:)]/.test(next.gapBefore)) return spoken;
  if (CHILD_GOES_ON.has(next.norm) || (/^[a-z]{3,}ed$/.test(next.norm))) return spoken;
  return undefined;
}
