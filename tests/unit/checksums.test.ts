/**
 * UK identifier checks (../shared/notes/detection.md, "UK identifiers"): a number is flagged only when
 * it really could be one. Expected values were worked out by hand from the published algorithms.
 */
import { describe, expect, test } from 'vitest';
import { isValidNhsNumber, isValidNiNumber, isValidUln, isValidUpn } from '../../src/engine/checksums/uk-identifiers';

describe('UPN: check letter from characters 2–13 weighted 2–13, mod 23', () => {
  test.each([
    // The DfE example.
    ['B801200005001', true],
    // Lower case is the same number.
    ['b801200005001', true],
    // Temporary UPNs: the last character is a letter, counted as its index in ABCDEFGHJKLMNPQRTUVWXYZ.
    ['M80120000500A', true],
    ['B93020181001Z', true],
    ['U30420251012K', true],
    ['D20112340567T', true],
    ['m80120000500a', true],
    // Wrong check letter.
    ['A801200005001', false],
    ['C801200005001', false],
    ['L80120000500A', false],
    // One digit changed.
    ['B801200005002', false],
    // I, O and S are not in the check alphabet, as a check letter or a temporary letter.
    ['I801200005001', false],
    ['M80120000500I', false],
    ['M80120000500O', false],
    // A letter only at the end.
    ['B80120000A001', false],
    // No check letter.
    ['1801200005001', false],
    // Wrong lengths.
    ['B80120000500', false],
    ['B8012000050010', false],
    ['', false],
  ])('%s → %s', (upn, valid) => {
    expect(isValidUpn(upn)).toBe(valid);
  });
});

describe('ULN: 10 digits, first 9 weighted 10…2, mod 11; remainder 0 invalid, else check = 10 − r', () => {
  test.each([
    ['4561237894', true],
    ['1234567899', true],
    ['1000000019', true],
    ['5000000004', true],
    // Wrong check digit (4561237895 happens to be a valid NHS number: the two checks differ).
    ['4561237895', false],
    ['1234567890', false],
    // Remainder 0: no check digit is valid.
    ['9876543210', false],
    ['1000000060', false],
    // Wrong lengths and non-digits.
    ['456123789', false],
    ['45612378944', false],
    ['456123789X', false],
    ['', false],
  ])('%s → %s', (uln, valid) => {
    expect(isValidUln(uln)).toBe(valid);
  });
});

describe('NHS number: 10 digits, first 9 weighted 10…2, check = 11 − (sum mod 11), 11 → 0, 10 invalid', () => {
  test.each([
    // The NHS example.
    ['9434765919', true],
    ['4561237895', true],
    ['5000000005', true],
    // Check 11 becomes 0.
    ['9876543210', true],
    // Wrong check digit.
    ['9434765918', false],
    ['9434765910', false],
    // Check 10 is never issued, whatever the last digit.
    ['1234567899', false],
    ['1234567890', false],
    ['4000000080', false],
    // Wrong lengths and non-digits.
    ['943476591', false],
    ['94347659190', false],
    ['943476591X', false],
    ['', false],
  ])('%s → %s', (nhs, valid) => {
    expect(isValidNhsNumber(nhs)).toBe(valid);
  });
});

describe('National Insurance number: format only (two letters, six digits, A–D)', () => {
  test.each([
    ['JG103726A', true],
    // Spaces as printed on letters, and lower case.
    ['JG 10 37 26 A', true],
    ['jg 10 37 26 a', true],
    ['jg103726a', true],
    ['AB123456D', true],
    // O is allowed first, never second.
    ['OA123456B', true],
    ['AO123456B', false],
    // D F I Q U V never in the prefix.
    ['QQ123456C', false],
    ['DA123456A', false],
    ['FA123456A', false],
    ['AI123456A', false],
    ['UA123456A', false],
    ['AV123456A', false],
    // Unused prefixes.
    ['BG123456A', false],
    ['GB123456A', false],
    ['KN123456A', false],
    ['NK123456A', false],
    ['NT123456A', false],
    ['TN123456A', false],
    ['ZZ123456A', false],
    // Suffix outside A–D.
    ['JG103726E', false],
    // Wrong lengths.
    ['JG10372A', false],
    ['JG1037261A', false],
    ['JG103726', false],
    ['', false],
  ])('%s → %s', (ni, valid) => {
    expect(isValidNiNumber(ni)).toBe(valid);
  });
});
