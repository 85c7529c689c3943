// Part of `npm run eval:model`: what the learned layer adds to the rules, measured outside the engine's own fusion.
// "rules" = the engine's derogatory findings at warning or high; "learned" = a sentence at or above a
// threshold. A union is the most the fused detector can catch, and the most false alarms it can raise.
import { compile } from '../../src/analyser';
import type { Finding } from '../../src/engine/types';
import { hostilityModel } from '../../src/engine/learned';
import { tweetEval } from '../train/data';
import { bestF1Within, figuresAt, pct } from '../train/metrics';
import { loadCorpus } from './corpus';

const model = hostilityModel();
const { possible, confident } = model.thresholds;
// The engine now runs the learned layer as a detector too: "rules" leaves its findings out.
const acts = (f: Finding) => (f.severity === 'warning' || f.severity === 'high') && !f.ruleId.startsWith('derogatory/learned');

const val = tweetEval('val');
const labels = val.map((e) => e.label);
const analyser = compile({ schoolName: 'Example Primary School' });
const rules = val.map((e) => (analyser.analyse(e.text).some((f) => f.category === 'derogatory' && acts(f)) ? 1 : 0));
const learned = val.map((e) => model.score(e.text).probability);
console.log('\nTweetEval validation: rules, learned and their union (flagged = 1)');
const show = (name: string, flags: number[]) => {
  const f = figuresAt(flags, labels, 1);
  console.log(`  ${name.padEnd(30)} F1 ${f.f1.toFixed(3)}  precision ${pct(f.precision).padStart(7)}  recall ${pct(f.recall).padStart(7)}  false alarms ${pct(f.falseAlarmRate).padStart(7)}`);
};
show('rules (derogatory detector)', rules);
show('learned at "possible"', learned.map((p) => (p >= possible ? 1 : 0)));
show('rules or learned "possible"', learned.map((p, i) => (p >= possible || rules[i] ? 1 : 0)));
show('rules or learned "confident"', learned.map((p, i) => (p >= confident || rules[i] ? 1 : 0)));
// The threshold a fused detector would use beside the rules to stay within 5 % false alarms.
const union = learned.map((p, i) => (rules[i] ? 2 : p));
const fused = bestF1Within(union, labels, 0.05);
show(`rules or learned >= ${fused.threshold.toFixed(3)} (<= 5 %)`, union.map((p) => (p >= fused.threshold ? 1 : 0)));

console.log('\nEngine corpora (never trained on): derogatory recall and benign false alarms (any warning), rules vs rules + learned');
for (const name of ['development', 'heldout'] as const) {
  const { drafts, configs } = loadCorpus(name);
  const analysers = new Map(Object.entries(configs).map(([id, settings]) => [id, compile(settings)]));
  const rows = drafts.map((d) => {
    const findings = analysers.get(d.config)!.analyse(d.text).filter(acts);
    return { d, any: findings.length > 0, derogatory: findings.some((f) => f.category === 'derogatory'), p: model.score(d.text).probability };
  });
  const derog = rows.filter((r) => r.d.expect.includes('derogatory'));
  const benign = rows.filter((r) => r.d.expect.length === 0);
  const share = (xs: typeof rows, test: (r: (typeof rows)[number]) => boolean) => pct(xs.filter(test).length / Math.max(1, xs.length));
  console.log(`  ${name.padEnd(12)} derogatory recall: rules ${share(derog, (r) => r.derogatory)}, + learned "possible" ${share(derog, (r) => r.derogatory || r.p >= possible)}, + learned "confident" ${share(derog, (r) => r.derogatory || r.p >= confident)} (n = ${derog.length});` +
    ` benign false alarms: rules ${share(benign, (r) => r.any)}, + learned "possible" ${share(benign, (r) => r.any || r.p >= possible)} (n = ${benign.length})`);
}
