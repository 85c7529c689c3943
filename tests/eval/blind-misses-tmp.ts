import { compile } from '../../src/analyser';
import { loadCorpus } from './corpus';
const { drafts, configs } = loadCorpus('blind-hostility');
const an = new Map(Object.entries(configs).map(([k, v]) => [k, compile(v)]));
const acts = (s: string) => s === 'warning' || s === 'high';
for (const d of drafts) {
  const f = an.get(d.config)!.analyse(d.text);
  const der = f.some((x) => x.category === 'derogatory' && acts(x.severity));
  const any = f.filter((x) => acts(x.severity));
  if (d.expect.includes('derogatory') && !der) console.log('MISS', d.id, d.tags.join(','), '|', d.text.slice(0, 230).replace(/\n/g, ' '));
  if (d.expect.length === 0 && any.length) console.log('FA  ', d.id, '|', d.text.slice(0, 160).replace(/\n/g, ' '), '←', any.map((x) => `${x.ruleId}:${x.match}`).join('; '));
}
