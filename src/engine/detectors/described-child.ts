import { referenceAt } from '../context/community';
import { defineDetector, type NameSink } from '../detector';
import type { DraftView } from '../draft';
import { say } from '../message-keys';
import { PupilCuesSchema, type PupilCuesLexicon } from '../schemas/lexicons';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { RawFinding } from './raw-finding';
import type { Token } from '../text/tokenize';
import { isAdjective } from '../context/names-knowledge';
import { LEXICONS } from '../rules';
import { PUPIL_CUES } from '../context/child-frames';

/**
 * A child identified by description rather than name: "the girl in my class whose mum runs the
 * corner shop", "the twins in reception whose dad has the chip van", "that little girl with the
 * hearing aids in Y3", Welsh "y ferch fach efo'r sbectol binc yn y derbyn". To local readers that
 * is as good as a name. A description needs both where the child is at school (a class or year)
 * and something about them or their family: "a boy in my class" alone identifies no one.
 */
interface Compiled {
  readonly determiners: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly childNouns: PhraseMatcher<true>;
  readonly classPhrases: PhraseMatcher<true>;
  readonly markers: ReadonlySet<string>;
}

/** Markers that describe the child or their family ("whose mum…", "with the hearing aids"): enough to identify. */
const STRONG_MARKERS: ReadonlySet<string> = new Set(['whose', 'with', 'sy', 'syn', 'sydd', 'efo', 'efor', 'gyda', 'gydar']);

/**
 * Seventh session (rules/lexicons/pupil-frames.json): words describing the child may stand before the
 * child noun ("the tall Somali lad"); a disability aid identifies like "with" ("the girl in the
 * wheelchair"); and where the child lives or came from, or that they joined us, stands in for a class
 * ("the little lad who lives above the chippy", "yr hogyn mawr 'na o Dŷ Gwyn sy'n…", "the lad with
 * the mohawk who started with us Monday"), in a draft about school.
 */
const FRAMES = LEXICONS.pupilFrames;
const DESCRIBING: ReadonlySet<string> = new Set(FRAMES.describing.flatMap((w) => phraseWords(w)));
const AIDS = PhraseMatcher.of(FRAMES.aids, { plurals: false });
const WHERE_FROM = PhraseMatcher.of(FRAMES.whereFrom, { plurals: false });
const JOINED_US = PhraseMatcher.of(FRAMES.joinedUs, { plurals: false });
/** "from Church Farm", "o Dŷ Gwyn": a named place the child comes from. */
const FROM_WORDS: ReadonlySet<string> = new Set(['from', 'o']);
const SCHOOL_ROLES = PhraseMatcher.of(FRAMES.schoolRoles, { plurals: false });
/** "the twins in reception": nouns that single children out by themselves (thirteenth session). */
const SET_APART = PhraseMatcher.of(FRAMES.setApart, { plurals: false });
/** "you know the one", "you'll know who i mean if you're local": the writer saying readers will know who (thirteenth session). */
const KNOWN_TO_READERS = PhraseMatcher.of(FRAMES.knownToReaders, { plurals: false });
/** "with the best handwriting", "who wins the cup": a competition's praise after the marker (review 13). */
const COMPETED = PhraseMatcher.of(FRAMES.competed, { plurals: false });

/** A class name or a year written joined: "4B", "10G", "Y4", "yr5", "bl4". */
const CLASS_TOKEN = /^(?:(?:1[0-3]|[1-9])[a-z]{1,3}|(?:y|yr|year|bl)(?:1[0-3]|[1-9]))$/;

function compile(lexicon: PupilCuesLexicon): Compiled {
  const d = lexicon.described;
  const words = (list: readonly string[]) => new Set(list.flatMap((w) => phraseWords(w)));
  return {
    determiners: words(d.determiners),
    fillers: words(d.fillers),
    // Exactly as listed: "the girls in my class who…" is a group, not one child.
    childNouns: PhraseMatcher.of(d.childNouns, { plurals: false }),
    classPhrases: PhraseMatcher.of(d.classPhrases, { plurals: false }),
    markers: words(d.markers),
  };
}

/** "a lad in my class whose grandad runs the chippy": indefinite, so only "whose" identifies. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Words that set one child apart from their class ("the new lad", "yr hogyn newydd", "the trans kid"), beside the describing lexicon. */
const SINGLING_OUT: ReadonlySet<string> = new Set(['new', 'newydd', 'trans', 'transgender', 'deaf', 'autistic']);
/** The definite article, English or Welsh (elided "'r" included): "the" singles one child out, "that"/"this" too. */
const THE: ReadonlySet<string> = new Set(['the', 'that', 'y', 'yr', 'r']);

/** Words after "in 5" that make it a time or an amount, not a year group. */
const TIME_UNITS: ReadonlySet<string> = new Set(['minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'hrs', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'seconds', 'secs', 'goes', 'go', 'munud', 'awr', 'diwrnod', 'niwrnod', 'wythnos', 'mis', 'mlynedd', 'blynedd', 'eiliad', 'pieces', 'bits', 'parts', 'languages', 'ways', 'times', 'x', 'more', 'waith', 'gwaith']);

/** Words after "in" that say whose or which class it is, not its name: "in the class", "in every class". */
const NOT_A_CLASS_NAME: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'each', 'every', 'any', 'another', 'one', 'same', 'whole', 'next', 'last', 'first', 'other']);

/** What the writer teaches in: "my sociology class", "my A level law class", "our year 9 maths set". */
const OWN_CLASS_KINDS: ReadonlySet<string> = new Set(['class', 'set', 'group', 'form']);
const OWN: ReadonlySet<string> = new Set(['my', 'our']);

/** The last token of "in my <up to four words> class|set|group|form" starting at `k`, or -1. */
function ownSubjectClass(tokens: DraftView['doc']['tokens'], k: number, sentence: number): number {
  if (tokens[k]?.norm !== 'in' || !OWN.has(tokens[k + 1]?.norm ?? '')) return -1;
  for (let m = k + 3; m <= k + 6 && m < tokens.length && tokens[m]!.sentence === sentence; m++) {
    if (OWN_CLASS_KINDS.has(tokens[m]!.norm)) return m;
    if (tokens[m]!.kind !== 'word' && !/^\d{1,2}$/.test(tokens[m]!.norm)) return -1;
  }
  return -1;
}

/** How far a weak marker ("who", "that") may stand after the child noun or the class, in tokens. */
const WEAK_MARKER_REACH = 3;

/** How far after the child noun the class and the description may stand, in tokens. */
const REACH = 16;

/** Family words after "whose": the child is picked out by a parent or relative ("whose dad runs the chippy"). */
const FAMILY_AFTER_WHOSE: ReadonlySet<string> = new Set(['mum', 'mam', 'mom', 'dad', 'mother', 'father', 'parents', 'nan', 'nana', 'gran', 'grandad', 'grandma', 'brother', 'sister', 'uncle', 'auntie', 'aunt', 'step', 'stepdad', 'stepmum', 'family', 'carer', 'foster']);

/** The writer's own school days or family: "I was the only girl in my class who…", "ro'n i'n yr unig hogan yn…", "my mum was the only girl…". */
function writerWasThe(tokens: readonly Token[], i: number): boolean {
  const [one, two] = [tokens[i - 1], tokens[i - 2]];
  if (!one || !two || one.sentence !== tokens[i]!.sentence || two.sentence !== one.sentence) return false;
  if ((two.norm === 'i' && (one.norm === 'was' || one.norm === 'am' || one.norm === 'im')) || ((one.norm === 'i' || one.norm === 'in') && WELSH_I_WAS.has(two.norm))) return true;
  // "My mum was the only girl in year 6 who…", "my daughter is the only girl in year 6 who…": the writer's family (review).
  if (one.norm !== 'was' && one.norm !== 'is' && one.norm !== 'were') return false;
  for (let k = Math.max(0, i - 6); k < i - 1; k++) if (tokens[k]!.sentence === one.sentence && OWN_FAMILY.has(tokens[k]!.norm)) return true;
  return false;
}
const OWN_FAMILY: ReadonlySet<string> = new Set(['my', 'fy', 'mum', 'mam', 'dad', 'brother', 'sister', 'daughter', 'son', 'husband', 'wife', 'nan', 'grandad', 'cousin']);
const WELSH_I_WAS: ReadonlySet<string> = new Set(['ro', 'o', 'ron', 'on', 'roeddwn', 'oeddwn', 'roeddown', 'oeddown']);

export function findDescribedChildren(c: Compiled, ctx: DraftView, found: NameSink): RawFinding[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const findings: RawFinding[] = [];
  let knownToReaders: readonly { first: number; last: number }[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    // "little lad in Robins whose dad…": typed in a hurry, the article dropped at the start of a sentence.
    // "lad in year 4 with the red glasses…", "bachgen bach blwyddyn 2 sy'n…": the child noun itself opening the sentence (thirteenth session).
    const dropped = tokens[i]!.sentenceStart && (c.fillers.has(tokens[i]!.norm) || c.childNouns.longestAt(tokens, i) !== undefined) && !c.determiners.has(tokens[i]!.norm);
    const indefinite = INDEFINITE.has(tokens[i]!.norm) || dropped;
    // "ma'r ferch", "o'r bachgen": the Welsh article joined to the word before it.
    const elided = /['’]r$/iu.test(tokens[i]!.raw);
    if ((!c.determiners.has(tokens[i]!.norm) && !indefinite && !elided) || tokens[i]!.kind !== 'word') continue;
    if (writerWasThe(tokens, i)) continue;
    const sentence = tokens[i]!.sentence;
    let j = dropped ? i : i + 1;
    let classAt = -1;
    let singledOut = false;
    // "the Y6 boy", "the little lad", "the year 3 girl": small words, a class among them.
    while (j < tokens.length && j <= i + 4 && tokens[j]!.sentence === sentence && !c.childNouns.longestAt(tokens, j)) {
      const t = tokens[j]!;
      if (SINGLING_OUT.has(t.norm) || DESCRIBING.has(t.norm)) singledOut = true;
      if (CLASS_TOKEN.test(t.norm)) classAt = j;
      else if (/^\d{1,2}$/.test(t.norm) && tokens[j - 1] && /^(year|yr|bl|blwyddyn)$/.test(tokens[j - 1]!.norm)) classAt = j;
      else if (!c.fillers.has(t.norm) && !DESCRIBING.has(t.norm) && !SINGLING_OUT.has(t.norm) && !(j > i && isAdjective(t.norm))) break;
      j++;
    }
    const noun = j < tokens.length && tokens[j]!.sentence === sentence ? c.childNouns.longestAt(tokens, j) : undefined;
    if (!noun) continue;
    // "bl 8 kid with the insulin pump": the article dropped, but the year stands before the child (eleventh session).
    const yearFirst = dropped && classAt >= 0;
    // Welsh puts the describing word after the noun: "yr hogyn newydd", "y ferch swil".
    const afterNoun = tokens[noun.last + 1];
    if (afterNoun && afterNoun.sentence === sentence && (SINGLING_OUT.has(afterNoun.norm) || DESCRIBING.has(afterNoun.norm))) singledOut = true;
    // "the twins in reception": a pair sets themselves apart, but only a matter about them makes that a risk
    // ("the twins display", "the cutest costumes" are a class's news): alone it is worth knowing (info), and a
    // confidential matter about them makes it high (named-subjects, review 13).
    const setApartOnly = !singledOut && SET_APART.longestAt(tokens, j) !== undefined;
    if (setApartOnly) singledOut = true;
    let markerAt = -1;
    let strong = false;
    let whereAt = -1;
    let joined = false;
    for (let k = noun.last + 1; k < tokens.length && k <= noun.last + REACH && tokens[k]!.sentence === sentence; k++) {
      const t = tokens[k]!;
      if (whereAt < 0) {
        const where = WHERE_FROM.longestAt(tokens, k);
        const place = tokens[k + 1];
        if (where && tokens[where.last]!.sentence === sentence) {
          whereAt = where.last;
          joined = JOINED_US.longestAt(tokens, k) !== undefined;
        } else if (FROM_WORDS.has(t.norm) && place && place.sentence === sentence && place.kind === 'word' && place.capitalised && !place.allCaps && /^\s+$/.test(place.gapBefore)) whereAt = k + 1;
      }
      const aid = AIDS.longestAt(tokens, k);
      if (aid && markerAt < 0 && tokens[aid.last]!.sentence === sentence) {
        markerAt = k;
        strong = true;
      }
      if (classAt < 0) {
        // "the girl in 9 with the pink hair", Wenglish "y ferch yn 9": a bare year number after "in", not "in 5 minutes".
        const number = tokens[k + 1];
        if ((t.norm === 'in' || t.norm === 'yn') && number && number.sentence === sentence && /^(?:1[0-3]|[1-9])$/.test(number.norm) && !TIME_UNITS.has(tokens[k + 2]?.norm ?? '')) {
          classAt = k + 1;
          k = classAt;
          continue;
        }
        const phrase = c.classPhrases.longestAt(tokens, k);
        // "in year" needs its number: "in year 4"; "the lad in my year who became a vet" is the writer's own year at school.
        const phraseNumber = phrase ? tokens[phrase.last + 1] : undefined;
        const yearWord = phrase !== undefined && /(^| )(year|yr|bl|ym|blwyddyn|mlwyddyn|flwyddyn)$/.test(tokens.slice(k, phrase.last + 1).map((x) => x.norm).join(' '));
        if (phrase && !(yearWord && !(phraseNumber && /^\d{1,2}$/.test(phraseNumber.norm)))) {
          classAt = yearWord ? phrase.last + 1 : phrase.last;
          k = classAt;
          continue;
        }
        // "the boy with the hearing dog in class 9": a class numbered, as special schools and some primaries number them.
        const classWord = tokens[k + 1];
        const classNumber = tokens[k + 2];
        if (t.norm === 'in' && classWord?.norm === 'class' && classNumber && classNumber.sentence === sentence && /^(?:1[0-9]|[1-9])[a-z]?$/.test(classNumber.norm) && !TIME_UNITS.has(tokens[k + 3]?.norm ?? '')) {
          classAt = k + 2;
          k = classAt;
          continue;
        }
        // "in Willow class", "in Oak group": a class named by a capitalised word; typed in lower case too
        // ("in derwen class", eleventh session), as long as the word names the class rather than whose it is ("in the class").
        const named = tokens[k + 1];
        const kind = tokens[k + 2];
        if ((t.norm === 'in' || t.norm === 'from') && named && kind && kind.sentence === sentence && (named.capitalised || !NOT_A_CLASS_NAME.has(named.norm)) && !named.allCaps && named.kind === 'word' && /^(class|group)$/.test(kind.norm)) {
          classAt = k + 2;
          k = classAt;
          continue;
        }
        // "in my A level law class", "in my year 9 maths set" (eleventh session): the writer's own class of a subject.
        const subjectClass = ownSubjectClass(tokens, k, sentence);
        if (subjectClass >= 0) {
          classAt = subjectClass;
          k = classAt;
          continue;
        }
        // "bachgen bach blwyddyn 2", "the lad year 6": a year word and its number right after the child.
        const yearNumber = tokens[k + 1];
        if (k <= noun.last + 2 && /^(year|yr|bl|blwyddyn)$/.test(t.norm) && yearNumber && yearNumber.sentence === sentence && /^(?:1[0-3]|[1-9])$/.test(yearNumber.norm)) {
          classAt = k + 1;
          k = classAt;
          continue;
        }
        if (CLASS_TOKEN.test(t.norm) && /\d/.test(t.norm)) {
          classAt = k;
          continue;
        }
      }
      // A weak marker ("who", "that") introduces the child only right after the description: not "… like that".
      if (markerAt < 0 && c.markers.has(t.norm) && (STRONG_MARKERS.has(t.norm) || k - Math.max(noun.last, classAt) <= WEAK_MARKER_REACH)) {
        markerAt = k;
        strong = STRONG_MARKERS.has(t.norm);
      }
      if (classAt >= 0 && markerAt >= 0) break;
    }
    // No class, but where the child lives or came from, in a draft about school or other children ("ar y plant bach"), or
    // "who started with us", which is about school. Not "what a star": praise alone does not make a neighbour a pupil.
    if (classAt < 0 && whereAt >= 0 && !indefinite && (joined || ctx.hasStrongSchoolContext() || SCHOOL_ROLES.matchAll(tokens).length > 0 || PUPIL_CUES.matchAll(tokens).some((m) => m.last < j || m.first > noun.last))) {
      classAt = whereAt;
      if (markerAt < 0 && joined) markerAt = whereAt;
    }
    // "the little girl whose dad runs the chippy…", "y ferch fach sy'n byw uwchben y siop…" told in a post with school words:
    // "the" child picked out by their family stands in for a class (nineteenth session; a neighbour's child in a
    // post about nothing at school is not read so).
    if (classAt < 0 && markerAt >= 0 && !indefinite && THE.has(tokens[i]!.norm) && tokens[markerAt]!.norm === 'whose' && FAMILY_AFTER_WHOSE.has(tokens[markerAt + 1]?.norm ?? '') && ctx.schoolContext.length > 0) {
      classAt = markerAt;
    }
    // "the lad who set the fire alarm off… you know the one": the writer says readers will know who, standing in for a class.
    if (classAt < 0 && markerAt >= 0 && !indefinite && (THE.has(tokens[i]!.norm) || elided)) {
      knownToReaders ??= KNOWN_TO_READERS.matchAll(tokens);
      // The child is a child noun of its own, not the phrase's "one": "you know the one — that brilliant podcast" names no child (review 13).
      const ownNoun = knownToReaders.length > 0 && knownToReaders.every((m) => noun.last < m.first || j > m.last);
      // In a draft about school: "the lad who delivers our veg… you know the one" is a neighbour.
      if (ownNoun && (ctx.hasStrongSchoolContext() || ctx.schoolContextNear(tokens[i]!.start))) classAt = markerAt;
    }
    // "Hogyn Bl 6 wedi cael ei wahardd … Fydd pawb yn gwbod pwy dwi'n feddwl", "a year 9 lad got excluded, you'll
    // all know who I mean": a child and their class, and the writer saying readers will know who, later in the draft
    // (eighteenth session). Not before the child: "you know who I mean" then "a boy in year 4" is another remark.
    // Only in the same sentence or the next, only the forms that point at one person ("who I mean", "everyone will
    // know who"; not "you know who", a joke's stand-in: "a visit from you know who tonight 🧚"), and not after a win
    // ("a boy in year 10 scored a hat-trick, we all know who 😂") (review, eighteenth session). "You can guess which one"
    // points at one child as "who I mean" does (twentieth session).
    let known = false;
    if (classAt >= 0 && markerAt < 0 && !competedAfter(tokens, classAt, sentence) && !PRAISED_AFTER.longestAt(tokens, classAt + 1)) {
      knownToReaders ??= KNOWN_TO_READERS.matchAll(tokens);
      known = knownToReaders.some((m) => {
        if (m.first <= Math.max(noun.last, classAt) || tokens[m.first]!.sentence > sentence + 1) return false;
        const words = tokens.slice(m.first, m.last + 1).map((t) => t.norm).join(' ');
        return /\b(mean|feddwl|which one)\b|^(everyone|everybody|pawb)\b/.test(words) || tokens[m.last + 1]?.norm === 'i' && /^(mean|feddwl)$/.test(tokens[m.last + 2]?.norm ?? '') || /^(dwin|dwi)$/.test(tokens[m.last + 1]?.norm ?? '');
      });
    }
    // "the new lad in Willow class is…", "the trans kid in year 10", "yr hogyn newydd ym Mlwyddyn 4": one
    // child singled out by "the", a word that sets them apart and their class, with no "who" needed.
    const singled = classAt >= 0 && markerAt < 0 && singledOut && !indefinite && !dropped && (THE.has(tokens[i]!.norm) || elided);
    // "a boy in my class whose dad…": an indefinite child is identified only through their family.
    // A dropped article before a strong detail ("lad in year 4 with the red glasses") is a hurried "the", not "a".
    if (!singled && !known && (classAt < 0 || markerAt < 0 || (indefinite && tokens[markerAt]!.norm !== 'whose' && !((yearFirst || dropped) && strong)))) continue;
    // "lad in year 4 with the best handwriting gets a pen licence", "the girl who wins the cup": praise in a public
    // competition picks out a winner, a role any child could fill; it tells no home circumstance, need or sanction.
    if (markerAt >= 0 && competedAfter(tokens, markerAt, sentence)) continue;
    // The description: from the determiner to the word after the marker, or the class if later.
    const after = markerAt < 0 ? classAt : tokens[markerAt + 1]?.sentence === sentence ? markerAt + 1 : markerAt;
    const last = Math.max(classAt, after);
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    const written = doc.draft.slice(start, end);
    found.reference({ ...referenceAt(doc, 'pupils', true, i, last), named: true });
    const context = ctx.schoolContextNear(start, 'strong');
    findings.push({
      category: 'pupil-name',
      topic: 'unlisted',
      severity: strong ? 'high' : singled && setApartOnly ? 'info' : 'warning',
      start,
      end,
      ruleId: 'pupil-name/described-child',
      ...say('finding_described_child', written),
      explanation: {
        rule: 'a child described by class and by something about them or their family',
        ...(context ? { context: context.text } : {}),
        reason: strong ? 'the class and a detail about the child or their family identify one child to local readers' : 'the class and what the child did may identify them to local readers',
      },
    });
    i = last;
  }
  return findings;
}

/** What a child did that is praise or a win, right after the class ("a boy in year 10 scored a hat-trick"). */
const PRAISED_AFTER = PhraseMatcher.of(['scored', 'won', 'read beautifully', 'lost her first tooth', 'lost his first tooth', 'was brilliant', 'was amazing', 'smashed it', 'did brilliantly', 'wedi sgorio', 'wedi ennill'], { plurals: false });

/** Competition praise within the two words after the marker, in its sentence ("with the best", "who finds the ticket wins"). */
function competedAfter(tokens: readonly Token[], markerAt: number, sentence: number): boolean {
  for (let k = markerAt + 1; k <= markerAt + 6 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    // A superlative right after the marker; a win anywhere in the clause ("who finds the golden ticket wins").
    if (COMPETED.longestAt(tokens, k) && (k <= markerAt + 2 || /^(wins?|won|ennill|enillodd)$/.test(tokens[k]!.norm))) return true;
  }
  return false;
}

export const describedChildDetector = defineDetector({
  id: 'described-child',
  phase: 'names',
  description: 'A child identified by description rather than name: where they are at school and something about them or their family.',
  rules: {
    'pupil-name/described-child': 'a child described by class and a detail ("the girl in my class whose mum runs the corner shop", "that little girl with the hearing aids in Y3"): high; with only "who" or "that" ("the lad in year 10 who set the bins on fire"): a warning',
  },
  lexicon: PupilCuesSchema,
  select: (bundle) => bundle.pupilCues,
  compile: (lexicon) => compile(lexicon),
  run: (compiled, { view, found }) => ({ findings: findDescribedChildren(compiled, view, found) }),
});
