import { compile } from '../../src/analyser';
import { loadCorpus } from './corpus';
const { drafts, configs } = loadCorpus(process.argv[2] as never);
const an = new Map(Object.entries(configs).map(([k, v]) => [k, compile(v)]));
for (const d of drafts) {
  const f = an.get(d.config)!.analyse(d.text).filter((x) => x.severity !== 'info');
  if (d.expect.length === 0 && f.some((x) => x.category === 'derogatory')) console.log(d.id, '|', d.text.slice(0, 150), '←', f.map((x) => `${x.ruleId}:${x.match}`).join('; '));
}
