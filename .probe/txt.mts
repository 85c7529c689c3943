import { compile } from '/work/wt-15/src/engine/analyse';
import { CADOXTON } from '/work/wt-15/tests/unit/fixtures';
const a = compile(CADOXTON);
for (const t of ['Cadoxton Primary\nSchool\nHeadteacher: Mrs Pritchard', 'Cadoxton Primary School', 'CADOXTON PRIMARY']) console.log(JSON.stringify(t), a.analyse(t).map((f) => `${f.severity}/${f.ruleId}/${f.match}`));
