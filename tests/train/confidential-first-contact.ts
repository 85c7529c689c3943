// How well the shipped confidential model generalises to a training corpus it never learnt from
// (issue 13, thirteenth session): the model alone (a draft = its highest-scoring sentence) on every draft
// of the corpus, before anything is trained on it, and through the engine (the model's findings counted
// or not). A first-contact figure: run it once, before the corpus joins training, and write it down.
//
//   npx tsx tests/train/confidential-first-contact.ts --corpus=train-13 [--model=PATH]
//
// Only for training corpora: never point it at heldout.jsonl or a blind set.
import { readFileSync } from 'node:fs';
import { compile, type Analyser } from '../../src/analyser';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import type { SettingsInput } from '../../src/settings/schema';
import { loadCorpus, type CorpusName } from '../eval/corpus';
import { auc } from './auc';
import { ROOT } from './data';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const name = (args.get('corpus') ?? 'train-13') as CorpusName;
if (!/^train-\d+$/.test(name)) throw new Error('first contact is measured on a training corpus only (train-N)');
const path = args.get('model') ?? `${ROOT}rules/models/confidential.json`;
const data = JSON.parse(readFileSync(path, 'utf8')) as LinearModelData;
const model = compileLinearModel(data, path);
const { drafts, configs } = loadCorpus(name);

const pct = (n: number, d: number) => `${n} of ${d} (${((100 * n) / Math.max(1, d)).toFixed(1)} %)`;
const positives = drafts.filter((d) => d.expect.includes('confidential'));
const others = drafts.filter((d) => !d.expect.includes('confidential'));
const benign = drafts.filter((d) => d.expect.length === 0);
const p = new Map(drafts.map((d) => [d.id, model.score(d.text).probability]));
const separation = auc(positives.map((d) => p.get(d.id)!), others.map((d) => p.get(d.id)!));
console.log(`${name}: the confidential model ${path} alone (a draft = its highest sentence)`);
console.log(`  AUC confidential vs every other draft ${separation.toFixed(3)}`);
for (const [label, t] of [['possible', data.thresholds.possible], ['confident', data.thresholds.confident]] as const) {
  console.log(`  at ${label} ≥ ${t}: confidential ${pct(positives.filter((d) => p.get(d.id)! >= t).length, positives.length)}, other ${pct(others.filter((d) => p.get(d.id)! >= t).length, others.length)}, benign ${pct(benign.filter((d) => p.get(d.id)! >= t).length, benign.length)}`);
}

// Through the engine (whatever model the bundle ships): the learned findings counted or not.
const analysers = new Map<string, Analyser>();
const analyserOf = (id: string) => analysers.get(id) ?? analysers.set(id, compile(configs[id] as SettingsInput)).get(id)!;
const learned = (ruleId: string) => ruleId.startsWith('confidential/learned');
let withModel = 0;
let without = 0;
let benignWith = 0;
let benignWithout = 0;
for (const d of drafts) {
  const held = analyserOf(d.config).analyse(d.text).filter((f) => f.severity === 'warning' || f.severity === 'high');
  const rest = held.filter((f) => !learned(f.ruleId));
  if (d.expect.includes('confidential')) {
    if (held.some((f) => f.category === 'confidential')) withModel++;
    if (rest.some((f) => f.category === 'confidential')) without++;
  } else if (d.expect.length === 0) {
    if (held.length > 0) benignWith++;
    if (rest.length > 0) benignWithout++;
  }
}
console.log(`  through the engine (shipped bundle): confidential ${pct(without, positives.length)} without the learned findings → ${pct(withModel, positives.length)} with them; benign held ${benignWithout} → ${benignWith} of ${benign.length}`);
