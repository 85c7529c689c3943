/** A one-line excerpt of a draft around a span, the span in [brackets]: "…well done [Amira], star of…". */
export function excerpt(text: string, start: number, end: number, around = 30): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, start))}[${oneLine(text.slice(start, end))}]${oneLine(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}
