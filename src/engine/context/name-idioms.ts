import { LEXICONS } from '../rules';
import type { DraftContext } from '../draft';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import { isKnownFirstName } from './names-knowledge';

/**
 * When a given name in a draft is not a person: inside an idiom or a title ("Noah's ark",
 * "Jack of all trades", "Matilda the Musical"), or after another first name, where it is a
 * surname ("Dylan Thomas", "Amelia Earhart").
 */
const IDIOMS = new PhraseMatcher<true>();
for (const phrase of LEXICONS.names.nameIdioms) IDIOMS.add(phrase, true);
const ANIMALS = new PhraseMatcher<true>();
for (const animal of LEXICONS.names.animals) ANIMALS.add(animal, true);
const ROLES = LEXICONS.names.roles.map((role) => {
  const when = new PhraseMatcher<true>();
  for (const phrase of role.when) when.add(phrase, true);
  return { when, names: new Set(role.names.flatMap((n) => phraseWords(n))) };
});
const roleCache = new WeakMap<DraftContext, Set<string>>();

/** "Mary" and "Joseph" in a post about the nativity are parts in a play, not children. */
export function isRoleInPlay(ctx: DraftContext, index: number): boolean {
  let names = roleCache.get(ctx);
  if (!names) {
    names = new Set();
    for (const role of ROLES) if (role.when.matchAll(ctx.doc.tokens).length > 0) role.names.forEach((n) => names!.add(n));
    roleCache.set(ctx, names);
  }
  return names.has(ctx.doc.tokens[index]!.norm);
}

/** "Our class snake Sid", "the class hamster, Biscuit": the pet's name. */
export function afterAnAnimal(ctx: DraftContext, index: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let start = Math.max(0, index - 3); start < index; start++) {
    if (ANIMALS.longestAt(tokens, start, index)?.last === index - 1 && tokens[start]!.sentence === tokens[index]!.sentence) return true;
  }
  return false;
}
export const NOT_NAMES: ReadonlySet<string> = new Set(LEXICONS.names.notNames);
const WORD_NAMES: ReadonlySet<string> = new Set(LEXICONS.names.wordNames);
const covered = new WeakMap<DraftContext, Uint8Array>();

export function inNameIdiom(ctx: DraftContext, index: number): boolean {
  let marks = covered.get(ctx);
  if (!marks) {
    marks = new Uint8Array(ctx.doc.tokens.length);
    for (const m of IDIOMS.matchAll(ctx.doc.tokens)) marks.fill(1, m.first, m.last + 1);
    covered.set(ctx, marks);
  }
  return marks[index] === 1;
}

/** "Jude the Obscure", "George and the Dragon", "Matilda the Musical": a title, not a person. */
export function inTitle(ctx: DraftContext, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const at = (k: number) => (tokens[k] && tokens[k]!.sentence === tokens[last]!.sentence ? tokens[k] : undefined);
  const [a, b, c] = [at(last + 1), at(last + 2), at(last + 3)];
  if (a?.norm === 'the' && b?.capitalised) return true;
  return a?.norm === 'and' && b?.norm === 'the' && c?.capitalised === true;
}

export function followsAFirstName(ctx: DraftContext, index: number): boolean {
  const tokens = ctx.doc.tokens;
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  return (
    previous !== undefined &&
    previous.sentence === token.sentence &&
    previous.kind === 'word' &&
    previous.capitalised &&
    !previous.allCaps &&
    /^\s+$/.test(token.gapBefore) &&
    !NOT_NAMES.has(previous.norm) &&
    (isKnownFirstName(previous.norm) || WORD_NAMES.has(previous.norm) || /FirstName|Person/.test([...ctx.tagger.tagsAt(ctx.doc, index - 1)].join()))
  );
}
