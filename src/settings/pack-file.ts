import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { formatIssues, formatPath } from '../engine/schemas/errors';
import type { Pack } from '../engine/schemas/pack';
import { JsonSyntaxError, parseJsonStrict } from './json-file';
import { SETTING_FIELDS } from './schema';

/**
 * A school's own policy pack, loaded from a file in the format of rules/packs (JSON, or YAML,
 * which is easier to write by hand). Every problem names the line and the field:
 * "line 14, clauses[2].text: Too small: expected string to have >=10 characters".
 */
export type PackFileResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

export function parsePackFile(text: string, fileName = ''): PackFileResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const json = /\.json$/i.test(fileName) || /^\s*[{[]/.test(source);
  return json ? fromJson(source) : fromYaml(source);
}

function fromJson(source: string): PackFileResult {
  let value: unknown;
  try {
    value = parseJsonStrict(source);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, problems: [error.message] };
    throw error;
  }
  const tree = parseTree(source);
  return validate(value, (path) => {
    const node = tree && nearestJsonNode(tree, path);
    return node ? lineOf(source, node.offset) : undefined;
  });
}

function nearestJsonNode(tree: JsonNode, path: readonly PropertyKey[]): JsonNode | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
    if (node) return node;
  }
  return undefined;
}

function fromYaml(source: string): PackFileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((error) => `line ${lineCounter.linePos(error.pos[0]).line}: ${firstLine(error.message)}`) };
  }
  return validate(doc.toJS(), (path) => {
    const offset = nearestYamlOffset(doc, path);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  });
}

function nearestYamlOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return doc.contents?.range?.[0];
}

function validate(value: unknown, lineAt: (path: readonly PropertyKey[]) => number | undefined): PackFileResult {
  const result = SETTING_FIELDS.customPack.safeParse(value);
  if (result.success) return { ok: true, pack: result.data };
  const problems = result.error.issues.map((issue) => {
    const [text] = formatIssues([{ ...issue, path: [] }], valueAt(value, issue.path));
    const where = formatPath(issue.path);
    const line = lineAt(issue.path);
    // zod leaves the offending value out of "expected text" issues; say what the field is, not what it held.
    return `${line !== undefined ? `line ${line}, ` : ''}${where || 'the file'}: ${text}`;
  });
  return { ok: false, problems };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
