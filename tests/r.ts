import { compile } from '../src/analyser';
import { RULE_EXAMPLE_SETTINGS } from './unit/rule-examples';
const a = compile(RULE_EXAMPLE_SETTINGS);
for (const t of process.argv.slice(2)) console.log(t, '→', JSON.stringify(a.analyse(t).map((f) => [f.ruleId, f.severity, f.match, f.explanation.rule])));
