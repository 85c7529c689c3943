import { z } from 'zod';

const phrase = z.string().trim().min(1).max(80);
const phrases = z.array(phrase).min(1);

/**
 * Words that say a roster first name is someone else (`rules/lexicons/someone-else-named.json`): a
 * title in apposition, a Welsh patronymic after the name, the writer's own name, a Welsh word-name
 * used as the word ("haf braf").
 */
export const SomeoneElseNamedSchema = z.strictObject({
  $comment: z.string().optional(),
  /** "Gwen, the princess", "Siwan, y dywysoges": a title or calling right after the name. */
  titlesAfter: phrases,
  /** "Rhun ap Iorwerth", "Nest ferch Rhys": a patronymic right after the given name. */
  patronymicAfter: phrases,
  /** "my name is Sara", "fy enw i yw Sara": the writer's own name follows. */
  ownNameBefore: phrases,
  /** "haf braf", "eira trwm": an adjective after a Welsh word-name that makes it the word. */
  welshWeatherAfter: phrases,
});
export type SomeoneElseNamedLexicon = z.output<typeof SomeoneElseNamedSchema>;
