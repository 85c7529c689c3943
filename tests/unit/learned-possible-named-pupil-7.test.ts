import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Seventh session: the learned confidential layer at "possible" beside a pupil named in the sentence
 * (or a parent through the child). The model's doubt is whether a matter is told at all; a named child
 * makes any matter theirs, and a confidential finding about a named pupil is high. Without a named
 * pupil, "possible" stays a note; a named pupil in a post with no matter stays quiet.
 */
const mill = compile({
  schoolName: 'Millbrook Green Primary School',
  schoolAliases: ['Millbrook Green', 'MGP'],
  pupilNames: ['Isaac Moreton', 'Ellie Farrant', 'Kobe Shaw', 'Tia Lomax', 'Reggie Platt'],
  staffNames: ['Nadia Crane', 'Owen Pask'],
  policy: 'generic-uk',
});
const learned = (draft: string) => mill.analyse(draft).filter((f) => f.ruleId.startsWith('confidential/learned'));

describe('"possible" about a named pupil is high', () => {
  test('a parent named through the child', () => {
    // Since the ninth session's model, "…mum turned up late again and was in a right state" is confident;
    // this one is still in the "possible" band the test is about.
    const [finding] = learned("reggie p's nan picked him up today");
    expect(finding).toMatchObject({ ruleId: 'confidential/learned-person', severity: 'high' });
    expect(finding!.explanation.rule).toMatch(/possible/);
  });

  test('the same sentence with no named child stays a note', () => {
    const findings = learned('a mum turned up late again and was in a right state');
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  });

  test.each([
    'reggie p was so proud of his painting today, made my week',
    'Isaac M scored the winning goal at football club tonight',
    'Ellie F read her whole book to the class today, superstar',
  ])('stays quiet: %s', (draft) => {
    expect(mill.analyse(draft).filter((f) => f.category === 'confidential' && f.severity !== 'info')).toEqual([]);
  });
});
