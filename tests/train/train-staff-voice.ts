// `npm run train:staff-voice`: trains the staff-voice hostility head and writes
// rules/models/staff-voice.json (model card: docs/models.md). Seconds; byte-identical every run.
// Options: --out=PATH (write a variant elsewhere), --options=JSON (override StaffVoiceOptions).
import { writeFileSync } from 'node:fs';
import { ROOT } from './data';
import { buildStaffVoiceModel, DEFAULT_GROUP_STANCE_OPTIONS, DEFAULT_STAFF_VOICE_OPTIONS, type StaffVoiceOptions } from './staff-voice-pipeline';

// --group: the group-stance model (nineteenth session), rules/models/staff-voice-group.json.
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const group = args.has('group');
const out = args.get('out') ?? `${ROOT}rules/models/${group ? 'staff-voice-group' : 'staff-voice'}.json`;
const options: StaffVoiceOptions = { ...(group ? DEFAULT_GROUP_STANCE_OPTIONS : DEFAULT_STAFF_VOICE_OPTIONS), ...(JSON.parse(args.get('options') ?? '{}') as Partial<StaffVoiceOptions>) };

const json = JSON.stringify(buildStaffVoiceModel(options), null, 1) + '\n';
writeFileSync(out, json);
console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB; possible ${options.possible}`);
