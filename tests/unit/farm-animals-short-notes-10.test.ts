/**
 * Two false alarms of the tenth session, each checked both ways:
 * - "cows" beside a farm's words ("the kids loved the cows at the farm") is the animal, not an insult
 *   aimed at the children beside it (derogatory.json `cow` innocentBeside); "she's a right cow" or
 *   "is such an old cow" is still said of someone, farm or no farm;
 * - the confidential model's "possible" on a very short sentence about no named pupil ("Team meeting
 *   done") leaves no note; a confident score, a named pupil, or the rules still speak.
 * Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = { schoolName: 'Brook Farm Lane Primary School', pupilNames: ['Maisie Carter'] };
const found = (draft: string, category: string, severities: readonly string[]) =>
  analyse(draft, SCHOOL).filter((f) => f.category === category && severities.includes(f.severity)).map((f) => `${f.ruleId} “${f.match}”`);

describe('cows on a farm are animals', () => {
  test.each([
    'the kids loved the cows at the farm today, muddy but happy',
    'Reception met the cows and the calves on our trip 🐄',
    'year 2 were amazing on the farm visit, the cows were a hit',
    'plant yn mwynhau gweld y buchod ar y fferm',
  ])('quiet: %s', (draft) => expect(found(draft, 'derogatory', ['warning', 'high'])).toEqual([]));
  test.each([
    "she's a right cow, that mum from the farm shop",
    'that parent is such an old cow, farm trip or not',
    'the mums at the gate are miserable cows',
  ])('still an insult: %s', (draft) => expect(found(draft, 'derogatory', ['warning', 'high'])).not.toEqual([]));
});

describe('no learned note on a very short ordinary sentence', () => {
  test.each(['Team meeting done', 'Class trip photos coming soon', 'Staff meeting ran over again', 'Parents evening went well'])('no note: %s', (draft) =>
    expect(found(draft, 'confidential', ['info', 'warning', 'high'])).toEqual([]),
  );
  test.each(['Logged it with the DSL', 'Mum in prison again', 'Maisie Carter disclosed something at break'])('the rules still speak: %s', (draft) =>
    expect(found(draft, 'confidential', ['warning', 'high'])).not.toEqual([]),
  );
});
