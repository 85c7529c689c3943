import { HONORIFICS, referenceAt } from '../context/community';
import { isEverydayWord } from '../context/names-knowledge';
import type { DraftContext } from '../draft';
import type { NameList } from './roster';

/**
 * Staff are not a finding on their own, but a remark aimed at them is aimed at the school
 * community, and a colleague named in a school post is not a pupil. Staff are recognised from the
 * settings and from titles ("Mrs Pritchard", "Mr Jones").
 */
export function markStaff(ctx: DraftContext, staff: NameList): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.isClaimed(i)) continue;
    const token = tokens[i]!;
    const named = token.kind === 'word' ? staff.fullNames.longestAt(tokens, i) : undefined;
    if (named && named.values.some((v) => v.form === 'full')) {
      ctx.claim(i, named.last);
      ctx.addReferences(referenceAt(doc, 'staff', true, i, named.last));
      i = named.last;
      continue;
    }
    // A colleague's first name alone ("Mererid's been signed off"), when written as a name.
    const given = token.kind === 'word' ? staff.givenNames.longestAt(tokens, i) : undefined;
    if (given && token.capitalised && given.values.some((v) => !v.entry.wordLike || !token.sentenceStart)) {
      const after = tokens[given.last + 1];
      const surnameFollows = after?.sentence === token.sentence && after.capitalised && /^\s+$/.test(after.gapBefore) && !isEverydayWord(after.norm);
      if (!surnameFollows) {
        ctx.claim(i, given.last);
        ctx.addReferences(referenceAt(doc, 'staff', true, i, given.last));
        i = given.last;
        continue;
      }
    }
    const next = tokens[i + 1];
    if (HONORIFICS.has(token.norm) && next && next.sentence === token.sentence && (next.capitalised || /^[.\s]+$/.test(next.gapBefore))) {
      // "Mrs O'Brien-Jones", "Miss K": the title and the name(s) after it.
      let last = i + 1;
      while (tokens[last + 1]?.capitalised && /^[\s\-]+$/.test(tokens[last + 1]!.gapBefore) && last - i < 3) last++;
      ctx.claim(i, last);
      ctx.addReferences(referenceAt(doc, 'staff', true, i, last));
      i = last;
    }
  }
}
