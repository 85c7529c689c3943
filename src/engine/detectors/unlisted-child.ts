import { referenceAt } from '../context/community';
import { isEverydayWord, isKnownFirstName, looksLikeASurname } from '../context/names-knowledge';
import { NOT_NAMES, someoneElseLater } from '../context/not-a-pupil';
import { namesAGroup, notAChildName, nounAfterArticle } from '../context/not-a-child-name';
import { isPersonTag, isThingTag } from '../context/sentence-tags';
import { z } from 'zod';
import { defineDetector, type NameSink } from '../detector';
import type { DraftView } from '../draft';
import { compiledNames } from './compiled-names';
import { say } from '../message-keys';
import { inChildFrame, namedAsAChild, praisedBefore, PUPIL_CUES } from '../context/child-frames';
import type { Token } from '../text/tokenize';
import type { RawFinding } from './raw-finding';
import type { NameIndex } from './roster';

/**
 * A child named in a post about school who is not on the roster ("a boy in my class called Tyler",
 * "Mason in Year 3 finally cracked his times tables"). Rosters are never complete, and a first
 * name with the school's context identifies a child whether or not the teacher entered it.
 * Adults are left alone: titles, colleagues in apposition, full names of public figures.
 */
export function findUnlistedChildren(ctx: DraftView, found: NameSink, staffGivenNames: ReadonlySet<string>, roster: NameIndex): RawFinding[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  if (!ctx.hasStrongSchoolContext()) return [];
  const cueSentences = new Set(PUPIL_CUES.matchAll(tokens).map((m) => tokens[m.first]!.sentence));
  const findings: RawFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const candidate = couldBeAName(ctx, token, staffGivenNames);
    if (candidate === false) continue;
    // A roster name the roster detector left alone ("Grace Jones", "amazing grace") is not a
    // child missing from the roster.
    if (roster.givenNames.longestAt(tokens, i)) continue;
    const next = tokens[i + 1];
    const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === token.sentence;

    const childFrame = inChildFrame(ctx, i);
    const praised = praisedBefore(ctx, i);
    const cue = cueSentences.has(token.sentence);
    // A first name followed by a surname, outside a child frame, is usually an adult or a public figure.
    const fullName =
      !token.possessive && sameSentence(next) && (next!.capitalised || /^[IVXLC]+$/.test(next!.raw)) && next!.kind === 'word' && /^\s+$/.test(next!.gapBefore) && looksLikeASurname(next!);
    if (!childFrame && (fullName || !(praised || cue))) continue;
    // Only now, if it must, is compromise asked whether the word before is a first name.
    if (candidate !== true && !candidate()) continue;

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
    found.claim(i, i);
    found.reference(referenceAt(doc, 'pupils', true, i, i));
    findings.push({
      category: 'pupil-name',
      topic: 'unlisted',
      severity,
      start: token.start,
      end: token.end,
      ruleId: childFrame ? 'pupil-name/unlisted-child-frame' : 'pupil-name/unlisted-name-in-school-context',
      ...say('finding_unlisted_child', token.raw),
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

/**
 * Whether a token could be a child's first name: `true`, `false`, or, when only compromise's tags
 * can tell (after another capitalised word), a function that asks them, for the caller to call
 * after its own cheaper checks.
 */
function couldBeAName(ctx: DraftView, token: Token, staffGivenNames: ReadonlySet<string>): boolean | (() => boolean) {
  if (token.kind !== 'word' || token.allCaps || ctx.isClaimed(token.index)) return false;
  // Typed in lower case, a word is a child's name only when introduced as one ("a boy in my form called connor")
  // and known as a first name that is no everyday word ("called will" stays a word).
  if (!token.capitalised && !(namedAsAChild(ctx, token.index) && isKnownFirstName(token.norm) && !isEverydayWord(token.norm))) return false;
  if ((token.raw.match(/\p{Lu}/gu)?.length ?? 0) > 1) return false; // "SATs", "McDonald's" is rare as a child's first name
  if (!/^\p{L}{2,}$/u.test(token.norm) || staffGivenNames.has(token.norm)) return false;
  // "I've", "Don't": contractions are not names (a possessive "Tyler's" is).
  if (/['’]/.test(token.raw) && !token.possessive) return false;
  if (NOT_NAMES.has(token.norm)) return false; // Welsh "Mae" ("is") opens many sentences
  // "T. H. Parry-Williams", "Mary-Jane": the second half of a hyphenated name is a surname's, or
  // the first half already stands for the child.
  const before = ctx.doc.tokens[token.index - 1];
  if (token.gapBefore === '-' && before?.kind === 'word' && before.capitalised) return false;
  // "ma'r hogia Roma yn fy nosbarth", "the ginger lad": a people or a look, not a child called Roma (a roster Roma is still found by the roster).
  if (namesAGroup(token.norm)) return false;
  // "moved to Bradford", "a café called Seren", "Maid Marian", "Felix the cat": plainly not a child.
  if (notAChildName(ctx.doc.tokens, token.index, token.index)) return false;
  // "Ail Gainc y Mabinogi": after the Welsh article or an ordinal, a noun or a title.
  if (nounAfterArticle(ctx.doc.tokens, token.index)) return false;
  const other = someoneElseLater(ctx, token.index, token.index);
  return typeof other === 'function' ? () => other() === undefined : other === undefined;
}

export const unlistedChildDetector = defineDetector({
  id: 'unlisted-child',
  phase: 'names',
  description: 'A child named in a post about school who is not on the roster.',
  rules: {
    'pupil-name/unlisted-child-frame': 'a name introduced as a child ("a boy in my class called Tyler", "Mason in Year 3"): high',
    'pupil-name/unlisted-name-in-school-context': 'a first name beside words about pupils in a school post: a warning',
  },
  lexicon: z.object({}),
  select: () => ({}),
  compile: (_data, config) => compiledNames(config),
  run: (names, { view, found }) => ({ findings: findUnlistedChildren(view, found, names.staffGivenNames, names.roster) }),
});
