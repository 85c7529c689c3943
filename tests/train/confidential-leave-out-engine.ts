// Leave-one-writer-out for the learned confidential layer, through the engine (seventeenth session).
// tests/train/leave-out.ts measures the model alone; this asks what the layer adds to the engine on writers
// and schools it never saw, and at what cost on their benign drafts, for an operating point between the
// model's "possible" and "confident": a sentence the model scores at or above T, about a named colleague or a
// pupil or parent (then high) or in a post about school (then a warning), is held as a "confident" one is.
//
// For each fold of writers (tests/train/data.ts `writerOf`), the model is trained by the shipped recipe
// (tests/train/confidential-pipeline.ts) without the fold's drafts and put in the engine, which analyses every
// draft of the fold twice: with the model's own thresholds (what the engine does today with such a model), and
// with "confident" opened to "possible" (each sentence's evidence of whom and of school, and its score). The
// replay then holds a draft at T when either says so.
//
//   node --max-old-space-size=4096 --import tsx tests/train/confidential-leave-out-engine.ts [--folds=5] [--options=JSON]
//
// Never reads heldout.jsonl or blind-11 … blind-23: they are not training corpora. The rules were tuned on every
// corpus here, so "main" is tuned-on; the layer's part is first contact for each writer.
import type { Finding } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';
import { loadCorpus, type CorpusName, type Draft } from '../eval/corpus';
import { buildConfidentialModel, DEFAULT_CONFIDENTIAL_OPTIONS, type ConfidentialOptions } from './confidential-pipeline';
import { corpusWriters, TRAINING_CORPORA, writerOf } from './data';
import { analyserWith } from './engine-with';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const options: ConfidentialOptions = { ...DEFAULT_CONFIDENTIAL_OPTIONS, ...(JSON.parse(args.get('options') ?? '{}') as Partial<ConfidentialOptions>) };
const corpusName = (file: string): CorpusName => (file === 'drafts.jsonl' ? 'development' : (file.replace(/\.jsonl$/, '') as CorpusName));

interface Row {
  writer: string;
  draft: Draft;
  confidential: boolean;
  benign: boolean;
  /** Held without the layer: a confidential finding of the rules for a confidential draft, any finding for a benign one. */
  others: boolean;
  /** Held by the layer at the model's own thresholds. */
  layer: boolean;
  /** The highest score of a layer finding that would hold at "confident" (whom or school beside it), "confident" opened. */
  opened: number;
}
const rows: Row[] = [];
const acts = (f: Finding) => f.severity === 'warning' || f.severity === 'high';
const isLayer = (f: Finding) => f.ruleId === 'confidential/learned' || f.ruleId === 'confidential/learned-person';
const scoreOf = (f: Finding) => Number(/\(([\d.]+) %\)/.exec(f.explanation.rule)?.[1] ?? '0') / 100;

const loaded = TRAINING_CORPORA.map((file) => ({ file, ...loadCorpus(corpusName(file)) }));
const writers = corpusWriters();
const foldCount = Math.min(Number(args.get('folds') ?? '5'), writers.length);
const folds = Array.from({ length: foldCount }, (_, f) => writers.filter((_, i) => i % foldCount === f));
const thresholds: { possible: number; confident: number }[] = [];

for (const fold of folds) {
  const data = buildConfidentialModel(options, 'leave-out', new Set(fold));
  thresholds.push(data.thresholds);
  const run = (model: unknown) => {
    // A new bundle for each model (tests/train/engine-with.ts says why).
    const analyserFor = analyserWith({ confidentialModel: model });
    const out = new Map<string, Finding[]>();
    for (const { file, drafts, configs } of loaded) {
      const analysers = new Map<string, ReturnType<typeof analyserFor>>();
      for (const draft of drafts.filter((d) => fold.includes(writerOf(file, d.id)))) {
        let a = analysers.get(draft.config);
        if (!a) analysers.set(draft.config, (a = analyserFor(configs[draft.config] as SettingsInput)));
        out.set(`${file}:${draft.id}`, a.analyse(draft.text));
      }
    }
    return out;
  };
  const own = run(data);
  const opened = run({ ...data, thresholds: { possible: data.thresholds.possible, confident: data.thresholds.possible } });
  for (const { file, drafts } of loaded) {
    for (const draft of drafts.filter((d) => fold.includes(writerOf(file, d.id)))) {
      const key = `${file}:${draft.id}`;
      const findings = own.get(key)!.filter(acts);
      const confidential = draft.expect.includes('confidential');
      const others = findings.filter((f) => !isLayer(f));
      rows.push({
        writer: writerOf(file, draft.id),
        draft,
        confidential,
        benign: draft.expect.length === 0,
        others: confidential ? others.some((f) => f.category === 'confidential') : others.length > 0,
        layer: findings.some(isLayer),
        opened: Math.max(0, ...opened.get(key)!.filter((f) => isLayer(f) && acts(f)).map(scoreOf)),
      });
    }
  }
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
const line = (rs: readonly Row[], t: number) => {
  const held = (r: Row) => r.others || r.layer || r.opened >= t;
  const pos = rs.filter((r) => r.confidential);
  const ben = rs.filter((r) => r.benign);
  const caught = pos.filter(held).length;
  const fa = ben.filter(held).length;
  const byLayer = ben.filter((r) => !r.others && held(r)).length;
  return { caught, fa, byLayer, ben: ben.length, text: `confidential ${caught}/${pos.length} ${pct(caught, pos.length)}, benign held ${fa}/${ben.length} ${pct(fa, ben.length)} (by the layer ${byLayer})` };
};
console.log(`learned confidential layer, leave-one-writer-out through the engine, ${foldCount} folds of ${writers.length} writers; options ${JSON.stringify(options)}`);
console.log(`each fold's own thresholds (possible / confident): ${thresholds.map((t) => `${t.possible} / ${t.confident}`).join(', ')}`);
const none = (rs: readonly Row[]) => line(rs.map((r) => ({ ...r, layer: false })), 2).text;
console.log(`rules only:                 ${none(rows)}`);
console.log(`at the model's thresholds:  ${line(rows, 2).text}`);
for (const t of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  const l = line(rows, t);
  console.log(`T ${t.toFixed(2)}: ${l.text}${l.byLayer - line(rows, 2).byLayer > 0.01 * l.ben ? '  (over 1 % more benign)' : ''}`);
}
