// `npm run bench:confidential-model`: what the learned confidential layer costs (a benchmark, not a
// timed test). All in one process, interleaved round by round, so the machine's load falls on every
// side alike: (1) the confidential model's scorer against the hostility model's on the same
// 280-character drafts, as the engine calls them (draft already folded); (2) the engine per draft
// with and without the learned-confidential detector (every other detector the same), beside the
// `obscenity` library on the same drafts: the budget is guardrail ≤ 2× obscenity.
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { engineConfigOf } from '../../src/analyser/engine-config';
import { compileEngine } from '../../src/engine/analyse';
import { DETECTORS } from '../../src/engine/detectors';
import { hostilityModel } from '../../src/engine/learned';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { fold } from '../../src/engine/text/fold';
import { settingsOrThrow } from '../../src/settings/schema';
import { corpusDrafts, demoSettingsWithRoster, toLength } from './inputs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const drafts = corpusDrafts().map((d) => toLength(d.text));
const folds = drafts.map((d) => fold(d));
const confidential = compileLinearModel(RULES_BUNDLE.confidentialModel);
const hostility = hostilityModel();
const config = engineConfigOf(settingsOrThrow(demoSettingsWithRoster(1000)));
const withIt = compileEngine(config);
const without = compileEngine(config, { detectors: DETECTORS.filter((d) => d.id !== 'learned-confidential') });
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

const sides: Record<string, (i: number) => unknown> = {
  'confidential model': (i) => confidential.score(drafts[i]!, { folded: folds[i]! }),
  'hostility model': (i) => hostility.score(drafts[i]!, { folded: folds[i]! }),
  'engine with the confidential layer': (i) => withIt.analyse(drafts[i]!),
  'engine without it': (i) => without.analyse(drafts[i]!),
  obscenity: (i) => matcher.getAllMatches(drafts[i]!, true),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
// Warm up every side (word caches, compiled code) before timing.
for (const run of Object.values(sides)) for (let i = 0; i < drafts.length; i++) run(i);
const names = Object.keys(sides);
const reversed = [...names].reverse();
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < drafts.length; i++) {
    // Forwards for one draft, backwards for the next: whichever side meets a draft first pays for
    // what the process keeps per text or per word (the two engines share the hostility model and
    // its word cache, the sentence tagger keeps recent sentences), so each engine goes first on half.
    for (const name of i % 2 === 0 ? names : reversed) {
      const run = sides[name]!;
      const start = performance.now();
      run(i);
      times[name]!.push(performance.now() - start);
    }
  }
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]!, mean: s.reduce((a, b) => a + b, 0) / s.length };
};
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
console.log(`${drafts.length} corpus drafts cut or padded to 280 characters, ${ROUNDS} interleaved rounds; demo school with a 1,000-name roster`);
const all = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stats(v)]));
for (const [name, s] of Object.entries(all)) console.log(`${name.padEnd(36)} median ${us(s.median).padStart(7)}  p95 ${us(s.p95).padStart(7)}  mean ${us(s.mean).padStart(7)}`);
const o = all['obscenity']!;
console.log(`engine ÷ obscenity, median: with the confidential layer ${(all['engine with the confidential layer']!.median / o.median).toFixed(2)}×, without it ${(all['engine without it']!.median / o.median).toFixed(2)}×`);
console.log(`engine ÷ obscenity, mean:   with the confidential layer ${(all['engine with the confidential layer']!.mean / o.mean).toFixed(2)}×, without it ${(all['engine without it']!.mean / o.mean).toFixed(2)}×`);
console.log(`the confidential model ÷ the hostility model, median: ${(all['confidential model']!.median / all['hostility model']!.median).toFixed(2)}×`);
