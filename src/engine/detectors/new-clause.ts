import type { DraftView } from '../draft';

/**
 * "The cut is a disgrace, small rural schools will feel it first", "that policy is vile, staff
 * deserve better": people named after a comma who are the subject of a verb of their own start a
 * new clause; the verdict before the comma is not said of them ("a disgrace, the lot of them",
 * "a disgrace, that family" have no verb after the people, and stay aimed at them).
 */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'wont', 'can', 'cant', 'could', 'should', 'shouldnt', 'must', 'may', 'might', 'deserve', 'deserves', 'need', 'needs', 'are', 'arent', 'were', 'have', 'havent', 'has', 'get', 'gets', 'lose', 'losing', 'pay', 'suffer', 'suffers', 'feel', 'bear', 'end', 'always', 'never', 'already', 'just', 'still', 'dont', 'do', 'did', 'didnt', 'fydd', 'bydd', 'sydd', 'syn']);

const PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'he', 'she', 'him', 'her', 'you', 'ye', 'nhw', 'hi', 'fe', 'fo', 'e', 'o', 'chi']);

export function startsAClause(view: DraftView, first: number, last: number): boolean {
  const tokens = view.doc.tokens;
  // "some staff are deadwood, and they should be managed out": a pronoun after the comma is the same people again.
  if (tokens.slice(first, last + 1).some((t) => PRONOUNS.has(t.norm))) return false;
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]!.sentence) return false;
  return CLAUSE_VERBS.has(next.norm);
}
