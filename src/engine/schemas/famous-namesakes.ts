import { z } from 'zod';

const phrase = z.string().trim().min(1).max(80);
const phrases = z.array(phrase);

/**
 * More of what shows that a roster pupil's full name, shared with a well-known person, means that
 * person (`rules/lexicons/famous-namesakes.json`): merged into pupil-cues.json `namesakes` by the
 * pupil-name detector, kept apart so that the list of clubs, programmes and people can grow
 * without touching the older lexicon.
 */
export const FamousNamesakesSchema = z
  .strictObject({
  $comment: z.string().optional(),
  /** By kind of public figure (a kind of pupil-cues.json `namesakes.cues`): more words a draft about them uses. */
  cues: z.record(z.string().min(1), phrases),
  /** More well-known people by kind. */
  people: z.record(z.string().min(1), phrases),
  /**
   * Weak school words that are also what a figure of this kind does in public ("reading" for a poet
   * or an author): beside a listed figure, with that kind's own cue in the draft and no other school
   * word anywhere, they do not make the name a pupil's ("dylan thomas reading in swansea tonight,
   * 'do not go gentle' …").
   */
  ownActivities: z.record(z.string().min(1), phrases),
  })
  .superRefine((value, issue) => {
    // A person of a kind with no cues of that kind here answers only to public cues: list the kind's own words too.
    for (const kind of Object.keys(value.people)) {
      if (!(kind in value.cues)) issue.addIssue({ code: 'custom', path: ['people', kind], message: `no cues for the kind "${kind}"` });
    }
  });
export type FamousNamesakesLexicon = z.output<typeof FamousNamesakesSchema>;
