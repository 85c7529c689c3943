import { LEXICONS } from '../rules';
import { HONORIFICS, ownCircleBefore, referenceAt } from '../context/community';
import { isEverydayWord, isKnownFirstName, isSurnameLike } from '../context/names-knowledge';
import { afterAnAnimal, followsAFirstName, inNameIdiom, inTitle, isRoleInPlay, NOT_NAMES } from '../context/name-idioms';
import { isPersonTag, isThingTag } from '../context/sentence-tags';
import type { DraftContext } from '../draft';
import { PhraseMatcher } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { RawFinding } from './raw-finding';
import type { NameList } from './roster';

/**
 * A child named in a post about school who is not on the roster ("a boy in my class called Tyler",
 * "Mason in Year 3 finally cracked his times tables"). Rosters are never complete, and a first
 * name with the school's context identifies a child whether or not the teacher entered it.
 * Adults are left alone: titles, colleagues in apposition, full names of public figures.
 */
let pupilCues: PhraseMatcher<true> | undefined;
function pupilCueMatcher(): PhraseMatcher<true> {
  if (pupilCues) return pupilCues;
  pupilCues = new PhraseMatcher<true>();
  for (const phrase of LEXICONS.schoolContext.pupilCues) pupilCues.add(phrase, true);
  const { yearGroups } = LEXICONS.schoolContext;
  for (let n = 1; n <= yearGroups.highest; n++) {
    for (const word of yearGroups.spaced) pupilCues.add(`${word} ${n}`, true);
    for (const prefix of yearGroups.joined) pupilCues.add(`${prefix}${n}`, true);
  }
  return pupilCues;
}

const CHILD_NOUNS = new Set(['boy', 'girl', 'child', 'kid', 'lad', 'lass', 'pupil', 'student', 'one', 'starter', 'bachgen', 'merch']);
/** Words that introduce a child's name ("a boy called Tyler"). */
const NAMING_WORDS = new Set(['called', 'named', 'nicknamed', 'enw']);
/** A child's class after the name ("Tyler in my class", "Mason from Year 3"). */
const CLASS_AFTER = /^(in|from) (my|our|the|his|her) (class|form|group|year|reception|nursery)|^(in|from) (year|yr|reception|nursery|y\d)|^(yn|o) (fy|ein) nosbarth/;
/** Family words after a possessive name in a school post ("Tyler's mum at pick-up"). */
const FAMILY_AFTER = /^(mum|mam|dad|parents|nan|gran|grandad|family|carer|carers|foster)/;
/** Praise that introduces a child's name ("star of the week goes to Ava"). */
const PRAISE_BEFORE = /(star of the week|pupil of the week|well done|shout out to|congratulations to|congrats to|proud of|goes to|award to|seren yr wythnos|da iawn)\W*$/;

export function findUnlistedChildren(ctx: DraftContext, staffGivenNames: ReadonlySet<string>, roster: NameList): RawFinding[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  if (!ctx.hasStrongSchoolContext()) return [];
  const cueSentences = new Set(pupilCueMatcher().matchAll(tokens).map((m) => tokens[m.first]!.sentence));
  const findings: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!couldBeAName(ctx, token, staffGivenNames)) continue;
    // A roster name the roster detector left alone ("Grace Jones", "amazing grace") is not a
    // child missing from the roster.
    if (roster.givenNames.longestAt(tokens, i)) continue;
    const before = doc.draft.slice(Math.max(doc.sentenceStarts[token.sentence]!, token.start - 60), token.start).toLowerCase();
    const next = tokens[i + 1];
    const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === token.sentence;

    const childFrame = inChildFrame(ctx, i);
    const praised = PRAISE_BEFORE.test(before);
    const cue = cueSentences.has(token.sentence);
    // A first name followed by a surname, outside a child frame, is usually an adult or a public figure.
    const fullName =
      !token.possessive && sameSentence(next) && next!.capitalised && !next!.allCaps && next!.kind === 'word' && /^\s+$/.test(next!.gapBefore) && isSurnameLike(next!.norm);
    if (!childFrame && (fullName || !(praised || cue))) continue;

    // The word lists settle most words; compromise (about 0.3 ms a sentence) only the rest:
    // a known name that is also a word ("Will"), or a word no list knows ("Llinos", "Fawr").
    const known = isKnownFirstName(token.norm);
    const everyday = isEverydayWord(token.norm);
    if (!known && everyday && !childFrame) continue;
    if (!(known && !everyday)) {
      const tags = ctx.tagger.tagsAt(doc, i);
      // A capitalised word no list knows is a name only if compromise says a person, or the frame
      // says a child ("a girl called Jasmine"): otherwise it is a theatre, a festival, a brand.
      const nameLike = known || isPersonTag(tags) || (childFrame && tags.has('ProperNoun')) || (praised && tags.has('ProperNoun') && !everyday);
      if (!nameLike || (isThingTag(tags) && !known)) continue;
      if (token.sentenceStart && !known && !isPersonTag(tags)) continue;
      if (!childFrame && everyday && !isPersonTag(tags)) continue;
    }

    const severity = childFrame ? 'high' : 'warning';
    const context = ctx.schoolContextNear(token.start, 'strong');
    ctx.claim(i, i);
    ctx.references.push(referenceAt(doc, 'pupils', true, i, i));
    findings.push({
      category: 'pupil-name',
      topic: 'unlisted',
      severity,
      start: token.start,
      end: token.end,
      ruleId: childFrame ? 'pupil-name/unlisted-child-frame' : 'pupil-name/unlisted-name-in-school-context',
      message: `“${token.raw}” looks like a child's name in a post about school. It is not on your roster, but it could still identify a pupil.`,
      explanation: {
        rule: childFrame ? 'a name introduced as a child in a class' : 'a first name beside words about pupils',
        ...(context ? { context: context.text } : {}),
        reason: childFrame
          ? 'the name is introduced as a child in the class or year group'
          : `a first name in a sentence about pupils${context ? ` (“${context.text}”)` : ''}`,
      },
    });
  }
  return findings;
}

/** "Star of the week goes to Ava", "Well done Seren": praise that introduces a child. */
export function praisedBefore(ctx: DraftContext, index: number): boolean {
  const { doc } = ctx;
  const token = doc.tokens[index]!;
  return PRAISE_BEFORE.test(doc.draft.slice(Math.max(doc.sentenceStarts[token.sentence]!, token.start - 60), token.start).toLowerCase());
}

/** "a boy called Tyler", "Tyler in my class", "Mason from Year 3", "Tyler's mum at pick-up". */
export function inChildFrame(ctx: DraftContext, index: number): boolean {
  const { doc } = ctx;
  const token = doc.tokens[index]!;
  const previous = doc.tokens[index - 1];
  const after = doc.draft.slice(token.end, token.end + 40).toLowerCase().replace(/^['’]s\b/, '').trim();
  return (
    (previous !== undefined && previous.sentence === token.sentence && NAMING_WORDS.has(previous.norm) && hasChildReference(ctx, index)) ||
    CLASS_AFTER.test(after) ||
    (token.possessive && FAMILY_AFTER.test(after) && ctx.hasStrongSchoolContext())
  );
}

function couldBeAName(ctx: DraftContext, token: Token, staffGivenNames: ReadonlySet<string>): boolean {
  if (token.kind !== 'word' || !token.capitalised || token.allCaps || ctx.isClaimed(token.index)) return false;
  if ((token.raw.match(/\p{Lu}/gu)?.length ?? 0) > 1) return false; // "SATs", "McDonald's" is rare as a child's first name
  if (!/^\p{L}{2,}$/u.test(token.norm) || staffGivenNames.has(token.norm)) return false;
  // "I've", "Don't": contractions are not names (a possessive "Tyler's" is).
  if (/['’]/.test(token.raw) && !token.possessive) return false;
  if (NOT_NAMES.has(token.norm)) return false; // Welsh "Mae" ("is") opens many sentences
  if (inNameIdiom(ctx, token.index) || inTitle(ctx, token.index) || followsAFirstName(ctx, token.index)) return false;
  if (isRoleInPlay(ctx, token.index) || afterAnAnimal(ctx, token.index)) return false;
  const tokens = ctx.doc.tokens;
  const previous = tokens[token.index - 1];
  if (previous && previous.sentence === token.sentence && HONORIFICS.has(previous.norm)) return false;
  if (ownCircleBefore(ctx.doc, token.index)) return false;
  // Colleagues in apposition: "my colleague Sarah", "Sarah, our TA".
  const staffNearby = ctx.referencesNear(token.index, token.index, 2).some((r) => r.group === 'staff' && r.individual && (r.last < token.index || r.first > token.index));
  if (staffNearby) return false;
  // Inside a context phrase ("Star of the Week", "Sports Day") it is part of the phrase.
  return !ctx.insideSchoolContext(token.start, token.end);
}

/** "a boy … called Tyler": a child was mentioned in the few words before the name. */
function hasChildReference(ctx: DraftContext, index: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let i = index - 1; i >= Math.max(0, index - 12) && tokens[i]!.sentence === tokens[index]!.sentence; i--) if (CHILD_NOUNS.has(tokens[i]!.norm)) return true;
  return ctx.referencesNear(index, index, 12, 0, 0).some((r) => r.group === 'pupils' && r.last < index);
}
