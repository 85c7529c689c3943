// `npx tsx tests/eval/model-combine.ts [--model=PATH]`: how the model's validation figure depends on the
// ratio of its two parts (linear : network). Only the ratio changes the ranking of the tweets (the
// draft's score is a monotonic function of its most hostile sentence's logit), so each row rescales
// the two weights, keeps their sum, and reports the best F1 with false alarms <= 5 % [tuned-on].
import { readFileSync } from 'node:fs';
import { compileLearnedModel } from '../../src/engine/learned/scorer';
import type { LearnedModelData } from '../../src/engine/learned/schema';
import { ROOT, tweetEval } from '../train/data';
import { bestF1Within } from '../train/metrics';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const path = args.get('model') ?? `${ROOT}rules/models/hostility.json`;
const data = JSON.parse(readFileSync(path, 'utf8')) as LearnedModelData;
const val = tweetEval('val');
const labels = val.map((e) => e.label);
const { linear, cnn } = data.combine;
const total = linear + cnn;
console.log(`${path}: combine ${JSON.stringify(data.combine)} (linear share ${(linear / total).toFixed(2)})`);
for (const share of [0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, linear / total].sort((a, b) => a - b)) {
  const model = compileLearnedModel({ ...data, combine: { ...data.combine, linear: share * total, cnn: (1 - share) * total } }, path);
  const f = bestF1Within(val.map((e) => model.score(e.text).probability), labels, 0.05);
  console.log(`  linear share ${share.toFixed(3)}: F1 ${f.f1.toFixed(3)} (false alarms ${(f.falseAlarmRate * 100).toFixed(1)} %, recall ${(f.recall * 100).toFixed(1)} %)`);
}
