import { isTitleAt, referenceAt } from '../context/community';
import { isEverydayWord } from '../context/names-knowledge';
import { z } from 'zod';
import { defineDetector, type NameSink } from '../detector';
import type { DraftView } from '../draft';
import { compiledNames } from './compiled-names';
import type { NameIndex, NameList } from './roster';

/**
 * Staff are not a finding on their own, but a remark aimed at them is aimed at the school
 * community, and a colleague named in a school post is not a pupil. Staff are recognised from the
 * settings and from titles ("Mrs Pritchard", "Mr Jones").
 */
export function markStaff(ctx: DraftView, found: NameSink, staff: NameList, pupils?: NameIndex): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.isClaimed(i)) continue;
    const token = tokens[i]!;
    const named = token.kind === 'word' ? staff.fullNames.longestAt(tokens, i) : undefined;
    if (named && named.values.some((v) => v.form === 'full')) {
      found.claim(i, named.last);
      found.reference(referenceAt(doc, 'staff', true, i, named.last));
      i = named.last;
      continue;
    }
    // A colleague's first name alone ("Mererid's been signed off"), when written as a name.
    const staffGiven = token.kind === 'word' ? staff.givenNames.longestAt(tokens, i) : undefined;
    // "mam Dewi": a pupil's own first name is not a colleague's nickname (Dewi for a Dafydd on the staff list, thirteenth session).
    const given = staffGiven && staffGiven.values.every((v) => v.form === 'nickname') && pupils?.givenNames.longestAt(tokens, i)?.values.some((v) => v.form === 'given') ? undefined : staffGiven;
    // Typed in lower case ("delyth's been signed off"), a first name that is no everyday word is still the colleague.
    const lowerName = given !== undefined && !token.capitalised && token.norm.length >= 4 && given.values.every((v) => !v.entry.wordLike) && !isEverydayWord(token.norm);
    if (given && (token.capitalised || lowerName) && given.values.some((v) => !v.entry.wordLike || !token.sentenceStart)) {
      const after = tokens[given.last + 1];
      const surnameFollows = after?.sentence === token.sentence && after.capitalised && /^\s+$/.test(after.gapBefore) && !isEverydayWord(after.norm);
      if (!surnameFollows) {
        found.claim(i, given.last);
        found.reference(referenceAt(doc, 'staff', true, i, given.last));
        i = given.last;
        continue;
      }
    }
    const next = tokens[i + 1];
    // Welsh "sir" after its article is the county ("efo'r sir drwy'r pnawn", "y sir"), never the teacher.
    const before = tokens[i - 1];
    const county = token.norm === 'sir' && before !== undefined && before.sentence === token.sentence && (/^(y|yr)$/.test(before.norm) || /['’]r$/iu.test(before.raw));
    if (isTitleAt(tokens, i) && !county && next && next.sentence === token.sentence && (next.capitalised || /^[.\s]+$/.test(next.gapBefore))) {
      // "Mrs O'Brien-Jones", "Miss K": the title and the name(s) after it.
      let last = i + 1;
      while (tokens[last + 1]?.capitalised && /^[\s\-]+$/.test(tokens[last + 1]!.gapBefore) && last - i < 3) last++;
      found.claim(i, last);
      found.reference(referenceAt(doc, 'staff', true, i, last));
      i = last;
    }
  }
}

export const staffDetector = defineDetector({
  id: 'staff',
  phase: 'names',
  description: 'Colleagues, from the staff list and from titles ("Mrs Pritchard"): not a finding, but whom a remark or a matter can be about.',
  rules: {},
  lexicon: z.object({}),
  select: () => ({}),
  compile: (_data, config) => ({ staff: compiledNames(config).staff, pupils: compiledNames(config).roster }),
  run: ({ staff, pupils }, { view, found }) => {
    markStaff(view, found, staff, pupils);
    return { findings: [] };
  },
});
