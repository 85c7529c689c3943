import type { Finding } from '../engine/types';

/**
 * A scenario's draft with the words behind each finding marked in the severity's colour, as the
 * extension underlines them on the real sites. Overlapping findings mark the first span only.
 */
export function DraftWithMarks({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: { text: string; finding?: Finding }[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    if (finding.start > at) parts.push({ text: text.slice(at, finding.start) });
    parts.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <p className="mock-text" data-part="draft">
      {parts.map((part, i) =>
        part.finding ? (
          <mark key={i} data-severity={part.finding.severity} data-category={part.finding.category}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
