import { everydayWords, isEverydayWord } from '../context/names-knowledge';
import { phraseWords } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { NameMatch, RosterEntry } from './roster';

/**
 * Welsh mutates a word's first consonant after certain words, names included: Cerys becomes
 * "i Gerys", Dylan "gan Ddylan", Caio "a Chaio", Tom "fy Nhom", Rhys "i Rys". A roster first name in
 * one of its mutated forms counts as the name when one of those words stands right before it and
 * the mutated form is not an everyday word ("i fen" is not Ben). Plain rosters only: a hashed
 * roster's names cannot be mutated.
 */
export class MutatedNames {
  private readonly byForm = new Map<string, NameMatch[]>();
  private readonly triggers: ReadonlySet<string>;

  constructor(entries: readonly RosterEntry[], rules: readonly { from: string; to: readonly string[] }[], triggers: readonly string[]) {
    this.triggers = new Set(triggers.flatMap((t) => phraseWords(t)));
    const plain = new Set(entries.map((e) => phraseWords(e.given)[0]).filter(Boolean));
    for (const entry of entries) {
      const words = phraseWords(entry.given);
      const first = words[0];
      if (!first || words.length !== 1) continue;
      const rule = rules.find(({ from }) => first.startsWith(from));
      if (!rule) continue;
      for (const to of rule.to) {
        const form = to + first.slice(rule.from.length);
        // Not another pupil's own name, not an everyday word, and long enough to mean someone.
        if (form.length < 3 || plain.has(form) || everydayWords().has(form) || isEverydayWord(form)) continue;
        const list = this.byForm.get(form) ?? [];
        list.push({ entry, form: 'given' });
        this.byForm.set(form, list);
      }
    }
  }

  /** The pupils a token names in a mutated form, when the word before it mutates it. */
  lookup(tokens: readonly Token[], i: number): readonly NameMatch[] | undefined {
    if (this.byForm.size === 0) return undefined;
    const token = tokens[i]!;
    const before = tokens[i - 1];
    if (token.kind !== 'word' || !before || before.sentence !== token.sentence || !this.triggers.has(before.norm)) return undefined;
    return this.byForm.get(token.norm);
  }
}
