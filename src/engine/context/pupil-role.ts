import { LEXICONS } from '../rules';
import { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';

/**
 * A team or stage role right after a name, the role a pupil has at school (`teamAndStageRoles` in
 * not-a-child.json): "Tyler Stone the goalkeeper", "Ffion the captain", "Tyler our narrator", "Cai y capten",
 * "Lowri ein hadroddwr". The roles are also a professional's ("the goalkeeper for Wales"), so the namesakes
 * rules once read a roster pupil named so as someone else (tenth session); a public figure is still told by
 * what else the draft says of them (a famous name, a club, two things only said of a professional).
 */
const ROLES = PhraseMatcher.of(LEXICONS.notAChild.teamAndStageRoles, { plurals: false });
/** What stands between the name and the role: "the", "our", "my", Welsh "y", "yr", "ein" ("Siôn Tudur, bardd o'r…" is a description). */
const LINKS: ReadonlySet<string> = new Set(['the', 'our', 'my', 'y', 'yr', 'ein', 'fy']);

/** "for Wales", "at Swansea", "dros Gymru": the side a professional plays for. */
const CLUB_LINKS: ReadonlySet<string> = new Set(['for', 'at', 'of', 'with', 'dros', 'i', 'gyda', 'efo']);

/** The role's words after the name ending at `last`, or undefined. */
export function pupilRoleAfter(tokens: readonly Token[], last: number): string | undefined {
  const sentence = tokens[last]!.sentence;
  let k = last + 1; // the link word
  if (tokens[k]?.sentence !== sentence || !LINKS.has(tokens[k]!.norm)) return undefined;
  k++;
  const role = tokens[k]?.sentence === sentence ? ROLES.longestAt(tokens, k) : undefined;
  if (!role || tokens[role.last]!.sentence !== sentence) return undefined;
  // "the goalkeeper for Wales", "the striker at Swansea", "capten Cymru": a nation's or a club's player, not a pupil's role.
  const [link, side] = [tokens[role.last + 1], tokens[role.last + 2]];
  if (link?.sentence === sentence && CLUB_LINKS.has(link.norm) && side?.sentence === sentence && side.capitalised) return undefined;
  if (link?.sentence === sentence && link.capitalised && /^\s+$/.test(link.gapBefore) && !link.sentenceStart) return undefined;
  return tokens
    .slice(last + 1, role.last + 1)
    .map((t) => t.raw)
    .join(' ');
}
