import Papa from 'papaparse';
import en from '../public/_locales/en/messages.json';
import { foldString } from '../engine/text/fold';
import { formatEntry, type LocalText } from '../i18n/format';

/**
 * Reads a roster the way schools have one: pasted from a spreadsheet, or a CSV/TSV export from the
 * MIS (one full-name column, or first and last columns, with or without a header row, extra
 * columns such as year group ignored). Parsed by a real CSV parser (quoted fields, commas inside
 * quotes, BOMs, Windows line endings, tabs or semicolons as separators). Every row that cannot be
 * used is reported with its line number and why; nothing is silently dropped.
 *
 * Every reason, description and error is said twice, as the engine's findings are: in English
 * (what `guardrail hash-roster` prints) and as a key of the extension's catalogue with its
 * arguments (what the options page shows, in Welsh too). The English comes from the English
 * catalogue itself, so the two cannot drift apart.
 */
export type RosterMessageKey = Extract<keyof typeof en, `roster_${string}`>;

export interface RejectedRow {
  /** 1-based line in the file where the row starts. */
  readonly line: number;
  /** Why, in English. */
  readonly reason: string;
  /** Why, by catalogue key. */
  readonly localReason: LocalText;
  /** What was in the row, for the teacher to recognise it. */
  readonly text: string;
}

export interface DuplicateRow {
  readonly line: number;
  readonly name: string;
  /** The line where the same name first appears. */
  readonly firstLine: number;
}

export interface RosterImport {
  readonly names: string[];
  readonly duplicates: DuplicateRow[];
  readonly rejected: RejectedRow[];
  /** How the columns were read, in English words ("header row; first name from “Forename”, last name from “Surname”"). */
  readonly columns: string;
  /** The same, by catalogue key. */
  readonly localColumns: LocalText;
  /** Names written "Surname, Forename" in one cell, turned round. */
  readonly reordered: number;
}

/** The whole file cannot be read as a roster. `message` is the English; `local` the same by catalogue key. */
export class RosterFileError extends Error {
  override name = 'RosterFileError';
  readonly local: LocalText;
  constructor(said: Said) {
    super(said.english);
    this.local = said.local;
  }
}

interface Said {
  readonly english: string;
  readonly local: LocalText;
}

function say(key: RosterMessageKey, ...args: string[]): Said {
  return { english: formatEntry(en[key], args), local: { key, args } };
}

const MAX_NAME_LENGTH = 200;

// Column headings as MIS exports and teachers write them (English and Welsh), compared without case, spaces or punctuation.
const FULL_NAME = ['name', 'fullname', 'pupilname', 'pupil', 'studentname', 'student', 'childname', 'child', 'learnername', 'learner', 'staffname', 'legalname', 'displayname', 'enw', 'enwllawn', 'disgybl', 'enwrdisgybl'];
const FIRST_NAME = ['firstname', 'forename', 'forenames', 'givenname', 'givennames', 'first', 'preferredforename', 'legalforename', 'preferredfirstname', 'enwcyntaf'];
const MIDDLE_NAME = ['middlename', 'middlenames', 'middle'];
const LAST_NAME = ['lastname', 'surname', 'familyname', 'last', 'legalsurname', 'preferredsurname', 'cyfenw'];

type Columns = { kind: 'full'; full: number } | { kind: 'parts'; first: number; middle?: number; last: number };

export function importRoster(input: string): RosterImport {
  if (input.startsWith('PK\u0003\u0004')) throw new RosterFileError(say('roster_error_workbook'));
  if (input.includes('\u0000')) throw new RosterFileError(say('roster_error_not_text'));
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows = parseRows(text);
  const firstRow = rows.find((row) => !row.blank);
  if (!firstRow) {
    const empty = say('roster_columns_empty');
    return { names: [], duplicates: [], rejected: [], columns: empty.english, localColumns: empty.local, reordered: 0 };
  }

  const header = columnsFromHeader(firstRow.cells);
  const columns = header?.columns ?? guessColumns(rows);
  const names: string[] = [];
  const duplicates: DuplicateRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  let reordered = 0;

  for (const row of rows) {
    if (row.blank || (header && row === firstRow)) continue;
    const shown = row.cells.join(', ');
    const problem = row.error ?? nameFrom(row.cells, columns);
    if ('english' in problem) {
      rejected.push({ line: row.line, reason: problem.english, localReason: problem.local, text: shown });
      continue;
    }
    const built = problem;
    if (built.reordered) reordered++;
    const key = foldString(built.name).replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ line: row.line, name: built.name, firstLine: first });
      continue;
    }
    seen.set(key, row.line);
    names.push(built.name);
  }
  const described = header ? header.description : describeGuess(columns);
  return { names, duplicates, rejected, columns: described.english, localColumns: described.local, reordered };
}

interface Row {
  readonly line: number;
  readonly cells: string[];
  readonly blank: boolean;
  readonly error?: Said;
}

function parseRows(text: string): Row[] {
  const rows: Row[] = [];
  let lineStart = 1;
  let lastCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      const consumed = text.slice(lastCursor, cursor);
      const cells = result.data.map((cell) => cell.trim());
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      const multiLine = cells.some((cell) => /[\r\n]/.test(cell));
      rows.push({
        line: lineStart,
        cells: cells.map((cell) => cell.replace(/\s+/g, ' ')),
        blank: cells.every((cell) => cell === ''),
        ...(quoteError ? { error: say('roster_row_unclosed_quote') } : multiLine ? { error: say('roster_row_multiline_cell') } : {}),
      });
      lineStart += countLineBreaks(consumed);
      lastCursor = cursor;
    },
  });
  return rows;
}

/**
 * Tab (pasted from a spreadsheet), semicolon (European Excel), pipe or comma: the one found on the
 * most of the first lines. A list of "Khan, Amira" lines (a comma and a space, once per line) is
 * one column of names written surname first, not two columns.
 */
/** A separator no roster contains: the whole line is one cell. */
const NO_SPLIT = '\u001e';

function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 50);
  if (lines.length > 0 && lines.every((line) => /^[^,"\t;]+, [^,"\t;]+$/.test(line.trim()))) return NO_SPLIT;
  let best = ',';
  let bestCount = 0;
  for (const candidate of ['\t', ';', '|', ',']) {
    const count = lines.filter((line) => line.includes(candidate)).length;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function heading(cell: string): string {
  return foldString(cell).replace(/[^a-z]/g, '');
}

function columnsFromHeader(cells: readonly string[]): { columns: Columns; description: Said } | undefined {
  const find = (list: readonly string[]) => cells.findIndex((cell) => list.includes(heading(cell)));
  const first = find(FIRST_NAME);
  const last = find(LAST_NAME);
  const middle = find(MIDDLE_NAME);
  const full = find(FULL_NAME);
  if (first >= 0 && last >= 0) {
    return {
      columns: { kind: 'parts', first, last, ...(middle >= 0 ? { middle } : {}) },
      description: middle >= 0 ? say('roster_columns_header_parts_middle', cells[first]!, cells[middle]!, cells[last]!) : say('roster_columns_header_parts', cells[first]!, cells[last]!),
    };
  }
  if (full >= 0) return { columns: { kind: 'full', full }, description: say('roster_columns_header_full', cells[full]!) };
  if (first >= 0) throw new RosterFileError(say('roster_error_no_last_name_column'));
  if (last >= 0) throw new RosterFileError(say('roster_error_no_first_name_column'));
  return undefined;
}

/** Without a header: one name per row, or first and last name in two columns when every row has two single words. */
function guessColumns(rows: readonly Row[]): Columns {
  const filled = rows.filter((row) => !row.blank && !row.error);
  const twoWords = filled.length > 0 && filled.every((row) => row.cells.length >= 2 && /^\S+$/.test(row.cells[0]!) && /^\S+$/.test(row.cells[1]!) && row.cells.slice(2).every((c) => !/\p{L}/u.test(c) || /\d/.test(c)));
  return twoWords ? { kind: 'parts', first: 0, last: 1 } : { kind: 'full', full: 0 };
}

function describeGuess(columns: Columns): Said {
  return say(columns.kind === 'full' ? 'roster_columns_guess_full' : 'roster_columns_guess_parts');
}

function nameFrom(cells: readonly string[], columns: Columns): { name: string; reordered: boolean } | Said {
  let name: string;
  let reordered = false;
  if (columns.kind === 'full') {
    const cell = cells[columns.full];
    if (cell === undefined) return say('roster_row_no_column', String(columns.full + 1));
    // "Khan, Amira" (as many MIS exports write a full name) is Amira Khan.
    const parts = cell.split(',').map((p) => p.trim());
    if (parts.length === 2 && parts[0] && parts[1]) {
      name = `${parts[1]} ${parts[0]}`;
      reordered = true;
    } else if (parts.length > 2) {
      return say('roster_row_commas');
    } else name = cell;
  } else {
    const first = cells[columns.first] ?? '';
    const last = cells[columns.last] ?? '';
    const middle = columns.middle !== undefined ? (cells[columns.middle] ?? '') : '';
    if (!first && !last) return say('roster_row_both_empty');
    if (!first) return say('roster_row_first_empty');
    if (!last) return say('roster_row_last_empty');
    name = [first, middle, last].filter(Boolean).join(' ');
  }
  name = name.replace(/\s+/g, ' ').trim();
  if (!name) return say('roster_row_name_empty');
  if (!/\p{L}/u.test(name)) return say('roster_row_no_letters');
  if (name.length > MAX_NAME_LENGTH) return say('roster_row_too_long', String(MAX_NAME_LENGTH));
  return { name, reordered };
}
