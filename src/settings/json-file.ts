import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Strict JSON with errors that say where: "line 3, column 8: a value was expected".
 * (Node's own JSON.parse often names no position at all.) Used for settings files and rosters
 * pasted as JSON, wherever a person has typed the file by hand.
 */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    /** What is wrong, without the position: "a value was expected". */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

const READABLE: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a field name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape (\\) in a string',
  InvalidCharacter: 'a control character inside a string',
};

export function parseJsonStrict(text: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM from Windows editors
  const errors: ParseError[] = [];
  const value: unknown = parse(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(source, first.offset);
    const code = printParseErrorCode(first.error);
    throw new JsonSyntaxError(quoteHint(source[first.offset]) ?? READABLE[code] ?? code, line, column);
  }
  return value;
}

/** The two mistakes people make most when they type JSON by hand or paste it from a document. */
function quoteHint(char: string | undefined): string | undefined {
  if (char === "'") return 'JSON needs double quotes ("), not single quotes';
  if (char !== undefined && '“”‘’'.includes(char)) return 'curly quotes (from a word processor) are not JSON: use straight double quotes (")';
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
