import { formatFailures, formatGroups, formatTable, scoreSuite } from './score';

/**
 * `npm run eval:hostility`: the hostility functional suite (tests/functional/hostility-suite.json)
 * through the engine. Prints, per functionality and overall, the share of hateful cases flagged
 * (a derogatory finding at warning or high) and of contrasts flagged, then every failure by id.
 * `--summary` prints the table only; `--by-group` adds each protected group's shares (is any group
 * protected less than the others?). Exits 1 when either of the targets is missed.
 */
const summary = process.argv.includes('--summary');
const byGroup = process.argv.includes('--by-group');
const started = performance.now();
const score = scoreSuite();
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`Hostility functional suite: ${score.hateful.cases} hateful cases, ${score.contrasts.cases} contrasts (${seconds} s).`);
console.log('A case is flagged when the draft has a derogatory finding at warning or high; "at high" is the share at high.\n');
console.log(formatTable(score));
if (byGroup) console.log(`\n${formatGroups(score)}`);
if (!summary && score.failures.length) {
  console.log(`\n${score.failures.length} failures (hateful cases missed, contrasts flagged):\n`);
  console.log(formatFailures(score.failures));
}
process.exitCode = score.hatefulMet && score.contrastsMet ? 0 : 1;
