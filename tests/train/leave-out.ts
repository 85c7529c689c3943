// Leave-one-writer-out for the two learned layers (ninth session, issue "learned"): for each writer of
// the training corpora (tests/train/data.ts `writerOf`: a corpus file, or one of the three writers of
// train-9.jsonl), a model is trained by the shipped recipe without any of that writer's drafts and
// scores every one of them, so the figure says how well the layer catches a writer and schools it has
// never seen: the generalisation the blind sets measure, without spending a blind set.
// The model alone is measured (a draft = its highest sentence), at the thresholds the trainer writes.
//
// Usage (a few minutes a writer for hostility, seconds for confidential):
//   node --max-old-space-size=4096 --import tsx tests/train/leave-out.ts --layer=hostility [--folds=K] [--corpus-weight=3] [--options=JSON] [--writers=blind-9,train-9:tna]
//   node --import tsx tests/train/leave-out.ts --layer=confidential [--options=JSON]
// Never reads blind-11.jsonl (the held-out measure) or heldout.jsonl: neither is a training corpus.
import { readFileSync } from 'node:fs';
import { corpusWriters, davidson, ROOT, staffDrafts, TRAINING_CORPORA, tweetEval, writerOf, type CorpusDraft, type Example } from './data';
import { loadGlove } from './embeddings';
import { buildModel, DEFAULT_OPTIONS, type PipelineOptions, type WeightedExample } from './pipeline';
import { labelledCorpora } from './data';
import { buildConfidentialModel, DEFAULT_CONFIDENTIAL_OPTIONS, type ConfidentialOptions } from './confidential-pipeline';
import { compileLearnedModel } from '../../src/engine/learned/scorer';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import { normalisedWords } from '../../src/engine/learned/features';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const layer = args.get('layer') ?? 'hostility';
const category = layer === 'hostility' ? 'derogatory' : 'confidential';
const overrides = JSON.parse(args.get('options') ?? '{}') as Record<string, unknown>;

const drafts = TRAINING_CORPORA.flatMap((file) =>
  readFileSync(`${ROOT}tests/corpus/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusDraft)
    .map((d) => ({ ...d, writer: writerOf(file, d.id), label: d.expect.includes(category) ? 1 : 0 })),
);
const writers = args.get('writers')?.split(',') ?? corpusWriters();
/**
 * --folds=K: K models instead of one a writer (writer i left out with fold i mod K), for a busy
 * machine; each writer is still scored only by a model that never saw any of its drafts (nor those
 * of the other writers of its fold, so the figure is a little harder than one-writer-out).
 */
const foldCount = Number(args.get('folds') ?? String(writers.length));
const folds = Array.from({ length: Math.min(foldCount, writers.length) }, (_, f) => writers.filter((_, i) => i % foldCount === f));

/** Area under the ROC curve: the chance a random positive outscores a random negative (ties half). */
function auc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return NaN;
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

interface Row { writer: string; pos: number; neg: number; benign: number; caught: Record<string, number>; fa: number; faBenign: number; auc: number }
const rows: Row[] = [];
const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);
function report(row: Row, thresholds: Record<string, number>): void {
  rows.push(row);
  const caught = Object.entries(row.caught).map(([k, n]) => `${k} ${n}/${row.pos} ${pct(n, row.pos)}`).join('  ');
  console.log(`${row.writer.padEnd(18)} ${caught}  | non-${category} flagged at possible ${row.fa}/${row.neg}, benign ${row.faBenign}/${row.benign}  | AUC ${row.auc.toFixed(3)}  (thresholds ${JSON.stringify(thresholds)})`);
}

function measure(writer: string, score: (text: string) => number, thresholds: Record<string, number>): void {
  const mine = drafts.filter((d) => d.writer === writer);
  const s = mine.map((d) => score(d.text));
  const pos = s.filter((_, i) => mine[i]!.label === 1);
  const neg = s.filter((_, i) => mine[i]!.label === 0);
  const benign = s.filter((_, i) => mine[i]!.expect.length === 0);
  const caught = Object.fromEntries(Object.entries(thresholds).map(([k, t]) => [k, pos.filter((p) => p >= t).length]));
  report({ writer, pos: pos.length, neg: neg.length, benign: benign.length, caught, fa: neg.filter((p) => p >= thresholds.possible!).length, faBenign: benign.filter((p) => p >= thresholds.possible!).length, auc: auc(pos, neg) }, thresholds);
}

/**
 * --model=PATH: no training; every writer scored by that model file as it is (e.g. the main branch's,
 * for which the writers it was not trained on are first contact and the others trained-on).
 */
const fixedModel = args.get('model');
if (fixedModel !== undefined) {
  const data = JSON.parse(readFileSync(fixedModel, 'utf8')) as Record<string, unknown> & { thresholds: Record<string, number> };
  const model = layer === 'hostility' ? compileLearnedModel(data as never) : compileLinearModel(data as never, fixedModel);
  const t = data.thresholds;
  const thresholds = layer === 'hostility' ? { possible: t.possible!, hold: t.hold ?? 0.71, alone: t.alone ?? 0.95 } : { possible: t.possible!, confident: t.confident! };
  console.log(`${layer}: every writer scored by ${fixedModel}`);
  for (const writer of writers) measure(writer, (text) => model.score(text).probability, thresholds);
} else if (layer === 'hostility') {
  const options = Object.fromEntries(
    Object.entries(DEFAULT_OPTIONS).map(([k, v]) => [k, typeof v === 'object' && typeof overrides[k] === 'object' ? { ...v, ...(overrides[k] as object) } : (overrides[k] ?? v)]),
  ) as PipelineOptions;
  const corpusWeight = Number(args.get('corpus-weight') ?? '3');
  const staffWeight = Number(args.get('staff-weight') ?? '3');
  const tweets = tweetEval('train').map((e): WeightedExample => ({ ...e, weight: 1 }));
  const validation = tweetEval('val');
  const dv = davidson().train.map((e): WeightedExample => ({ ...e, weight: e.kind === 'hate' ? 1 : e.kind === 'neither' ? 0.5 : 0 }));
  const staff = staffDrafts().train.map((e): WeightedExample => ({ ...e, weight: staffWeight }));
  const base = [...tweets, ...dv, ...staff];
  const everything = [...base, ...labelledCorpora('derogatory').train];
  const vocabulary = new Set(everything.flatMap((e: Example) => normalisedWords(e.text)));
  const glove = loadGlove((word, rank) => rank < options.extraVocabulary || vocabulary.has(word));
  console.log(`hostility, leave-one-writer-out: corpus weight ${corpusWeight}, staff weight ${staffWeight}, options ${JSON.stringify(overrides)}`);
  for (const fold of folds) {
    const corpora = labelledCorpora('derogatory', TRAINING_CORPORA, new Set(fold)).train.map((e): WeightedExample => ({ ...e, weight: corpusWeight }));
    const data = buildModel({ train: [...base, ...corpora], validation, glove, sources: [{ name: `leave out ${fold.join(' ')}`, examples: corpora.length, weight: String(corpusWeight) }] }, options);
    const model = compileLearnedModel(data);
    const t = data.thresholds;
    for (const writer of fold) measure(writer, (text) => model.score(text).probability, { possible: t.possible, hold: t.hold ?? 0.71, alone: t.alone ?? 0.95 });
  }
} else {
  const options: ConfidentialOptions = { ...DEFAULT_CONFIDENTIAL_OPTIONS, ...(overrides as Partial<ConfidentialOptions>) };
  console.log(`confidential, leave-one-writer-out: options ${JSON.stringify(overrides)}`);
  for (const fold of folds) {
    const data = buildConfidentialModel(options, '/tmp/leave-out.json', new Set(fold));
    const model = compileLinearModel(data, '/tmp/leave-out.json');
    for (const writer of fold) measure(writer, (text) => model.score(text).probability, { possible: data.thresholds.possible, confident: data.thresholds.confident });
  }
}

// Totals over writers: drafts caught (micro) and the mean AUC (each writer counts once).
const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
const keys = Object.keys(rows[0]?.caught ?? {});
console.log(
  `ALL ${rows.length} writers: ${keys.map((k) => `${k} ${sum((r) => r.caught[k]!)}/${sum((r) => r.pos)} ${pct(sum((r) => r.caught[k]!), sum((r) => r.pos))}`).join('  ')}  | non-${category} flagged ${sum((r) => r.fa)}/${sum((r) => r.neg)} ${pct(sum((r) => r.fa), sum((r) => r.neg))}, benign ${sum((r) => r.faBenign)}/${sum((r) => r.benign)} ${pct(sum((r) => r.faBenign), sum((r) => r.benign))}  | mean AUC ${(sum((r) => r.auc) / rows.length).toFixed(3)}`,
);
