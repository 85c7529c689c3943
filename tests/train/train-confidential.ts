// `npm run train:confidential`: trains the learned confidential layer and writes
// rules/models/confidential.json (model card: docs/models.md). A few seconds; byte-identical every run.
// Options: --out=PATH (write a variant elsewhere), --options=JSON (override ConfidentialOptions).
import { writeFileSync } from 'node:fs';
import { ROOT } from './data';
import { buildConfidentialModel, DEFAULT_CONFIDENTIAL_OPTIONS, serialiseConfidentialModel, type ConfidentialOptions } from './confidential-pipeline';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const out = args.get('out') ?? `${ROOT}rules/models/confidential.json`;
const options: ConfidentialOptions = { ...DEFAULT_CONFIDENTIAL_OPTIONS, ...(JSON.parse(args.get('options') ?? '{}') as Partial<ConfidentialOptions>) };

const data = buildConfidentialModel(options, out);
const json = serialiseConfidentialModel(data);
writeFileSync(out, json);
console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB; thresholds possible ${data.thresholds.possible}, confident ${data.thresholds.confident}`);
