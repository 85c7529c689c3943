// How well the shipped staff-voice head generalises to a corpus it never learnt from (issue 11, twelfth
// session): the head alone (a draft = its highest-scoring sentence) and through the engine (the head's
// warnings on or off), on every draft of the corpus, before anything is trained on it. A first-contact
// figure: run it once, before the corpus joins the head's training, and write the figure down.
//
//   npx tsx tests/train/staff-voice-first-contact.ts --corpus=train-12 [--threshold=0.8]
//
// Only for training corpora: never point it at heldout.jsonl or a blind set.
import { compile, type Analyser } from '../../src/analyser';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import type { SettingsInput } from '../../src/settings/schema';
import { loadCorpus, type CorpusName } from '../eval/corpus';
import { auc } from './auc';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const name = (args.get('corpus') ?? 'train-12') as CorpusName;
if (!/^train-\d+$/.test(name)) throw new Error('first contact is measured on a training corpus only (train-N)');
const bundle = RULES_BUNDLE as Record<string, unknown>;
const shipped = bundle.staffVoiceModel as LinearModelData;
const threshold = Number(args.get('threshold') ?? String(shipped.thresholds.possible));
const alone = compileLinearModel(shipped, 'rules/models/staff-voice.json', 'derogatory');
const { drafts, configs } = loadCorpus(name);

const pct = (n: number, d: number) => `${n} of ${d} (${((100 * n) / Math.max(1, d)).toFixed(1)} %)`;
const derogatory = drafts.filter((d) => d.expect.includes('derogatory'));
const benign = drafts.filter((d) => d.expect.length === 0);
const others = drafts.filter((d) => !d.expect.includes('derogatory'));
const p = new Map(drafts.map((d) => [d.id, alone.score(d.text).probability]));
const separation = auc(derogatory.map((d) => p.get(d.id)!), others.map((d) => p.get(d.id)!));
console.log(`${name}: the shipped staff-voice head alone (a draft = its highest sentence), never trained on these writers`);
console.log(`  AUC derogatory vs every other draft ${separation.toFixed(3)}`);
for (const t of [0.5, 0.7, threshold]) console.log(`  at ≥ ${t}: derogatory ${pct(derogatory.filter((d) => p.get(d.id)! >= t).length, derogatory.length)}, benign ${pct(benign.filter((d) => p.get(d.id)! >= t).length, benign.length)}`);

// Through the engine: the head's warnings counted or not.
const analysers = new Map<string, Analyser>();
const analyserOf = (id: string) => analysers.get(id) ?? analysers.set(id, compile(configs[id] as SettingsInput)).get(id)!;
let withHead = 0;
let without = 0;
let benignWith = 0;
let benignWithout = 0;
for (const d of drafts) {
  const held = analyserOf(d.config).analyse(d.text).filter((f) => f.severity === 'warning' || f.severity === 'high');
  const rest = held.filter((f) => f.ruleId !== 'derogatory/staff-voice');
  if (d.expect.includes('derogatory')) {
    if (held.some((f) => f.category === 'derogatory')) withHead++;
    if (rest.some((f) => f.category === 'derogatory')) without++;
  } else if (d.expect.length === 0) {
    if (held.length > 0) benignWith++;
    if (rest.length > 0) benignWithout++;
  }
}
console.log(`  through the engine at the shipped threshold: derogatory ${pct(without, derogatory.length)} without the head → ${pct(withHead, derogatory.length)} with it; benign held ${benignWithout} → ${benignWith} of ${benign.length}`);
