import { BARE_POSSESSIVES, ownCircleBefore, referenceAt } from '../context/community';
import { isEverydayWord, isKnownFirstName, isLowerCaseWordName, looksLikeASurname } from '../context/names-knowledge';
import { someoneElse, tradeMentionBefore } from '../context/not-a-pupil';
import type { ContextHit } from '../context/school-context';
import { z } from 'zod';
import { defineDetector, type NameSink } from '../detector';
import { NamesSchema, PupilCuesSchema, SchoolTypesSchema } from '../schemas/lexicons';
import { FamousNamesakesSchema } from '../schemas/famous-namesakes';
import { phraseWords } from '../text/phrases';
import { foldString } from '../text/fold';
import type { Token } from '../text/tokenize';
import { unreadWordNumbers } from '../text/vocabulary';
import { compiledNames } from './compiled-names';
import { famousNameFrom } from './famous-name-after';
import { compileNamesakes, namesakeAt, type NamesakeReading, type Namesakes } from './namesakes';
import { MutatedNames } from './welsh-name-mutations';
import { surnameFamilyAt, surnameFamilyFinding, surnameFinding } from './surname-family';
import { inChildFrame, parentFollows, praisedBefore } from '../context/child-frames';
import { childFrameAfter, welshSubject } from '../context/pupil-frames';
import { pupilRoleAfter } from '../context/pupil-role';
import { notAChildName } from '../context/not-a-child-name';
import { classCodeAfter, yearPlacedAfter } from '../context/class-code-after';
import { isPersonTag } from '../context/sentence-tags';
import type { DraftView } from '../draft';
import type { Severity } from '../types';
import type { NameIndex, NameMatch } from './roster';
import type { RawFinding } from './raw-finding';
import { say } from '../message-keys';

/**
 * Pupils from the roster, in every form people write them. A full name is always a finding;
 * a first name alone counts when the draft is about school, and not when it is a word
 * ("Amazing grace", "Summer is here") or someone else with that first name ("Grace Jones").
 */
export function findRosterPupils(ctx: DraftView, found: NameSink, roster: NameIndex, words: NameWords, namesakes?: Namesakes, mutations?: MutatedNames): RawFinding[] {
  const { doc } = ctx;
  const findings: RawFinding[] = [];
  let tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.isClaimed(i)) continue;
    // "ayeshas mum", "osian pritchards dad": a possessive typed without its apostrophe. Not when the
    // word as written ends a roster full name ("Zoë Williams' dad", "Ben Davies mum"): the surname
    // keeps its "s" and the full name is found.
    const shadowed = possessiveWithoutApostrophe(tokens, i, words);
    if (shadowed && !fullNameAsWritten(roster, tokens, i)) tokens = shadowed;
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      const matches = roster.squashedMatch(token);
      const full = matches?.filter((m) => m.form === 'full');
      if (full?.length) findings.push(fullNameFinding(ctx, found, i, i, full, 'hashtag'));
      else if (matches?.length) pushGivenAlone(ctx, found, words, findings, i, i, matches);
      continue;
    }
    // "the Malik girl", "the Brennan twins": a roster surname naming the child it stands before.
    const family = surnameChild(ctx, roster, tokens, i);
    if (family) {
      findings.push(surnameChildFinding(ctx, found, i, family.last, family.matches));
      i = family.last;
      continue;
    }
    // "the Gedge family", "that Fairweather woman": a roster surname naming the pupil's family, a parent through the child.
    const household = surnameFamilyAt(ctx, roster, tokens, i);
    if (household) {
      findings.push(surnameFamilyFinding(ctx, found, i, household.last, household.matches));
      i = household.last;
      continue;
    }
    const full = roster.fullNames.longestAt(tokens, i);
    if (full && initialsWritten(tokens, i, full.last, full.values[0]!)) {
      findings.push(fullNameFinding(ctx, found, i, full.last, full.values, 'words', namesakes, roster));
      i = full.last;
      continue;
    }
    // "jordon henderson in my class": a first name mistyped by one letter before the same pupil's surname (nineteenth session).
    const misspelt = full ? undefined : misspeltGivenName(roster, tokens, i);
    // Another known first name one letter away ("Amelie Clarke", perhaps the child's mother) is the pupil only beside school words.
    if (misspelt && (!misspelt.known || ctx.schoolContextNear(tokens[i]!.start, 'any'))) {
      findings.push(fullNameFinding(ctx, found, i, misspelt.last, misspelt.matches, 'words', namesakes, roster));
      i = misspelt.last;
      continue;
    }
    // "zainabs finally being assessed", "jaydens been excluded": a name's "'s" typed without its apostrophe (thirteenth session).
    const asTyped = roster.givenNames.longestAt(tokens, i);
    const bare = asTyped ? undefined : bareApostropheS(tokens, i, roster);
    if (bare) tokens = bare;
    const given = bare ? roster.givenNames.longestAt(tokens, i) : asTyped;
    // "Amira Noor Khan": a middle name the roster does not have, then the pupil's surname.
    const withMiddle = given && middleNameThenSurname(ctx, roster, given.last, given.values);
    if (withMiddle) {
      findings.push(fullNameFinding(ctx, found, i, withMiddle.last, withMiddle.matches, 'words'));
      i = withMiddle.last;
      continue;
    }
    // "seren ll", "osian ll": a Welsh surname's first letter is a digraph.
    const digraph = given && digraphInitial(tokens, given.last, given.values);
    if (digraph) {
      findings.push(fullNameFinding(ctx, found, i, given.last + 1, digraph, 'words'));
      i = given.last + 1;
      continue;
    }
    // "jordan henderson went to saudi": the rest of a well-known person's name after a roster first name.
    const famous = given && namesakes ? famousNameFrom(ctx, namesakes, i, given.last, ownSurnamesOf(given.values)) : undefined;
    if (famous !== undefined) {
      i = famous;
      continue;
    }
    if (given) {
      pushGivenAlone(ctx, found, words, findings, i, given.last, given.values, roster, tokens[given.last]!.possessive);
      i = given.last;
      continue;
    }
    // "i Gerys J", "gan Ddylan", "a Chaio": a first name in a Welsh mutation after the word that mutates it.
    const mutated = mutations?.lookup(tokens, i);
    if (mutated) {
      const initial = mutatedInitial(tokens, i, mutated);
      if (initial) {
        findings.push(fullNameFinding(ctx, found, i, i + 1, initial, 'words'));
        i++;
      } else pushGivenAlone(ctx, found, words, findings, i, i, mutated, roster, token.possessive);
    }
  }
  return findings;
}

/**
 * "jordon henderson", "Dexetr Nowak": a word one letter away from a roster pupil's first name (a letter struck for
 * another, two swapped, one left out or added), then that same pupil's surname as written. The surname typed
 * right anchors it, as the school's name anchors a mistyped word. A letter added or left out that makes another
 * known first name ("Katie" for "Kate") is someone else, and so is an everyday word ("Grave Hall"); a hashed roster (school-managed) keeps only hashes of
 * the spellings it lists, so it is not read so.
 */
function misspeltGivenName(roster: NameIndex, tokens: readonly Token[], i: number): { last: number; matches: NameMatch[]; known: boolean } | undefined {
  const typed = tokens[i]!;
  const next = tokens[i + 1];
  if (typed.norm.length < 4 || !/^\p{L}+$/u.test(typed.norm) || isEverydayWord(typed.norm) || !next || next.kind !== 'word' || next.sentence !== typed.sentence || !/^\s+$/.test(next.gapBefore)) return undefined;
  const surname = roster.surnames.longestAt(tokens, i + 1);
  if (!surname) return undefined;
  const known = isKnownFirstName(typed.norm);
  const matches = surname.values
    .filter((entry) => {
      const given = foldString(entry.given);
      if (given.length < 4 || given === typed.norm) return false;
      const edit = oneEdit(typed.norm, given);
      return edit === 'swap' || edit === 'struck' || (edit === 'length' && !known);
    })
    .map((entry) => ({ entry, form: 'full' as const }));
  return matches.length > 0 ? { last: surname.last, matches, known } : undefined;
}

/** How two words differ by one edit, if they do: a letter struck for another, two neighbours swapped, or one letter more or less. */
function oneEdit(a: string, b: string): 'struck' | 'swap' | 'length' | undefined {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let k = 0; k < a.length && diff.length <= 2; k++) if (a[k] !== b[k]) diff.push(k);
    if (diff.length === 1) return 'struck';
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 'swap';
    return undefined;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return undefined;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return short.slice(k) === long.slice(k + 1) ? 'length' : undefined;
}

/** "Gerys J": a mutated first name and the initial of the same pupil's surname. */
function mutatedInitial(tokens: readonly Token[], i: number, matches: readonly NameMatch[]): NameMatch[] | undefined {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || next.norm.length !== 1 || WORD_LETTERS.has(next.norm) || next.sentence !== tokens[i]!.sentence || !/^\s+$/.test(next.gapBefore)) return undefined;
  const same = matches.filter((m) => m.entry.surname?.startsWith(next.norm));
  return same.length > 0 ? same.map((m) => ({ entry: m.entry, form: 'given-initial' as const })) : undefined;
}

function middleNameThenSurname(ctx: DraftView, roster: NameIndex, givenLast: number, matches: readonly NameMatch[]): { last: number; matches: NameMatch[] } | undefined {
  const tokens = ctx.doc.tokens;
  const middle = tokens[givenLast + 1];
  if (!middle || middle.kind !== 'word' || !middle.capitalised || middle.possessive || !/^\s+$/.test(middle.gapBefore) || middle.sentence !== tokens[givenLast]!.sentence) return undefined;
  const surname = roster.surnames.longestAt(tokens, givenLast + 2);
  if (!surname) return undefined;
  const entries = new Set(surname.values.map((entry) => entry.id));
  const same = matches.filter((m) => entries.has(m.entry.id));
  return same.length > 0 ? { last: surname.last, matches: same.map((m) => ({ entry: m.entry, form: 'full' as const })) } : undefined;
}

function fullNameFinding(ctx: DraftView, found: NameSink, first: number, last: number, matches: readonly NameMatch[], how: 'hashtag' | 'words', namesakes?: Namesakes, roster?: NameIndex): RawFinding {
  const { doc } = ctx;
  found.claim(first, last);
  // "rhys morgan the roofer", "tickets to see liam gallagher at knebworth": someone else with the name.
  const fullForm = matches.every((m) => m.form === 'full');
  const namesake = namesakes && fullForm ? namesakeAt(ctx, namesakes, first, last, matches, roster) : undefined;
  if (namesake) return namesakeFinding(ctx, first, last, matches, namesake);
  found.reference(referenceAt(doc, 'pupils', true, first, last));
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const match = matches[0]!;
  const initials = match.form === 'given-initial' || match.form === 'initial-surname';
  const context = ctx.schoolContextNear(start);
  // "Our new neighbour Jack Wilson", "my uni friend Ffion Davies": the writer says who they are
  // (unless the post is about school, where "my nephew Jack Wilson in Year 6" may be a pupil too).
  const ownCircle = ownCircleBefore(doc, first) && !ctx.schoolContextNear(start, 'strong');
  const severity: Severity = ownCircle ? 'info' : initials && !context ? 'warning' : 'high';
  const rosterName = rosterNames(matches);
  return {
    category: 'pupil-name',
    topic: 'roster',
    severity,
    start,
    end,
    ruleId: initials ? 'pupil-name/roster-initials' : how === 'hashtag' ? 'pupil-name/roster-hashtag' : 'pupil-name/roster-full',
    ...say(ownCircle ? 'finding_pupil_own_circle' : initials ? 'finding_pupil_initials' : 'finding_pupil_full', doc.draft.slice(start, end)),
    listed: rosterName,
    explanation: {
      rule: initials ? 'roster name with an initial' : how === 'hashtag' ? 'roster name run together in a hashtag or handle' : 'roster full name',
      ...(context ? { context: context.text } : {}),
      reason: initials
        ? context
          ? `an initial plus a name on the roster, in a post about school (“${context.text}”)`
          : 'an initial plus a name on the roster'
        : 'the full name of a pupil on the roster',
    },
  };
}

/** A roster full name read as someone else's: info, no pupil reference (a confidential term beside it is not about a pupil). */
function namesakeFinding(ctx: DraftView, first: number, last: number, matches: readonly NameMatch[], namesake: NamesakeReading): RawFinding {
  const { doc } = ctx;
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const written = doc.draft.slice(start, end);
  return {
    category: 'pupil-name',
    topic: 'roster',
    severity: 'info',
    start,
    end,
    ruleId: 'pupil-name/roster-full-namesake',
    ...say('finding_pupil_namesake', written, namesake.cue),
    listed: rosterNames(matches),
    explanation: {
      rule: 'roster full name used for someone else',
      context: namesake.cue,
      reason:
        namesake.why === 'role'
          ? `a pupil's full name, but “${namesake.cue}” says an adult is meant, and no school word is beside it`
          : `a pupil's full name that is also a public figure's, and “${namesake.cue}” says the post is about them, with no school word beside it`,
    },
  };
}

/**
 * "Amira K" and "A. Khan" only count when the initial is written as one (a capital), not the word
 * "a". After a first name, people also type the initial in lower case ("mali r", "dylan e"): that
 * counts too, unless the letter is also a word ("noah a", Welsh "a" is "and").
 */
function initialsWritten(tokens: readonly Token[], first: number, last: number, match: NameMatch): boolean {
  // The initial may carry a possessive: "Ayesha B's".
  const isInitial = (i: number) => tokens[i]!.norm.length === 1 && /^\p{Lu}/u.test(tokens[i]!.raw);
  const typedInitial = (i: number) =>
    tokens[i]!.norm.length === 1 && (!WORD_LETTERS.has(tokens[i]!.norm) || letterEndsAName(tokens, i)) && /^\s+$/.test(tokens[i]!.gapBefore) && tokens[i]!.kind === 'word';
  // A typed initial only after a real first name, not after a letter ("a z").
  if (match.form === 'given-initial') return isInitial(last) || (typedInitial(last) && tokens[first]!.norm.length >= 2 && !textSpeak(tokens, first, last));
  if (match.form === 'initial-surname') {
    const surname = tokens[first + 1]!;
    return isInitial(first) && (surname.gapBefore.includes('.') || surname.capitalised);
  }
  return true;
}

/**
 * "jade o was in tears", "temi o's mum", "grace a who did the reading": a letter that is also a word
 * ("a", "o") is an initial when it carries a possessive, ends the clause, or an English verb or "who"
 * follows it ("a" and "o" as words are followed by what they introduce; Welsh "a wedi", "a oedd" are
 * words, so no Welsh verb counts).
 */
function letterEndsAName(tokens: readonly Token[], i: number): boolean {
  const letter = tokens[i]!;
  if (letter.possessive) return true;
  const next = tokens[i + 1];
  if (!next || next.sentence !== letter.sentence || /[,.;:!?)]/.test(next.gapBefore)) return true;
  // "emmanuel o asked me…": a verb in the past tense follows a name, not the word "o".
  if (AFTER_A_NAME.has(next.norm) || (/^[a-z]{3,}ed$/.test(next.norm) && !WELSH_ED.has(next.norm))) return true;
  // "grace a in 8 told me", "jade o from year 4": the article "a" is never followed by a preposition and a class.
  const after = tokens[i + 2];
  // "joy o and her little brother", "temi o & his mum": the words "a" and "o" are never followed by "and his/her".
  if (AND.has(next.norm) && after !== undefined && after.sentence === letter.sentence && SOMEONES.has(after.norm)) return true;
  return PLACED_IN.has(next.norm) && after !== undefined && after.sentence === letter.sentence && (/^(?:1[0-3]|[1-9])[a-z]{0,2}$/.test(after.norm) || YEAR_WORDS.has(after.norm));
}
const AND: ReadonlySet<string> = new Set(['and', 'n', '&']);
const SOMEONES: ReadonlySet<string> = new Set(['her', 'his', 'their', 'hers', 'him']);
/** Welsh words ending in -ed that can follow "a" or "o" as words ("o weled", "a clywed"). */
const WELSH_ED: ReadonlySet<string> = new Set(['gweled', 'weled', 'clywed', 'glywed', 'ganed', 'cerdded', 'gerdded', 'yfed', 'hyd']);
/** "in 8", "from year 4", "in 4B": where a child is at school, after a first name and an initial. */
const PLACED_IN: ReadonlySet<string> = new Set(['in', 'from']);
const YEAR_WORDS: ReadonlySet<string> = new Set(['year', 'yr', 'bl', 'reception', 'nursery']);
const AFTER_A_NAME: ReadonlySet<string> = new Set(['who', 'whos', 'is', 'was', 'has', 'had', 'have', 'got', 'gets', 'did', 'does', 'will', 'can', 'cant', 'wont', 'said', 'told', 'smashed']);

/**
 * "will b here till 8", "may b next week", "will c u there": a name that is also a verb, typed in lower case, and a
 * letter that text-speak spells a word with ("b" for "be", "c" for "see", "u" for "you"); not "will b in year 6".
 */
const TEXT_SPEAK_VERBS: ReadonlySet<string> = new Set(['will', 'may', 'can']);
const TEXT_SPEAK_LETTERS: ReadonlySet<string> = new Set(['b', 'c', 'u']);
function textSpeak(tokens: readonly Token[], first: number, last: number): boolean {
  const [name, letter, next] = [tokens[first]!, tokens[last]!, tokens[last + 1]];
  if (last !== first + 1 || name.raw !== name.norm || !TEXT_SPEAK_VERBS.has(name.norm) || !TEXT_SPEAK_LETTERS.has(letter.raw) || letter.possessive) return false;
  // Only before what one will be, see or do: "will b here", "will b late", "will b going"; anything else ("will b threw a
  // chair", "will b and jack") is the child (review, twentieth session).
  return next !== undefined && next.sentence === letter.sentence && (BE_COMPLEMENTS.has(next.norm) || /^[a-z]{3,}ing$/.test(next.norm));
}
const BE_COMPLEMENTS: ReadonlySet<string> = new Set(['here', 'there', 'late', 'back', 'home', 'ready', 'done', 'fine', 'ok', 'okay', 'good', 'great', 'able', 'off', 'out', 'away', 'free', 'busy', 'tired', 'careful', 'quick', 'honest', 'nice', 'lovely', 'amazing', 'brilliant', 'fun', 'interesting', 'sure', 'right', 'wrong', 'soon', 'later', 'tomorrow', 'tonight', 'there', 'u', 'ya', 'you']);

/** Letters that are also words, so not an initial when typed in lower case. */
const WORD_LETTERS: ReadonlySet<string> = new Set(['a', 'i', 'o', 'u', 'y']);
/** "connor mc", "ellie mac": the start of a Mc/Mac surname, typed as its initial. */
const SURNAME_PREFIXES: ReadonlySet<string> = new Set(['mc', 'mac']);
/** Welsh letters written with two characters: "Ll" is the initial of Lloyd. */
const DIGRAPHS: ReadonlySet<string> = new Set(['ll', 'ch', 'dd', 'ff', 'ng', 'rh', 'th', 'ph']);

function digraphInitial(tokens: readonly Token[], givenLast: number, matches: readonly NameMatch[]): NameMatch[] | undefined {
  const next = tokens[givenLast + 1];
  if (!next || next.kind !== 'word' || !(DIGRAPHS.has(next.norm) || SURNAME_PREFIXES.has(next.norm)) || !/^\s+$/.test(next.gapBefore) || next.sentence !== tokens[givenLast]!.sentence) return undefined;
  const same = matches.filter((m) => m.entry.surname?.startsWith(next.norm));
  return same.length > 0 ? same.map((m) => ({ entry: m.entry, form: 'given-initial' as const })) : undefined;
}

/** A copy of the tokens in which token `i` ("ayeshas", "pritchards") before a family word is read as a possessive. */
/** Whether a roster full name starts at token `i` as the words are written. */
function fullNameAsWritten(roster: NameIndex, tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.kind === 'word' && roster.fullNames.longestAt(tokens, i) !== undefined;
}

/** The surnames of the roster pupils a first name may be, as draft words ("williams", "ap rhys"). */
function ownSurnamesOf(matches: readonly NameMatch[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of matches) if (m.entry.surname) out.add(phraseWords(m.entry.surname).join(' '));
  return out;
}

function possessiveWithoutApostrophe(tokens: readonly Token[], i: number, words: NameWords): readonly Token[] | undefined {
  return shadowAt(tokens, i, words) ?? (tokens[i + 1] && /^\s+$/.test(tokens[i + 1]!.gapBefore) ? shadowAt(tokens, i + 1, words) : undefined);
}

/** The tokens with token `j` read as a possessive, if it is one written without its apostrophe. (A
 *  function of its own, not a closure made afresh for every token of every draft.) */
function shadowAt(tokens: readonly Token[], j: number, words: NameWords): readonly Token[] | undefined {
  const token = tokens[j];
  const next = tokens[j + 1];
  if (!token || !next || token.possessive || token.kind !== 'word' || !/[^s']s$/.test(token.norm) || next.sentence !== token.sentence || !words.familyAfter.has(next.norm)) return undefined;
  const copy = tokens.slice();
  copy[j] = { ...token, norm: token.norm.slice(0, -1), lessS: undefined, lessEs: undefined, possessive: true };
  return copy;
}

/**
 * The tokens with token `i` read as a first name and its "'s" when it is a roster first name (no everyday
 * word) plus an "s" typed without the apostrophe, in lower case, and itself no word ("zainabs", not "williams"
 * after "serena", not "roses"). A function of its own, like `shadowAt`.
 */
function bareApostropheS(tokens: readonly Token[], i: number, roster: NameIndex): readonly Token[] | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word' || token.capitalised || token.possessive || token.norm.length < 5 || !/[^s']s$/.test(token.norm) || isEverydayWord(token.norm)) return undefined;
  const previous = tokens[i - 1];
  // "serena williams", "venus williams": a first name before makes it a surname.
  if (previous && previous.sentence === token.sentence && previous.kind === 'word' && /^\s+$/.test(token.gapBefore) && !isEverydayWord(previous.norm)) return undefined;
  const read: Token = { ...token, norm: token.norm.slice(0, -1), lessS: undefined, lessEs: undefined, possessive: true, numbers: unreadWordNumbers() };
  // Looked up alone first: copying the draft's tokens for every word ending in "s" made a long draft quadratic.
  const found = roster.givenNames.longestAt([read], 0);
  if (!found || found.last !== 0 || !found.values.every((m) => !m.entry.wordLike && m.form !== 'given-part')) return undefined;
  const copy = tokens.slice();
  copy[i] = read;
  return copy;
}

/** Child nouns after a surname: "the Malik girl", "the Nowak twins", "y bachgen". */
const CHILD_AFTER_SURNAME: ReadonlySet<string> = new Set(['girl', 'boy', 'lad', 'lass', 'kid', 'child', 'twins', 'twin', 'brothers', 'sisters', 'siblings', 'kids', 'children', 'boys', 'girls', 'lads']);

/** "the Malik girl": "the", a capitalised roster surname, a child noun. */
function surnameChild(ctx: DraftView, roster: NameIndex, tokens: readonly Token[], i: number): { last: number; matches: NameMatch[] } | undefined {
  const previous = tokens[i - 1];
  if (!previous || previous.norm !== 'the' || previous.sentence !== tokens[i]!.sentence || !tokens[i]!.capitalised || tokens[i]!.possessive) return undefined;
  const surname = roster.surnames.longestAt(tokens, i);
  if (!surname) return undefined;
  const noun = tokens[surname.last + 1];
  if (!noun || noun.sentence !== tokens[i]!.sentence || !CHILD_AFTER_SURNAME.has(noun.norm) || !/^\s+$/.test(noun.gapBefore)) return undefined;
  // "the Jones boy" after "Tom" is Tom Jones, found as a full name; and the writer's own circle is excused.
  if (ownCircleBefore(ctx.doc, i)) return undefined;
  return { last: surname.last + 1, matches: surname.values.map((entry) => ({ entry, form: 'full' as const })) };
}

function surnameChildFinding(ctx: DraftView, found: NameSink, first: number, last: number, matches: readonly NameMatch[]): RawFinding {
  return surnameFinding(ctx, found, first, last, matches, {
    ruleId: 'pupil-name/roster-surname-child',
    rule: 'a roster surname naming a child ("the Malik girl")',
    reason: 'a pupil’s family name with a child word after it points at that pupil to anyone who knows the family',
  });
}

/** Words that join names in a list ("Osian and Harri", "mali, cerys a lowri"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'a', 'ac', 'n', 'plus']);

/** Another roster first name right beside this one in a list: two pupils named together are pupils, whatever the school words. */
function besideAnotherPupil(tokens: readonly Token[], roster: NameIndex, first: number, last: number, matches: readonly NameMatch[]): string | undefined {
  const ids = new Set(matches.map((m) => m.entry.id));
  const sentence = tokens[first]!.sentence;
  const other = (from: number) => {
    const t = tokens[from];
    if (!t || t.sentence !== sentence || t.kind !== 'word') return undefined;
    const found = roster.givenNames.longestAt(tokens, from);
    return found && found.values.some((m) => !ids.has(m.entry.id) && !m.entry.wordLike) ? tokens.slice(from, found.last + 1).map((x) => x.raw).join(' ') : undefined;
  };
  const next = tokens[last + 1];
  if (next && next.sentence === sentence) {
    if (JOINERS.has(next.norm) && next.raw.length <= 4) {
      const found = other(last + 2);
      if (found) return found;
    } else if (/^\s*[,&+]\s*$/.test(next.gapBefore)) {
      const found = other(last + 1);
      if (found) return found;
    }
  }
  const before = tokens[first - 1];
  if (before && before.sentence === sentence) {
    const start = JOINERS.has(before.norm) ? first - 2 : /^\s*[,&+]\s*$/.test(tokens[first]!.gapBefore) ? first - 1 : -1;
    for (let k = Math.max(0, start - 2); start >= 0 && k <= start; k++) {
      const found = roster.givenNames.longestAt(tokens, k);
      if (found && found.last === start && found.values.some((m) => !ids.has(m.entry.id) && !m.entry.wordLike)) return tokens.slice(k, start + 1).map((x) => x.raw).join(' ');
    }
  }
  return undefined;
}

/** "mam Noah", "tad megan", "Mam Ffion": a Welsh family word before a name points at a child of the school through a parent. */
function parentBefore(tokens: readonly Token[], first: number, words: NameWords): string | undefined {
  const previous = tokens[first - 1];
  if (!previous || previous.sentence !== tokens[first]!.sentence || !words.familyBefore.has(previous.norm) || !/^\s+$/.test(tokens[first]!.gapBefore)) return undefined;
  return `${previous.raw} ${tokens[first]!.raw}`;
}

function pushGivenAlone(ctx: DraftView, found: NameSink, words: NameWords, findings: RawFinding[], first: number, last: number, matches: readonly NameMatch[], roster?: NameIndex, typedPossessive = false): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const token = tokens[first]!;
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  if (someoneElse(ctx, first, last)) return;
  // "Maid Marian", "Branwen ferch Llŷr", "Felix the cat", "Jac-y-do": someone, or something, else.
  if (token.kind === 'word' && notAChildName(tokens, first, last)) return;
  if (earlierSomeoneElse(tokens, first, last, matches)) return;
  // "kacper the plumber fixed the sink … cake for kacper": once a first name is an adult's by their trade, it stays theirs.
  // Not a later mention placed in a class or year ("Kacper in 7B threw a chair"): that is the pupil of the name.
  if (first === last && !classCodeAfter(tokens, last) && !yearPlacedAfter(tokens, last) && tradeMentionBefore(ctx, token.norm, first)) return;
  // "câi'r plant", "ni'r": a word carrying the Welsh article ('r) is a word, never a name.
  if (/['’]r$/iu.test(tokens[last]!.raw)) return;
  const possessive = typedPossessive || token.possessive || tokens[last]!.possessive;
  // "our Amelia starts Year 1": a bare "our" before a first name is the writer's own child (a full
  // name is never excused this way).
  if (previous !== undefined && previous.sentence === token.sentence && BARE_POSSESSIVES.has(previous.norm)) return;
  // "Grace Jones": a first name followed by another surname is someone else.
  // Not after a possessive ("Amira's IDP"), and an acronym is not a surname.
  if (!tokens[last]!.possessive && next && next.sentence === token.sentence && next.kind === 'word' && next.capitalised && !next.allCaps && /^\s+$/.test(next.gapBefore)) {
    const surnames = new Set(matches.map((m) => m.entry.surname?.replace(/\s/g, '')).filter(Boolean));
    if (!surnames.has(next.norm) && looksLikeASurname(next)) return;
  }

  // "tywydd tirion heddiw", "celyn, goleuadau a mins peis": a Welsh word-name in lower case is the word
  // unless what follows says otherwise; with a capital ("cwtsh mawr i Haf heddiw") it is a name.
  // A capital that only opens a sentence says nothing when a Welsh word describing the thing follows ("Gwawr goch
  // bore 'ma dros Arenig": a red dawn; eighteenth session). Anything else after it ("Celyn yn symud…", "Celyn bit
  // another child") keeps the capital's worth (review, eighteenth session).
  const describedAsTheWord = token.sentenceStart && next !== undefined && next.sentence === token.sentence && (WEATHER_WORDS.has(next.norm) || WORD_DESCRIBERS.has(next.norm));
  const wordLike = matches.every((m) => m.entry.wordLike || m.form === 'given-part') || (token.kind === 'word' && (!token.capitalised || describedAsTheWord) && isLowerCaseWordName(token.norm));
  const strong = ctx.schoolContextNear(token.start, 'strong');
  // "Siân's mam rang": a child known through their parent is a child of the school.
  const parentAfter = parentFollows(ctx, last) || (possessive && next !== undefined && next.sentence === token.sentence && words.familyAfter.has(next.norm)) ? { text: `${token.raw} ${next!.raw}` } : undefined;
  const parentFirst = parentBefore(tokens, first, words);
  const pairedWith = roster && !wordLikeOnly(matches) ? besideAnotherPupil(tokens, roster, first, last, matches) : undefined;
  // Not before a word of the weather: "Awel fach braf ar y prom" is a fine little breeze (eighteenth session).
  const afterDiminutive = tokens[last + 2];
  const weatherAfter = afterDiminutive !== undefined && afterDiminutive.sentence === token.sentence && WEATHER_WORDS.has(afterDiminutive.norm);
  const diminutive = token.kind === 'word' && next !== undefined && next.sentence === token.sentence && /^(bach|fach)$/.test(next.norm) && !weatherAfter ? { text: `${token.raw} ${next.raw}` } : undefined;
  // "Ifrah told me her uncle…", "cal's not been in for 9 days", "saw Faith in the Co-op with her mum": a child of the school.
  const framedText = token.kind === 'word' ? childFrameAfter(tokens, last) : undefined;
  const framed = framedText ? { text: framedText } : undefined;
  // "Ayaan wants to be a bus driver like Clive": a colleague of the school named in the same sentence makes a roster name the school's child.
  const colleague = token.kind === 'word' && !wordLike ? colleagueInSentence(ctx, first, last) : undefined;
  // "kai in 11 who got full marks", "mo from 4B": a year number or form code after the name places a child in a class.
  const yearPlaced = token.kind === 'word' ? yearPlacedAfter(tokens, last) : undefined;
  const classCodeText = token.kind === 'word' ? (classCodeAfter(tokens, last) ?? yearPlaced?.text) : undefined;
  const classCode = classCodeText ? { text: classCodeText } : undefined;
  // "Ffion the captain scored twice", "Cai y capten": a team or stage role after the name is a child's at school (pupil-role.ts).
  const roleText = token.kind === 'word' ? pupilRoleAfter(tokens, last) : undefined;
  const role = roleText ? { text: roleText } : undefined;
  const any = strong ?? ctx.schoolContextNear(token.start) ?? colleague ?? parentAfter ?? (parentFirst ? { text: parentFirst } : undefined) ?? (pairedWith ? { text: pairedWith } : undefined) ?? diminutive ?? framed ?? classCode ?? role;
  const hashtag = token.kind !== 'word';
  let severity: Severity | undefined;
  // "Seren Network conference … #Seren": a name-word that names an organisation in this draft is that organisation.
  if (wordLike && namesAnOrganisation(tokens, token.norm, words.organisationAfter)) return;
  if (wordLike) {
    const frame = inChildFrame(ctx, first);
    if (frame) severity = 'high';
    // "Llew bach wedi cael ei wahardd": a capitalised name-word with the Welsh diminutive after it is a child.
    else if (token.capitalised && diminutive) severity = strong ? 'high' : 'warning';
    else if (strong && readAsAPerson(ctx, words, first, last, strong)) severity = 'warning';
    // "Hope's mum made the bara brith": a word is not someone's child. But "demi's mam" (Demi-Leigh),
    // the first part of a double name that is no word, is a child however it is typed.
    else if (parentAfter && (token.capitalised || partNoWord(matches, token.norm))) severity = 'warning';
    // "blessing's mum is in hospital": typed in lower case, a name-word owning a parent is still someone's child;
    // only worth knowing alone (info), but a confidential matter about the family makes it a pupil (tenth session).
    else if (parentAfter && possessive && token.kind === 'word') severity = 'info';
    // "Hope told me her dad…", "saw Faith in the Co-op with her mum": a capital and what only a child does.
    else if (framed && token.capitalised) severity = 'warning';
    // "Summer our narrator was word perfect": a capitalised name-word with a pupil's role after it is someone.
    else if (role && token.capitalised) severity = 'warning';
    // "mae tad alaw yn y carchar": Welsh "tad"/"mam" before a word only makes sense of a person.
    else if (parentFirst) severity = 'warning';
    // "blessing got her diagnosis today": a word opening a clause, doing something to "her"/"his", is someone;
    // only worth knowing alone (info), but a confidential matter it is about makes it a pupil.
    else if (actsOnThemselves(tokens, words, first, last)) severity = 'info';
    // "Ma' Hope wedi cael diagnosis": an English word in the subject slot of a Welsh sentence is a name;
    // worth knowing alone, a pupil when a confidential matter is about them.
    else if (token.capitalised && welshSubject(tokens, first, last)) severity = 'info';
    // "awen's IDP review got moved", "precious is with foster carers", "little autumn got her diagnosis": typed in
    // lower case in a draft about a school matter, a name-word owning or doing something is someone; worth
    // knowing alone (info), a pupil when the confidential matter is about them (thirteenth session).
    // "heulwen yn bl 4 wedi sgorio", "Llew ym Mlwyddyn 5": a Welsh year placement, or any with a capital, is a child's.
    // A word-name needs the clause to go on with what the child did: "seren yn bl 4 heddiw am ddarllen" is a star of the week.
    else if (yearPlaced && yearPlaced.goesOn && (yearPlaced.welsh || token.capitalised)) severity = 'warning';
    else if (token.kind === 'word' && (fondlyNamed(tokens, first) || withOwnFamily(tokens, words, last) || (strong && ownsOrActs(tokens, words, first, last, possessive)))) severity = 'info';
  } else if (strong) {
    severity = 'high';
  } else if (any) {
    severity = 'warning';
  } else if (token.capitalised || hashtag || (!wordLike && token.norm.length >= 2)) {
    // Typed in lower case with nothing about school ("ayesha has been so brave this week"): worth
    // knowing, and someone a confidential matter can be about (it then becomes high).
    severity = 'info';
  }
  if (!severity) return;

  found.claim(first, last);
  found.reference(referenceAt(doc, 'pupils', true, first, last));
  const start = token.start;
  const end = tokens[last]!.end;
  const written = doc.draft.slice(start, end);
  const rosterName = rosterNames(matches);
  const form = matches[0]!.form;
  findings.push({
    category: 'pupil-name',
    topic: 'roster',
    severity,
    start,
    end,
    ruleId: severity === 'info' ? 'pupil-name/roster-first-name-no-context' : form === 'nickname' ? 'pupil-name/roster-nickname' : 'pupil-name/roster-first-name',
    ...say(severity === 'info' ? 'finding_pupil_first_no_context' : form === 'nickname' ? 'finding_pupil_nickname' : 'finding_pupil_first_name', written),
    listed: rosterName,
    explanation: {
      rule: form === 'nickname' ? 'roster nickname in school context' : 'roster first name in school context',
      ...(any ? { context: any.text } : {}),
      // A child frame alone has no school words to quote ("Mo in Year", typed on the way to "Mo in
      // Year 3"): reading the missing context threw, and the whole check of that keystroke was lost.
      reason:
        severity === 'info'
          ? 'a roster first name, but no school context nearby'
          : any
            ? `a roster first name near “${any.text}”${wordLike ? '; the name is also an ordinary word, so only its capital and a clear school context make it a name' : ''}`
            : 'a roster first name introduced as a child in a class or year group',
    },
  });
}

const OWN_FAMILY: ReadonlySet<string> = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'wife', 'husband', 'partner', 'brother', 'sister', 'mab', 'merch', 'fab', 'ferch']);

/** A colleague (from the staff list or by title) named elsewhere in the sentence of tokens `first`..`last`. */
function colleagueInSentence(ctx: DraftView, first: number, last: number): { text: string } | undefined {
  // "Clive's son Ayaan": a colleague's own family is not thereby a pupil.
  const before = ctx.doc.tokens[first - 1];
  if (before && before.sentence === ctx.doc.tokens[first]!.sentence && OWN_FAMILY.has(before.norm)) return undefined;
  // Named, not a role: "Steffan the window cleaner", "niamh from accounts" are the adults themselves.
  const tokens = ctx.doc.tokens;
  const named = (r: { last: number }) => tokens[r.last]!.capitalised && !tokens[r.last]!.allCaps && !isEverydayWord(tokens[r.last]!.norm);
  const ref = ctx.referencesNear(first, last, 40).find((r) => r.group === 'staff' && (r.last < first - 2 || r.first > last + 2) && named(r));
  return ref ? { text: ctx.doc.draft.slice(ctx.doc.tokens[ref.first]!.start, ctx.doc.tokens[ref.last]!.end) } : undefined;
}

/**
 * "Macsen Wledig yn y wers hanes … Breuddwyd Macsen", "Ruby Tandoh's new book … Ruby is a genius": the
 * same first name, earlier in the draft, with a surname that is not the pupil's, is someone else, and a
 * later bare mention is that person again.
 */
function earlierSomeoneElse(tokens: readonly Token[], first: number, last: number, matches: readonly NameMatch[]): boolean {
  const width = last - first;
  const key = tokens.slice(first, last + 1).map((t) => t.norm).join(' ');
  let memo = firstOtherByTokens.get(tokens);
  if (!memo) {
    memo = new Map();
    firstOtherByTokens.set(tokens, memo);
  }
  // The first place in the draft where these words stand before another surname: found once per name, so a long draft stays linear.
  let at = memo.get(key);
  if (at === undefined) {
    at = -1;
    const surnames = new Set(matches.map((m) => m.entry.surname?.replace(/\s/g, '')).filter(Boolean));
    for (let k = 0; k + width + 1 < tokens.length; k++) {
      if (!tokens[k]!.capitalised || tokens[k]!.kind !== 'word' || tokens[k]!.norm !== tokens[first]!.norm) continue;
      if (tokens.slice(k, k + width + 1).some((t, j) => t.norm !== tokens[first + j]!.norm)) continue;
      const next = tokens[k + width + 1]!;
      if (next.sentence !== tokens[k]!.sentence || next.kind !== 'word' || !next.capitalised || next.allCaps || !/^\s+$/.test(next.gapBefore)) continue;
      if (!surnames.has(next.norm) && looksLikeASurname(next)) {
        at = k;
        break;
      }
    }
    memo.set(key, at);
  }
  return at >= 0 && at + width < first;
}

const firstOtherByTokens = new WeakMap<readonly Token[], Map<string, number>>();

/** The word written with a capital right before an organisation word anywhere in the draft ("Seren Network"). */
function namesAnOrganisation(tokens: readonly Token[], norm: string, organisationAfter: ReadonlySet<string>): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [word, next] = [tokens[k]!, tokens[k + 1]!];
    if (word.kind === 'word' && word.norm === norm && word.capitalised && next.sentence === word.sentence && next.capitalised && /^\s+$/.test(next.gapBefore) && organisationAfter.has(next.norm)) return true;
  }
  return false;
}

const OWN_PRONOUNS: ReadonlySet<string> = new Set(['her', 'his', 'herself', 'himself']);

/** Words of fondness or pity that stand before a child's name, never before the word ("little autumn", "poor summer", "bless hope"). */
const FOND_BEFORE: ReadonlySet<string> = new Set(['little', 'poor', 'bless', 'wee', 'lil']);

/** "little autumn", "poor summer": a word of fondness or pity right before the name, with no determiner before that ("a little hope"). */
function fondlyNamed(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (!previous || previous.sentence !== tokens[first]!.sentence || !FOND_BEFORE.has(previous.norm) || !/^\s+$/.test(tokens[first]!.gapBefore)) return false;
  const before = tokens[first - 2];
  return !before || before.sentence !== previous.sentence || !NOT_FOND.has(before.norm);
}
/** "chase and his sister", "grace a'i brawd": a name-word followed by "and his/her" and a family word is someone. */
function withOwnFamily(tokens: readonly Token[], words: NameWords, last: number): boolean {
  const [and, whose, who] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  if (!and || !whose || !who || who.sentence !== tokens[last]!.sentence || !AND.has(and.norm)) return false;
  return SOMEONES.has(whose.norm) && (words.familyAfter.has(who.norm) || SIBLINGS.has(who.norm));
}
const SIBLINGS: ReadonlySet<string> = new Set(['sister', 'brother', 'sisters', 'brothers', 'twin', 'cousin', 'cousins', 'siblings']);

/** "a little hope", "so little summer", "very little grace": "little" as an amount, not fondness. */
const NOT_FOND: ReadonlySet<string> = new Set(['a', 'so', 'too', 'very', 'such', 'with', 'of', 'how', 'little', 'my', 'our', 'your']);

/** Verbs that follow a child's name typed in lower case in a draft about a school matter ("precious is with foster carers"). */
const NAME_THEN: ReadonlySet<string> = new Set(['finally', 'been', 'gets', 'getting', 'going', 'starts', 'started', 'moved', 'left']);
/** After "is": where or how a child is ("precious is with foster carers", "is back", "is off"), not what a word is ("Honor is such a value"). */
const IS_THEN: ReadonlySet<string> = new Set(['with', 'in', 'on', 'back', 'off', 'being', 'now', 'staying', 'living', 'moving', 'going', 'getting', 'still']);

/** A name-word that owns something ("awen's") or does something ("precious is", "skye has"), opening its clause. */
function ownsOrActs(tokens: readonly Token[], words: NameWords, first: number, last: number, possessive: boolean): boolean {
  const previous = tokens[first - 1];
  const opensClause = previous === undefined || previous.sentence !== tokens[first]!.sentence || /[,.;:!?]/.test(tokens[first]!.gapBefore);
  if (!opensClause) return false;
  if (possessive) return true;
  const next = tokens[last + 1];
  if (next === undefined || next.sentence !== tokens[first]!.sentence) return false;
  if (words.pupilActions.has(next.norm) || NAME_THEN.has(next.norm)) return true;
  const after = tokens[last + 2];
  return next.norm === 'is' && after !== undefined && after.sentence === next.sentence && IS_THEN.has(after.norm);
}

/** A name-word with no determiner before it, then a pupil's verb and "her"/"his": "blessing got her…", "faith had his…". */
function actsOnThemselves(tokens: readonly Token[], words: NameWords, first: number, last: number): boolean {
  const previous = tokens[first - 1];
  if (previous && previous.sentence === tokens[first]!.sentence && (words.determiners.has(previous.norm) || !/[,.;:!?]/.test(tokens[first]!.gapBefore))) return false;
  const [verb, pronoun] = [tokens[last + 1], tokens[last + 2]];
  return verb !== undefined && pronoun !== undefined && verb.sentence === tokens[first]!.sentence && pronoun.sentence === verb.sentence && words.pupilActions.has(verb.norm) && OWN_PRONOUNS.has(pronoun.norm);
}

/** Words around a name-word that say whether it is a person ("a Willow dome" is not; "Ruby was…" is). */
interface NameWords {
  readonly determiners: ReadonlySet<string>;
  readonly pupilActions: ReadonlySet<string>;
  /** Family words after a possessive ("Maisie's dad"). */
  readonly familyAfter: ReadonlySet<string>;
  /** Family words before a name ("mam Noah", "tad Gruffydd"). */
  readonly familyBefore: ReadonlySet<string>;
  /** Words after a name-word that make it an organisation ("Seren Network"). */
  readonly organisationAfter: ReadonlySet<string>;
}

/** "demi" of Demi-Leigh: only the first part of a double given name, and that part is no word. */
function partNoWord(matches: readonly NameMatch[], norm: string): boolean {
  return matches.every((m) => m.form === 'given-part' && !m.entry.wordLike) && !isEverydayWord(norm);
}

function wordLikeOnly(matches: readonly NameMatch[]): boolean {
  return matches.every((m) => m.entry.wordLike || m.form === 'given-part');
}

const EMPTY_TAGS: ReadonlySet<string> = new Set();


/**
 * A first name that is also a word (Grace, Summer, Hope) is a person only when written as one:
 * praised ("star of the week goes to Summer"); or with a capital, no article ("a Willow dome"),
 * and doing something ("Ruby was star of the week", "Summer read beautifully", not "Hope is the
 * theme"), or tagged a person mid-sentence and not the first word of a compound ("Rose Bowl"),
 * or a possessive before school words ("Ruby's EHCP").
 */
function readAsAPerson(ctx: DraftView, words: NameWords, first: number, last: number, strong: ContextHit): boolean {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const token = tokens[first]!;
  const previous = tokens[first - 1];
  const next = tokens[last + 1]?.sentence === token.sentence ? tokens[last + 1] : undefined;
  if (praisedBefore(ctx, first)) return true;
  if (!token.capitalised) return false;
  // "Mali Haf yn canu unawd … #YsgolMoreia": the subject of a Welsh sentence, in a post about school.
  if (welshSubject(tokens, first, last)) return true;
  if (previous !== undefined && previous.sentence === token.sentence && words.determiners.has(previous.norm)) return false;
  if (token.kind !== 'word' || (token.possessive && strong !== undefined)) return true;
  const nextTags = next ? ctx.tagger.tagsAt(doc, last + 1) : EMPTY_TAGS;
  const acts = next !== undefined && (words.pupilActions.has(next.norm) || (nextTags.has('Verb') && nextTags.has('PastTense')));
  if (acts) return true;
  const compound = nextTags.has('Noun') && !nextTags.has('Pronoun') && !nextTags.has('Date');
  return !token.sentenceStart && isPersonTag(ctx.tagger.tagsAt(doc, first)) && !compound;
}

/**
 * The roster entries a match stands for, as configured. They go in `listed`, never in the message:
 * the message is shown in the page, and must quote only what the teacher typed.
 */
function rosterNames(matches: readonly NameMatch[]): string[] {
  return [...new Set(matches.map((m) => m.entry.name))];
}

const PupilNamesData = z.object({
  determiners: NamesSchema.shape.determiners,
  pupilActions: NamesSchema.shape.pupilActions,
  familyAfter: z.array(z.string()),
  familyBefore: PupilCuesSchema.shape.familyBefore,
  namesakes: PupilCuesSchema.shape.namesakes,
  welshMutationTriggers: PupilCuesSchema.shape.welshMutationTriggers,
  welshMutations: SchoolTypesSchema.shape.welshMutations,
  elsewhere: SchoolTypesSchema.shape.elsewhere,
  famous: FamousNamesakesSchema.optional(),
});

export const pupilNamesDetector = defineDetector({
  id: 'pupil-names',
  phase: 'names',
  description: 'Pupils on the roster (plain or hashed), in every form people write them, judged by the school context around them.',
  rules: {
    'pupil-name/roster-full': 'a roster full name, any spelling, possessive or with a middle name: high (info when introduced as the writer\'s own circle)',
    'pupil-name/roster-full-namesake': 'a roster full name used for someone else, an adult by role ("the roofer") or a public figure with what is said of them ("tickets", "album"), no school word beside it: info',
    'pupil-name/roster-hashtag': 'a roster full name run together in a hashtag or handle: high',
    'pupil-name/roster-initials': 'first name + initial or initial + surname: high in school context, else a warning',
    'pupil-name/roster-surname-child': 'a roster surname with a child word after it ("the Malik girl", "the Nowak twins"): high in school context, else a warning',
    'pupil-name/roster-surname-family': 'a roster surname with a family or parent word after it ("the Gedge family", "that Fairweather woman"): a parent through the child; high in school context, else a warning',
    'pupil-name/roster-first-name': 'a roster first name alone: high in strong school context, a warning with weak context',
    'pupil-name/roster-nickname': 'an everyday nickname of a roster first name in school context',
    'pupil-name/roster-first-name-no-context': 'a roster first name with no school context: info',
  },
  lexicon: PupilNamesData,
  select: (bundle) => {
    const names = bundle.names as { determiners: unknown; pupilActions: unknown };
    const community = bundle.community as { childFrames: { familyAfter: unknown } };
    return { determiners: names.determiners, pupilActions: names.pupilActions, familyAfter: community.childFrames.familyAfter, familyBefore: (bundle.pupilCues as { familyBefore: unknown }).familyBefore, namesakes: (bundle.pupilCues as { namesakes: unknown }).namesakes, welshMutationTriggers: (bundle.pupilCues as { welshMutationTriggers: unknown }).welshMutationTriggers, welshMutations: (bundle.schoolTypes as { welshMutations: unknown }).welshMutations, elsewhere: (bundle.schoolTypes as { elsewhere: unknown }).elsewhere, famous: bundle.famousNamesakes };
  },
  compile: (data, config) => ({
    roster: compiledNames(config).roster,
    mutations: new MutatedNames(compiledNames(config).plainRoster.entries, data.welshMutations, data.welshMutationTriggers),
    words: {
      determiners: new Set(data.determiners),
      pupilActions: new Set(data.pupilActions),
      familyAfter: new Set(data.familyAfter.flatMap((w) => phraseWords(w))),
      familyBefore: new Set(data.familyBefore.flatMap((w) => phraseWords(w))),
      organisationAfter: new Set(data.namesakes.organisationAfter.flatMap((w) => phraseWords(w))),
    },
    namesakes: compileNamesakes(data.namesakes, data.elsewhere, data.famous),
  }),
  run: ({ roster, words, namesakes, mutations }, { view, found }) => ({ findings: findRosterPupils(view, found, roster, words, namesakes, mutations) }),
});

/** Welsh words of the weather, which follow a name-word that is the weather's own word ("awel fach braf", "haf poeth"). */
const WEATHER_WORDS: ReadonlySet<string> = new Set(['braf', 'poeth', 'boeth', 'oer', 'cynnes', 'gynnes', 'gwlyb', 'wlyb', 'ysgafn', 'ffres', 'clir', 'glir', 'heulog', 'gwyntog', 'stormus', 'sych', 'mwyn', 'fwyn', 'tyner', 'dyner']);
/** Welsh colours and sizes after a word-name that is the thing itself ("Gwawr goch", "Haf hir", "Eira trwchus"), mutated or not. */
const WORD_DESCRIBERS: ReadonlySet<string> = new Set(['coch', 'goch', 'gwyn', 'wen', 'glas', 'las', 'llwyd', 'lwyd', 'pinc', 'binc', 'euraidd', 'hir', 'trwchus', 'drwchus', 'tew', 'dew', 'cynnar', 'gynnar', 'hwyr']);
