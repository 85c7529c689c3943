import { describe, expect, test } from 'vitest';
import { analyse, compile } from '../../src/engine/analyse';
import { CADOXTON } from './fixtures';

/** Whatever is typed or configured, the engine answers: no throw, no runaway, no match-everything. */
describe('huge drafts', () => {
  test('a 1 MB draft is checked to the end', () => {
    const chunk = 'The parents are absolute muppets and Amira Khan had a safeguarding meeting about it. ';
    const draft = chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
    const started = performance.now();
    const findings = analyse(draft, CADOXTON);
    const elapsed = performance.now() - started;
    // The benchmark reports the time (target under a second); this bound only catches a blow-up.
    expect(elapsed).toBeLessThan(10_000);
    const last = findings.at(-1)!;
    expect(last.end).toBeGreaterThan(990_000);
    expect(findings.filter((f) => f.category === 'pupil-name').length).toBeGreaterThan(10_000);
  });

  test('a megabyte with no spaces or full stops', () => {
    expect(() => analyse('a'.repeat(1_000_000), CADOXTON)).not.toThrow();
    expect(analyse('Amira Khan ' + 'x'.repeat(1_000_000), CADOXTON)[0]!.match).toBe('Amira Khan');
  });
});

describe('roster names that are not ordinary names', () => {
  const odd = ['.*', '(', ')', '[a-z]+', '\\', '$^', '🙂', '🙂🙂', '✨ Star ✨', 'محمد علي', 'Zoë', '???', "O'", '-', 'Amira Khan'];
  const analyser = compile({ ...CADOXTON, pupilNames: odd });

  test('compile without throwing and say which entries cannot be matched', () => {
    expect(analyser.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^pupilNames\[0\] \(“\.\*”\) has no letters to match and is ignored$/), expect.stringMatching(/^pupilNames\[6\] \(“🙂”\)/)]));
  });

  test.each([
    'A perfectly ordinary post about the weather.',
    'Regex fans: .* and [a-z]+ and (groups) and \\ backslashes $^',
    'So many emoji today 🙂🙂🙂 ✨✨',
    'What??? Nobody told me!',
    '- - - - -',
  ])('never match everything: %j', (draft) => {
    expect(analyser.analyse(draft).filter((f) => f.category === 'pupil-name')).toEqual([]);
  });

  test('right-to-left names match as written, and only themselves', () => {
    const findings = analyser.analyse('Well done محمد علي in assembly today').filter((f) => f.category === 'pupil-name');
    expect(findings.map((f) => f.match)).toEqual(['محمد علي']);
  });

  test('a one-word name is a first name, matched only with school context', () => {
    const oneWord = compile({ ...CADOXTON, pupilNames: ['Zoë'] });
    expect(oneWord.analyse('Zoe smashed her spelling test in my class').filter((f) => f.category === 'pupil-name' && f.severity !== 'info')).toHaveLength(1);
    expect(oneWord.analyse('Zoe and I went to the cinema').filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('strange Unicode', () => {
  test.each([
    ['lone surrogates', 'Amira Khan \ud800 and \udc00 end'],
    ['combining marks piled up', 'Z̸̛̺a̴l̵g̶o̷ Amira Khan'],
    ['right-to-left override', 'Amira Khan \u202egnivol\u202c'],
    ['zero-width joiners in emoji', '👩‍👩‍👧‍👦 Amira Khan'],
    ['NUL and control characters', 'Amira\u0000 Khan\u0007 and Amira Khan'],
    ['only whitespace', ' \n\t\u00a0\u2003 '],
    ['empty', ''],
  ])('%s: no throw, offsets inside the draft', (_what, draft) => {
    const findings = analyse(draft, CADOXTON);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(draft.length);
      expect(draft.slice(f.start, f.end)).toBe(f.match);
    }
  });

  test('zero-width characters inside a name do not hide it', () => {
    const [finding] = analyse('Well done Am\u200bira Kh\u00adan', CADOXTON);
    expect(finding).toMatchObject({ category: 'pupil-name', match: 'Am\u200bira Kh\u00adan' });
  });
});
