import { readFileSync } from 'node:fs';
import { compile } from '../src/analyser';
// usage: npx tsx tests/zz-probe.ts <corpus.jsonl> <configs.json> id... | or: -t <config id> "text"
const [file, cfgFile, ...rest] = process.argv.slice(2);
const configs = JSON.parse(readFileSync(cfgFile!, 'utf8'));
const drafts = new Map(readFileSync(file!, 'utf8').split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l); return [d.id, d]; }));
const items: { id: string; config: string; text: string; expect: string[] }[] = [];
if (rest[0] === '-t') items.push({ id: 'text', config: rest[1]!, text: rest[2]!, expect: [] });
else for (const id of rest) items.push(drafts.get(id));
for (const d of items) {
  const a = compile(configs[d.config]);
  console.log(`== ${d.id} ${JSON.stringify(d.expect)} ${d.text}`);
  for (const f of a.analyse(d.text)) console.log(`   ${f.severity.padEnd(7)} ${f.category.padEnd(12)} ${f.ruleId} “${f.match}” ${f.topic ?? ''}`);
}
