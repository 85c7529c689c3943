import type { z } from 'zod';

/**
 * Turns zod issues into lines a teacher or a school's IT team can act on:
 * `pupilNames[2]: expected text, got a number`, `unknown field "pupilname" (did you mean "pupilNames"?)`.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input?: unknown, knownFields: readonly string[] = []): string[] {
  return issues.map((issue) => {
    const where = formatPath(issue.path);
    const prefix = where ? `${where}: ` : '';
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => `${prefix}unknown field "${key}"${suggest(key, knownFields)}`).join('; ');
      case 'invalid_type': {
        // zod 4 leaves the offending value out of the issue; look it up in what was parsed.
        const got = describeInput(valueAt(input, issue.path));
        if (got === 'nothing') return `${prefix}is required (${describeExpected(issue.expected)})`;
        return `${prefix}expected ${describeExpected(issue.expected)}, got ${got}`;
      }
      case 'invalid_value':
        return `${prefix}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      default:
        return `${prefix}${issue.message}`;
    }
  });
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeExpected(expected: string): string {
  return expected === 'string' ? 'text' : expected === 'array' ? 'a list' : expected === 'object' ? 'an object' : expected;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'object') return 'an object';
  return `a ${typeof input}`;
}

function suggest(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase().replace(/[_\s-]/g, '');
  const match = known.find((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(lower) || lower.startsWith(k.toLowerCase()));
  return match ? ` (did you mean "${match}"?)` : '';
}
