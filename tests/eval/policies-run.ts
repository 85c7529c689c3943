import { BLIND_POLICIES, FIVE, convertWithLibreOffice, importFile, percent, policyPath, reference, score, sum, type PolicyScore } from './policies';

/**
 * `npm run eval:policies`: pack-from-policy against the hand-made packs. The five policies' .txt,
 * then the same five saved as .docx and .pdf by LibreOffice at run time, then the blind policies.
 * `--misses` lists every clause and slot that missed.
 */
const showMisses = process.argv.includes('--misses');

function row(label: string, scores: readonly PolicyScore[]) {
  const clauses = sum(scores.map((s) => s.clauses));
  const slots = sum(scores.map((s) => s.slots));
  const topics = sum(scores.map((s) => s.topicSlots));
  console.log(`| ${label} | ${clauses.hit} / ${clauses.total} (${percent(clauses)}) | ${slots.hit} / ${slots.total} (${percent(slots)}) | ${topics.hit} / ${topics.total} (${percent(topics)}) |`);
  if (showMisses) for (const m of [...clauses.misses, ...slots.misses, ...topics.misses]) console.log(`|   miss: ${m} | | | |`);
}

async function scoreAll(paths: readonly string[], policies: readonly string[]): Promise<PolicyScore[]> {
  const out: PolicyScore[] = [];
  for (const [i, path] of paths.entries()) out.push(score(await importFile(path), reference(policies[i]!), policies[i]!));
  return out;
}

console.log('| policies | clauses: same id and text | category × severity: first clause cited by hand | category × topic × severity |');
console.log('|---|---|---|---|');
const five = await scoreAll(FIVE.map(policyPath), FIVE);
for (const s of five) row(`${s.policy} (.txt)`, [s]);
row('**the five, .txt (tuned-on)**', five);
for (const format of ['docx', 'pdf'] as const) {
  const converted = convertWithLibreOffice(FIVE.map(policyPath), format);
  try {
    row(`**the five, .${format} made by LibreOffice (tuned-on)**`, await scoreAll(converted.files, FIVE));
  } finally {
    converted.cleanup();
  }
}
const blind = await scoreAll(BLIND_POLICIES.map(policyPath), BLIND_POLICIES);
for (const s of blind) row(`${s.policy} (.txt)`, [s]);
row('**the three blind, now (after fixes; first contact: tests/policies/first-contact.md)**', blind);
