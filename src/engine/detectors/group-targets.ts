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
}

/** How many sentences back a pronoun may look for its group. */
const PRONOUN_REACH = 2;

function compile(lexicon: Pick<HostilityLexicon, 'groups' | 'groupPronouns'>): Compiled {
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
  return { forms, loose: new FuzzyWords(single, isEverydayWord), pronouns: PhraseMatcher.of(lexicon.groupPronouns, { plurals: false }) };
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
    if (match || loose) {
      const group = match ? match.values[0]! : loose!.value;
      const last = match ? match.last : i;
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

/** "Refugees arrived. The kids were great. They…": the pronoun more likely means the kids. */
function someoneElseNamedSince(view: DraftView, group: GroupTarget, index: number): boolean {
  if (index - 1 < group.last + 1) return false;
  return view.referencesNear(group.last + 1, index - 1, 0, 0, PRONOUN_REACH).some((ref) => ref.first > group.last && ref.last < index && ref.group !== 'people');
}

const GroupTargetsData = HostilitySchema.pick({ groups: true, groupPronouns: true });

export const groupTargetsDetector = defineDetector({
  id: 'group-targets',
  phase: 'targets',
  description: 'Groups of people a remark can be aimed at, and pronouns that refer back to them.',
  rules: {},
  lexicon: GroupTargetsData as z.ZodType<Pick<HostilityLexicon, 'groups' | 'groupPronouns'>>,
  select: (bundle) => {
    const { groups, groupPronouns } = bundle.hostility as HostilityLexicon;
    return { groups, groupPronouns };
  },
  compile: (data) => compile(data),
  run: (compiled, { view }) => ({ groups: findGroupTargets(view, compiled) }),
});
