import { scoreCorpus, TEXT_CATEGORIES } from '/work/main/tests/eval/corpus';
const s = scoreCorpus(process.argv[2] as never);
const out: string[] = [`drafts ${s.total}`];
for (const c of TEXT_CATEGORIES) { const p = s.perCategory[c]; out.push(`${c}: ${p.caught}/${p.positives} = ${(100*p.caught/Math.max(1,p.positives)).toFixed(1)}%`); }
out.push(`benign false alarms: ${s.benign.falseAlarms.length}/${s.benign.total} = ${(100*s.benign.falseAlarms.length/s.benign.total).toFixed(1)}%`);
console.log(out.join('\n'));
