import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SettingsInput } from '../../src/settings/schema';
import { scoreDrafts, TEXT_CATEGORIES, type Draft } from './corpus';

/**
 * `npm run eval:sealed -- <folder>`: scores a sealed blind set kept outside the project, printing
 * aggregates only (recall per category, benign and hard-benign false alarms, Welsh benign drafts),
 * never a draft, an id or a finding, so that whoever runs it learns nothing of the set's sentences
 * and its next score is still first contact. The folder holds one sub-folder per writer, each
 * with `drafts.jsonl` and `configs.json` in the formats of tests/corpus/README.md.
 */
const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run eval:sealed -- <folder with one sub-folder per writer (drafts.jsonl, configs.json)>');
  process.exit(2);
}
const root = resolve(folder);
const writers = readdirSync(root).filter((name) => existsSync(join(root, name, 'drafts.jsonl'))).sort();
if (writers.length === 0) {
  console.error(`eval:sealed: no <writer>/drafts.jsonl under ${root}`);
  process.exit(2);
}
const configs: Record<string, SettingsInput> = {};
const drafts: Draft[] = [];
for (const writer of writers) {
  Object.assign(configs, JSON.parse(readFileSync(join(root, writer, 'configs.json'), 'utf8')));
  readFileSync(join(root, writer, 'drafts.jsonl'), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        drafts.push(JSON.parse(line) as Draft);
      } catch {
        throw new Error(`${writer}/drafts.jsonl line ${index + 1}: not valid JSON`);
      }
    });
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} % (${n}/${d})`);
const score = scoreDrafts(drafts, configs);
const alarmed = new Set(score.benign.falseAlarms.map((fa) => fa.id));
const benign = drafts.filter((d) => d.expect.length === 0);
const tagged = (tag: string) => benign.filter((d) => d.tags.includes(tag));
console.log(`${root}: ${drafts.length} drafts by ${writers.length} writers (${writers.join(', ')}), ${benign.length} benign`);
for (const category of TEXT_CATEGORIES) {
  const { positives, caught } = score.perCategory[category];
  console.log(`${category.padEnd(14)} ${pct(caught, positives)}`);
}
console.log(`benign false alarms  ${pct(score.benign.falseAlarms.length, benign.length)}`);
for (const tag of ['hard-benign', 'welsh']) {
  const set = tagged(tag);
  console.log(`  of which ${tag.padEnd(11)} ${pct(set.filter((d) => alarmed.has(d.id)).length, set.length)}`);
}
console.log(`risky drafts also flagged for a category they are not labelled with: ${score.extraCategories.length}`);
