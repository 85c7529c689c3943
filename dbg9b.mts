import { readFileSync } from 'node:fs';
import { compile } from '/work/wt-9conf/src/analyser';
const cfgs = JSON.parse(readFileSync('tests/corpus/blind-9-configs.json','utf8'));
const lines = readFileSync('tests/corpus/blind-9.jsonl','utf8').trim().split('\n').map((l)=>JSON.parse(l));
for (const id of process.argv.slice(2)) { const d = lines.find((x)=>x.id===id); const cfg = Array.isArray(cfgs)? cfgs.find((c:any)=>c.id===d.config) : cfgs[d.config];
 const a = compile(cfg.config ?? cfg); console.log(id, d.text, '\n  ', JSON.stringify(a.analyse(d.text).map((f:any)=>`${f.category} ${f.ruleId} ${f.severity} “${f.match}”`))); }
