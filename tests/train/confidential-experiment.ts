// Ranks variants of the learned confidential layer cheaply, in one process (float weights, no file
// written): `nice -n 10 node --import tsx tests/train/confidential-experiment.ts [--refresh]`.
// The engine's rules are run once on every draft and cached in /tmp (--refresh to redo); each
// variant is then trained on the issue-13 training split and its fusion with the rules simulated
// per draft: a sentence the rules give no confidential finding, scored at or above a threshold,
// would add a confidential warning. Prints, per corpus, confidential recall and benign false alarms
// before and after. How the shipped variant was chosen: docs/models.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { compile, type Analyser } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';
import { loadCorpus } from '../eval/corpus';
import { ROOT } from './data';
import { engineCorpus, ENGINE_CORPORA, issue13Drafts, type ConfidentialExample, type EngineCorpus } from './confidential-data';
import { sentenceUnits, trainConfidential, DEFAULT_CONFIDENTIAL_OPTIONS, unitLogit, type ConfidentialOptions } from './confidential-pipeline';

const CACHE = '/tmp/13l-engine-cache.json';
interface Cached {
  id: string;
  set: string;
  label: 0 | 1;
  expect: readonly string[];
  /** Any warning or high finding: what makes a benign draft a false alarm. */
  acts: boolean;
  rulesConfidential: boolean;
  /** Spans of every confidential finding, any severity. */
  confidentialSpans: [number, number][];
  actingConfidentialSpans: [number, number][];
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, SettingsInput>;

function engineCache(refresh: boolean): Map<string, Cached> {
  if (!refresh && existsSync(CACHE)) return new Map((JSON.parse(readFileSync(CACHE, 'utf8')) as Cached[]).map((c) => [`${c.set}/${c.id}`, c]));
  const configs: Record<string, SettingsInput> = {
    ...json(`${ROOT}tests/corpus/configs.json`),
    ...json(`${ROOT}tests/corpus/heldout-configs.json`),
    ...json(`${ROOT}tests/corpus/blind-hostility-configs.json`),
  };
  const sets: [string, ConfidentialExample[], Record<string, SettingsInput>][] = [];
  const { train, validation } = issue13Drafts();
  sets.push(['issue13-train', train, configs], ['issue13-validation', validation, configs]);
  for (const name of Object.keys(ENGINE_CORPORA) as EngineCorpus[]) sets.push([name, engineCorpus(name), { ...configs, ...loadCorpus(name).configs }]);
  const out: Cached[] = [];
  const analysers = new Map<string, Analyser>();
  for (const [set, drafts, cfg] of sets) {
    for (const d of drafts) {
      const key = `${set}:${d.config}`;
      let a = analysers.get(key);
      if (!a) {
        a = compile(cfg[d.config]!);
        analysers.set(key, a);
      }
      const findings = a.analyse(d.text);
      const acting = findings.filter((f) => f.severity !== 'info');
      const conf = findings.filter((f) => f.category === 'confidential' && !f.ruleId.startsWith('confidential/learned'));
      out.push({
        id: d.id,
        set,
        label: d.label,
        expect: d.expect,
        acts: acting.length > 0,
        rulesConfidential: acting.some((f) => f.category === 'confidential'),
        confidentialSpans: conf.map((f) => [f.start, f.end]),
        actingConfidentialSpans: conf.filter((f) => f.severity !== 'info').map((f) => [f.start, f.end]),
      });
    }
    console.error(`engine: ${set} done`);
  }
  writeFileSync(CACHE, JSON.stringify(out));
  return new Map(out.map((c) => [`${c.set}/${c.id}`, c]));
}

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const cache = engineCache(args.has('refresh'));
const { train, validation } = issue13Drafts();
const sets: [string, ConfidentialExample[]][] = [
  ['issue13-train', train],
  ['issue13-validation', validation],
  ...(Object.keys(ENGINE_CORPORA) as EngineCorpus[]).map((n) => [n, engineCorpus(n)] as [string, ConfidentialExample[]]),
];

const variants: [string, Partial<ConfidentialOptions>][] = JSON.parse(args.get('variants') ?? '[["default", {}]]');
const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);
const overlaps = (spans: [number, number][], s: number, e: number) => spans.some(([a, b]) => a < e && b > s);

for (const [name, partial] of variants) {
  const options: ConfidentialOptions = { ...DEFAULT_CONFIDENTIAL_OPTIONS, ...partial };
  const model = trainConfidential(train, options);
  // Per draft: the best sentence the rules leave alone.
  const scored = sets.map(([set, drafts]) => ({
    set,
    rows: drafts.map((d) => {
      const c = cache.get(`${set}/${d.id}`)!;
      let best = 0;
      let bestAll = 0;
      for (const u of sentenceUnits(d.text, options)) {
        const p = 1 / (1 + Math.exp(-unitLogit(model, u.features)));
        bestAll = Math.max(bestAll, p);
        const spans = options.deferToInfo ? c.confidentialSpans : c.actingConfidentialSpans;
        if (!overlaps(spans, u.start, u.end)) best = Math.max(best, p);
      }
      return { c, best, bestAll };
    }),
  }));
  // Threshold at validation false-alarm budgets (non-confidential validation drafts, model alone).
  const val = scored.find((s) => s.set === 'issue13-validation')!.rows;
  const negatives = val.filter((r) => r.c.label === 0).map((r) => r.bestAll).sort((a, b) => b - a);
  const at = (fa: number) => negatives[Math.floor(fa * negatives.length)] ?? 1;
  const thresholds = (JSON.parse(args.get('thresholds') ?? 'null') as number[] | null) ?? [at(0.01), at(0.02), at(0.05), at(0.1)];
  // Model alone on validation: ranking quality.
  const pos = val.filter((r) => r.c.label === 1).map((r) => r.bestAll);
  let auc = 0;
  for (const p of pos) for (const n of negatives) auc += p > n ? 1 : p === n ? 0.5 : 0;
  auc /= pos.length * negatives.length || 1;
  console.log(`\n== ${name} ${JSON.stringify(partial)}  validation AUC (model alone, draft = best sentence) ${auc.toFixed(3)}`);
  console.log(`thresholds: ${thresholds.map((t) => t.toFixed(3)).join(', ')}  (validation non-confidential false alarms of the model alone 1 / 2 / 5 / 10 %)`);
  for (const { set, rows } of scored) {
    const confs = rows.filter((r) => r.c.label === 1);
    const benign = rows.filter((r) => r.c.expect.length === 0);
    const others = rows.filter((r) => r.c.expect.length > 0 && r.c.label === 0);
    const line = [`${set.padEnd(19)} conf ${String(confs.length).padStart(3)}: rules ${pct(confs.filter((r) => r.c.rulesConfidential).length, confs.length)}; benign ${String(benign.length).padStart(3)}: FA ${pct(benign.filter((r) => r.c.acts).length, benign.length)}`];
    for (const t of thresholds) {
      const recall = confs.filter((r) => r.c.rulesConfidential || r.best >= t).length;
      const fa = benign.filter((r) => r.c.acts || r.best >= t).length;
      const extra = others.filter((r) => !r.c.rulesConfidential && r.best >= t).length;
      line.push(`@${t.toFixed(2)} ${pct(recall, confs.length)} FA ${pct(fa, benign.length)} x${extra}`);
    }
    console.log(line.join(' | '));
  }
}

// --show=SET,SET: the highest-scoring drafts the rules leave alone there (benign ones and missed confidential ones), to read.
if (args.has('show')) {
  const show = new Set(args.get('show')!.split(','));
  const options: ConfidentialOptions = { ...DEFAULT_CONFIDENTIAL_OPTIONS, ...variants[0]![1] };
  const model = trainConfidential(train, options);
  for (const [set, drafts] of sets) {
    if (!show.has(set)) continue;
    const rows = drafts
      .map((d) => {
        const c = cache.get(`${set}/${d.id}`)!;
        const units = sentenceUnits(d.text, options).filter((u) => !overlaps(c.confidentialSpans, u.start, u.end));
        const best = units.map((u) => ({ p: 1 / (1 + Math.exp(-unitLogit(model, u.features))), s: d.text.slice(u.start, u.end) })).sort((a, b) => b.p - a.p)[0];
        return { d, c, best };
      })
      .filter((r) => r.best && !r.c.rulesConfidential && (r.c.label === 1 || !r.c.acts));
    rows.sort((a, b) => b.best!.p - a.best!.p);
    console.log(`\n-- ${set}: top benign / non-confidential drafts the rules leave alone, and missed confidential`);
    for (const r of rows.slice(0, Number(args.get('top') ?? '25'))) console.log(`${r.best!.p.toFixed(3)} ${r.c.label ? 'CONF' : r.c.expect.length ? 'other' : 'benign'} ${r.d.id}: ${r.best!.s.slice(0, 160)}`);
    console.log('missed confidential:');
    for (const r of rows.filter((r) => r.c.label === 1)) console.log(`${r.best!.p.toFixed(3)} ${r.d.id}: ${r.best!.s.slice(0, 160)}`);
  }
}
