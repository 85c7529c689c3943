/**
 * The engine's TweetEval lines (`npm run eval`'s last two) with another hostility model in place of
 * the shipped one, e.g. the model `npm run train -- --holdout --out=PATH` trains without a fifth of
 * TweetEval's train split (issue 11, seventh session: the first-contact figure of the "hold"
 * threshold chosen on that fifth by tests/eval/fusion-sweep.ts).
 *
 *   npx tsx tests/eval/tweeteval-engine.ts [--model=PATH] [--hold=0.75] [--split=val|train]
 */
import { readFileSync } from 'node:fs';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { scoreTweetEval } from './corpus';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const path = args.get('model');
if (path) {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { thresholds: Record<string, number> };
  const hold = args.has('hold') ? Number(args.get('hold')) : data.thresholds['hold'];
  (RULES_BUNDLE as Record<string, unknown>).hostilityModel = { ...data, thresholds: { ...data.thresholds, ...(hold === undefined ? {} : { hold }) } };
}
const split = args.get('split') === 'train' ? 'train' : 'val';
for (const any of [false, true]) {
  const t = scoreTweetEval(split, any);
  const p = t.caught / Math.max(1, t.caught + t.falseAlarms);
  const r = t.caught / t.offensive;
  const f1 = (2 * p * r) / Math.max(1e-9, p + r);
  console.log(`${path ?? 'shipped model'}, TweetEval ${split}, ${any ? 'derogatory at any severity' : 'derogatory at warning or high (holds a post)'}: F1 ${f1.toFixed(3)}, precision ${(p * 100).toFixed(1)} %, recall ${(r * 100).toFixed(1)} % (${t.caught} of ${t.offensive}), false alarms ${((t.falseAlarms / t.notOffensive) * 100).toFixed(1)} % (${t.falseAlarms} of ${t.notOffensive})`);
}
