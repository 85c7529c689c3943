/**
 * Checksums of UK identifiers, so a number is flagged only when it really could be one.
 * Sources (facts): UK Government Data Standards Catalogue, UPN v2.0; DfE "Unique pupil numbers";
 * the ULN and NHS number check-digit algorithms. See ../shared/notes/detection.md.
 */

const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * Unique Pupil Number: a check letter, then LA (3 digits), establishment (4), year (2) and a
 * serial of 3 digits, or 2 digits and a letter for a temporary UPN. Characters 2–13 are weighted
 * by their position; the sum mod 23 indexes the check letters.
 */
export function isValidUpn(upn: string): boolean {
  const value = upn.toUpperCase();
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(value)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const char = value[i]!;
    const digit = /\d/.test(char) ? Number(char) : UPN_CHECK_LETTERS.indexOf(char);
    if (digit < 0) return false;
    sum += digit * (i + 1);
  }
  return UPN_CHECK_LETTERS[sum % 23] === value[0];
}

function weightedMod11(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  return sum % 11;
}

/** Unique Learner Number: 10 digits; remainder 0 is invalid, otherwise the check digit is 10 − remainder. */
export function isValidUln(uln: string): boolean {
  if (!/^\d{10}$/.test(uln)) return false;
  const remainder = weightedMod11(uln);
  return remainder !== 0 && 10 - remainder === Number(uln[9]);
}

/** NHS number: 10 digits; check digit 11 − (sum mod 11), where 11 means 0 and 10 is never issued. */
export function isValidNhsNumber(nhs: string): boolean {
  if (!/^\d{10}$/.test(nhs)) return false;
  let check = 11 - weightedMod11(nhs);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(nhs[9]);
}

/** National Insurance number: no check digit, so the format rules are all there is. */
export function isValidNiNumber(ni: string): boolean {
  const value = ni.replace(/\s/g, '').toUpperCase();
  const match = /^([A-Z])([A-Z])\d{6}[A-D]$/.exec(value);
  if (!match) return false;
  const [, first, second] = match as unknown as [string, string, string];
  if ('DFIQUV'.includes(first) || 'DFIQUVO'.includes(second)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(first + second);
}
