import { analyse } from '../src/analyser';
const S = { schoolName: 'Hollins Brook Primary School', schoolAliases: ['Hollins Brook', '#HollinsBrook'], pupilNames: ['Elan Mair Roberts', 'Twm Siôn Davies', 'Jacob Lees'], staffNames: ['Sian Parry'] };
for (const t of process.argv.slice(2)) console.log(t, analyse(t, S).filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} “${f.match}”`));
