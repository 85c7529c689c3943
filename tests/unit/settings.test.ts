import { describe, expect, test } from 'vitest';
import { parseSettings } from '../../src/settings/schema';
import { JsonSyntaxError, parseJsonStrict } from '../../src/settings/json-file';

/** One schema for the options page, the school's browser policy and the CLI. */
describe('valid settings', () => {
  test('the issue’s example parses, and only schoolName is required', () => {
    const example = {
      schoolName: 'Cadoxton Primary School',
      schoolAliases: ['Ysgol Cadoxton'],
      pupilNames: ['Amira Khan', "Siân O'Brien"],
      staffNames: ['Sarah Pritchard'],
      policy: 'cadoxton-primary',
      extraConfidentialTerms: ['Project Phoenix'],
    };
    expect(parseSettings(example)).toEqual({ ok: true, settings: example });
    expect(parseSettings({ schoolName: 'Cadoxton Primary School' })).toEqual({
      ok: true,
      settings: { schoolName: 'Cadoxton Primary School', schoolAliases: [], pupilNames: [], staffNames: [], policy: 'generic-uk', extraConfidentialTerms: [] },
    });
  });

  test('names are trimmed', () => {
    const result = parseSettings({ schoolName: '  Cadoxton Primary School ', pupilNames: [' Amira Khan\u00a0'] });
    expect(result.ok && result.settings.schoolName).toBe('Cadoxton Primary School');
    expect(result.ok && result.settings.pupilNames).toEqual(['Amira Khan']);
  });
});

describe('invalid settings name the field', () => {
  test.each([
    [{}, 'schoolName: is required (text)'],
    [{ schoolName: '' }, 'schoolName: the school name must not be empty'],
    [{ schoolName: 5 }, 'schoolName: expected text, got a number'],
    [{ schoolName: 'X', pupilNames: 'Amira Khan' }, 'pupilNames: expected a list, got text'],
    [{ schoolName: 'X', pupilNames: ['Amira Khan', '  '] }, 'pupilNames[1]: a pupil name must not be empty'],
    [{ schoolName: 'X', pupilNames: ['Amira', 3] }, 'pupilNames[1]: expected text, got a number'],
    [{ schoolName: 'X', pupilNames: ['Amira Khan\nSiân O’Brien'] }, 'pupilNames[0]: a pupil name must be on one line (one name per entry)'],
    [{ schoolName: 'X', staffNames: [null] }, 'staffNames[0]: expected text, got null'],
    [{ schoolName: 'X', policy: 'cadoxton' }, 'policy: unknown policy "cadoxton"; choose one of generic-uk, cadoxton-primary, st-nicholas-ciw, cadmus, westacre-infant, gloucestershire'],
    [{ schoolName: 'X', extraConfidentialTerms: [''] }, 'extraConfidentialTerms[0]: a confidential term must not be empty'],
    [{ schoolName: 'X', pupilname: [] }, 'unknown field "pupilname" (did you mean "pupilNames"?)'],
    [{ schoolName: 'X', colour: 'red' }, 'unknown field "colour"'],
    ['Cadoxton', 'expected an object, got text'],
    [null, 'expected an object, got null'],
  ])('%j', (input, problem) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContain(problem);
  });

  test('every problem is reported at once', () => {
    const result = parseSettings({ schoolName: '', pupilNames: [''], policy: 'x' });
    expect(!result.ok && result.problems).toHaveLength(3);
  });

  test('a roster of 20,000 names is accepted; more is refused', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Pupil ${i}`);
    expect(parseSettings({ schoolName: 'X', pupilNames: names }).ok).toBe(true);
    const result = parseSettings({ schoolName: 'X', pupilNames: [...names, 'One More'] });
    expect(!result.ok && result.problems[0]).toMatch(/^pupilNames: more than 20,000 entries/);
  });
});

describe('settings files say where JSON is broken', () => {
  test.each([
    ['{\n  "schoolName": "X",\n  "policy": \n}', 'line 4, column 1: a value was expected'],
    ['{"schoolName": "X",}', 'line 1, column 20: a field name in double quotes was expected'],
    ["{'schoolName': 'X'}", 'line 1, column 2: JSON needs double quotes ("), not single quotes'],
    ['{“schoolName”: “X”}', 'line 1, column 2: curly quotes (from a word processor) are not JSON: use straight double quotes (")'],
    ['', 'line 1, column 1: a value was expected'],
    ['// note\n{}', 'line 1, column 1: comments are not allowed in JSON'],
  ])('%j', (text, message) => {
    expect(() => parseJsonStrict(text)).toThrow(JsonSyntaxError);
    expect(() => parseJsonStrict(text)).toThrow(message);
  });

  test('a byte-order mark from a Windows editor is fine', () => {
    expect(parseJsonStrict('\ufeff{"schoolName": "X"}')).toEqual({ schoolName: 'X' });
  });
});
