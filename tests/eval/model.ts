// `npm run eval:model [-- --model=PATH]`: the learned layer's figures (docs/models.md quotes them).
// Every figure goes through the scorer the product runs (src/engine/learned), on the shipped model.
import { readFileSync, statSync } from 'node:fs';
import { compileLearnedModel } from '../../src/engine/learned/scorer';
import { normalisedWords } from '../../src/engine/learned/features';
import { davidson, engineCorpus, SHIPPED_CORPORA, labelledCorpora, ROOT, staffDrafts, tweetEval, type Example } from '../train/data';
import { bestF1Within, figuresAt, pct, rate, type Figures } from '../train/metrics';
import { DIALECT_PAIRS, hasAaeMarker } from './aae';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const path = args.get('model') ?? `${ROOT}rules/models/hostility.json`;
const model = compileLearnedModel(JSON.parse(readFileSync(path, 'utf8')), path);
const { possible, confident } = model.thresholds;
const score = (texts: readonly string[]): number[] => texts.map((t) => model.score(t).probability);

const line = (name: string, f: Figures): string =>
  `  ${name.padEnd(34)} F1 ${f.f1.toFixed(3)}  precision ${pct(f.precision).padStart(7)}  recall ${pct(f.recall).padStart(7)}  false alarms ${pct(f.falseAlarmRate).padStart(7)}  (threshold ${f.threshold.toFixed(3)}, n = ${f.tp + f.fp + f.fn + f.tn})`;

function split(name: string, examples: readonly Example[], note: string): void {
  const s = score(examples.map((e) => e.text));
  const labels = examples.map((e) => e.label);
  console.log(`${name} [${note}]`);
  console.log(line('at "possible"', figuresAt(s, labels, possible)));
  console.log(line('at "confident"', figuresAt(s, labels, confident)));
  console.log(line('best F1 with false alarms <= 5 %', bestF1Within(s, labels, 0.05)));
  console.log(line('best F1 at any false-alarm rate', bestF1Within(s, labels, 1)));
}

console.log(`model ${path}: ${(statSync(path).size / 1024 / 1024).toFixed(2)} MB; thresholds possible ${possible}, confident ${confident}\n`);
split('TweetEval offensive, validation split', tweetEval('val'), 'tuned-on: combination weights and thresholds chosen here');
split('TweetEval offensive, train split', tweetEval('train'), 'trained-on');
const staff = staffDrafts();
split('UK school-staff drafts, development 20 %', staff.dev, 'never trained on; written by the same author as the training 80 %');
split('UK school-staff drafts, training 80 %', staff.train, 'trained-on');

// The labelled corpora a model may be trained on since the eighth session (tests/train/data.ts, TRAINING_CORPORA).
const onCorpora = (JSON.parse(readFileSync(path, 'utf8')) as { training: { sources: { name: string }[] } }).training.sources.some((s) => s.name.startsWith("the engine's labelled corpora"));
const corpora = labelledCorpora('derogatory', SHIPPED_CORPORA);
split('Labelled corpora, validation 20 % (derogatory vs every other draft)', corpora.validation, onCorpora ? 'tuned-on: the source weight and the fusion were chosen here; not trained on' : 'not trained on');
split('Labelled corpora, training 80 %', corpora.train, onCorpora ? 'trained-on' : 'not trained on');

// The engine's corpora, measured only (drafts.jsonl is among the training corpora above when the model trains on them).
console.log(`\nEngine corpora (tests/corpus; ${onCorpora ? 'drafts.jsonl trained-on (80 %), heldout.jsonl never trained on' : 'never trained on'}), whole draft = its most hostile sentence`);
for (const file of ['drafts.jsonl', 'heldout.jsonl'] as const) {
  const drafts = engineCorpus(file);
  const benign = drafts.filter((d) => d.expect.length === 0);
  const derogatory = drafts.filter((d) => d.expect.includes('derogatory'));
  const other = drafts.filter((d) => d.expect.length > 0 && !d.expect.includes('derogatory'));
  const b = score(benign.map((d) => d.text));
  const d = score(derogatory.map((x) => x.text));
  const o = score(other.map((x) => x.text));
  console.log(`  ${file.padEnd(14)} benign false alarms: possible ${pct(rate(b, possible))}, confident ${pct(rate(b, confident))} (n = ${b.length});` +
    ` non-derogatory flagged: possible ${pct(rate(o, possible))} (n = ${o.length}); derogatory recall: possible ${pct(rate(d, possible))}, confident ${pct(rate(d, confident))} (n = ${d.length})`);
}

// Dialect bias: false alarms on tweets labelled not offensive, with and without AAE markers.
console.log('\nDialect bias: share flagged among tweets labelled NOT offensive, by AAE markers');
const measure = davidson().measure;
const groups: [string, readonly Example[]][] = [
  ['Davidson "neither" (held-out 20 %)', measure.filter((e) => e.kind === 'neither')],
  ['TweetEval validation, not offensive', tweetEval('val').filter((e) => e.label === 0)],
];
for (const [name, examples] of groups) {
  const aae = examples.filter((e) => hasAaeMarker(normalisedWords(e.text)));
  const other = examples.filter((e) => !hasAaeMarker(normalisedWords(e.text)));
  const sa = score(aae.map((e) => e.text));
  const so = score(other.map((e) => e.text));
  console.log(`  ${name.padEnd(38)} with markers: possible ${pct(rate(sa, possible))}, confident ${pct(rate(sa, confident))} (n = ${sa.length}); without: possible ${pct(rate(so, possible))}, confident ${pct(rate(so, confident))} (n = ${so.length}); ratio ${(rate(sa, possible) / Math.max(rate(so, possible), 1e-9)).toFixed(2)}`);
}
for (const kind of ['hate', 'offensive'] as const) {
  const examples = measure.filter((e) => e.kind === kind);
  const aae = score(examples.filter((e) => hasAaeMarker(normalisedWords(e.text))).map((e) => e.text));
  const other = score(examples.filter((e) => !hasAaeMarker(normalisedWords(e.text))).map((e) => e.text));
  console.log(`  Davidson "${kind}" (held-out 20 %) flagged at "possible": with markers ${pct(rate(aae, possible))} (n = ${aae.length}), without ${pct(rate(other, possible))} (n = ${other.length})`);
}

// Matched pairs: the same benign sentence in AAE and in standard English.
{
  const aae = score(DIALECT_PAIRS.map(([a]) => a));
  const standard = score(DIALECT_PAIRS.map(([, s]) => s));
  const gap = aae.reduce((sum, p, i) => sum + p - standard[i]!, 0) / aae.length;
  console.log(`  Matched benign pairs (n = ${aae.length}): mean probability AAE ${(aae.reduce((a, b) => a + b, 0) / aae.length).toFixed(3)} vs standard ${(standard.reduce((a, b) => a + b, 0) / standard.length).toFixed(3)} (gap ${gap >= 0 ? '+' : ''}${gap.toFixed(3)}); flagged at "possible": AAE ${pct(rate(aae, possible))}, standard ${pct(rate(standard, possible))}`);
}
