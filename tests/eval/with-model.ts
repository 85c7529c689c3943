/**
 * A preload that puts other model files in place of the shipped ones, so any eval scores a candidate
 * without copying it into rules/models (eighth session: how the sealed set scored candidates A and B):
 *
 *   HOSTILITY_MODEL=/tmp/a.json [CONFIDENTIAL_MODEL=/tmp/c.json] node --import tsx --import ./tests/eval/with-model.ts tests/eval/run.ts
 *   HOSTILITY_MODEL=/tmp/a.json node --import tsx --import ./tests/eval/with-model.ts tests/eval/sealed.ts <folder>
 *
 * It works because the engine reads RULES_BUNDLE when an analyser is compiled, after this has run.
 */
import { readFileSync } from 'node:fs';
import { RULES_BUNDLE } from '../../src/engine/rules';

const hostility = process.env['HOSTILITY_MODEL'];
const confidential = process.env['CONFIDENTIAL_MODEL'];
if (hostility) (RULES_BUNDLE as Record<string, unknown>).hostilityModel = JSON.parse(readFileSync(hostility, 'utf8'));
if (confidential) (RULES_BUNDLE as Record<string, unknown>).confidentialModel = JSON.parse(readFileSync(confidential, 'utf8'));
