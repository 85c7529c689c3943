/**
 * The short title a teacher scans beside a clause's number, made from the clause's own first
 * sentence (an item of a list is read with the words that introduce the list: "Employees must
 * not … bring the school into disrepute"), and the stable ids of clauses that have no number.
 */
export const TITLE_MAX = 80;
export const ID_MAX = 20;

export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?=\s+[A-Z“"‘(]|$)/su.exec(text);
  return (match?.[1] ?? text).trim();
}

/** "Staff must not", "Employees should not", "School representatives should not" from the words that introduce a list. */
export function leadInPrefix(leadIn: string): string | undefined {
  const match = /^(.{1,45}?\b(?:must|should|shall|may|will|can|are expected to|are required to)(?: not| never)?)\b/i.exec(leadIn);
  return match?.[1];
}

export function makeTitle(text: string, leadIn?: string): string {
  let title = firstSentence(text).replace(/[\s;:,.]+$/u, '').replace(/[;,]?\s+(?:and|or)$/i, '');
  const fragment = /^[\p{Ll}]/u.test(title);
  const prefix = fragment && leadIn ? leadInPrefix(leadIn) : undefined;
  if (prefix) title = `${prefix} … ${title}`;
  title = title.charAt(0).toUpperCase() + title.slice(1);
  if (title.length > TITLE_MAX) {
    const cut = title.slice(0, TITLE_MAX - 1);
    const space = cut.lastIndexOf(' ');
    title = `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/u, '')}…`;
  }
  return title.length >= 3 ? title : `Clause: ${title}`;
}

/** "Terms of use" → "terms-of-use"; shortened a word at a time so that `${slug}${suffix}` fits an id. */
export function slug(heading: string, suffix: string): string {
  const words = heading
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  while (words.length > 1 && `${words.join('-')}${suffix}`.length > ID_MAX) words.pop();
  const base = (words.join('-') || 'clause').slice(0, Math.max(1, ID_MAX - suffix.length));
  return `${base}${suffix}`;
}

/** Headings written in capitals ("GENERAL ADVICE") read as "General advice". */
export function headingCase(heading: string): string {
  if (!/\p{Lu}{3}/u.test(heading) || /\p{Ll}/u.test(heading)) return heading;
  const lower = heading.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
