import { describe, expect, test } from 'vitest';
import { patience } from '../patience';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { createTranslator } from '../../src/i18n/translator';
import { importRoster, RosterFileError } from '../../src/settings/roster-import';

describe('importing a roster', () => {
  test('one column of full names, no header', () => {
    const result = importRoster('Amira Khan\nLily-Mae Thomas\n');
    expect(result.names).toEqual(['Amira Khan', 'Lily-Mae Thomas']);
    expect(result.columns).toMatch(/no header row/);
  });

  test('a header row with first and last name columns, extra columns ignored', () => {
    const csv = 'UPN,Forename,Surname,Year\nA123,Amira,Khan,3\nB456,Siân,O\'Brien,4\n';
    const result = importRoster(csv);
    expect(result.names).toEqual(['Amira Khan', "Siân O'Brien"]);
    expect(result.columns).toBe('header row; first name from “Forename”, last name from “Surname”');
  });

  test('quoted fields: a comma inside quotes, doubled quotes, and "Surname, Forename" turned round', () => {
    const csv = 'Name,Class\n"Khan, Amira",3B\n"O\'Brien, Siân",4A\n"Jones ""JJ"" Junior",5\n';
    const result = importRoster(csv);
    expect(result.names).toEqual(['Amira Khan', "Siân O'Brien", 'Jones "JJ" Junior']);
    expect(result.reordered).toBe(2);
  });

  test('a byte-order mark and Windows line endings', () => {
    const result = importRoster('\uFEFFFirst name,Last name\r\nAmira,Khan\r\nZoë,Clarke\r\n');
    expect(result.names).toEqual(['Amira Khan', 'Zoë Clarke']);
    expect(result.rejected).toEqual([]);
  });

  test('Welsh and accented names, and Welsh headings', () => {
    const result = importRoster('Enw cyntaf,Cyfenw\nSiôn,ap Gruffydd\nGwenllïan,Ffransis\nJosé,Müller\n');
    expect(result.names).toEqual(['Siôn ap Gruffydd', 'Gwenllïan Ffransis', 'José Müller']);
  });

  test('blank lines are skipped and line numbers still point at the right line', () => {
    const result = importRoster('Name\n\nAmira Khan\n\n\n12345\nZoë Clarke\n');
    expect(result.names).toEqual(['Amira Khan', 'Zoë Clarke']);
    expect(result.rejected).toEqual([{ line: 6, reason: 'has no letters, so it is not a name', localReason: { key: 'roster_row_no_letters', args: [] }, text: '12345' }]);
  });

  test('duplicates are counted once, with both lines, ignoring case and accents', () => {
    const result = importRoster('Amira Khan\nZoe Clarke\namira khan\nZoë Clarke\n');
    expect(result.names).toEqual(['Amira Khan', 'Zoe Clarke']);
    expect(result.duplicates).toEqual([
      { line: 3, name: 'amira khan', firstLine: 1 },
      { line: 4, name: 'Zoë Clarke', firstLine: 2 },
    ]);
  });

  test('each rejected row says its line and why', () => {
    const csv = ['Forename,Surname', 'Amira,Khan', ',Thomas', 'Oliver,', 'Priya,Sharma', `${'x'.repeat(150)},${'y'.repeat(60)}`].join('\n');
    const result = importRoster(csv);
    expect(result.names).toEqual(['Amira Khan', 'Priya Sharma']);
    expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'the first-name cell is empty'],
      [4, 'the last-name cell is empty'],
      [6, 'is longer than 200 characters; is it more than one name?'],
    ]);
  });

  test('a quoted cell over two lines is rejected at the line it starts, and later lines keep their numbers', () => {
    const result = importRoster('Name\n"Amira\nKhan"\nZoë Clarke\n');
    expect(result.rejected).toEqual([{ line: 2, reason: 'a quoted cell runs over more than one line', localReason: { key: 'roster_row_multiline_cell', args: [] }, text: 'Amira Khan' }]);
    expect(result.names).toEqual(['Zoë Clarke']);
  });

  test('an unclosed quote is reported, not swallowed silently', () => {
    const result = importRoster('Name\nAmira Khan\n"Zoë Clarke\nOliver Hughes\n');
    expect(result.names).toEqual(['Amira Khan']);
    expect(result.rejected[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/quote.*not closed/) });
  });

  test('tab-separated text pasted from a spreadsheet, and semicolons from European Excel', () => {
    expect(importRoster('Forename\tSurname\nAmira\tKhan\n').names).toEqual(['Amira Khan']);
    expect(importRoster('Forename;Surname\nAmira;Khan\nZoë;Clarke\n').names).toEqual(['Amira Khan', 'Zoë Clarke']);
  });

  test('a pasted list of “Surname, Forename” lines is one column of names, turned round', () => {
    const result = importRoster('Khan, Amira\nClarke, Zoë\n');
    expect(result.names).toEqual(['Amira Khan', 'Zoë Clarke']);
    expect(result.reordered).toBe(2);
  });

  test('two single-word columns without a header are first and last names', () => {
    const result = importRoster('Amira,Khan\nZoë,Clarke\n');
    expect(result.names).toEqual(['Amira Khan', 'Zoë Clarke']);
    expect(result.columns).toBe('no header row; first name from column 1, last name from column 2');
  });

  test('a header with a first-name column but no last-name column is a clear error', () => {
    expect(() => importRoster('Forename,Year\nAmira,3\n')).toThrow(/no last name \(Surname\) column/);
  });

  test('a workbook or a binary file is refused with what to do instead', () => {
    expect(() => importRoster('PK\u0003\u0004\u0014\u0000rest of a zip')).toThrow(RosterFileError);
    expect(() => importRoster('PK\u0003\u0004')).toThrow(/CSV UTF-8/);
    expect(() => importRoster('\u00d0\u00cf\u0011\u00e0\u0000\u0000')).toThrow(/not text/);
  });

  test('an empty file imports nothing and says so', () => {
    expect(importRoster('')).toMatchObject({ names: [], columns: 'the file is empty' });
    expect(importRoster('\n\n  \n')).toMatchObject({ names: [], columns: 'the file is empty' });
  });

  test('a 10,000-row export with a header, quotes and CRLF imports every row', () => {
    const lines = ['"Legal Surname","Legal Forename","Reg"'];
    for (let i = 0; i < 10_000; i++) lines.push(`"Surname${toLetters(i)}","Pupil${toLetters(i)}","${i % 30}"`);
    const started = performance.now();
    const result = importRoster(lines.join('\r\n'));
    expect(result.names).toHaveLength(10_000);
    expect(result.names[9_999]).toBe(`Pupil${toLetters(9_999)} Surname${toLetters(9_999)}`);
    expect(result.rejected).toEqual([]);
    // A guard against a parse that grows faster than the file, not a timing check: scaled like every limit.
    expect(performance.now() - started).toBeLessThan(patience(5_000));
  });
});

describe('what the import says, in English and in Welsh', () => {
  // Every reason, description and error the import gives, each from a file that provokes it.
  const imports = [
    'Forename,Surname\nAmira,Khan\n,Thomas\nOliver,\n,\nPriya,' + 'y'.repeat(201) + '\n"Zoë\nClarke",x\n',
    'Forename,Middle name,Surname\nAmira,Noor,Khan\n',
    'Name\n12345\n"Khan, Amira, Noor"\n\n"Zoë Clarke\n',
    'Amira,Khan\nZoë,Clarke\n',
    'Amira Khan\n',
    'Year,Name\n3\n4,\n',
    'Forename,Surname,Year\n,,3\n',
    '',
  ].map((text) => importRoster(text));
  const rows = imports.flatMap((result) => result.rejected);
  const errors = ['PK\u0003\u0004', 'x\u0000', 'Forename,Year\nAmira,3\n', 'Surname,Year\nKhan,3\n'].map((text) => {
    try {
      importRoster(text);
    } catch (error) {
      if (error instanceof RosterFileError) return error;
    }
    throw new Error(`no error for ${JSON.stringify(text)}`);
  });

  test('the files above provoke every message the import has', () => {
    const keys = [...rows.map((r) => r.localReason), ...imports.map((i) => i.localColumns), ...errors.map((e) => e.local)].map((local) => local.key);
    expect(new Set(keys)).toEqual(new Set(Object.keys(CATALOGUES.en).filter((key) => key.startsWith('roster_'))));
  });

  test('the English text is the English catalogue’s, with the same arguments', () => {
    const t = createTranslator('en');
    for (const row of rows) expect(t.text(row.localReason)).toBe(row.reason);
    for (const result of imports) expect(t.text(result.localColumns)).toBe(result.columns);
    for (const error of errors) expect(t.text(error.local)).toBe(error.message);
    expect(imports[1]!.columns).toBe('header row; first name from “Forename”, middle names from “Middle name”, last name from “Surname”');
  });

  test('in Welsh every one reads differently, keeping the file’s own headings', () => {
    const t = createTranslator('cy');
    const said = [...rows.map((r) => ({ english: r.reason, local: r.localReason })), ...imports.map((i) => ({ english: i.columns, local: i.localColumns })), ...errors.map((e) => ({ english: e.message, local: e.local }))];
    for (const { english, local } of said) {
      const welsh = t.text(local);
      expect(welsh, local.key).not.toBe(english);
      for (const arg of local.args) if (typeof arg === 'string') expect(welsh).toContain(arg);
    }
    expect(t.text(imports[1]!.localColumns)).toBe('rhes bennawd; enw cyntaf o “Forename”, enwau canol o “Middle name”, cyfenw o “Surname”');
  });
});

/** 0 → "a", 25 → "z", 26 → "ba": names need letters, not digits. */
function toLetters(n: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}
