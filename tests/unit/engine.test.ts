import { describe, expect, test } from 'vitest';
import { analyse, analyserFor, compile } from '../../src/analyser';
import { PACKS } from '../../src/engine/rules';
import type { Finding } from '../../src/engine/types';
import { CADOXTON } from './fixtures';

describe('a finding', () => {
  const findings = analyse('Well done Amira Khan, star of the week! #CadoxtonPrimary', CADOXTON);

  test('reports the draft’s own offsets and words', () => {
    for (const f of findings) expect('Well done Amira Khan, star of the week! #CadoxtonPrimary'.slice(f.start, f.end)).toBe(f.match);
    expect(findings.map((f) => f.match)).toEqual(['Amira Khan', '#CadoxtonPrimary']);
  });

  test('cites the active pack’s clauses, quoted, and explains itself', () => {
    const pupil = findings.find((f) => f.category === 'pupil-name')!;
    expect(pupil).toMatchObject({ severity: 'high', topic: 'roster', ruleId: 'pupil-name/roster-full' });
    expect(pupil.clauses.map((c) => c.id)).toContain('3');
    const pack = PACKS.get('cadoxton-primary')!;
    for (const clause of pupil.clauses) {
      expect(clause.policy).toBe('cadoxton-primary');
      expect(clause.text).toBe(pack.clauses.find((c) => c.id === clause.id)!.text);
    }
    expect(pupil.explanation.rule).toBe('roster full name');
    expect(pupil.message).toMatch(/Amira Khan/);
  });

  test('offsets are UTF-16 code units, after emoji and accents', () => {
    const text = '🎉🎉 Siân O’Brien’s drawing';
    const [f] = analyse(text, CADOXTON) as [Finding];
    expect(text.slice(f.start, f.end)).toBe('Siân O’Brien’s');
    expect(f.start).toBe(5);
  });
});

describe('the policy pack decides which clauses are cited', () => {
  test.each([
    ['cadoxton-primary', ['4', '12']],
    ['gloucestershire', ['7.4.4']],
    ['generic-uk', ['M2']],
  ])('%s', (policy, expected) => {
    const [finding] = analyse('The parents at pick-up are absolute muppets', { ...CADOXTON, policy }) as [Finding];
    expect(finding).toMatchObject({ category: 'derogatory', severity: 'high', topic: 'about-parents' });
    for (const id of expected) expect(finding.clauses.map((c) => c.id)).toContain(id);
    expect(new Set(finding.clauses.map((c) => c.policy))).toEqual(new Set([policy]));
  });
});

describe('compiling', () => {
  test('happens once per settings, not per draft, and follows a change made in place', () => {
    const settings = { ...CADOXTON, pupilNames: [...CADOXTON.pupilNames!] };
    const analyser = analyserFor(settings);
    expect(analyserFor({ ...settings })).toBe(analyser); // same content: the same compiled matchers
    expect(analyse('Tyler Jones scored', settings).filter((f) => f.category === 'pupil-name')).toEqual([]);
    settings.pupilNames.push('Tyler Jones');
    expect(analyserFor(settings)).not.toBe(analyser);
    expect(analyse('Tyler Jones scored', settings).map((f) => f.match)).toEqual(['Tyler Jones']);
  });

  test('a draft that is not a string is checked as empty, not thrown on', () => {
    expect(compile(CADOXTON).analyse(undefined as unknown as string)).toEqual([]);
  });

  test('invalid settings are refused with the field named', () => {
    expect(() => compile({ schoolName: 'X', policy: 'nope' })).toThrow(/policy: unknown policy "nope"/);
  });
});
