import { z } from 'zod';
import { CATEGORIES, TOPICS, type Category } from '../engine/types';
import evidenceData from '../../rules/policy-import/evidence.json';

/**
 * The words in a clause that support citing it for each kind of finding, as data
 * (`rules/policy-import/evidence.json`), checked when first used: a pattern that does not compile
 * or a topic the engine does not have is a bug in the data, named with its place.
 */
const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const SignalSchema = z.strictObject({ label: z.string().min(3), pattern, weight: z.number().int().min(-4).max(4) });
export type Signal = z.infer<typeof SignalSchema>;

const CategoryEvidenceSchema = z.strictObject({
  anchors: z.array(SignalSchema).min(1),
  support: z.array(SignalSchema),
  topics: z.record(z.string(), z.array(SignalSchema)),
});

const PenaltySchema = z.strictObject({
  label: z.string().min(3),
  heading: pattern.optional(),
  text: pattern.optional(),
  consequence: z.boolean().optional(),
  /** Clauses after a heading such as "Appendix 1". */
  appendix: z.boolean().optional(),
  minLength: z.number().int().positive().optional(),
  factor: z.number().gt(0).lt(1),
});

const EvidenceSchema = z
  .strictObject({
    note: z.string(),
    categories: z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, CategoryEvidenceSchema])) as Record<Category, typeof CategoryEvidenceSchema>),
    consequence: z.array(SignalSchema).min(1),
    reputation: z.array(SignalSchema).min(1),
    directive: pattern,
    penalties: z.array(PenaltySchema),
  })
  .superRefine((evidence, ctx) => {
    for (const category of CATEGORIES) {
      const known: readonly string[] = TOPICS[category];
      for (const topic of Object.keys(evidence.categories[category].topics)) {
        if (!known.includes(topic)) ctx.addIssue({ code: 'custom', path: ['categories', category, 'topics', topic], message: `unknown topic "${topic}" for ${category}` });
      }
    }
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

let loaded: Evidence | undefined;

export function evidence(): Evidence {
  if (!loaded) {
    const result = EvidenceSchema.safeParse(evidenceData);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`rules/policy-import/evidence.json: ${issue.path.join('.')}: ${issue.message}`);
    }
    loaded = result.data;
  }
  return loaded;
}

export { EvidenceSchema };
