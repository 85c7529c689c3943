import { z } from 'zod';

const phrase = z.string().trim().min(1).max(400);
const phrases = z.array(phrase).min(1);

/**
 * Contempt told by a construction rather than an insult word (`rules/lexicons/contempt-patterns.json`,
 * read by `src/engine/detectors/contempt-patterns.ts`): each family is a handful of word patterns
 * (`text/word-patterns.ts`) standing for the many ways staff write the same put-down.
 */
export const ContemptFamilySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  rule: z.enum(['contempt/put-down', 'contempt/mockery', 'contempt/name-call', 'contempt/threat']),
  /** 'alone': the match must stand as its own clause (", lazy cow", "chopsy cow."), never inside a longer phrase ("a lazy cow in the field"). */
  clause: z.enum(['any', 'alone']).default('any'),
  /** 'person': a person (a `people` word, a pronoun for people, a title and name) must stand just before the match or inside it; "the llama has more personality than a sheep" is no put-down. */
  subject: z.enum(['any', 'person']).default('any'),
  patterns: phrases,
  note: z.string(),
});

export const ContemptPatternsSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Word classes the patterns share (`@name`). */
  wordClasses: z.record(z.string(), phrases),
  /** Words just before a match that make the writer its subject ("I couldn't run a bath this week"): nothing. */
  firstPerson: phrases,
  /** Words that name a person or the school's people, for families whose contempt needs a person as its subject. */
  people: phrases,
  /** Words of sympathy before a match ("Poor Dave, the state of him today"): concern, not scorn. */
  sympathy: phrases,
  /** Animal epithets ("cow", "mare") and the farm's words beside which they are the animal (derogatory.json's exception). */
  animalEpithets: phrases,
  farmWords: phrases,
  families: z.array(ContemptFamilySchema).min(1),
  /** Scare quotes that doubt a person's claim ("her 'gifted' son", "the kids who \"needed\" extra staff"): the quoted words. */
  scareQuotedClaims: phrases,
  /** The people such a quoted claim is said of (right after it). */
  scareQuotedPeople: phrases,
});
export type ContemptPatternsLexicon = z.output<typeof ContemptPatternsSchema>;
