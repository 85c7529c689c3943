/**
 * Fourteenth session (issue 11): one remark, one finding (src/engine/detectors/one-remark.ts). "SLT are
 * clueless" was two findings, the composed rule's and the insult word's; now the composed finding absorbs
 * what lies inside it, at the stronger severity. Sentences are written for this file; none from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import { oneRemark } from '../../src/engine/detectors/one-remark';
import type { RawFinding } from '../../src/engine/detectors/raw-finding';
import { CADOXTON } from './fixtures';

const derogatory = (draft: string) => analyse(draft, CADOXTON).filter((f) => f.category === 'derogatory' && f.severity !== 'info');

describe('a role and an insult word in one clause: one finding', () => {
  test.each([
    ['SLT are clueless', 'SLT are clueless'],
    ['honestly the head is useless', 'the head is useless'],
    ['our governors are pathetic', 'governors are pathetic'],
  ])('%s', (draft, span) => {
    const found = derogatory(draft);
    expect(found.map((f) => [f.ruleId, f.match])).toEqual([['contempt/target-predicate', span]]);
    // The insult word's own severity is kept: the composed finding is at least as strong.
    expect(found[0]!.severity).toBe('high');
    expect(found[0]!.explanation.reason).toMatch(/within it, also “[a-z]+” \(derogatory\//);
  });

  test('the composed rule alone keeps its warning where no insult word is inside it', () => {
    const found = derogatory('the new SENCo is bone idle and everyone knows it');
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['contempt/target-predicate', 'warning']]);
  });

  test('an insult outside the composed span stays a finding of its own', () => {
    const found = derogatory('SLT are clueless. And the parents are idiots, absolute idiots.');
    expect(found.map((f) => f.ruleId)).toContain('contempt/target-predicate');
    expect(found.length).toBeGreaterThan(1);
  });
});

describe('the pass itself', () => {
  const f = (ruleId: string, start: number, end: number, severity: RawFinding['severity'], category: RawFinding['category'] = 'derogatory'): RawFinding => ({
    category, topic: 'about-staff', severity, start, end, ruleId, messageKey: 'k', messageArgs: [], explanation: { rule: ruleId, reason: 'r' },
  });
  test('absorbs only derogatory findings wholly inside, and nothing without a composed finding', () => {
    const composed = f('contempt/target-predicate', 0, 16, 'warning');
    const inside = f('derogatory/insult', 8, 16, 'high');
    const across = f('derogatory/insult', 10, 20, 'warning');
    const name = f('pupil-name/roster-full', 0, 3, 'high', 'pupil-name');
    const out = oneRemark('SLT are clueless today', [composed, inside, across, name]);
    expect(out.map((x) => [x.ruleId, x.severity])).toEqual([['contempt/target-predicate', 'high'], ['derogatory/insult', 'warning'], ['pupil-name/roster-full', 'high']]);
    expect(oneRemark('x', [inside, across])).toEqual([inside, across]);
  });
});
