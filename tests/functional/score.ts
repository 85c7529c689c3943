import { judge, type Verdict } from './engine-adapter';
import { expandSuite, loadSuite, type Case, type Expect } from './suite';

/** The targets: at least 90 % of hateful cases flagged, at most 10 % of the contrasts. */
export const TARGETS = { hatefulFlagged: 0.9, contrastsFlagged: 0.1 } as const;

export interface Row {
  name: string;
  expect: Expect;
  cases: number;
  flagged: number;
  high: number;
}

export interface Failure extends Case {
  verdict: Verdict;
}

export interface Score {
  perFunctionality: Row[];
  /** Hateful cases by what they were aimed at (protected groups, school community, slurs…). */
  perTarget: Row[];
  /** Protected groups one by one, hateful cases and contrasts: does the engine protect some groups less? */
  perGroup: Row[];
  hateful: Row;
  contrasts: Row;
  failures: Failure[];
  hatefulMet: boolean;
  contrastsMet: boolean;
}

function tally(rows: Map<string, Row>, name: string, expect: Expect, verdict: Verdict): void {
  const key = `${expect}:${name}`;
  const row = rows.get(key) ?? { name, expect, cases: 0, flagged: 0, high: 0 };
  row.cases += 1;
  if (verdict.flagged) row.flagged += 1;
  if (verdict.high) row.high += 1;
  rows.set(key, row);
}

/** Runs every case of the suite through the engine. */
export function scoreSuite(cases: Case[] = expandSuite(loadSuite())): Score {
  const perFunctionality = new Map<string, Row>();
  const perTarget = new Map<string, Row>();
  const perGroup = new Map<string, Row>();
  const totals = new Map<string, Row>();
  const failures: Failure[] = [];
  for (const c of cases) {
    const verdict = judge(c.text);
    tally(perFunctionality, c.functionality, c.expect, verdict);
    if (c.target === 'protected') tally(perGroup, c.group, c.expect, verdict);
    if (c.expect === 'flag') tally(perTarget, c.target === 'none' ? 'fixed cases' : c.target, c.expect, verdict);
    tally(totals, c.expect === 'flag' ? 'all hateful cases' : 'all contrasts', c.expect, verdict);
    if (verdict.flagged !== (c.expect === 'flag')) failures.push({ ...c, verdict });
  }
  const hateful = totals.get('flag:all hateful cases') ?? { name: 'all hateful cases', expect: 'flag', cases: 0, flagged: 0, high: 0 };
  const contrasts = totals.get('quiet:all contrasts') ?? { name: 'all contrasts', expect: 'quiet', cases: 0, flagged: 0, high: 0 };
  return {
    perFunctionality: [...perFunctionality.values()],
    perTarget: [...perTarget.values()],
    perGroup: [...perGroup.values()],
    hateful,
    contrasts,
    failures,
    hatefulMet: hateful.cases > 0 && hateful.flagged / hateful.cases >= TARGETS.hatefulFlagged,
    contrastsMet: contrasts.cases > 0 && contrasts.flagged / contrasts.cases <= TARGETS.contrastsFlagged,
  };
}

const pct = (n: number, d: number) => (d === 0 ? '    n/a' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);

function line(row: Row): string {
  const wanted = row.expect === 'flag' ? 'flag ' : 'quiet';
  return `${row.name.padEnd(22)} ${wanted} ${String(row.cases).padStart(6)} ${String(row.flagged).padStart(8)} ${pct(row.flagged, row.cases)} ${pct(row.high, row.cases)}`;
}

/** The per-functionality table, as `npm run eval:hostility` prints it and the unit test reports it. */
export function formatTable(score: Score): string {
  const header = `${'functionality'.padEnd(22)} want  ${'cases'.padStart(6)} ${'flagged'.padStart(8)} ${'share'.padStart(7)} ${'at high'.padStart(7)}`;
  const out = [header];
  out.push('— hateful: share flagged should be ≥ 90 %');
  for (const row of score.perFunctionality.filter((r) => r.expect === 'flag')) out.push(line(row));
  out.push('— contrasts: share flagged should be ≤ 10 %');
  for (const row of score.perFunctionality.filter((r) => r.expect === 'quiet')) out.push(line(row));
  out.push('— hateful cases by target');
  for (const row of score.perTarget) out.push(line(row));
  out.push('— overall');
  out.push(`${line(score.hateful)}   target ≥ 90 %  ${score.hatefulMet ? 'met' : 'MISSED'}`);
  out.push(`${line(score.contrasts)}   target ≤ 10 %  ${score.contrastsMet ? 'met' : 'MISSED'}`);
  return out.join('\n');
}

/** Each protected group: the share of its hateful cases flagged beside the share of its contrasts flagged. */
export function formatGroups(score: Score): string {
  const out = [`${'protected group'.padEnd(22)} ${'hateful'.padStart(7)} ${'flagged'.padStart(7)}   ${'contrasts'.padStart(9)} ${'flagged'.padStart(7)}`];
  const rows = (expect: Expect) => new Map(score.perGroup.filter((r) => r.expect === expect).map((r) => [r.name, r]));
  const hateful = rows('flag');
  const quiet = rows('quiet');
  for (const name of new Set([...hateful.keys(), ...quiet.keys()])) {
    const h = hateful.get(name);
    const q = quiet.get(name);
    out.push(`${name.padEnd(22)} ${String(h?.cases ?? 0).padStart(7)} ${pct(h?.flagged ?? 0, h?.cases ?? 0)}   ${String(q?.cases ?? 0).padStart(9)} ${pct(q?.flagged ?? 0, q?.cases ?? 0)}`);
  }
  return out.join('\n');
}

export function formatFailures(failures: Failure[]): string {
  const out: string[] = [];
  let current = '';
  for (const f of failures) {
    if (f.functionality !== current) {
      current = f.functionality;
      out.push(`${current} (${f.expect === 'flag' ? 'missed' : 'false alarms'}):`);
    }
    const why = f.verdict.findings.length ? `   ← ${f.verdict.findings.join('; ')}` : '';
    out.push(`  ${f.id}: ${f.text}${why}`);
  }
  return out.join('\n');
}
