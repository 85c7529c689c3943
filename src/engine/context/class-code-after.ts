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
/** A year group typed as one word ("Y5", "Yr5", "Bl5", "year5"): a class wherever it stands, as a form code is. */
const YEAR_CODE = /^(?:y|yr|year|bl)(?:1[0-3]|[1-9])$/;
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
  // Only after a name written with a capital, or one whose clause goes on with what a child did: "amber in Y5 science" is a colour.
  if (YEAR_CODE.test(code.norm)) {
    const next = tokens[index + 3];
    const goesOn = next !== undefined && next.sentence === token.sentence && (CHILD_GOES_ON.has(next.norm) || /^[a-z]{3,}ed$/.test(next.norm));
    return (token.capitalised && !token.sentenceStart) || goesOn ? spoken : undefined;
  }
  if (!YEAR_NUMBER.test(code.norm)) return undefined;
  const next = tokens[index + 3];
  if (!next || next.sentence !== token.sentence || /[,;:)]/.test(next.gapBefore)) return spoken;
  if (CHILD_GOES_ON.has(next.norm) || (/^[a-z]{3,}ed$/.test(next.norm))) return spoken;
  return undefined;
}

/** Prepositions that place a child in a year, English and Welsh ("in year 4", "yn bl 4", "o bl 8", "ym Mlwyddyn 5"). */
const YEAR_PLACED: ReadonlySet<string> = new Set(['in', 'from', 'yn', 'o', 'ym']);
/** Year words, Welsh ones with their mutations ("bl", "blwyddyn", "mlwyddyn", "flwyddyn"). */
const YEAR_WORD: ReadonlySet<string> = new Set(['year', 'yr', 'bl', 'blwyddyn', 'mlwyddyn', 'flwyddyn']);
const WELSH_PLACED: ReadonlySet<string> = new Set(['yn', 'o', 'ym']);

/**
 * What a child does after a Welsh year placement ("heulwen yn bl 4 wedi sgorio", "Llew ym Mlwyddyn 5 wedi
 * penderfynu"): an aspect or a verb. A Welsh word-name with none after it is the word in a heading or an award
 * ("Seren ym Mlwyddyn 5: pawb…", "seren yn bl 4 heddiw am ddarllen": a star of the week).
 */
const WELSH_GOES_ON: ReadonlySet<string> = new Set(['wedi', 'di', 'yn', 'syn', 'sydd', 'sy', 'oedd', 'wnaeth', 'newydd', 'heb', 'ddim', 'yw', 'ydy', 'ddaeth', 'gafodd', 'gath', 'aeth']);

/**
 * "heulwen yn bl 4 wedi sgorio", "eira o bl 8", "Llew ym Mlwyddyn 5", "kai in year 9 who…": a year group
 * right after a name places a child in it (thirteenth session). The words, and whether the preposition is
 * Welsh (a Welsh year placement is never a time: "in year 6" may be "summer in year 6 was all SATs").
 */
export function yearPlacedAfter(tokens: readonly Token[], index: number): { text: string; welsh: boolean; goesOn: boolean } | undefined {
  const token = tokens[index]!;
  const welshYear = welshYearAfter(tokens, index);
  if (welshYear) return welshYear;
  const [placed, year, number] = [tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  if (!placed || !year || !number || number.sentence !== token.sentence || !YEAR_PLACED.has(placed.norm) || !YEAR_WORD.has(year.norm) || !YEAR_NUMBER.test(number.norm)) return undefined;
  if (!/^\s+$/.test(placed.gapBefore) || !/^\s+$/.test(year.gapBefore) || !/^[\s.]*$/.test(number.gapBefore)) return undefined;
  const welsh = WELSH_PLACED.has(placed.norm) && year.norm !== 'year' && year.norm !== 'yr';
  const next = tokens[index + 4];
  // English: the clause ends there or goes on with what a child did, as for "in 8".
  if (!welsh && next && next.sentence === token.sentence && !/[,;:)]/.test(next.gapBefore) && !CHILD_GOES_ON.has(next.norm) && !/^[a-z]{3,}ed$/.test(next.norm)) return undefined;
  const goesOn = next !== undefined && next.sentence === token.sentence && !/[,;:)\u2013\u2014-]/.test(next.gapBefore) && (WELSH_GOES_ON.has(next.norm) || CHILD_GOES_ON.has(next.norm));
  return { text: tokens.slice(index + 1, index + 4).map((t) => t.raw).join(' '), welsh, goesOn };
}

/** A Welsh year typed as one word ("bl2", "bl6"). */
const WELSH_YEAR_CODE = /^bl(?:1[0-3]|[1-9])$/;

/**
 * "hedd bl2 wedi colli ei ddant", "Hedd bl 2 wedi…", "Hedd yn bl2 wedi…": a Welsh year right after a name,
 * typed as one word or with no preposition before it, then what the child did (eighteenth session). With
 * nothing going on after it ("Seren bl 4: …"), it is a heading or an award, as above.
 */
function welshYearAfter(tokens: readonly Token[], index: number): { text: string; welsh: boolean; goesOn: boolean } | undefined {
  const sentence = tokens[index]!.sentence;
  let k = index + 1;
  if (tokens[k] && WELSH_PLACED.has(tokens[k]!.norm)) k++;
  const year = tokens[k];
  if (!year || year.sentence !== sentence || !/^\s+$/.test(year.gapBefore)) return undefined;
  let last: number;
  if (WELSH_YEAR_CODE.test(year.norm)) last = k;
  else if ((year.norm === 'bl' || year.norm === 'blwyddyn') && k === index + 1 && tokens[k + 1] && YEAR_NUMBER.test(tokens[k + 1]!.norm) && /^[\s.]*$/.test(tokens[k + 1]!.gapBefore)) last = k + 1;
  else return undefined;
  const next = tokens[last + 1];
  if (!next || next.sentence !== sentence || /[,;:)\u2013\u2014-]/.test(next.gapBefore) || !WELSH_GOES_ON.has(next.norm)) return undefined;
  return { text: tokens.slice(index + 1, last + 1).map((t) => t.raw).join(' '), welsh: true, goesOn: true };
}
