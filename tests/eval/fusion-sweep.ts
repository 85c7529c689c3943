/**
 * The learned layer's fusion with the rules, swept: at which sentence probability may a learned
 * finding hold a post (warning or high) on its own? Runs the whole engine once per draft with the
 * learned detector's thresholds opened wide, records for each draft whether the rules (every other
 * detector) hold it and the learned findings' probabilities by whom they are aimed at (the school
 * community / another person or a group / no one), then replays the fusion's thresholds.
 *
 *   npx tsx tests/eval/fusion-sweep.ts [--model=PATH] [--split=val|holdout|corpus-val] [--target=0.05]
 *
 * `--split=holdout` reads the fifth of TweetEval's train split that `npm run train -- --holdout`
 * keeps out (use it with a model trained that way, so the choice is made on tweets it never saw);
 * `val` (default) is the validation split. The engine's corpora are always read, because a
 * threshold that holds more tweets must not hold more benign staff drafts.
 * Issue 11, seventh session: how the "hold" threshold in rules/models/hostility.json was chosen.
 */
import { readFileSync } from 'node:fs';
import { compile } from '../../src/analyser';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { compileLearnedModel, LearnedModelSchema, type LearnedModelData } from '../../src/engine/learned';
import type { Finding } from '../../src/engine/types';
import { hash32 } from '../../src/engine/learned/features';
import { inCorpusValidation, tweetEval } from '../train/data';
import { loadCorpus, type CorpusName } from './corpus';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const modelPath = args.get('model');
const split = args.get('split') ?? 'val';
const budget = Number(args.get('target') ?? '0.05');
const data = LearnedModelSchema.parse(modelPath ? JSON.parse(readFileSync(modelPath, 'utf8')) : RULES_BUNDLE.hostilityModel) as LearnedModelData;
const scorer = compileLearnedModel(data);
// Every sentence the model scores becomes a finding, and every finding the detector would let hold
// at some "hold" threshold is a warning; the replay below decides which would hold at each threshold.
(RULES_BUNDLE as Record<string, unknown>).hostilityModel = { ...data, thresholds: { possible: 0.001, confident: 0.9999, hold: 0.001 } };

const acts = (f: Finding) => f.severity === 'warning' || f.severity === 'high';
const LEARNED = /^derogatory\/learned/;

interface Row {
  id: string;
  text: string;
  label: 0 | 1;
  /** Held by the rules alone, for the category that matters (derogatory for tweets; any for benign drafts). */
  rules: boolean;
  /** The learned findings' highest probability aimed at the school community, at someone else, at no one. */
  community: number;
  someone: number;
  none: number;
  /** The model alone: the draft's most hostile sentence, whatever the detector would make of it. */
  raw: number;
}

function row(analyse: (text: string) => readonly Finding[], id: string, text: string, label: 0 | 1, anyCategory: boolean): Row {
  const findings = analyse(text);
  const sentences = scorer.score(text).sentences;
  const probabilityAt = (start: number) => sentences.find((s) => s.start <= start && start < s.end)?.probability ?? 0;
  const r: Row = { id, text, label, rules: findings.some((f) => !LEARNED.test(f.ruleId) && acts(f) && (anyCategory || f.category === 'derogatory')), community: 0, someone: 0, none: 0, raw: scorer.score(text).probability };
  for (const f of findings) {
    if (!LEARNED.test(f.ruleId)) continue;
    const p = probabilityAt(f.start);
    const kind = f.ruleId === 'derogatory/learned-community' ? 'community' : f.severity === 'warning' ? 'someone' : 'none';
    r[kind] = Math.max(r[kind], p);
  }
  return r;
}

/**
 * `--split=corpus-val`: instead of tweets, the validation fifth of the labelled corpora the hostility
 * model may be trained on (tests/train/data.ts, `inCorpusValidation`): derogatory drafts are the
 * positives, benign drafts the negatives (any held finding is a false alarm), as on the corpora below.
 * The eighth session chose the staff-trained model's fusion thresholds here.
 */
const CORPUS_FILES: Partial<Record<CorpusName, string>> = { development: 'drafts.jsonl', 'blind-hostility': 'blind-hostility.jsonl', 'blind-2': 'blind-2.jsonl', 'blind-3': 'blind-3.jsonl', 'blind-4': 'blind-4.jsonl', 'blind-6': 'blind-6.jsonl', 'blind-7': 'blind-7.jsonl', 'blind-8': 'blind-8.jsonl', 'blind-9': 'blind-9.jsonl', 'blind-10': 'blind-10.jsonl', 'train-9': 'train-9.jsonl' }; // never blind-11 to -15: the held-out measures
function corpusValidationRows(): Row[] {
  const rows: Row[] = [];
  for (const [name, file] of Object.entries(CORPUS_FILES) as [CorpusName, string][]) {
    const { drafts, configs } = loadCorpus(name);
    const analysers = new Map(Object.entries(configs).map(([id, s]) => [id, compile(s)]));
    for (const d of drafts) {
      if (!inCorpusValidation(file, d.id)) continue;
      const benign = d.expect.length === 0;
      if (!benign && !d.expect.includes('derogatory')) continue;
      rows.push(row((t) => analysers.get(d.config)!.analyse(t), `${name}:${d.id}`, d.text, benign ? 0 : 1, benign));
    }
  }
  return rows;
}
const analyser = compile({ schoolName: 'Example Primary School' });
const tweetRows =
  split === 'corpus-val'
    ? corpusValidationRows()
    : (split === 'holdout' ? tweetEval('train').filter((e) => hash32(`holdout-${e.id}`) % 5 === 0) : tweetEval('val')).map((e) => row((t) => analyser.analyse(t), e.id, e.text, e.label as 0 | 1, false));

const CORPORA: CorpusName[] = split === 'corpus-val' ? ['heldout'] : ['development', 'heldout', 'blind-hostility', 'blind-2', 'blind-3', 'blind-4', 'blind-6', 'blind-7'];
const corpusRows = new Map<CorpusName, Row[]>();
for (const name of CORPORA) {
  const { drafts, configs } = loadCorpus(name);
  const analysers = new Map(Object.entries(configs).map(([id, s]) => [id, compile(s)]));
  corpusRows.set(
    name,
    drafts.map((d) => {
      const a = analysers.get(d.config)!;
      // Benign drafts: any held finding is a false alarm. Derogatory drafts: a derogatory finding must hold.
      const benign = d.expect.length === 0;
      return row((t) => a.analyse(t), d.id, d.text, benign ? 0 : d.expect.includes('derogatory') ? 1 : 0, benign);
    }).filter((_, i) => drafts[i]!.expect.length === 0 || drafts[i]!.expect.includes('derogatory')),
  );
}

interface Fusion { community: number; someone: number; none: number }
const held = (r: Row, t: Fusion) => r.rules || r.community >= t.community || r.someone >= t.someone || r.none >= t.none;

function f1(rows: readonly Row[], t: Fusion) {
  let tp = 0, fp = 0, pos = 0, neg = 0;
  for (const r of rows) {
    const h = held(r, t);
    if (r.label === 1) { pos++; if (h) tp++; } else { neg++; if (h) fp++; }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, pos);
  return { f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), fa: fp / Math.max(1, neg), recall, fp, tp };
}
const corpusFigures = (t: Fusion) =>
  CORPORA.map((n) => {
    const s = f1(corpusRows.get(n)!, t);
    return `${n} ${s.fp}/${(s.recall * 100).toFixed(1)}%`;
  }).join('  ');

const main: Fusion = { community: data.thresholds.possible, someone: 2, none: 2 };
const show = (name: string, t: Fusion) => {
  const s = f1(tweetRows, t);
  console.log(`${name.padEnd(34)} F1 ${s.f1.toFixed(3)} recall ${(s.recall * 100).toFixed(1)}% FA ${(s.fa * 100).toFixed(1)}% | corpora benign FA count/derogatory recall: ${corpusFigures(t)}`);
};
console.log(`split ${split} (${tweetRows.length} tweets), model ${modelPath ?? 'shipped'} (possible ${data.thresholds.possible}, confident ${data.thresholds.confident}, hold ${data.thresholds.hold})`);
show('rules alone', { community: 2, someone: 2, none: 2 });
show('rules + community at "possible"', main);
for (const h of [0.6, 0.65, 0.7, 0.75, 0.8, 0.85]) {
  const alone = f1(tweetRows.map((r) => ({ ...r, rules: false, community: r.raw, someone: 0, none: 0 })), { community: h, someone: 2, none: 2 });
  const union = f1(tweetRows.map((r) => ({ ...r, community: r.raw, someone: 0, none: 0 })), { community: h, someone: 2, none: 2 });
  console.log(`model alone >= ${h}: F1 ${alone.f1.toFixed(3)} FA ${(alone.fa * 100).toFixed(1)}%; rules OR model alone (no filters): F1 ${union.f1.toFixed(3)} FA ${(union.fa * 100).toFixed(1)}%`);
}
// The hold threshold h: a learned finding the detector lets hold (aimed at someone or @-addressed,
// said of them, resting on what is said) holds at h; the school community keeps "possible".
const grid = Array.from({ length: 60 }, (_, i) => 0.6 + i * 0.0066);
const at = (h: number): Fusion => ({ community: data.thresholds.possible, someone: h, none: 2 });
for (const h of [0.7, 0.75, 0.8, 0.85, 0.9]) show(`hold ${h}`, at(h));
for (const b of [budget, 0.066]) {
  let top: { h: number; f: number } | undefined;
  for (const h of grid) {
    const s = f1(tweetRows, at(h));
    if (s.fa <= b && (!top || s.f1 > top.f)) top = { h, f: s.f1 };
  }
  if (top) show(`best with FA <= ${b}: hold ${top.h.toFixed(4)}`, at(top.h));
}

// Ninth session: the "at no one" tier (a learned finding that is neither aimed at the school community
// nor said of someone), held at a probability of its own, with the shipped tiers unchanged. An upper
// bound: the shipped "alone" threshold also wants a word the rules judge said of something by
// "is"/"are", which this replay cannot see (docs/models.md counts the engine itself on the split).
for (const none of [0.99, 0.97, 0.95, 0.93, 0.9, 0.87, 0.85, 0.8, 0.75]) {
  const t = { ...at(data.thresholds.hold ?? 2), none };
  const s = f1(tweetRows, t);
  const base = f1(tweetRows, at(data.thresholds.hold ?? 2));
  console.log(`shipped + none ${none}: recall ${(s.recall * 100).toFixed(1)}% (${s.tp}, +${s.tp - base.tp}) FA ${(s.fa * 100).toFixed(1)}% (${s.fp}, +${s.fp - base.fp}) F1 ${s.f1.toFixed(3)} | ${corpusFigures(t)}`);
}

// On the corpora's validation fifth: every tier's threshold swept, the school community's ("possible")
// too, and an "at no one" tier that the shipped fusion leaves at info (2 = never holds).
if (split === 'corpus-val') {
  // The rules were tuned on these corpora and catch most of the split's derogatory drafts: read the
  // "model alone" lines above beside these (docs/models.md, eighth session).
  for (const community of [data.thresholds.possible, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    for (const none of [2, 0.95, 0.9, 0.8]) {
      for (const h of [2, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5]) {
        const s = f1(tweetRows, { community, someone: h, none });
        console.log(`community ${community.toFixed(3)} hold ${h} none ${none}: recall ${(s.recall * 100).toFixed(1)}% (${s.tp}) benign FA ${(s.fa * 100).toFixed(1)}% (${s.fp}) F1 ${s.f1.toFixed(3)} | ${corpusFigures({ community, someone: h, none })}`);
      }
    }
  }
}
// --show=H [--before=H0]: the corpus drafts whose verdict changes at hold threshold H against H0 (default: no hold tier).
if (args.has('show')) {
  const h = Number(args.get('show'));
  const t = at(h);
  const before = at(Number(args.get('before') ?? '2'));
  for (const [name, rows] of corpusRows) {
    for (const r of rows) {
      if (held(r, t) === held(r, before)) continue;
      console.log(`${name} ${r.label ? 'derogatory now caught' : 'BENIGN now held'} ${r.id} someone ${r.someone.toFixed(3)} none ${r.none.toFixed(3)}: ${r.text.slice(0, 160)}`);
    }
  }
}
// --tweets=H: the tweets held only through the hold threshold at H (to read what it buys).
if (args.has('tweets')) {
  const h = Number(args.get('tweets'));
  for (const r of tweetRows) if (!r.rules && r.someone >= h && r.community < data.thresholds.possible) console.log(`${r.label ? 'OFF' : 'not'} ${r.someone.toFixed(2)} ${r.text.slice(0, 140)}`);
}
