/**
 * The learned layer's public face. The engine (a detector, wired by the lead) calls
 * `hostilityModel()` once in the background and `score(draft)` per check; tests may compile
 * a model of their own with `compileLearnedModel`.
 */
import hostility from '../../../rules/models/hostility.json';
import { compileLearnedModel, type LearnedModel } from './scorer';

export { compileLearnedModel, LearnedModelError } from './scorer';
export type { LearnedLevel, LearnedModel, LearnedScore, ScoreOptions, SentenceScore, WordContribution } from './scorer';
export { LearnedModelSchema, type LearnedModelData } from './schema';

let compiled: LearnedModel | undefined;

/** The shipped model, validated and compiled on first use (about 0.1 s), then kept. */
export function hostilityModel(): LearnedModel {
  compiled ??= compileLearnedModel(hostility, 'rules/models/hostility.json');
  return compiled;
}
