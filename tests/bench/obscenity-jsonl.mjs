// The `obscenity` library doing what `guardrail check --format jsonl` does, as a command: one
// {"id", "text"} per line on standard input, one {"id", "matches"} per line out. The yardstick for
// tests/bench/obscenity.ts; plain Node, as anyone using the library from a script would run it.
import { createInterface } from 'node:readline';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const { id, text } = JSON.parse(line);
  process.stdout.write(`${JSON.stringify({ id, matches: matcher.getAllMatches(text, true) })}\n`);
}
