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
  subject: z.enum(['any', 'person', 'draft', 'role']).default('any'),
  /**
   * 'sarcasm': an eye-roll emoji (`eyeRolls`) must follow the match in the draft, or applause (`applause`)
   * with no sincere word (`sincere`) before the match: "geniuses the lot of em 👏" is scorn, "Congratulations
   * to our inspirational head 👏" is not. 'eye-roll': only an eye-roll will do ("couldn't happen to a nicer
   * person 🙃"; with applause it is said and meant). 'draft' subject: a people word anywhere in the draft (sarcasm is
   * often a sentence of its own after the one that names its target); 'role': a word of the `role` word
   * class (the head, SLT, the council, the trust…) anywhere in the draft, for sarcasm children never get.
   */
  marker: z.enum(['none', 'sarcasm', 'eye-roll', 'unless-sincere']).default('none'),
  /**
   * What a word of `condescension` ("bless her") before a match makes of it: 'sympathy' (the default, as
   * "poor Dave, the state of him" is concern) or 'scorn', for put-downs of someone's wits, where "bless her,
   * not the sharpest pencil in the pot" talks down, it does not comfort.
   */
  blessed: z.enum(['sympathy', 'scorn']).default('sympathy'),
  patterns: phrases,
  /**
   * Word patterns that, starting at the word right after a match, turn it into something harmless: "hope he
   * falls in | love", "hope she gets stuck | in to the job", "love how … but never | forgets the staff".
   */
  undoneBy: z.array(phrase).default([]),
  /** Word patterns anywhere later in the match's sentence that undo it: "never taught a day in his life …, and | he's brilliant". */
  undoneLaterBy: z.array(phrase).default([]),
  /** Word patterns earlier in the match's sentence that undo it: "…World Book Day costume, she believes she's royalty now". */
  undoneEarlierBy: z.array(phrase).default([]),
  note: z.string(),
});

export const ContemptPatternsSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Word classes the patterns share (`@name`). */
  wordClasses: z.record(z.string(), phrases).refine((classes) => 'role' in classes, { message: 'the role word class is needed by families whose subject is a role' }),
  /** Words just before a match that make the writer its subject ("I couldn't run a bath this week"): nothing. */
  firstPerson: phrases,
  /** Words that name a person or the school's people, for families whose contempt needs a person as its subject. */
  people: phrases,
  /** Words of sympathy before a match ("Poor Dave, the state of him today"): concern, not scorn. */
  sympathy: phrases,
  /** The words of `sympathy` that only talk down before a family whose `blessed` is 'scorn' ("bless her, a sandwich short of a picnic"). */
  condescension: phrases,
  /** Animal epithets ("cow", "mare") and the farm's words beside which they are the animal (derogatory.json's exception). */
  animalEpithets: phrases,
  farmWords: phrases,
  families: z.array(ContemptFamilySchema).min(1),
  /** Emoji that mark what comes before as sarcasm wherever they stand (🙄, 🙃). */
  eyeRolls: phrases,
  /** Emoji of applause: sarcasm after a put-down, sincere after thanks or congratulations. */
  applause: phrases,
  /** Words of sincere thanks or congratulation that make applause after them meant. */
  sincere: phrases,
  /**
   * Words of complaint (a negation, "only took them", "discovered that"): applause after praise is sincere
   * ("The IT team fixed the wifi in ten minutes. Geniuses 👏") unless one of these stands before it in the draft.
   */
  grievances: phrases,
  /** The writer's own family ("my son", "my own kids"): the subject of a put-down said of them is the writer's teasing, not contempt. */
  ownFamily: phrases,
  /** Places and events ("the fire drill", "the dinner hall") that, as the subject just before a comparison, make it of a scene, not a person. */
  scenes: phrases,
  /**
   * Machines and pets ("the photocopier", "the class snail") that, as the nearest subject before a put-down
   * with no person between, make it a grumble about a thing: "the photocopier is allergic to effort".
   */
  things: phrases,
  /** Scare quotes that doubt a person's claim ("her 'gifted' son", "the kids who \"needed\" extra staff"): the quoted words. */
  scareQuotedClaims: phrases,
  /** The people such a quoted claim is said of (right after it). */
  scareQuotedPeople: phrases,
}).superRefine((lexicon, ctx) => {
  // A misspelt "@class" would otherwise surface only when the detector compiles; say which family and class at parse.
  const known = new Set(Object.keys(lexicon.wordClasses));
  for (const [i, family] of lexicon.families.entries()) {
    for (const key of ['patterns', 'undoneBy', 'undoneLaterBy'] as const) {
      for (const pattern of family[key]) {
        for (const name of unknownClasses(pattern, known)) {
          ctx.addIssue({ code: 'custom', path: ['families', i, key], message: `family "${family.id}": unknown word class @${name} in "${pattern}"` });
        }
      }
    }
  }
});

/** The `@name` references of a word pattern that name no word class. */
function unknownClasses(pattern: string, known: ReadonlySet<string>): string[] {
  return [...pattern.matchAll(/@([A-Za-z0-9_-]+)/g)].map((m) => m[1]!).filter((name) => !known.has(name));
}
export type ContemptPatternsLexicon = z.output<typeof ContemptPatternsSchema>;
