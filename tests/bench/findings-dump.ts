import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, type Analyser } from '../../src/analyser';
import { hashRoster } from '../../src/engine/hash-roster';
import { judge } from '../functional/engine-adapter';
import { expandSuite, loadSuite } from '../functional/suite';
import { CADOXTON } from '../unit/fixtures';
import type { SettingsInput } from '../../src/settings/schema';
import { cadoxtonSettings, corpusConfigs, corpusDrafts, demoSettingsWithRoster, toLength } from './inputs';

/**
 * `tsx tests/bench/findings-dump.ts OUT.json`: every finding (as JSON, every field) the engine
 * gives for every corpus draft (with its own settings, and as the benchmarks feed it: cut or padded
 * to 280 characters, with a 1,000-name roster; and with the roster hashed), for every tweet of TweetEval's validation split
 * (../shared), and for every case of the hostility suite (through
 * the suite's own adapter, and in full). A speed-up must leave this file byte-identical: compare
 * the dump made before a change with the one made after (`cmp before.json after.json`).
 */
const out = process.argv[2];
if (!out) throw new Error('usage: tsx tests/bench/findings-dump.ts OUT.json');

const lines: string[] = [];
const record = (label: string, value: unknown) => lines.push(`${label}\t${JSON.stringify(value)}`);

const configs = corpusConfigs();
const analysers = new Map<string, Analyser>(Object.entries(configs).map(([id, settings]) => [id, compile(settings)]));
// The same schools with their roster as salted hashes (a school-managed deployment): a separate matcher.
const hashedAnalysers = new Map<string, Analyser>(
  Object.entries(configs).map(([id, { pupilNames = [], ...rest }]) => [id, compile({ ...rest, pupilNames: [], hashedRoster: hashRoster(pupilNames, 'findings-dump-salt-0123').roster })]),
);
const demo = compile(demoSettingsWithRoster(1000));
const cadoxton = compile(cadoxtonSettings(1000));
for (const draft of corpusDrafts()) {
  const key = `${draft.corpus}/${draft.id}`;
  record(`${key} own`, analysers.get(draft.config)!.analyse(draft.text));
  record(`${key} own-hashed`, hashedAnalysers.get(draft.config)!.analyse(draft.text));
  record(`${key} demo-1000`, demo.analyse(draft.text));
  record(`${key} demo-1000 280`, demo.analyse(toLength(draft.text)));
  record(`${key} cadoxton-1000 280`, cadoxton.analyse(toLength(draft.text)));
}

// The corpora the benchmarks do not time: the second blind set with its schools, issue 13's
// training drafts with theirs, and the learned layer's staff drafts (no school: the demo school).
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const jsonl = (path: string) =>
  readFileSync(here(path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; config?: string; text: string });
const blind2Configs = JSON.parse(readFileSync(here('../corpus/blind-2-configs.json'), 'utf8')) as Record<string, SettingsInput>;
const blind2 = new Map(Object.entries(blind2Configs).map(([id, settings]) => [id, compile(settings)]));
for (const draft of jsonl('../corpus/blind-2.jsonl')) {
  record(`blind-2/${draft.id} own`, blind2.get(draft.config!)!.analyse(draft.text));
  record(`blind-2/${draft.id} demo-1000 280`, demo.analyse(toLength(draft.text)));
}
const TRAIN = '../corpus/train/';
for (const file of ['issue13/fb-typos.jsonl', 'issue13/linkedin.jsonl', 'issue13/welsh.jsonl', 'issue13/x-whatsapp.jsonl', 'staff-drafts.jsonl', 'staff-drafts-2.jsonl']) {
  for (const draft of jsonl(TRAIN + file)) {
    const own = draft.config ? analysers.get(draft.config) : demo;
    if (!own) throw new Error(`${file} ${draft.id}: no school "${draft.config}"`);
    record(`train/${file}/${draft.id} own`, own.analyse(draft.text));
    record(`train/${file}/${draft.id} demo-1000 280`, demo.analyse(toLength(draft.text)));
  }
}

// TweetEval's validation split (offensive tweets nobody here wrote, from ../shared; read, never
// copied): with the demo school as written, and with the Cadoxton school cut or padded to 280.
const tweetEval = readFileSync(here('../../../shared/data/tweeteval-offensive/val_text.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '');
tweetEval.forEach((text, i) => {
  record(`tweeteval-val/${i} demo-1000`, demo.analyse(text));
  record(`tweeteval-val/${i} cadoxton-1000 280`, cadoxton.analyse(toLength(text)));
});

const suiteAnalyser = compile(CADOXTON);
for (const testCase of expandSuite(loadSuite())) {
  record(`suite/${testCase.id} judge`, judge(testCase.text));
  record(`suite/${testCase.id} full`, suiteAnalyser.analyse(testCase.text));
}

writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} records written to ${out}`);
