import { z } from 'zod';
import data from '../../rules/demo/scenarios.json';
import photos from '../../rules/demo/photos.json';
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
   * The post has a photo: one of the real photos the build bundles (rules/demo/photos.json, by
   * id). In the extension the demo has the real photo check read it; nothing about what it shows
   * is stored here.
   */
  photo: z.enum(photos.photos.map((p) => p.id) as [string, ...string[]]).optional(),
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
export function scenarioKey(scenario: Scenario, part: 'title' | 'why'): string {
  return `scenario_${scenario.id.replace(/-/g, '_')}_${part}`;
}

/** The catalogue key describing a bundled photo, for people who cannot see it ("taekwondo-class" → "demo_photo_taekwondo_class_alt"). */
export function photoAltKey(photoId: string): string {
  return `demo_photo_${photoId.replace(/-/g, '_')}_alt`;
}
