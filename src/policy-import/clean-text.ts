/**
 * What a policy's words become in a pack: whitespace folded to single spaces, and the `**` bold
 * marks some text exports leave, dropped (the same folding the packs' verbatim test applies).
 * Nothing else about the words changes: no spelling, punctuation or quote marks.
 */
export function foldText(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** Page furniture a PDF or a Word export leaves between paragraphs: page numbers, "Page 3 of 8", "Back to contents". */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return (
    /^\d{1,3}$/.test(t) ||
    /^(?:page|tudalen)\s+\d{1,3}(?:\s+(?:of|o)\s+\d{1,3})?$/i.test(t) ||
    /^-\s*\d{1,3}\s*-$/.test(t) ||
    /^back to (?:the )?(?:contents|top)$/i.test(t) ||
    /^\d{1,3}\s*\|\s*page$/i.test(t)
  );
}

/** A line of a table of contents: a title, a leader of dots, a page number. */
export function isContentsLine(line: string): boolean {
  return /(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{1,3}\s*$/.test(line.trim());
}
