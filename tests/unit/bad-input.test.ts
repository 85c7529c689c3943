import { describe, expect, test } from 'vitest';
import { patience } from '../patience';
import { analyse, compile } from '../../src/analyser';
import { CADOXTON } from './fixtures';

/**
 * Milliseconds of CPU this process spent in `work`: the engine is synchronous, so this is its own work,
 * whatever else the machine is doing (wall time under another job's load was 46 s for a check that takes
 * 3 s of CPU, and failed a bound meant only to catch a blow-up).
 */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Whatever is typed or configured, the engine answers: no throw, no runaway, no match-everything. */
describe('huge drafts', () => {
  test('a 1 MB draft is checked to the end', () => {
    const chunk = 'The parents are absolute muppets and Amira Khan had a safeguarding meeting about it. ';
    const draft = chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
    let findings: ReturnType<typeof analyse> = [];
    const elapsed = cpuMs(() => {
      findings = analyse(draft, CADOXTON);
    });
    // The benchmark reports the time (target under a second); this bound, in CPU time, only catches a blow-up.
    expect(elapsed).toBeLessThan(30_000);
    const last = findings.at(-1)!;
    expect(last.end).toBeGreaterThan(990_000);
    expect(findings.filter((f) => f.category === 'pupil-name').length).toBeGreaterThan(10_000);
  });

  // Patterns that once made a detector quadratic or worse, or overflowed the stack. Time grows in
  // proportion to the draft: four times the text, about four times the time (a quadratic bug
  // gives sixteen). The benchmark reports real times; these bounds only catch a blow-up.
  const time = (draft: string) => cpuMs(() => analyse(draft, CADOXTON));
  test.each([
    ['spaced single letters', () => 'x '],
    ['an insult and a target, over and over', () => 'parents idiot '],
    ['a confidential case in one endless sentence', () => 'a pupil had a CP plan, '],
    ['results with no figure', () => 'SATs results were in '],
    ['a roster first name over and over', () => 'Amira '],
    ['a roster first name beside a confidential matter', () => 'Amira safeguarding. '],
    ['masked words, all different', (i: number) => `x*${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i >> 5) % 26))}*w `],
    ['year groups in one line', () => 'Y6 '],
    ['a school word on every line', () => 'Amira\n'],
    ['titles and surnames', () => 'Mrs Pritchard said '],
    // Every mention asks whether an earlier one was an adult by their trade ("kacper the plumber"): once per name, not per pair.
    ['a first name after a trade, then again and again', () => 'Amira the plumber came. Amira '],
  ])('%s: a megabyte stays linear', (_what, chunk) => {
    const draftOf = (size: number) => {
      let draft = '';
      for (let i = 0; draft.length < size; i++) draft += chunk(i);
      return draft;
    };
    time(draftOf(20_000)); // warm up
    const quarterDraft = draftOf(250_000);
    const wholeDraft = draftOf(1_000_000);
    let quarter = time(quarterDraft);
    let whole = time(wholeDraft);
    // CPU time still varies with what another job does to the caches and the collector (ratios of 8.7 and
    // 9.0 were once seen with a linear engine under load): time both again, up to twice, and keep each
    // one's fastest, which is the work itself.
    for (let again = 0; again < 2 && whole / Math.max(quarter, 20) >= 8; again++) {
      quarter = Math.min(quarter, time(quarterDraft));
      whole = Math.min(whole, time(wholeDraft));
    }
    // Linear: four times the draft takes about four times as long (8 allows for a busy machine; a
    // quadratic detector makes it 16). The absolute bound, in CPU time, only catches a blow-up: `npm run
    // bench` reports the real time.
    expect(whole).toBeLessThan(30_000);
    expect(whole / Math.max(quarter, 20)).toBeLessThan(8);
  });

  test('a single masked token of ten thousand characters', () => {
    expect(() => analyse(`${'a*'.repeat(5579)}a`, CADOXTON)).not.toThrow();
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

  test('a name of many hyphenated and apostrophe words compiles at once and still matches', () => {
    const long = `Amira ${"O'Neil-Ryan ".repeat(15)}Khan`; // 190 characters: within the 200 allowed
    const started = performance.now();
    const analyser = compile({ ...CADOXTON, pupilNames: [long] });
    // A guard against the variants of a long name multiplying (it once took minutes), not a timing check: scaled like every limit.
    expect(performance.now() - started).toBeLessThan(patience(2_000));
    expect(analyser.analyse(`Well done ${long} in assembly`).filter((f) => f.category === 'pupil-name').map((f) => f.severity)).toEqual(['high']);
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
  ])('%s: no throw, and every finding covers the name it found', (_what, draft) => {
    const findings = analyse(draft, CADOXTON);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(draft.length);
      expect(f.match.replace(/[^\p{L} ]/gu, '').replace(/\s+/g, ' ').trim()).toMatch(/^Amira Khan/);
    }
    if (draft.includes('Amira Khan')) expect(findings.map((f) => f.category)).toContain('pupil-name');
  });

  test('zero-width characters inside a name do not hide it', () => {
    const [finding] = analyse('Well done Am\u200bira Kh\u00adan', CADOXTON);
    expect(finding).toMatchObject({ category: 'pupil-name', match: 'Am\u200bira Kh\u00adan' });
  });
});
