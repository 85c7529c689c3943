import { tokenize } from '../src/engine/text/tokenize';
const t = tokenize(process.argv[2]!);
console.log(t.tokens.map((x: any) => `${x.norm}|${x.sentence}|${JSON.stringify(x.gapBefore)}`).join('  '));
