import type { Block } from './blocks';
import { foldText, isContentsLine, isPageFurniture } from './clean-text';
import { language } from './language';
import { readMarker, romanValue, type Marker } from './markers';
import { headingCase, ID_MAX, makeTitle, slug } from './titles';

/**
 * A policy's paragraphs into clauses, keeping the policy's own numbering: "7.4.3" stays 7.4.3, the
 * lettered items of clause 3 are 3(a), 3(b), a roman sub-item 3(d)(ii); paragraphs with no number
 * take a stable id from their heading and their place under it ("terms-of-use-9"), as the Westacre
 * pack does. The text of each clause is the policy's own, with whitespace folded and nothing else.
 */
export interface SegmentedClause {
  id: string;
  title: string;
  heading?: string;
  text: string;
  /** Where the id comes from: the policy's own number, or its heading and place. */
  idFrom: 'number' | 'heading';
  /** The words that introduce the list this clause is an item of ("Staff should not:"). */
  leadIn?: string;
  /** A bilingual policy's Welsh for the same clause (the pack quotes the English). */
  welsh?: string;
  /** It comes after a heading such as "Appendix 1" (forms, templates): rarely what a finding should cite. */
  appendix?: true;
}

export interface Segmentation {
  /** The document's title as it gives it, if it gives one. */
  title?: string;
  /** "Adopted by … governing body, December 2025", when the document says. */
  adopted?: string;
  clauses: SegmentedClause[];
  /** What a person checking the result should know (ids made up, texts shortened, Welsh set aside). */
  notes: string[];
}

interface Draft extends SegmentedClause {
  parent?: Draft;
  /** A list item: its parent is the clause the list belongs to. */
  item?: boolean;
  /** The last lettered and roman items under it, to number the next one. */
  lastLetter?: Draft;
}

const TERMINAL = /[.;:,!?]$/u;
const CLAUSE_TEXT_MAX = 2000;

/** Short, unpunctuated, capitalised: "Terms of use", "GENERAL ADVICE", "Guidance/ protection for staff on using social networking". */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    text.length >= 3 &&
    text.length <= 100 &&
    words.length <= 14 &&
    !TERMINAL.test(text) &&
    /^[\p{Lu}\d]/u.test(text) &&
    // A line of a form or a table ("Signed", "Date") is too short to head anything; a sentence has a verb-ish length.
    /\p{L}{3}/u.test(text)
  );
}

/** "The above is a non-exhaustive list": words about the whole list, written after its last item. */
const LIST_TAIL = /(?<=[.;])\s+((?:The|This) (?:above|list|foregoing)\b.*|These (?:are|examples)\b.*|The list above\b.*)$/su;

interface Unit {
  marker: Marker;
  text: string;
  heading: boolean;
}

export function segmentPolicy(blocks: readonly Block[]): Segmentation {
  const notes: string[] = [];
  const units = mergeContinuations(toUnits(cleanBlocks(blocks)));
  const drafts: Draft[] = [];
  let heading: string | undefined;
  let section: string | undefined;
  let current: Draft | undefined;
  let lastNumbered: Draft | undefined;
  const paragraphsUnder = new Map<string, number>();
  const front: string[] = [];

  let inAppendix = false;
  const add = (draft: Draft) => {
    if (inAppendix) draft.appendix = true;
    drafts.push(draft);
    return draft;
  };

  /** The first word of the last unmarked item of a list introduced by a colon ("That the reputation…"). */
  let listWord: string | undefined;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const { marker } = unit;
    // After "The purpose of this policy is to ensure:", short lines with no bullet left in the export are its items.
    const firstWord = unit.text.split(' ')[0]!;
    if (!unit.heading && marker.kind === 'none' && current && looksLikeHeading(unit.text) && unit.text.split(' ').length >= 4 && (current.text.endsWith(':') ? listWord === undefined : listWord === firstWord)) {
      current.text = `${current.text} ${unit.text}`;
      listWord = firstWord;
      continue;
    }
    listWord = undefined;
    if (unit.heading || (marker.kind === 'none' && looksLikeHeading(unit.text))) {
      if (drafts.length === 0) front.push(unit.text);
      heading = headingCase(unit.text);
      if (/^(?:appendix|annex|atodiad)\b/i.test(unit.text)) inAppendix = true;
      section = undefined;
      current = undefined;
      lastNumbered = undefined;
      continue;
    }
    if (marker.kind === 'number' && !followsSibling(lastNumbered, marker.parts) && isNumberedHeading(unit, units[i + 1])) {
      heading = headingCase(unit.text);
      section = marker.label;
      current = undefined;
      lastNumbered = undefined;
      continue;
    }
    if (marker.kind === 'number') {
      const [text, tail] = splitListTail(unit.text);
      current = lastNumbered = add({ id: marker.label, title: '', ...(heading ? { heading } : {}), text, idFrom: 'number' });
      if (tail) attachTail(drafts, current, tail);
      continue;
    }
    if (marker.kind === 'letter' || marker.kind === 'roman') {
      const owner = listOwner(current, lastNumbered);
      if (!owner) {
        current = add(paragraph(unit.text));
        continue;
      }
      const [text, tail] = splitListTail(unit.text);
      const { parent, value } = placeItem(owner, marker);
      const item = add({ id: `${parent.id}(${value})`, title: '', ...(heading ? { heading } : {}), text, idFrom: parent.idFrom, parent, item: true });
      if (marker.kind === 'letter' && parent === rootOf(owner) && !isRomanUnder(owner, marker)) parent.lastLetter = item;
      current = item;
      if (tail) attachTail(drafts, item, tail);
      continue;
    }
    if (marker.kind === 'bullet') {
      // A bulleted point belongs to the clause it is listed under.
      if (current) current.text = `${current.text} ${unit.text}`;
      else current = add(paragraph(unit.text));
      continue;
    }
    // A paragraph with no number.
    const tail = LIST_TAIL.exec(` ${unit.text}`);
    if (tail && current) {
      attachTail(drafts, current, unit.text);
      continue;
    }
    if (current && current.idFrom === 'number') {
      current.text = `${current.text} ${unit.text}`;
      continue;
    }
    if (current && current.idFrom === 'heading' && current.text.endsWith(':') && !drafts.some((d) => d.parent === current)) {
      // "Social Networking applications:" introduces the paragraph after it.
      current.text = `${current.text} ${unit.text}`;
      continue;
    }
    if (section && !drafts.some((d) => d.id === section)) {
      // A numbered section's own paragraph, before (or without) numbered sub-clauses: cited as the section.
      current = lastNumbered = add({ id: section, title: '', ...(heading ? { heading } : {}), text: unit.text, idFrom: 'number' });
      continue;
    }
    if (drafts.length === 0 && !heading) {
      front.push(unit.text);
      continue;
    }
    current = add(paragraph(unit.text));
  }

  function paragraph(text: string): Draft {
    const key = heading ?? '';
    const n = (paragraphsUnder.get(key) ?? 0) + 1;
    paragraphsUnder.set(key, n);
    return { id: slug(heading ?? 'paragraph', `-${n}`), title: '', ...(heading ? { heading } : {}), text, idFrom: 'heading' };
  }

  let clauses = mergeBilingual(drafts, notes);
  clauses = resolveDuplicates(clauses, notes);
  splitLeadIns(clauses);
  const finished = finish(clauses, notes);
  return { ...documentTitle(front), ...adoption(blocks), clauses: finished, notes };
}

/** Page numbers, running footers and contents lines out; whitespace folded. */
function cleanBlocks(blocks: readonly Block[]): Block[] {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const line of block.text.split('\n')) {
    const key = foldText(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const furniture = (line: string) => {
    const key = foldText(line);
    // A line repeated three times or more, on its own, is a running header or footer.
    return isPageFurniture(key) || isContentsLine(key) || /^(?:contents|table of contents|cynnwys)$/i.test(key) || ((counts.get(key) ?? 0) >= 3 && key.length >= 15 && key.length < 120 && readMarker(key).marker.kind === 'none');
  };
  const cleaned: Block[] = [];
  for (const block of blocks) {
    const lines = block.text.split('\n').filter((line) => !furniture(line));
    const text = lines.join('\n');
    if (foldText(text) !== '') cleaned.push({ ...block, text });
  }
  return cleaned;
}

function toUnits(blocks: readonly Block[]): Unit[] {
  return blocks.map((block) => {
    const folded = foldText(block.text);
    if (block.listLabel !== undefined) {
      const fromLabel = readMarker(`${block.listLabel} x`).marker;
      return { marker: fromLabel, text: folded, heading: false };
    }
    const { marker, rest } = readMarker(folded);
    return { marker: block.bullet && marker.kind === 'none' ? { kind: 'bullet' } : marker, text: rest, heading: block.heading === true && marker.kind !== 'number' };
  });
}

/** A line cannot end a sentence on "the" or a comma: "…bringing the School or the" / "County Council into disrepute." */
const OPEN_END = /(?:,|\b(?:the|a|an|of|to|and|or|in|for|with|by|on|at|from|that|which|its|their|is|are|be|as|any|this|these|our|your|his|her|y|yr|a'r|a’r|ac|neu|i|o)\s*)$/u;

/** A paragraph that starts in lower case carries on the one before, split by a page break or a blank line in the export. */
function mergeContinuations(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    const continues = /^[\p{Ll}]/u.test(unit.text) || OPEN_END.test(previous?.text ?? '');
    if (previous && unit.marker.kind === 'none' && !unit.heading && continues && !previous.heading) {
      previous.text = `${previous.text} ${unit.text}`;
      continue;
    }
    out.push({ ...unit });
  }
  return out;
}

/** "3. Personal use of social media at work", followed by its own 3.1 or by a paragraph, is the section's heading. */
function isNumberedHeading(unit: Unit, next: Unit | undefined): boolean {
  if (unit.marker.kind !== 'number' || !looksLikeHeading(unit.text)) return false;
  if (!next) return false;
  if (next.marker.kind === 'number') {
    const parts = unit.marker.parts;
    const nextParts = next.marker.parts;
    return nextParts.length > parts.length && parts.every((p, i) => nextParts[i] === p);
  }
  return next.marker.kind === 'none' || next.heading;
}

/** "2. Protect staff" straight after clause "1. Protect the school" is the next clause, however short. */
function followsSibling(last: Draft | undefined, parts: number[]): boolean {
  if (!last || last.idFrom !== 'number' || last.item) return false;
  const lastParts = last.id.split('.').map(Number);
  return lastParts.length === parts.length && lastParts.every((p, i) => (i < parts.length - 1 ? p === parts[i] : p + 1 === parts[i]));
}

function rootOf(draft: Draft): Draft {
  let at = draft;
  while (at.item && at.parent) at = at.parent;
  return at;
}

function listOwner(current: Draft | undefined, lastNumbered: Draft | undefined): Draft | undefined {
  return current ?? lastNumbered;
}

/** An "i." straight after "d)" is a roman sub-item of (d); after "h)" it is the letter i. */
function isRomanUnder(owner: Draft, marker: Marker): boolean {
  const root = rootOf(owner);
  const last = root.lastLetter;
  if (!last || (marker.kind !== 'roman' && marker.kind !== 'letter') || marker.roman === undefined) return false;
  const lastValue = /\(([a-z]+)\)$/.exec(last.id)?.[1] ?? '';
  // A list numbered (i), (ii), (iii) from the start is one list, not romans under the letter i.
  const lastRoman = romanValue(lastValue);
  if (lastRoman !== undefined && marker.roman === lastRoman + 1) return false;
  if (marker.kind === 'roman') return true;
  const nextLetter = lastValue.length === 1 ? String.fromCharCode(lastValue.charCodeAt(0) + 1) : '';
  return marker.value !== nextLetter;
}

function placeItem(owner: Draft, marker: Marker & { kind: 'letter' | 'roman' }): { parent: Draft; value: string } {
  const root = rootOf(owner);
  if (isRomanUnder(owner, marker)) return { parent: root.lastLetter!, value: marker.value };
  return { parent: root, value: marker.value };
}

function splitListTail(text: string): [string, string | undefined] {
  const match = LIST_TAIL.exec(text);
  if (!match || match.index === undefined) return [text, undefined];
  return [text.slice(0, match.index).trim(), match[1]!.trim()];
}

/**
 * Words about a whole list ("The above is a non-exhaustive list…", after 7.14) are not the last
 * item's: they become a clause of their own after the list, "7-end", so every clause stays one
 * stretch of the policy's words.
 */
function attachTail(drafts: Draft[], item: Draft, tail: string) {
  const root = rootOf(item);
  const parentId = item.item ? root.id : root.id.includes('.') ? root.id.slice(0, root.id.lastIndexOf('.')) : undefined;
  const id = parentId ? `${parentId}-end` : `${item.id}-end`;
  drafts.push({ id, title: '', ...(item.heading ? { heading: item.heading } : {}), text: tail, idFrom: item.idFrom });
}

/** A clause given in Welsh and then in English under one number is one clause: the pack quotes the English. */
function mergeBilingual(drafts: Draft[], notes: string[]): Draft[] {
  const out: Draft[] = [];
  let merged = 0;
  for (const draft of drafts) {
    const previous = out[out.length - 1];
    if (previous && previous.id === draft.id) {
      const [a, b] = [language(previous.text), language(draft.text)];
      if (a !== b) {
        const english = a === 'en' ? previous : draft;
        const welsh = a === 'en' ? draft : previous;
        out[out.length - 1] = { ...english, welsh: welsh.text };
        merged++;
        continue;
      }
    }
    out.push(draft);
  }
  if (merged > 0) notes.push(`${merged} clauses are given in Welsh and in English under one number: the pack quotes the English of each (the Welsh is in the report).`);
  return out;
}

/**
 * Two clauses with one number ("1." in the aims of the policy statement and "1." of the procedure): the
 * numbering that runs longer (1, 2, 3… counted across headings, as Cadoxton's 1–17 runs) keeps its
 * numbers; the other's ids take their heading ("policy-statement:1").
 */
function resolveDuplicates(drafts: Draft[], notes: string[]): Draft[] {
  const runOf = new Map<Draft, Draft[]>();
  let run: Draft[] = [];
  for (const d of drafts) {
    if (d.idFrom !== 'number' || d.item) continue;
    const previous = run[run.length - 1];
    if (!previous || !followsSibling(previous, d.id.split('.').map(Number))) {
      if (!previous || !d.id.startsWith(`${previous.id}.`)) run = [];
    }
    run.push(d);
    runOf.set(d, run);
  }
  const size = (d: Draft) => runOf.get(d)?.length ?? 0;
  const seen = new Map<string, Draft[]>();
  for (const d of drafts) seen.set(d.id, [...(seen.get(d.id) ?? []), d]);
  const taken = new Set(drafts.map((d) => d.id));
  for (const [id, group] of seen) {
    if (group.length < 2) continue;
    const keeper = group.reduce((best, d) => (size(d) > size(best) ? d : best));
    for (const d of group) {
      if (d === keeper) continue;
      let renamed = slug(d.heading ?? 'part', `:${id}`);
      for (let n = 2; taken.has(renamed) || renamed.length > ID_MAX; n++) renamed = slug(d.heading ?? 'part', `:${id}-${n}`).slice(-ID_MAX);
      notes.push(`Clause number ${id} appears more than once; the one under “${d.heading ?? 'the start'}” is ${renamed}.`);
      // Its items follow it.
      for (const child of drafts) if (child.parent === d || child.id.startsWith(`${d.id}(`)) child.id = child.id.replace(d.id, renamed);
      d.id = renamed;
      taken.add(renamed);
    }
  }
  return drafts;
}

/**
 * "8.1 School workers … on social media. School representatives should not:" followed by 8.1.1…:
 * the last sentence introduces the items, so it is the items' lead-in rather than part of 8.1. A
 * clause that is nothing but its lead-in ("7.4 Employees must not … in a manner which may:") keeps it.
 */
function splitLeadIns(drafts: Draft[]) {
  for (const draft of drafts) {
    const children = drafts.filter((d) => d !== draft && (d.parent === draft || (d.idFrom === 'number' && draft.idFrom === 'number' && isChildNumber(draft.id, d.id))));
    if (children.length === 0 || !draft.text.endsWith(':')) continue;
    const sentences = draft.text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"‘(])/u);
    const leadIn = sentences[sentences.length - 1]!;
    if (sentences.length > 1) draft.text = sentences.slice(0, -1).join(' ');
    for (const child of children) child.leadIn = leadIn;
  }
}

function isChildNumber(parent: string, child: string): boolean {
  return child.startsWith(`${parent}.`) && child.split('.').length === parent.split('.').length + 1;
}

function finish(drafts: Draft[], notes: string[]): SegmentedClause[] {
  const out: SegmentedClause[] = [];
  let shortened = 0;
  const tooShort: string[] = [];
  for (const d of drafts) {
    let text = d.text.trim();
    if (text.length < 10 || !/\p{L}{3}/u.test(text)) {
      // A pack's clause has at least 10 characters; a numbered item shorter than that is named, not lost silently.
      if (d.idFrom === 'number' && /\p{L}/u.test(text)) tooShort.push(`${d.id} (“${text}”)`);
      continue;
    }
    if (text.length > CLAUSE_TEXT_MAX) {
      const cut = text.slice(0, CLAUSE_TEXT_MAX);
      const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
      text = cut.slice(0, end > 200 ? end + 1 : CLAUSE_TEXT_MAX).trim();
      shortened++;
    }
    out.push({
      id: d.id,
      title: makeTitle(text, d.leadIn),
      ...(d.heading ? { heading: d.heading.slice(0, 120) } : {}),
      text,
      idFrom: d.idFrom,
      ...(d.leadIn ? { leadIn: d.leadIn } : {}),
      ...(d.welsh ? { welsh: d.welsh } : {}),
      ...(d.appendix ? { appendix: true as const } : {}),
    });
  }
  if (tooShort.length > 0) notes.push(`Too short to quote as a clause (a pack's clause has at least 10 characters), so left out: ${tooShort.join(', ')}.`);
  if (shortened > 0) notes.push(`${shortened} clause${shortened === 1 ? ' is' : 's are'} longer than a pack allows (2,000 characters): quoted up to the last full sentence that fits.`);
  const made = out.filter((c) => c.idFrom === 'heading').length;
  if (made > 0) notes.push(`${made} paragraph${made === 1 ? ' has' : 's have'} no number in the policy: ${made === 1 ? 'its id is' : 'their ids are'} made from ${made === 1 ? 'its' : 'their'} heading and place (e.g. “${out.find((c) => c.idFrom === 'heading')!.id}”).`);
  return out;
}

/** The first heading-like lines before any clause that name a policy. */
function documentTitle(front: readonly string[]): { title?: string } {
  const titled = front.filter((line) => line.length <= 160);
  const policy =
    titled.find((line) => /\b(?:social|media|networking|internet|online|conduct|acceptable use|cyfryngau)\b.*\b(?:polic(?:y|ies)|code|polisi)\b|\b(?:polisi|policy)\b.*\b(?:cyfryngau|social)\b/i.test(line)) ??
    titled.find((line) => /\bpolicy$/i.test(line) && !/^(?:the )?policy statement$|^introduction\b/i.test(line));
  return policy ? { title: foldText(policy) } : {};
}

function adoption(blocks: readonly Block[]): { adopted?: string } {
  for (const block of blocks.slice(0, 40)) {
    for (const line of block.text.split('\n')) {
      const text = foldText(line);
      if (/\b(?:adopted|approved|ratified|agreed)\b[^.]{0,40}\b(?:by|on)\b/i.test(text) && text.length <= 200) return { adopted: text };
    }
  }
  return {};
}
