import { describe, expect, test } from 'vitest';
import { analyseTimeoutFor, ANALYSE_TIMEOUT_MS } from '../../src/content/engine-client';

/**
 * How long a page waits for the background's answer: a teacher's post gets the plain 4 s (after which
 * the panel says the check is off and the site works as if we were not there); a pasted document of a
 * megabyte is given time to be checked rather than being called unchecked because it is long.
 */
describe('the answer limit grows with the draft', () => {
  test('every real post, and far longer ones, get the plain limit', () => {
    expect(analyseTimeoutFor(0)).toBe(ANALYSE_TIMEOUT_MS);
    expect(analyseTimeoutFor(280)).toBe(4000);
    expect(analyseTimeoutFor(3000)).toBe(4000);
    expect(analyseTimeoutFor(50_000)).toBe(4000);
  });

  test('one more second for each further 50,000 characters', () => {
    expect(analyseTimeoutFor(50_001)).toBe(5000);
    expect(analyseTimeoutFor(100_000)).toBe(5000);
    expect(analyseTimeoutFor(150_000)).toBe(6000);
    // The longest draft checked (MAX_DRAFT_LENGTH): 19 more seconds.
    expect(analyseTimeoutFor(1_000_000)).toBe(23_000);
  });

  test('never more than 30 s, however much is pasted', () => {
    expect(analyseTimeoutFor(1_120_000)).toBe(26_000);
    expect(analyseTimeoutFor(5_000_000)).toBe(30_000);
    expect(analyseTimeoutFor(Number.MAX_SAFE_INTEGER)).toBe(30_000);
  });
});
