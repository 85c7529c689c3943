import { z } from 'zod';
import { CATEGORIES, SEVERITIES, TOPICS, type Category } from '../types';

/**
 * A policy pack: one school's (or the model) social-media policy, its clauses quoted verbatim,
 * and which clauses apply to which kind of finding. Packs are data in `rules/packs/`.
 */

export const ClauseSchema = z.strictObject({
  /** The policy's own number ("3", "7.4.3"); policies without numbers get a stable id. */
  id: z.string().trim().min(1).max(20),
  /** A short title a teacher can scan. */
  title: z.string().trim().min(3).max(80),
  /** The heading the clause sits under in the policy, when that helps to find it. */
  heading: z.string().trim().min(1).max(120).optional(),
  /** The policy's own words (for the model pack: our own words). */
  text: z.string().trim().min(10).max(2000),
});
export type Clause = z.infer<typeof ClauseSchema>;

const CategorySchema = z.enum(CATEGORIES);
const SeveritySchema = z.enum(SEVERITIES);

export const MappingSchema = z
  .strictObject({
    category: CategorySchema,
    /** Which severities the rule applies to; all of them when omitted. */
    severities: z.array(SeveritySchema).min(1).optional(),
    /** Which topics of the category the rule applies to; all of them when omitted. */
    topics: z.array(z.string()).min(1).optional(),
    clauses: z.array(z.string().min(1)).min(1),
  })
  .superRefine((rule, ctx) => {
    const known: readonly string[] = TOPICS[rule.category];
    rule.topics?.forEach((topic, i) => {
      if (!known.includes(topic)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', i],
          message: `unknown topic "${topic}" for ${rule.category}; expected one of ${known.join(', ')}`,
        });
      }
    });
  });
export type Mapping = z.infer<typeof MappingSchema>;

export const PackSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
    /** Full name of the policy as a teacher would recognise it. */
    name: z.string().trim().min(3).max(160),
    /** Who adopted it, when; shown beside cited clauses. */
    adoptedBy: z.string().trim().min(3).max(200),
    /** True for the model pack, whose clauses are our own summary rather than a school's words. */
    model: z.boolean(),
    /** The file in shared/policies the clauses quote (absent for the model pack). */
    sourceFile: z.string().optional(),
    clauses: z.array(ClauseSchema).min(1),
    mappings: z.array(MappingSchema).min(1),
  })
  .superRefine((pack, ctx) => {
    const ids = new Set<string>();
    pack.clauses.forEach((clause, i) => {
      if (ids.has(clause.id)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `duplicate clause id "${clause.id}"` });
      ids.add(clause.id);
    });
    pack.mappings.forEach((rule, i) =>
      rule.clauses.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['mappings', i, 'clauses', j], message: `clause "${id}" is not in this pack` });
      }),
    );
    if (!pack.model && !pack.sourceFile) ctx.addIssue({ code: 'custom', path: ['sourceFile'], message: 'a school pack names the policy file it quotes' });
    // Every kind of finding the pre-post check acts on must be able to cite at least one clause.
    for (const category of CATEGORIES) {
      for (const topic of TOPICS[category] as readonly string[]) {
        for (const severity of ['warning', 'high'] as const) {
          if (!pack.mappings.some((rule) => ruleApplies(rule, category, topic, severity))) {
            ctx.addIssue({ code: 'custom', path: ['mappings'], message: `no clause for ${category} / ${topic} at ${severity}` });
          }
        }
      }
    }
  });
export type Pack = z.infer<typeof PackSchema>;

export function ruleApplies(rule: Mapping, category: Category, topic: string, severity: string): boolean {
  return (
    rule.category === category &&
    (!rule.severities || (rule.severities as string[]).includes(severity)) &&
    (!rule.topics || rule.topics.includes(topic))
  );
}
