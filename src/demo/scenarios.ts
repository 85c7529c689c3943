import { z } from 'zod';
import data from '../../rules/demo/scenarios.json';
import { formatIssues } from '../engine/schemas/errors';
import { CATEGORIES } from '../engine/types';

/**
 * The demo's scenarios (`rules/demo/scenarios.json`), validated when the demo loads, like every
 * rules file. A scenario is a draft and where it is written; its findings are never stored.
 */
export const SITES = ['facebook', 'instagram', 'x', 'linkedin'] as const;
export type Site = (typeof SITES)[number];

const ScenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  site: z.enum(SITES),
  draft: z.string().trim().min(1).max(2000),
  /** The categories this scenario is there to show; a test holds the engine to them. */
  shows: z.array(z.enum(CATEGORIES)).min(1),
  /**
   * The post has a photo. Photo findings await the photo check being built separately: the
   * demo says so and checks only the caption, never pretending to have looked at the picture.
   */
  photo: z.literal('awaiting-photo-check').optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

const ScenariosSchema = z
  .strictObject({ $comment: z.string().optional(), scenarios: z.array(ScenarioSchema).min(1) })
  .refine((file) => new Set(file.scenarios.map((s) => s.id)).size === file.scenarios.length, 'scenario ids must be unique');

export function parseScenarios(input: unknown): Scenario[] {
  const result = ScenariosSchema.safeParse(input);
  if (!result.success) throw new Error(`rules/demo/scenarios.json: ${formatIssues(result.error.issues, input).join('; ')}`);
  return result.data.scenarios;
}

export const SCENARIOS: readonly Scenario[] = parseScenarios(data);

/** The catalogue keys of a scenario's words ("fb-sports-day" → "scenario_fb_sports_day_title"). */
export function scenarioKey(scenario: Scenario, part: 'title' | 'why' | 'photo'): string {
  return `scenario_${scenario.id.replace(/-/g, '_')}_${part}`;
}
