import type { Pack } from '../engine/schemas/pack';
import { CATEGORIES, SEVERITIES, type Finding } from '../engine/types';
import { excerpt } from './excerpt';

/**
 * Text output for people: one finding per line with its severity, category, the clauses it
 * cites and an excerpt; colour only on a terminal that wants it.
 */
export interface Style {
  colour: boolean;
}

const SEVERITY_COLOUR: Record<Finding['severity'], string> = { high: '\x1b[1;31m', warning: '\x1b[33m', info: '\x1b[36m' };
const RESET = '\x1b[0m';

export function findingLine(text: string, finding: Finding, style: Style): string {
  const severity = finding.severity.toUpperCase().padEnd(7);
  const clauses = finding.clauses.length ? `§${finding.clauses.map((c) => c.id).join(' §')}` : '(no clause)';
  // The command line runs on the teacher's own machine with their own roster: it may say which entry matched.
  const listed = finding.listed?.length ? ` (roster: ${finding.listed.join(' or ')})` : '';
  const line = `${finding.category.padEnd(12)}  ${clauses}  ${finding.start}-${finding.end}  ${excerpt(text, finding.start, finding.end)}  ${finding.message}${listed}`;
  return style.colour ? `${SEVERITY_COLOUR[finding.severity]}${severity}${RESET} ${line}` : `${severity} ${line}`;
}

export function summaryLine(findings: readonly Finding[], pack: Pack): string {
  if (findings.length === 0) return `No findings (policy: ${pack.id}).`;
  const counts = SEVERITIES.slice()
    .reverse()
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const acts = findings.some((f) => f.severity !== 'info');
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts}) against ${pack.name}.${acts ? ' The pre-post check would stop this post.' : ''}`;
}

export function packLines(packs: readonly Pack[], defaultId: string): string[] {
  return packs.map((p) => `${p.id.padEnd(18)} ${String(p.clauses.length).padStart(2)} clauses  ${p.name}${p.id === defaultId ? '  (default)' : ''}`);
}

export function clauseLines(pack: Pack): string[] {
  const lines = [`${pack.name}`, `${pack.adoptedBy}${pack.model ? ' — a model policy written for this product, not a school’s own words' : ''}`, ''];
  for (const clause of pack.clauses) {
    const citedFor = CATEGORIES.filter((category) => pack.mappings.some((rule) => rule.category === category && rule.clauses.includes(clause.id)));
    lines.push(`§${clause.id}  ${clause.title}${clause.heading ? `  [${clause.heading}]` : ''}`);
    lines.push(...wrap(clause.text, 96).map((l) => `    ${l}`));
    lines.push(`    cited for: ${citedFor.length ? citedFor.join(', ') : 'nothing yet (kept for reference)'}`, '');
  }
  return lines;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
