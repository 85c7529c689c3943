import { compile } from '/work/wt-9conf/src/analyser';
const school = compile({ schoolName: 'Ysgol Bryn Hebog', schoolAliases: ['Bryn Hebog'], pupilNames: ['Cai Morgan', 'Leah Barnes', 'Nia Prys', 'Dylan Rees', 'Maja Nowak'], staffNames: ['Rhian Ellis', 'Gareth Price'], policy: 'generic-uk' });
for (const d of process.argv.slice(2)) console.log(d, JSON.stringify(school.analyse(d).map((f) => `${f.category} ${f.ruleId} ${f.severity} “${f.match}”`)));
