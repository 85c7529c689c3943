import * as z from 'zod/mini';
import data from '../../rules/sites/post-controls.json';

/**
 * The words on the sites' buttons, in the languages school staff use them in, as a tie-breaker
 * only: structure decides which controls might post (src/content/post-control.ts), and words pick
 * between controls it cannot tell apart, or rule a control out (close, cancel, emoji, attach…).
 * The vocabulary is data (rules/sites/post-controls.json), checked by its schema when the content
 * script loads; zod's small build keeps that check out of the way of the page.
 */

const Phrases = z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.minLength(1));
export const PostWordsSchema = z.strictObject({
  $comment: z.string(),
  languages: z.record(z.string().check(z.regex(/^[a-z]{2,3}$/)), z.strictObject({ name: z.string().check(z.minLength(1)), post: Phrases, notPost: Phrases })),
});
export type PostWords = z.infer<typeof PostWordsSchema>;

/**
 * A control's name as compared with the vocabulary: compatibility-decomposed, without marks (so
 * accents, Arabic vowel marks and hamza seats, Welsh circumflexes do not matter), lower case,
 * punctuation and symbols as single spaces ("Postio’r cyfan" → "postio r cyfan").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type WordsVerdict = 'post' | 'not-post' | null;

export interface PostVocabulary {
  readonly languages: readonly string[];
  /** Whether a control with this name posts ('post'), never posts ('not-post'), or the words do not say. */
  judge(name: string): WordsVerdict;
}

/** Phrases of more words than this never begin a control's name in the vocabulary. */
const LONGEST_NOT_POST = 4;

export function vocabulary(words: PostWords): PostVocabulary {
  const post = new Set<string>();
  const notPost = new Set<string>();
  for (const language of Object.values(words.languages)) {
    for (const phrase of language.post) post.add(foldName(phrase));
    for (const phrase of language.notPost) notPost.add(foldName(phrase));
  }
  return {
    languages: Object.keys(words.languages),
    judge(name) {
      const folded = foldName(name);
      if (folded === '') return null;
      if (post.has(folded)) return 'post';
      // "Close", "Remove photo", "Add post", "Everyone can reply": the name begins with a word that never posts.
      const parts = folded.split(' ');
      for (let length = 1; length <= Math.min(LONGEST_NOT_POST, parts.length); length++) if (notPost.has(parts.slice(0, length).join(' '))) return 'not-post';
      return null;
    },
  };
}

/** The vocabulary shipped in rules/, validated: a broken file is a build and test failure, never a silent gap. */
export const POST_WORDS: PostVocabulary = vocabulary(PostWordsSchema.parse(data));

/**
 * What a control is called, as a person reads or hears it: its aria-label and its own text (both,
 * as a redesign may change one and not the other), or its title, or an input's value.
 */
export function controlNames(control: Element): string[] {
  const names = [control.getAttribute('aria-label'), control.textContent, control.getAttribute('title')];
  if (control instanceof HTMLInputElement) names.push(control.value);
  return names.map((name) => (name ?? '').trim()).filter((name) => name !== '');
}

/** The verdict of the words on a control: any name that never posts rules it out. */
export function judgeControl(control: Element, words: PostVocabulary = POST_WORDS): WordsVerdict {
  let verdict: WordsVerdict = null;
  for (const name of controlNames(control)) {
    const judged = words.judge(name);
    if (judged === 'not-post') return 'not-post';
    verdict ??= judged;
  }
  return verdict;
}
