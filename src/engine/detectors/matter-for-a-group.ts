import type { DraftView } from '../draft';

/**
 * "pay freeze for support staff again", "redundancies across the support staff", "a pay cut for all
 * TAs": a staff matter joined by "for"/"across"/"among" to a whole group of staff is a decision about
 * the workforce, talked of everywhere (unions, news, trusts' published pay), not one colleague's
 * confidential matter; someone named later in the sentence ("while the CEO is on £190k") is the
 * contrast drawn, not the one it is about. "pay freeze for Mrs Hughes" (one person) stays a matter.
 */
const LINKS: ReadonlySet<string> = new Set(['for', 'across', 'among', 'amongst', 'to', 'on', 'i', 'ar', 'all', 'our', 'the', 'every', 'ein', 'y', 'yr', 'pob']);

export function matterForAGroup(ctx: DraftView, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[last]!.sentence;
  const link = tokens[last + 1];
  if (!link || link.sentence !== sentence || !/^(for|across|among|amongst|i|ar)$/.test(link.norm)) return false;
  const refs = ctx.referencesNear(last + 1, last + 4, 0);
  for (const r of refs) {
    if (r.sentence !== sentence || r.first <= last || r.group !== 'staff') continue;
    if (r.individual || r.named) return false;
    // "for support staff", "for all teaching staff": up to two words of the group's kind may stand before it.
    const between = tokens.slice(last + 2, r.first);
    return between.filter((t) => !LINKS.has(t.norm)).length <= 2 && between.every((t) => t.kind === 'word' && !t.capitalised);
  }
  return false;
}
