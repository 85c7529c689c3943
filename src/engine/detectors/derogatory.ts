import { z } from 'zod';
import { defineDetector } from '../detector';
import { CommunitySchema, DerogatorySchema, type DerogatoryLexicon } from '../schemas/lexicons';
import { isTitleAt, selfReferenceAfter, selfReferenceBefore, type Reference } from '../context/community';
import { isAdjective, isNoun } from '../context/names-knowledge';
import { everydayWords } from '../context/names-knowledge';
import type { DraftView } from '../draft';
import type { DerogatoryEntry } from '../schemas/lexicons';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import { skeleton } from '../text/skeleton';
import type { Token } from '../text/tokenize';
import { lowerBound } from '../lower-bound';
import type { Severity, Topic } from '../types';
import type { RawFinding } from './raw-finding';
import { phrase, say, type PhraseKey } from '../message-keys';
import { peopleOfAThing } from '../context/general-talk';
import { thingPlacedAt } from '../context/thing-placed';

/**
 * Insults, swearing and slurs, as a UK school would read them, disguised or not. Slurs are always
 * high. Other words are high when aimed at the school community (the school, staff, pupils,
 * parents, a roster or staff name), a warning when offensive but aimed at nobody, and only for
 * information when writers aim them at themselves ("I'm such a numpty").
 */
interface Hit {
  readonly entry: DerogatoryEntry;
  readonly first: number;
  readonly last: number;
  /** How it was written when it was disguised ("f***ing", "id10ts", "m u p p e t"). */
  readonly disguise?: 'masked' | 'leetspeak or stretched letters' | 'spaced letters';
}

interface Compiled {
  readonly phrases: PhraseMatcher<DerogatoryEntry>;
  /** Skeleton → entry, for single words whose skeleton no everyday word shares. */
  readonly skeletons: Map<string, DerogatoryEntry>;
  /** Single-word forms exactly as listed: "n1gger" read letter by letter is listed even where its skeleton ("niger") is an everyday word's. */
  readonly singleForms: ReadonlyMap<string, DerogatoryEntry>;
  /** Forms of two to four words, for a phrase with one word masked ("b*tty boy"). */
  readonly multiWord: ReadonlyMap<string, readonly { words: readonly string[]; entry: DerogatoryEntry }[]>;
  /** Single-word forms, for masked words ("f***ing"), and the same by first letter. */
  readonly maskable: { form: string; entry: DerogatoryEntry }[];
  readonly maskableByFirst: ReadonlyMap<string, { form: string; entry: DerogatoryEntry }[]>;
  readonly allow: PhraseMatcher<true>;
  readonly praise: ReadonlySet<string>;
  readonly linking: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly copulas: ReadonlySet<string>;
  readonly namingWords: ReadonlySet<string>;
  /** Per entry id: the words that show its innocent homonym beside it (a dog show, a plate of food). */
  readonly innocent: ReadonlyMap<string, { words: PhraseMatcher<true>; emoji: readonly string[] }>;
}


const MASK_PRIORITY: Record<DerogatoryEntry['kind'], number> = { profanity: 0, insult: 1, slur: 2, mild: 3 };

/** Compiled once per lexicon: the words do not depend on the settings, so every school shares them. */
const compiledByLexicon = new WeakMap<DerogatoryLexicon, Compiled>();
export function derogatoryMatcher(lexicon: DerogatoryLexicon, namingWords: readonly string[]): Compiled {
  let compiled = compiledByLexicon.get(lexicon);
  if (!compiled) {
    compiled = compileLexicon(lexicon, namingWords);
    compiledByLexicon.set(lexicon, compiled);
  }
  return compiled;
}

const wordsOf = (phrases: readonly string[]): ReadonlySet<string> => new Set(phrases.flatMap((p) => phraseWords(p)));

function compileLexicon(lexicon: DerogatoryLexicon, namingWords: readonly string[]): Compiled {
  // Exact words only: folding plurals would read "assess" as the plural of "asse"s. The lexicon
  // lists irregular plurals; a plain "-s" plural of a single word is added here.
  const phrases = new PhraseMatcher<DerogatoryEntry>({ plurals: false });
  const singleForms = new Map<string, DerogatoryEntry>();
  // By each of a phrase's words: a masked phrase is looked up through a word that is not masked.
  const multiWord = new Map<string, { words: readonly string[]; entry: DerogatoryEntry }[]>();
  for (const entry of lexicon.entries) {
    for (const form of entry.forms) {
      phrases.add(form, entry);
      const words = phraseWords(form);
      if (words.length >= 2 && words.length <= 4 && entry.kind !== 'mild') {
        for (const w of new Set(words)) {
          const list = multiWord.get(w);
          if (list) list.push({ words, entry });
          else multiWord.set(w, [{ words, entry }]);
        }
      }
      if (words.length !== 1) continue;
      const word = words[0]!;
      if (!singleForms.has(word)) singleForms.set(word, entry);
      if (!/[sy]$/.test(word) && !everydayWords().has(`${word}s`)) phrases.addWords([`${word}s`], entry);
    }
  }
  // Skeletons shared with an everyday word ("as" for "ass") would flag that word: leave them out.
  const everydaySkeletons = new Set<string>();
  for (const word of everydayWords()) if (!singleForms.has(word)) everydaySkeletons.add(skeleton(word));
  const skeletons = new Map<string, DerogatoryEntry>();
  for (const [form, entry] of singleForms) {
    const key = skeleton(form);
    if (!everydaySkeletons.has(key) && !skeletons.has(key)) skeletons.set(key, entry);
  }
  // Across a comma too: a dish is listed with others ("faggots, mash and peas").
  const allow = PhraseMatcher.of(lexicon.allow, { commas: true });
  const maskable = [...singleForms]
    .filter(([, e]) => e.kind !== 'mild')
    .map(([form, entry]) => ({ form, entry }))
    .sort((a, b) => MASK_PRIORITY[a.entry.kind] - MASK_PRIORITY[b.entry.kind]);
  const maskableByFirst = new Map<string, typeof maskable>();
  for (const item of maskable) {
    const first = skeletonLetters(item.form[0]!);
    maskableByFirst.set(first, [...(maskableByFirst.get(first) ?? []), item]);
  }
  return {
    phrases,
    skeletons,
    singleForms,
    multiWord,
    // Writers mask swear words far more often than slurs: "b****" is "bitch" before anything else.
    maskable,
    maskableByFirst,
    allow,
    praise: wordsOf(lexicon.praise),
    linking: wordsOf(lexicon.linking),
    pronouns: wordsOf(lexicon.pronouns),
    negations: wordsOf(lexicon.negations),
    copulas: wordsOf(lexicon.copulas),
    namingWords: wordsOf(namingWords),
    innocent: new Map(
      lexicon.entries
        .filter((e) => e.innocentBeside && e.innocentBeside.length > 0)
        .map((e) => {
          const list = e.innocentBeside!;
          return [e.id, { words: PhraseMatcher.of(list.filter((w) => /\p{L}/u.test(w)), { plurals: true }), emoji: list.filter((w) => !/\p{L}/u.test(w)) }];
        }),
    ),
  };
}

export function findDerogatory(ctx: DraftView, m: Compiled): RawFinding[] {
  const tokens = ctx.doc.tokens;
  const allowed = new Uint8Array(tokens.length);
  for (const a of m.allow.matchAll(tokens)) allowed.fill(1, a.first, a.last + 1);

  // Each word's spelling with digits and symbols read as letters, once per draft: the phrase look-ups
  // below read up to eight words from every position. Most drafts disguise and mask nothing at all.
  const undone = tokens.map((t) => (looksDisguised(t.norm) && /[0-9@$!]/.test(t.norm) ? skeletonLetters(t.norm) : t.norm));
  const anyDisguised = undone.some((w, k) => w !== tokens[k]!.norm);
  const anyMasked = tokens.some((t) => t.text.includes('*'));

  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (allowed[i]) continue;
    const token = tokens[i]!;
    const exact = m.phrases.longestAt(tokens, i);
    if (exact) {
      if (!allowed.subarray(i, exact.last + 1).some(Boolean)) hits.push({ entry: exact.values[0]!, first: i, last: exact.last });
      i = exact.last;
      continue;
    }
    // "sheep sh@gger", "ffs_sake": a phrase with one of its words disguised, read with the word undone.
    const spelled = anyDisguised ? disguisedPhrase(m, tokens, undone, i) : undefined;
    if (spelled) {
      if (!allowed.subarray(i, spelled.last + 1).some(Boolean)) hits.push({ entry: spelled.entry, first: i, last: spelled.last, disguise: 'leetspeak or stretched letters' });
      i = spelled.last;
      continue;
    }
    const masked = anyMasked ? maskedPhrase(m, tokens, i) : undefined;
    if (masked) {
      if (!allowed.subarray(i, masked.last + 1).some(Boolean)) hits.push({ entry: masked.entry, first: i, last: masked.last, disguise: 'masked' });
      i = masked.last;
      continue;
    }
    if (token.text.includes('*')) {
      const entry = unmask(m, token.norm);
      if (entry) hits.push({ entry, first: i, last: i, disguise: 'masked' });
      continue;
    }
    // Only words that look disguised: ordinary double letters are spelling ("ddim" is Welsh for "not").
    if (looksDisguised(token.norm)) {
      // Digits and symbols read as letters, repeats kept: "n1gger" is listed, though "niger" (its skeleton) is a word.
      const letters = /[0-9@$!]/.test(token.norm) ? m.singleForms.get(skeletonLetters(token.norm)) : undefined;
      const disguised = m.skeletons.get(skeleton(token.norm)) ?? letters ?? anyVowel(m, token.norm);
      if (disguised) hits.push({ entry: disguised, first: i, last: i, disguise: 'leetspeak or stretched letters' });
    }
  }
  for (const hit of spacedLetters(m, tokens, allowed)) hits.push(hit);

  const findings: RawFinding[] = [];
  for (const hit of hits) {
    const finding = judge(ctx, m, hit);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * A listed phrase of two to eight words ("couldnt organise a p1ss up in a brewery"), one of them disguised ("sheep sh@gger", "sh1t show"): each
 * word that looks disguised is read letter by letter ("@" as "a", "1" as "i") and the phrase looked up.
 * Only phrases: a single disguised word goes through the skeleton, which knows the everyday words.
 */
function disguisedPhrase(m: Compiled, tokens: readonly Token[], undone: readonly string[], i: number): { entry: DerogatoryEntry; last: number } | undefined {
  const sentence = tokens[i]!.sentence;
  const words: string[] = [];
  let disguised = false;
  for (let k = i; k < tokens.length && k < i + 8 && tokens[k]!.sentence === sentence; k++) {
    disguised ||= undone[k] !== tokens[k]!.norm;
    words.push(undone[k]!);
  }
  if (!disguised) return undefined;
  const found = m.phrases.longestAtWords(words);
  if (!found || found.last === 0) return undefined;
  const usedDisguise = words.slice(0, found.last + 1).some((w, k) => w !== tokens[i + k]!.norm);
  return usedDisguise ? { entry: found.values[0]!, last: i + found.last } : undefined;
}

/**
 * A listed phrase of two to four words with one word masked ("b*tty boy", "sheep sh*gger"): the
 * masked word is matched as a pattern, the others exactly. Only phrases; a lone masked word goes
 * through unmask, which prefers swear words.
 */
function maskedPhrase(m: Compiled, tokens: readonly Token[], i: number): { entry: DerogatoryEntry; last: number } | undefined {
  const sentence = tokens[i]!.sentence;
  const span = tokens.slice(i, i + 4).filter((t) => t.sentence === sentence);
  if (span.length < 2 || !span.some((t) => t.text.includes('*'))) return undefined;
  let best: { entry: DerogatoryEntry; last: number } | undefined;
  const plain = span.find((t) => !t.text.includes('*') && m.multiWord.has(t.norm));
  if (!plain) return undefined;
  for (const { words, entry } of m.multiWord.get(plain.norm)!) {
    if (words.length > span.length || (best && words.length - 1 <= best.last)) continue;
    let usedMask = false;
    const fits = words.every((word, k) => {
      const norm = span[k]!.norm;
      if (!span[k]!.text.includes('*')) return norm === word;
      if (norm.replace(/\*/g, '').length < 1 || Math.abs(norm.length - word.length) > 2) return false;
      const source = norm.split(/(\*+)/).map((part) => (part.startsWith('*') ? `[a-z]{1,${part.length + 1}}` : escapeRegExp(skeletonLetters(part)))).join('');
      usedMask = new RegExp(`^${source}$`, 'u').test(word);
      return usedMask;
    });
    if (fits && usedMask) best = { entry, last: i + words.length - 1 };
  }
  return best;
}

/**
 * A digit between letters hides a vowel, not always the one it looks like: "c0nt" (the Welsh
 * spelling of the c-word), "m0zzie" (for "muzzie"). Each vowel is tried in its place; at most two such digits.
 */
function anyVowel(m: Compiled, word: string): DerogatoryEntry | undefined {
  if (word.length < 4 || !/^\p{L}+(?:[0-9@]\p{L}+){1,2}$/u.test(word)) return undefined;
  let variants = [''];
  for (const c of word) variants = /[0-9@]/.test(c) ? variants.flatMap((v) => VOWELS.map((vowel) => v + vowel)) : variants.map((v) => v + c);
  for (const variant of variants) {
    const entry = m.skeletons.get(skeleton(variant));
    if (entry) return entry;
  }
  return undefined;
}

const VOWELS = ['a', 'e', 'i', 'o', 'u'];

/** Digits or symbols among letters ("id10t", "sh!t"), a letter three times ("fuuuck"), or a doubled vowel ("shiit"). */
function looksDisguised(word: string): boolean {
  // Asked twice of every token of every draft, and three patterns each time: the answer depends on
  // the word alone, so it is kept (bounded, like the other per-word caches).
  let answer = disguisedAnswers.get(word);
  if (answer === undefined) {
    answer = /[^\p{L}']/u.test(word) || /(\p{L})\1\1/u.test(word) || /([aeiou])\1/.test(word.replace(/ee|oo/g, ''));
    if (disguisedAnswers.size >= 20_000) disguisedAnswers.clear();
    disguisedAnswers.set(word, answer);
  }
  return answer;
}
const disguisedAnswers = new Map<string, boolean>();

/**
 * "f***ing" → fucking, "sh*t" → shit, "c**t" → cunt: each run of masks stands for about as many
 * letters. The visible letters are resolved like leetspeak ("sh!t"); a masked word joined to
 * another by "_" ("f*ck_this") is read as its first part.
 */
const unmasked = new Map<string, DerogatoryEntry | null>();

function unmask(m: Compiled, written: string): DerogatoryEntry | undefined {
  const known = unmasked.get(written);
  if (known !== undefined) return known ?? undefined;
  const entry = resolveMask(m, written);
  if (unmasked.size > 2000) unmasked.clear(); // a bound, not an eviction policy: masks are few
  unmasked.set(written, entry ?? null);
  return entry;
}

function resolveMask(m: Compiled, written: string): DerogatoryEntry | undefined {
  const word = written.split('_')[0]!;
  // No listed word is longer than this: a longer masked token is not one of them.
  if (word.length > 2 * LONGEST_SPACED_WORD || !/[\p{L}\p{N}]/u.test(word.replace(/\*/g, ''))) return undefined;
  const source = word
    .split(/(\*+)/)
    .map((part) => (part.startsWith('*') ? `[a-z]{${Math.max(1, part.length - 1)},${part.length + 1}}` : escapeRegExp(skeletonLetters(part))))
    .join('');
  const pattern = new RegExp(`^${source}$`, 'u');
  // Only forms that could fit: the same first letter (when it is shown) and a similar length.
  const candidates = word.startsWith('*') ? m.maskable : (m.maskableByFirst.get(skeletonLetters(word[0]!)) ?? []);
  return candidates.find(({ form }) => Math.abs(form.length - word.length) <= 3 && pattern.test(skeletonLetters(form)))?.entry;
}

/** Leetspeak resolved letter by letter, without collapsing repeats ("sh!t" → "shit", "b!tch" → "bitch"). */
function skeletonLetters(text: string): string {
  return [...text].map((c) => skeleton(c) || c).join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** No listed word is longer than this: a run of spaced letters is never searched wider. */
const LONGEST_SPACED_WORD = 16;

/** "m u p p e t", "f.u.c.k": single letters in a row, joined, then looked up like a word. */
function spacedLetters(m: Compiled, tokens: readonly Token[], allowed: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.norm.length === 1 && (j === i || /^[ .\-_*]$/.test(tokens[j]!.gapBefore))) j++;
    if (j - i >= 3 && j - i <= 2 * LONGEST_SPACED_WORD && !allowed[i]) {
      // Longest run first ("a s h i t" is "a" + "shit"), never longer than a listed word, so a
      // page of "x x x x" stays linear.
      found: for (let len = Math.min(j - i, LONGEST_SPACED_WORD); len >= 3; len--) {
        for (let start = i; start + len <= j; start++) {
          const joined = tokens
            .slice(start, start + len)
            .map((t) => t.norm)
            .join('');
          const entry = m.skeletons.get(skeleton(joined)) ?? m.phrases.longestAtWords([joined])?.values[0];
          if (entry) {
            hits.push({ entry, first: start, last: start + len - 1, disguise: 'spaced letters' });
            break found;
          }
        }
      }
    }
    i = Math.max(j, i + 1);
  }
  return hits;
}

function judge(ctx: DraftView, m: Compiled, hit: Hit): RawFinding | undefined {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const first = tokens[hit.first]!;
  const { entry } = hit;
  if (ctx.isClaimed(hit.first, hit.last)) return undefined; // part of a name ("Mr Pratt")
  if (innocentHomonym(ctx, m, hit)) return undefined; // "the bitch won best of breed", "faggots, mushy peas and gravy"
  if (entry.kind !== 'slur' && (entry.alsoName || nameOfSomething(ctx, m, hit)) && writtenAsName(ctx, hit)) return undefined;

  let severity: Severity | undefined;
  let target: Reference | undefined;
  let self = false;
  // "I'm such a numpty", "shitting myself": the writer about themselves; "…had to google how to
  // divide by a fraction. Absolute numpty.": a verdict standing alone after the writer's own sentence.
  const verdict = verdictAlone(ctx, m, hit);
  // "Honestly I couldn't run a bath this week": a phrase with its own verb after "I".
  const iBefore = tokens[hit.first - 1]?.norm === 'i' && tokens[hit.first - 1]!.sentence === first.sentence;
  // "left the keys in class again. twpsyn llwyr 🤦‍♀️": a verdict with a facepalm is the writer's on themselves.
  const facepalm = verdict && /^[^\p{L}\n]{0,4}🤦/u.test(doc.draft.slice(tokens[hit.last]!.end, tokens[hit.last]!.end + 16).replace(/^\s*(llwyr|totally|complete|absolute|total)?/i, ''));
  const aboutMe = entry.kind !== 'slur' && (iBefore || facepalm || selfReferenceBefore(doc, hit.first, m.linking) || selfReferenceAfter(doc, hit.last) || (verdict && writerSentence(ctx, first.sentence - 1)));
  // Nobody disguises a cigarette: "f a g s", "h0mos" are the slur, whoever they are said of.
  if (entry.kind === 'slur' && entry.needsTarget && hit.disguise) {
    target = communityNear(ctx, hit) ?? nameCalled(ctx, hit);
  } else if (entry.kind === 'slur' && entry.needsTarget && nameCalled(ctx, hit)) {
    // "called another kid a 'bender'": name-calling is the slur's use, never its homonym, even when reported.
    target = nameCalled(ctx, hit);
  } else if (entry.needsTarget || entry.kind === 'mild') {
    if (entry.kind === 'mild' && praiseFollows(m, tokens, hit.last)) return undefined; // "bloody brilliant"
    // Said of someone ("I feel like SLT are clueless") beats talking about oneself.
    // "Coward.", "Hopeless.": a verdict standing alone is said of whoever the sentence before named.
    target = saidOf(ctx, m, hit) ?? (verdict && !aboutMe && !SITUATION_WORDS.has(first.norm) ? namedBefore(ctx, hit) : undefined);
    self = !target && aboutMe;
    if (!target && !self) return undefined; // "thick fog", "crap weather"
  } else {
    // Talking about oneself beats a group merely nearby ("Feeling like a total numpty – turned up to work").
    self = aboutMe;
    target = self ? undefined : communityNear(ctx, hit);
  }
  const community = target && target.group !== 'people';
  if (entry.kind === 'slur') severity = 'high';
  // Swearing about oneself is still swearing ("absolutely shitting myself"), but aimed at nobody.
  else if (self) severity = entry.kind === 'profanity' ? 'warning' : 'info';
  else if (entry.kind === 'mild') severity = community ? 'warning' : undefined;
  else severity = community ? 'high' : 'warning';
  if (!severity) return undefined;

  const topic: Topic = entry.kind === 'slur' ? 'discriminatory' : community ? (`about-${target!.group}` as Topic) : 'general';
  const start = first.start;
  const end = tokens[hit.last]!.end;
  const written = doc.draft.slice(start, end);
  const whom = community ? describeGroup(target!.group) : undefined;
  return {
    category: 'derogatory',
    topic,
    severity,
    start,
    end,
    ruleId: `derogatory/${entry.kind}`,
    ...(entry.kind === 'slur'
      ? say('finding_derogatory_slur', written)
      : self
        ? say('finding_derogatory_self', written)
        : community
          ? say(entry.kind === 'profanity' ? 'finding_derogatory_community_profanity' : 'finding_derogatory_community_insult', written, phrase(groupPhrase(target!.group)), target!.text)
          : say(entry.kind === 'profanity' ? 'finding_derogatory_profanity' : 'finding_derogatory_insult', written)),
    explanation: {
      rule: `lexicon: ${entry.id}${hit.disguise ? ` (disguised: ${hit.disguise})` : ''}`,
      ...(target ? { context: target.text } : {}),
      reason:
        entry.kind === 'slur'
          ? 'slurs and discriminatory terms are high whoever they are about'
          : self
            ? 'the writer is talking about themselves'
            : community
              ? `aimed at ${whom}`
              : 'offensive, but not aimed at the school community',
    },
  };
}

/**
 * "Crufts this weekend and the bitch from our village won best of breed 🐕", "faggots a phys i
 * swper": the entry's innocent homonym, shown by its own words in the sentence or the one beside it.
 * Not when the word is disguised (nobody masks a dog) or said to or of someone ("you bitch", "she's a bitch").
 */
function innocentHomonym(ctx: DraftView, m: Compiled, hit: Hit): boolean {
  const innocent = m.innocent.get(hit.entry.id);
  if (!innocent || hit.disguise) return false;
  const tokens = ctx.doc.tokens;
  const before = tokens[hit.first - 1];
  if (before && before.sentence === tokens[hit.first]!.sentence && (m.pronouns.has(before.norm) || (before.norm === 'a' && m.pronouns.has(tokens[hit.first - 2]?.norm ?? '')))) return false;
  const sentence = tokens[hit.first]!.sentence;
  // "she's a right cow", "that mum is such an old cow": said of someone through "is a …", whatever farm is beside.
  if (calledSomething(m, tokens, hit.first)) return false;
  const from = ctx.doc.sentenceStarts[Math.max(0, sentence - 1)]!;
  const to = ctx.doc.sentenceStarts[sentence + 2] ?? ctx.doc.draft.length;
  if (innocent.emoji.some((e) => ctx.doc.draft.slice(from, to).includes(e))) return true;
  for (let k = lowerBound(tokens, (t) => t.start < from); k < tokens.length && tokens[k]!.start < to; k++) {
    if (k >= hit.first && k <= hit.last) continue;
    if (innocent.words.longestAt(tokens, k)) return true;
  }
  return false;
}

/** Words between "she's"/"is" and the word that still make it said of someone: "a right", "such an old", "all". */
const CALLED_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'such', 'right', 'proper', 'total', 'absolute', 'complete', 'utter', 'all', 'old', 'silly', 'stupid', 'daft', 'miserable', 'lazy', 'nasty', 'fat', 'bit', 'of', 'like']);
function calledSomething(m: Compiled, tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 5 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (m.pronouns.has(t.norm) || m.copulas.has(t.norm)) return k < first - 1 && tokens.slice(k + 1, first).some((b) => b.norm === 'a' || b.norm === 'an' || b.norm === 'all' || b.norm === 'such');
    if (!CALLED_FILLERS.has(t.norm) && !isAdjective(t.norm)) return false;
  }
  return false;
}

/**
 * A verdict standing alone: the word is most of its sentence ("Coward.", "Absolute numpty.",
 * "Hopeless, the lot of them."), with only linking words or a generalising tail beside it.
 */
function verdictAlone(ctx: DraftView, m: Compiled, hit: Hit): boolean {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[hit.first]!.sentence;
  if (sentence === 0) return false;
  let others = 0;
  // An adjective before the word is part of the verdict: "Paranoid cow.", "Useless lump."
  const verdictWord = (t: Token) => t.kind !== 'word' || m.linking.has(t.norm) || TAIL_WORDS.has(t.norm);
  // "Absolute yampy numpty.", "utter dozy muppet": a dialect word the tagger does not know, between an intensifier and the word, describes it too.
  const describing = (k: number) => (k >= hit.first - 2 && isAdjective(tokens[k]!.norm)) || (k === hit.first - 1 && k >= 1 && tokens[k]!.kind === 'word' && !tokens[k]!.capitalised && INTENSIFIERS_BEFORE.has(tokens[k - 1]!.norm) && tokens[k - 1]!.sentence === sentence);
  for (let k = hit.first - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (!verdictWord(tokens[k]!) && !describing(k)) others++;
  for (let k = hit.last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (tokens[k]!.kind === 'word' && !m.linking.has(tokens[k]!.norm) && !TAIL_WORDS.has(tokens[k]!.norm)) others++;
  return others === 0;
}

/** Intensifiers that open a verdict ("absolute", "utter"): the word after them describes the insult. */
const INTENSIFIERS_BEFORE: ReadonlySet<string> = new Set(['absolute', 'total', 'utter', 'complete', 'such', 'pure', 'proper', 'right']);

/** Words of a tail that stretches a verdict over everyone ("the lot of them", "every one of them", "pob un"). */
const TAIL_WORDS: ReadonlySet<string> = new Set(['absolute', 'what', 'such', 'total', 'utter', 'complete', 'the', 'lot', 'of', 'them', 'every', 'one', 'all', 'last', 'single', 'whole', 'pob', 'bob', 'un', 'ohonyn', 'nhw', 'sir', 'miss', 'guys', 'tbh', 'honestly', 'frankly', 'really', 'just', 'pure', 'llwyr', 'go', 'wir']);

/** Whether sentence `sentence` is the writer about themselves: "I have taught…", "Just realised I…". */
function writerSentence(ctx: DraftView, sentence: number): boolean {
  if (sentence < 0) return false;
  const tokens = ctx.doc.tokens;
  const start = lowerBound(tokens, (t) => t.sentence < sentence);
  const words = [];
  for (let k = start; k < tokens.length && tokens[k]!.sentence === sentence && words.length < 4; k++) words.push(tokens[k]!.norm);
  const named = ctx.referencesNear(start, start, 0, 0, 0).some((r) => r.group !== 'people');
  return !named && words.slice(0, 3).some((w) => /^(i|im|ive|id|ill|me|my|dwi|fi|rwy|wi)$/.test(w));
}

/**
 * Words that judge what happened as readily as whom ("watched the news about the school in Kent.
 * Horrible."): as a verdict standing alone they are about the event.
 */
const SITUATION_WORDS: ReadonlySet<string> = new Set(['horrible', 'horrid', 'awful', 'nasty', 'disgusting', 'rank', 'vile', 'evil', 'disgraceful', 'disgrace', 'savage', 'pathetig', 'gwallgof', 'wallgof', 'corrupt', 'rubbish', 'nonsense', 'tosh', 'codswallop', 'twaddle', 'lol']);

/**
 * The people of the school community named in the two sentences before: pupils, parents, staff,
 * a roster or staff name. Not "the school" (often another school in the news) nor "he" or "she".
 */
function namedBefore(ctx: DraftView, hit: Hit): Reference | undefined {
  const refs = ctx.referencesNear(hit.first, hit.last, NEARBY_TOKENS, -2, -1).filter((r) => r.group !== 'people' && r.group !== 'school');
  return refs[refs.length - 1];
}

/** "a horse called Gormless Gary": introduced as a name. */
function nameOfSomething(ctx: DraftView, m: Compiled, hit: Hit): boolean {
  const previous = ctx.doc.tokens[hit.first - 1];
  return previous !== undefined && m.namingWords.has(previous.norm);
}

/** "Dick Whittington", "Mr Pratt": the word is part of a name. */
function writtenAsName(ctx: DraftView, hit: Hit): boolean {
  const tokens = ctx.doc.tokens;
  const token = tokens[hit.first]!;
  if (!token.capitalised) return false;
  const previous = tokens[hit.first - 1];
  const next = tokens[hit.last + 1];
  return (
    (previous !== undefined && previous.sentence === token.sentence && isTitleAt(tokens, hit.first - 1)) ||
    (next !== undefined && next.sentence === token.sentence && next.capitalised && !next.allCaps && /^\s+$/.test(next.gapBefore))
  );
}

function praiseFollows(m: Compiled, tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) {
    if (m.praise.has(tokens[k]!.norm)) return true;
    if (!m.linking.has(tokens[k]!.norm)) return false;
  }
  return false;
}

/**
 * For words that only insult people: the word must be said of someone, right beside them
 * ("feral kids", "you muppet") or linked to them ("the parents are SO thick").
 */
function saidOf(ctx: DraftView, m: Compiled, hit: Hit): Reference | undefined {
  const tokens = ctx.doc.tokens;
  const candidates = ctx.referencesNear(hit.first, hit.last, 9);
  // After, as an adjective on a noun: "feral kids", "useless bloody parents" (not ", they're").
  let k = hit.last + 1;
  while (k < tokens.length && k <= hit.last + 3 && m.linking.has(tokens[k]!.norm) && !candidates.some((r) => r.first === k)) k++;
  const after = candidates.find((r) => r.first === k && !m.pronouns.has(ctx.doc.tokens[r.first]!.norm));
  if (after && tokens.slice(hit.last + 1, k + 1).every((t) => /^\s+$/.test(t.gapBefore))) return after;
  // Before: "the parents are so thick", "she's useless", "you muppet", and across a place or a
  // time to the verb: "Parents at the gate today were feral". "not" breaks the link.
  // "a useless robot", "Nazi Germany": the word describes the noun after it, not the person.
  const next = tokens[hit.last + 1];
  if (next && next.sentence === tokens[hit.last]!.sentence && /^\s+$/.test(next.gapBefore) && isNoun(next.norm) && !candidates.some((r) => r.first === hit.last + 1)) return undefined;
  let best: Reference | undefined;
  for (const ref of candidates) {
    if (ref.last >= hit.first || hit.first - ref.last > 8) continue;
    // "Pay for TAs is a disgrace": aimed at the pay, not the TAs.
    // "our cleaners pay is a disgrace": the people describe the pay, the subject's head.
    if (peopleOfAThing(tokens, ref.first, ref.last)) continue;
    // "the wifi at school is useless", "mae'r wifi yn yr ysgol yn ddiwerth": a thing placed at the school is the subject.
    if (thingPlacedAt(tokens, candidates, ref)) continue;
    const between = tokens.slice(ref.last + 1, hit.first);
    if (between.some((t) => m.negations.has(t.norm) || /[,;:()]/.test(t.gapBefore))) continue;
    // Linking words and adjectives may stand between: "the trust is an absolute cow", "the
    // staffroom is full of miserable old witches".
    // Not "am": the writer's "I am" is read by selfReferenceBefore, and after anyone else it is Welsh "about" ("Bl 4 am
    // anifeiliaid", year 4 learning about animals; eighteenth session).
    const linking = (t: Token) => (m.linking.has(t.norm) && t.norm !== 'am') || isAdjective(t.norm);
    const linked = between.every(linking);
    // Across a place or a time before the verb, and only linking words after it:
    // "Parents at the gate today were feral", not "My class are writing a story about a useless robot".
    const verb = between.findIndex((t) => m.copulas.has(t.norm));
    const throughVerb = verb >= 0 && verb <= 4 && between.slice(verb + 1).every(linking);
    if ((linked || throughVerb) && (!best || ref.last > best.last || (ref.group !== 'people' && best.group === 'people'))) best = ref;
  }
  return best;
}

/** "called him a …", "calling her a …": the slur said to someone, within five words before, through "a". */
function nameCalled(ctx: DraftView, hit: Hit): Reference | undefined {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[hit.first]!.sentence;
  if (!/^(a|an)$/.test(tokens[hit.first - 1]?.norm ?? '')) return undefined;
  for (let k = hit.first - 2; k >= Math.max(0, hit.first - 6) && tokens[k]!.sentence === sentence; k--) {
    // "what they call a bender", "called it a bender": a thing named, not a person.
    if (/^(it|this|that|what)$/.test(tokens[k]!.norm)) return undefined;
    if (/^(called|calling|call|calls|galw|galwodd)$/.test(tokens[k]!.norm)) {
      const t = tokens[k]!;
      if (k === hit.first - 2) return undefined; // "a so-called bender" has nobody between
      return { group: 'people', individual: true, named: false, text: t.text, first: k, last: k, start: t.start, end: t.end, sentence };
    }
  }
  return undefined;
}

/** How far "aimed at" reaches: this sentence and the one before, within about two tweets' words. */
const NEARBY_TOKENS = 60;


/** For words that insult whoever they are about: is the school community named nearby? */
function communityNear(ctx: DraftView, hit: Hit): Reference | undefined {
  const sentence = ctx.doc.tokens[hit.first]!.sentence;
  const nearby = ctx.referencesNear(hit.first, hit.last, NEARBY_TOKENS, -1, 0).filter((r) => r.group !== 'people');
  nearby.sort((a, b) => distance(a, hit) - distance(b, hit) + (b.sentence === sentence ? 1000 : 0) - (a.sentence === sentence ? 1000 : 0));
  return nearby[0];
}

function distance(ref: Reference, hit: Hit): number {
  return ref.last < hit.first ? hit.first - ref.last : ref.first > hit.last ? ref.first - hit.last : 0;
}

/** The same, as a phrase of the message catalogue, so the panel can say it in Welsh. */
function groupPhrase(group: Reference['group']): PhraseKey {
  return group === 'pupils' ? 'group_pupils' : group === 'parents' ? 'group_parents' : group === 'staff' ? 'group_staff' : group === 'school' ? 'group_school' : 'group_someone';
}

function describeGroup(group: Reference['group']): string {
  return group === 'pupils' ? 'pupils' : group === 'parents' ? 'parents or carers' : group === 'staff' ? 'staff' : group === 'school' ? 'the school' : 'someone';
}

/** Data this detector reads: the derogatory lexicon, and the words that introduce a name ("called"). */
const DerogatoryData = z.object({ derogatory: DerogatorySchema, namingWords: CommunitySchema.shape.childFrames.shape.namingWords });

export const derogatoryDetector = defineDetector({
  id: 'derogatory',
  phase: 'findings',
  description: 'Insults, swearing and slurs from the lexicon, disguised or not, judged by whom they are aimed at.',
  rules: {
    'derogatory/slur': 'a slur or discriminatory term: high whoever it is about',
    'derogatory/insult': 'an insult: high aimed at the school community, a warning at anyone else, info at the writer',
    'derogatory/profanity': 'strong profanity: high aimed at the school community, else a warning',
    'derogatory/mild': 'a mild word (bloody, crap) aimed at the school community: a warning',
  },
  lexicon: DerogatoryData,
  select: (bundle) => ({ derogatory: (bundle.derogatory as unknown), namingWords: (bundle.community as { childFrames: { namingWords: unknown } }).childFrames.namingWords }),
  compile: (data) => derogatoryMatcher(data.derogatory, data.namingWords),
  run: (compiled, { view }) => findDerogatory(view, compiled),
});
