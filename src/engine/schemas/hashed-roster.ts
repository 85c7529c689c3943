import { z } from 'zod';

/**
 * A roster a school can put in a browser policy without writing pupils' names in it: salted hashes
 * of every spelling of every name (`guardrail hash-roster`), which the engine matches by hashing
 * the words of a draft the same way. What it protects against is in docs/deployment.md.
 *
 * Each entry is `form.pupil.hash`: which kind of spelling it is (a full name, a first name alone,
 * a hashtag…), a number that ties one pupil's spellings together, and 32 hex digits of
 * HMAC-SHA-256 keyed by the salt.
 */
export const HASHED_ROSTER_FORMAT = 'guardrail-hashed-roster';

/** The kinds of spelling, as written in an entry. `tag-` keys are names run together in a hashtag or handle. */
export const HASHED_FORMS = ['full', 'given-initial', 'initial-surname', 'given', 'given-part', 'nickname', 'surname', 'tag-full', 'tag-given'] as const;
export type HashedForm = (typeof HASHED_FORMS)[number];

export const HASHED_ENTRY = new RegExp(`^(${HASHED_FORMS.join('|')})\\.(\\d{1,6})\\.([0-9a-f]{32})$`);

/** A school of several thousand pupils, each with a dozen spellings, fits with room to spare. */
const MAX_HASHES = 500_000;

export const HashedRosterSchema = z.strictObject({
  format: z.literal(HASHED_ROSTER_FORMAT, { error: `expected "${HASHED_ROSTER_FORMAT}" (a file made by guardrail hash-roster)` }),
  version: z.literal(1, { error: 'this version of the extension reads version 1 hashed rosters' }),
  /** Long and random, different for every school: the same name hashes differently elsewhere. */
  salt: z.string().min(16, 'the salt must be at least 16 characters').max(200, 'the salt must be at most 200 characters'),
  /** How many pupils the hashes stand for (shown on the options page). */
  names: z.number().int().min(0).max(100_000),
  hashes: z
    .array(z.string().regex(HASHED_ENTRY, 'not an entry made by guardrail hash-roster (form.number.32 hex digits)'))
    .max(MAX_HASHES, `more than ${MAX_HASHES.toLocaleString('en-GB')} hashes`),
});
export type HashedRoster = z.infer<typeof HashedRosterSchema>;
