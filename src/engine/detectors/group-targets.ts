import { z } from 'zod';
import { isEverydayWord } from '../context/names-knowledge';
import type { GroupTarget } from '../context/group-targets';
import { defineDetector } from '../detector';
import type { DraftView } from '../draft';
import { HostilitySchema, type HostilityLexicon } from '../schemas/lexicons';
import { FuzzyWords } from '../text/fuzzy-words';
import { PhraseMatcher, phraseWords } from '../text/phrases';

/**
 * Groups of people a remark can be aimed at ("Muslims", "asylum seekers", "gay people", "the
 * Poles"), spelt however people spell them ("immigrunts", "musl1ms"), and the pronouns that refer
 * back to one ("Saw a load of refugees in town. They are everywhere."): a pronoun stands for the
 * last group named in the two sentences before it, unless someone else is named in between.
 */
interface Group {
  readonly id: string;
  readonly characteristic: string;
}

interface Compiled {
  readonly forms: PhraseMatcher<Group>;
  readonly loose: FuzzyWords<Group>;
  readonly pronouns: PhraseMatcher<true>;
  /** Single-word forms of five letters or more, for masked spellings ("g*psies"). */
  readonly maskable: readonly (readonly [string, Group])[];
}

/** How many sentences back a pronoun may look for its group. */
const PRONOUN_REACH = 2;

function compile(lexicon: Pick<HostilityLexicon, 'groups' | 'groupPronouns' | 'notDisguisedGroups'>): Compiled {
  const forms = new PhraseMatcher<Group>({ plurals: false });
  const single: [string, Group][] = [];
  for (const group of lexicon.groups) {
    const value: Group = { id: group.id, characteristic: group.characteristic };
    for (const form of group.forms) {
      forms.add(form, value);
      const words = phraseWords(form);
      if (words.length === 1) single.push([words[0]!, value]);
    }
  }
  const maskable = single.filter(([word]) => word.length >= 5 && /^\p{L}+$/u.test(word));
  // Real words one letter from a group's name ("allan", Welsh for "out", is not "asian" disguised).
  const real = new Set(lexicon.notDisguisedGroups);
  return { forms, loose: new FuzzyWords(single, (w) => isEverydayWord(w) || real.has(w)), pronouns: PhraseMatcher.of(lexicon.groupPronouns, { plurals: false }), maskable };
}

export function findGroupTargets(view: DraftView, compiled: Compiled): GroupTarget[] {
  const { doc } = view;
  const tokens = doc.tokens;
  const out: GroupTarget[] = [];
  let lastGroup: GroupTarget | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const match = compiled.forms.longestAt(tokens, i);
    const loose = match ? undefined : token.kind === 'word' && !view.isClaimed(i) ? compiled.loose.find(token.norm) : undefined;
    // Disguised so a filter would miss it: masked ("g*psies") or spelt out ("m u s l i m s").
    const disguised = match || loose ? undefined : token.text.includes('*') ? masked(compiled, token.norm, i) : spelledOut(compiled, tokens, i);
    if (match || loose || disguised) {
      const group = match ? match.values[0]! : loose ? loose.value : disguised!.group;
      const last = match ? match.last : disguised ? disguised.last : i;
      const start = token.start;
      const end = tokens[last]!.end;
      const target: GroupTarget = { id: group.id, characteristic: group.characteristic, first: i, last, start, end, sentence: token.sentence, text: doc.draft.slice(start, end) };
      out.push(target);
      lastGroup = target;
      i = last;
      continue;
    }
    const pronoun = compiled.pronouns.longestAt(tokens, i);
    if (pronoun && lastGroup && token.sentence > lastGroup.sentence && token.sentence - lastGroup.sentence <= PRONOUN_REACH && !someoneElseNamedSince(view, lastGroup, i)) {
      const start = token.start;
      const end = tokens[pronoun.last]!.end;
      out.push({ id: lastGroup.id, characteristic: lastGroup.characteristic, first: i, last: pronoun.last, start, end, sentence: token.sentence, text: doc.draft.slice(start, end), antecedent: lastGroup.text });
      i = pronoun.last;
    }
  }
  return out;
}

/** "g*psies", "imm*grants": each run of stars stands for one to three letters; the letters shown must agree. */
function masked(compiled: Compiled, written: string, index: number): { group: Group; last: number } | undefined {
  const letters = written.replace(/\*/g, '');
  if (letters.length < 2 || !/^[\p{L}*]+$/u.test(written) || written.length > 24) return undefined;
  const pattern = new RegExp(`^${written.split(/(\*+)/).map((part) => (part.startsWith('*') ? `\\p{L}{${part.length},${part.length + 2}}` : part)).join('')}$`, 'u');
  const found = compiled.maskable.find(([word]) => word[0] === written[0] && Math.abs(word.length - written.length) <= 2 && pattern.test(word));
  return found && { group: found[1], last: index };
}

/** "m u s l i m s": four or more single letters in a row, one space apart, read as one word. */
function spelledOut(compiled: Compiled, tokens: DraftView['doc']['tokens'], index: number): { group: Group; last: number } | undefined {
  if (tokens[index]!.norm.length !== 1 || !/^\p{L}$/u.test(tokens[index]!.norm)) return undefined;
  let j = index + 1;
  while (j < tokens.length && j - index < 20 && tokens[j]!.norm.length === 1 && /^\p{L}$/u.test(tokens[j]!.norm) && tokens[j]!.gapBefore === ' ') j++;
  if (j - index < 4) return undefined;
  const joined = tokens.slice(index, j).map((t) => t.norm).join('');
  const found = compiled.loose.find(joined);
  return found && { group: found.value, last: j - 1 };
}

/** "Refugees arrived. The kids were great. They…": the pronoun more likely means the kids. */
function someoneElseNamedSince(view: DraftView, group: GroupTarget, index: number): boolean {
  if (index - 1 < group.last + 1) return false;
  return view.referencesNear(group.last + 1, index - 1, 0, 0, PRONOUN_REACH).some((ref) => ref.first > group.last && ref.last < index && ref.group !== 'people');
}

const GroupTargetsData = HostilitySchema.pick({ groups: true, groupPronouns: true, notDisguisedGroups: true });

export const groupTargetsDetector = defineDetector({
  id: 'group-targets',
  phase: 'targets',
  description: 'Groups of people a remark can be aimed at, and pronouns that refer back to them.',
  rules: {},
  lexicon: GroupTargetsData as z.ZodType<Pick<HostilityLexicon, 'groups' | 'groupPronouns' | 'notDisguisedGroups'>>,
  select: (bundle) => {
    const { groups, groupPronouns, notDisguisedGroups } = bundle.hostility as HostilityLexicon;
    return { groups, groupPronouns, notDisguisedGroups };
  },
  compile: (data) => compile(data),
  run: (compiled, { view }) => ({ groups: findGroupTargets(view, compiled) }),
});
