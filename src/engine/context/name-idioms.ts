import { LEXICONS } from '../rules';
import type { DraftContext } from '../draft';
import { PhraseMatcher } from '../text/phrases';
import { isKnownFirstName } from './names-knowledge';

/**
 * When a given name in a draft is not a person: inside an idiom or a title ("Noah's ark",
 * "Jack of all trades", "Matilda the Musical"), or after another first name, where it is a
 * surname ("Dylan Thomas", "Amelia Earhart").
 */
let idioms: PhraseMatcher<true> | undefined;
export const NOT_NAMES: ReadonlySet<string> = new Set(LEXICONS.names.notNames);
const covered = new WeakMap<DraftContext, Uint8Array>();

export function inNameIdiom(ctx: DraftContext, index: number): boolean {
  let marks = covered.get(ctx);
  if (!marks) {
    if (!idioms) {
      idioms = new PhraseMatcher<true>();
      for (const phrase of LEXICONS.names.nameIdioms) idioms.add(phrase, true);
    }
    marks = new Uint8Array(ctx.doc.tokens.length);
    for (const m of idioms.matchAll(ctx.doc.tokens)) marks.fill(1, m.first, m.last + 1);
    covered.set(ctx, marks);
  }
  return marks[index] === 1;
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
    isKnownFirstName(previous.norm)
  );
}
