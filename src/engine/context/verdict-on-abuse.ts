import type { Token } from '../text/tokenize';

/**
 * "the abuse she gets online is vile", "the racism aimed at him is disgusting", "the comments
 * under her posts are foul": a verdict whose subject is the abuse itself is counter-speech, said
 * of the abuse, not of the person it is aimed at. The abuse noun comes after a determiner ("the",
 * "that", "all the"), and a copula ("is", "are", "was") stands right before the verdict. Not "the
 * kids who shout abuse are vile" (no determiner before the abuse: the kids are the subject).
 */
const ABUSE: ReadonlySet<string> = new Set(['abuse', 'trolling', 'trolls', 'racism', 'sexism', 'misogyny', 'homophobia', 'transphobia', 'islamophobia', 'antisemitism', 'bigotry', 'hate', 'hatred', 'harassment', 'bullying', 'comments', 'messages', 'replies', 'threats', 'slurs', 'treatment', 'pile-on', 'language', 'rhetoric', 'headlines', 'coverage', 'cam-drin', 'camdriniaeth', 'hiliaeth', 'sylwadau', 'negeseuon']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'all', 'such', 'those', 'these', 'y', 'yr']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'its', 'being']);
const INTENSIFIERS: ReadonlySet<string> = new Set(['so', 'just', 'absolutely', 'truly', 'really', 'utterly', 'genuinely', 'frankly', 'honestly', 'totally', 'completely', 'beyond', 'quite', 'pretty', 'properly']);
const REACH = 8;

export function verdictOnAbuse(tokens: readonly Token[], cueFirst: number): boolean {
  const sentence = tokens[cueFirst]?.sentence;
  let k = cueFirst - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence && INTENSIFIERS.has(tokens[k]!.norm)) k--;
  if (k < 0 || tokens[k]!.sentence !== sentence || !COPULAS.has(tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= 1 && j >= k - REACH && tokens[j]!.sentence === sentence; j--) {
    if (ABUSE.has(tokens[j]!.norm) && DETERMINERS.has(tokens[j - 1]!.norm) && tokens[j - 1]!.sentence === sentence) return true;
  }
  return false;
}
