import type { Engine } from '../analyse';
import type { EngineFinding } from '../types';

/**
 * The text detectors run on the words read in a photo, as they run on a draft (the same folding
 * of case, accents and punctuation, the same roster matching), plus one thing photos need and
 * drafts do not: identity cards, registers and exam labels print names surname first ("SAVA
 * IOAN", "Sava, Ioan"), so every short line that could be a name is also read in the other
 * order. A name found that way is reported with the words as the photo shows them.
 */
export function photoTextFindings(analyser: Engine, text: string): EngineFinding[] {
  if (text.trim() === '') return [];
  const direct = analyser.analyse(text).filter((f) => !isGuessOnFragment(f));
  const turned = text.split('\n').flatMap(otherOrders);
  if (turned.length === 0) return direct;

  const found: EngineFinding[] = [];
  const namedLines = new Set<string>();
  for (const { line, reordered } of turned) {
    for (const finding of analyser.analyse(reordered)) {
      if (finding.category !== 'pupil-name') continue;
      namedLines.add(line);
      found.push({ ...finding, match: line, start: 0, end: 0 });
    }
  }
  // A line named a pupil in the other order: what the same line gave as it stands (a first name alone) says less.
  const offsets = lineOffsets(text);
  const kept = direct.filter((f) => !(f.category === 'pupil-name' && namedLines.has(lineAt(offsets, f.start))));
  const seen = new Set<string>();
  return [...kept, ...found].filter((f) => {
    const key = `${f.ruleId}\u0000${f.match}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The learned layers' "possible" (info) on text read from a photo: what a photo holds is labels, signs
 * and menus, not sentences, and a lone "Fat" on a food label is not an insult (nor "Off sick" on a
 * rota a confidential matter). The models' confident findings and every rule's findings are kept.
 */
function isGuessOnFragment(finding: EngineFinding): boolean {
  return (finding.ruleId === 'derogatory/learned' || finding.ruleId === 'confidential/learned') && finding.severity === 'info';
}

/** "SAVA IOAN" → "IOAN SAVA"; "Sava, Ioan" → "Ioan Sava"; three words: the last first, and the first last. */
function otherOrders(line: string): { line: string; reordered: string }[] {
  const trimmed = line.trim();
  const comma = /^([\p{L}'’-]+),\s*([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)$/u.exec(trimmed);
  if (comma) return [{ line: trimmed, reordered: `${comma[2]} ${comma[1]}` }];
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[\p{L}][\p{L}'’-]*$/u.test(w))) return [];
  if (words.length === 2) return [{ line: trimmed, reordered: `${words[1]} ${words[0]}` }];
  return [
    { line: trimmed, reordered: `${words[1]} ${words[2]} ${words[0]}` },
    { line: trimmed, reordered: `${words[2]} ${words[0]} ${words[1]}` },
  ];
}

function lineOffsets(text: string): { start: number; line: string }[] {
  let start = 0;
  return text.split('\n').map((line) => {
    const entry = { start, line: line.trim() };
    start += line.length + 1;
    return entry;
  });
}
function lineAt(offsets: { start: number; line: string }[], at: number): string {
  let found = offsets[0]?.line ?? '';
  for (const o of offsets) if (o.start <= at) found = o.line;
  return found;
}
