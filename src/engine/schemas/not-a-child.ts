import { z } from 'zod';

const phrase = z.string().trim().min(1).max(80);
const phrases = z.array(phrase).min(1);

/**
 * When a capitalised word, or a roster first name, is plainly not a child, from the words wrapped
 * round it (`rules/lexicons/not-a-child.json`): one lexicon for the roster and unlisted-child
 * detectors alike, read by `src/engine/context/not-a-child-name.ts`.
 */
export const NotAChildSchema = z.strictObject({
  $comment: z.string().optional(),
  /** A title of rank or legend, with its capital, right before the name: "Maid Marian", "King Arthur", "Brenin Llŷr". */
  titles: phrases,
  /** "Branwen ferch Llŷr", "son of Odin": the parent in a name from legend or history. */
  patronymicBefore: phrases,
  /** "moved to Bradford", "symud i Chester": a capitalised word after these is a place (beside school-types `aliasBefore`). */
  placeBefore: phrases,
  /** Lead-ins that only name ("called", "o'r enw"): a place or a thing only with a pet or a thing before them. */
  bareNaming: phrases,
  /** Things a naming word names ("a book called …", "llyfr o'r enw …"), beside the animals of names.json. */
  namedThings: phrases,
  /** Words that, right after a first name, are not a surname: the name is doing something or joined to another. */
  notASurname: phrases,
  /** The writer's own name after these: "my name (Noor) means light", "fy enw i ydy Seren". */
  ownNameBefore: phrases,
  /** "Mabon ap Gwynfor", "Gwenllian ferch Llywelyn": a patronymic and a capitalised name after the first name, another person's whole name. */
  patronymicAfter: phrases,
  /** Roles a pupil has in a team or a show ("Tyler, our goalkeeper", "Jac the striker", "Ffion the captain", "y bardd"): after a name they describe a pupil, not someone else. */
  pupilRolesAfter: phrases,
  /**
   * Lower-case words right before a capitalised word that make it a noun or a title, never a child's
   * first name: the Welsh article and Welsh and English ordinals ("Ail Gainc y Mabinogi", "y Wladfa",
   * "the Second World War"). Welsh puts no article before a person's name.
   */
  nounBefore: z.array(phrase).default([]),
  /**
   * The roles in a school team or a school show ("goalkeeper", "captain", "narrator", "y capten"), a subset of the
   * above: with "the", "our" or "y" before them, a roster name is the pupil in that role, not a namesake (tenth
   * session). Not "the poet" or "the singer", which are more often a public figure's.
   */
  teamAndStageRoles: z.array(z.string().min(1)).default([]),
  /**
   * Right after a name that is not a possessive, what makes it a brand or a drink ("Chanel lipstick", "Kendal mint
   * cake", "stella and a few cans"): only what no child has. A coat, a bag, chips or a coke after a name are a
   * pupil's, typed without the apostrophe (review, twentieth session).
   */
  productsAfter: z.array(phrase).default([]),
});
export type NotAChildLexicon = z.output<typeof NotAChildSchema>;
