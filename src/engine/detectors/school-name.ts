import { routeBefore } from './place-route';
import { villageBodyBefore } from './village-body';
import { z } from 'zod';
import { defineDetector, type NameSink } from '../detector';
import { NamesSchema, SchoolContextSchema, SchoolTypesSchema, type SchoolContextLexicon, type SchoolTypesLexicon } from '../schemas/lexicons';
import { referenceAt } from '../context/community';
import { everydayWords, isEverydayWord, isKnownFirstName } from '../context/names-knowledge';
import type { DraftView } from '../draft';
import { PhraseMatcher, phraseWords } from '../text/phrases';
import type { Token, TokenizedText } from '../text/tokenize';
import type { RawFinding } from './raw-finding';
import { say } from '../message-keys';

/**
 * Recognises the staff member's own school in the forms people really write: "Cadoxton Primary",
 * "cadoxton primary school", "Cadoxton PS", "#CadoxtonPrimary", "@cadoxton_ps",
 * "Ysgol Gynradd Cadoxton", and the configured aliases. The configured name is split into its own
 * words ("Cadoxton") and its type words ("Primary School"); a type of another family
 * ("Cadoxton High") is a different school and is left alone. The own words alone are a place.
 */
export type SchoolNameForm = 'name' | 'hashtag' | 'welsh' | 'alias' | 'place';

export interface SchoolNameHit {
  readonly form: SchoolNameForm;
  readonly first: number;
  readonly last: number;
  /** Which configured name or alias it matched, for the explanation. */
  readonly source: string;
  /** A short alias that is also an everyday word or acronym ("MBA", "Rec"): the school only in school context. */
  readonly short?: boolean;
  /** The alias is also a place (see NameSource). */
  readonly placeLike?: boolean;
  /** An acronym alias typed in lower case ("fva choir"): the school only with an institution word after it or school words beside it. */
  readonly typedLower?: boolean;
  /** Not an acronym: the words a place or another institution may share ("Rowan Brook Road", "Feast of St Aidan"). */
  readonly worded?: boolean;
  /** An alias of everyday words typed in lower case ("the brook", "maes glas"): the thing, unless the draft says school. */
  readonly typedPlain?: boolean;
  /** The configured spelling ends in a possessive ("St Aidan's"): written without it, a saint is meant. */
  readonly possessiveSource?: boolean;
}

interface TypeInfo {
  readonly families: readonly string[];
  readonly denomination?: string;
}

interface NameSpelling {
  readonly source: NameSource;
  /** A nickname ("St Nick's") or a Welsh mutation ("Nghadoxton"): the school only with a cue. */
  readonly variant: boolean;
}

interface NameSource {
  readonly text: string;
  readonly alias: boolean;
  /** The name had no type words at all: written alone it still means the school. */
  readonly bareIsName: boolean;
  readonly families: ReadonlySet<string>;
  readonly denomination?: string;
  /** The own words are everyday words ("Park", "Castle"): alone they count only with a capital. */
  readonly everydayPlace: boolean;
  /** A one-word alias that is an everyday acronym or word ("MBA", "Rec"), or a place ("Beacon Hill", "Ellerby Road"). */
  readonly short?: boolean;
  /** Configured in capitals ("BHA"): "the BHA conference" is an organisation, not a school. */
  readonly acronym?: boolean;
  /** Also a place ("Beacon", "Beacon Hill", "Ellerby Road"): quiet where the draft reads it as one. */
  readonly placeLike?: boolean;
  /** The lower-case spelling of an acronym alias ("fva" for "FVA"). */
  readonly lowerAcronym?: boolean;
  /** Every own word is an everyday English or Welsh word ("the Brook", "Maes Glas"): typed in lower case it is the thing. */
  readonly plainWords?: boolean;
}

/** The school-type vocabulary, compiled once per lexicon: every school shares it. */
interface Types {
  /** Families that any school's name may carry without becoming another school. */
  readonly everydayPlaceWords: ReadonlySet<string>;
  /** Acronyms in capitals everyone uses for something else ("MBA", "NHS"). */
  readonly everydayAcronyms: ReadonlySet<string>;
  /** Street words ("road", "lane", "heol"), folded. */
  readonly roadWords: ReadonlySet<string>;
  /** Words that read a place alias as the place ("walked up", "is shut", "of"), and institution words after it that read it as the school. */
  readonly placeSenseBefore: PhraseMatcher<true>;
  readonly placeSenseAfter: PhraseMatcher<true>;
  readonly institutionAfter: PhraseMatcher<true>;
  /** "the Millbrook Arms", "Oakfield Nature Reserve": a venue named after the place. */
  readonly venueAfter: PhraseMatcher<true>;
  readonly alwaysCompatible: ReadonlySet<string>;
  readonly implied: Readonly<Record<string, readonly string[]>>;
  readonly typeMatcher: PhraseMatcher<TypeInfo>;
  readonly welshMatcher: PhraseMatcher<TypeInfo>;
  /** Type words with spaces removed, for hashtags and handles; longest first, so "primaryschool" is one type. */
  readonly squashedTypes: readonly { form: string; info: TypeInfo }[];
  readonly squashedWelsh: readonly { form: string; info: TypeInfo }[];
  readonly lexicon: SchoolTypesLexicon;
  readonly placeBefore: PhraseMatcher<true>;
  readonly placeAfter: PhraseMatcher<true>;
  readonly placeInSchoolPost: PhraseMatcher<true>;
  readonly townBefore: PhraseMatcher<true>;
  readonly townAfter: PhraseMatcher<true>;
  /** Right before the place word, a river, a road or a hill ("along the", "over the", "afon"). */
  readonly routeBefore: PhraseMatcher<true>;
  /** Any alias read as a place or another institution ("… Road", "… church"; "Feast of …", Welsh "Heol …"). */
  readonly aliasAfter: PhraseMatcher<true>;
  readonly aliasBefore: PhraseMatcher<true>;
  readonly weatherBefore: PhraseMatcher<true>;
  /** A village body right before a place word ("CFfI …", "Côr …"): that body, named for the village. */
  readonly villageBodyBefore: PhraseMatcher<true>;
  /** Counties, nations, cities: "<name> in Kent" is another school of the name. */
  readonly elsewhere: PhraseMatcher<true>;
  readonly welshEveryday: ReadonlySet<string>;
  readonly welshFunction: ReadonlySet<string>;
}

const typesByLexicon = new WeakMap<SchoolTypesLexicon, Types>();

function compileTypes(types: SchoolTypesLexicon, context: SchoolContextLexicon): Types {
  const cached = typesByLexicon.get(types);
  if (cached) return cached;
  const typeMatcher = new PhraseMatcher<TypeInfo>();
  const welshMatcher = new PhraseMatcher<TypeInfo>();
  const squashedTypes: { form: string; info: TypeInfo }[] = [];
  const squashedWelsh: { form: string; info: TypeInfo }[] = [];
  for (const entry of types.trailing) {
    const info: TypeInfo = { families: entry.families, ...(entry.denomination ? { denomination: entry.denomination } : {}) };
    for (const phrase of [...entry.phrases, ...entry.short]) {
      typeMatcher.add(phrase, info);
      squashedTypes.push({ form: phraseWords(phrase).join(''), info });
    }
  }
  for (const entry of types.initials) {
    const info: TypeInfo = { families: entry.families };
    typeMatcher.add(entry.form, info);
    squashedTypes.push({ form: entry.form, info });
  }
  for (const entry of types.welshLeading) {
    const info: TypeInfo = { families: [entry.family] };
    for (const phrase of entry.phrases) {
      welshMatcher.add(phrase, info);
      squashedWelsh.push({ form: phraseWords(phrase).join(''), info });
    }
  }
  squashedTypes.sort((a, b) => b.form.length - a.form.length);
  squashedWelsh.sort((a, b) => b.form.length - a.form.length);
  const compiled: Types = {
    everydayPlaceWords: new Set(types.everydayPlaceWords),
    everydayAcronyms: new Set(types.everydayAcronyms),
    roadWords: new Set(types.roadWords.flatMap((w) => phraseWords(w))),
    placeSenseBefore: PhraseMatcher.of(types.placeSenses.before, { plurals: false }),
    placeSenseAfter: PhraseMatcher.of(types.placeSenses.after, { plurals: false }),
    institutionAfter: PhraseMatcher.of(types.placeSenses.institutionAfter, { plurals: false }),
    venueAfter: PhraseMatcher.of(types.placeSenses.venueAfter, { plurals: false }),
    alwaysCompatible: new Set(types.compatibility.always),
    implied: types.compatibility.implied,
    typeMatcher,
    welshMatcher,
    squashedTypes,
    squashedWelsh,
    lexicon: types,
    placeBefore: PhraseMatcher.of(context.placeCues.before),
    placeAfter: PhraseMatcher.of(context.placeCues.after),
    placeInSchoolPost: PhraseMatcher.of(context.placeCues.inSchoolPost),
    townBefore: PhraseMatcher.of(context.placeCues.townBefore, { plurals: false }),
    townAfter: PhraseMatcher.of(context.placeCues.townAfter, { plurals: false }),
    routeBefore: PhraseMatcher.of(context.placeCues.routeBefore, { plurals: false }),
    aliasAfter: PhraseMatcher.of(types.placeSenses.aliasAfter, { plurals: false }),
    aliasBefore: PhraseMatcher.of(types.placeSenses.aliasBefore, { plurals: false }),
    weatherBefore: PhraseMatcher.of(types.placeSenses.weatherBefore, { plurals: false }),
    villageBodyBefore: PhraseMatcher.of(types.placeSenses.villageBodyBefore ?? [], { plurals: false }),
    elsewhere: PhraseMatcher.of(types.elsewhere, { plurals: false }),
    welshEveryday: new Set(types.welshEverydayWords.flatMap((w) => phraseWords(w))),
    welshFunction: new Set(types.welshFunctionWords.flatMap((w) => phraseWords(w))),
  };
  typesByLexicon.set(types, compiled);
  return compiled;
}

export class SchoolNameMatcher {
  private readonly names = new PhraseMatcher<NameSpelling>();
  /** Aliases that open with "The", less it: Welsh writes the article itself ("yr Hub", "i'r Hub", "o'r Hub"). */
  private readonly afterWelshArticle = new PhraseMatcher<NameSpelling>();
  /** Own words with spaces removed, for hashtags and handles. */
  private readonly squashedNames: { form: string; source: NameSource }[] = [];
  /** Every word of the name and the aliases, folded ("penrhiw", "aeron"): a hyphenated word that is one of them is still the school's. */
  readonly ownWords: ReadonlySet<string>;

  constructor(
    readonly types: Types,
    private readonly nicknames: Readonly<Record<string, readonly string[]>>,
    schoolName: string,
    aliases: readonly string[],
  ) {
    const sources = [{ text: schoolName, alias: false }, ...aliases.map((text) => ({ text, alias: true }))];
    this.ownWords = new Set(sources.flatMap(({ text }) => phraseWords(text.replace(/[-‐–]/g, ' '))));
    for (const { text, alias } of sources) {
      this.addSource(text, alias);
      // "cae r onnen", "glan r afon": the Welsh article's apostrophe typed as a space.
      if (/\p{L}['’]r\b/iu.test(text)) this.addSource(text.replace(/(\p{L})['’](r)\b/giu, '$1 $2'), alias);
      // "Ysgol Gymunedol Glan yr Afon / Riverside Community Primary School, Pontnewydd": a bilingual name is
      // two names, and a town after a comma is where the school is, its place word ("Ysgol Pontnewydd").
      const parts = text.split(/\s+\/\s+/);
      for (const part of parts) {
        const comma = part.lastIndexOf(',');
        const name = (comma > 0 ? part.slice(0, comma) : part).trim();
        if (parts.length > 1 || comma > 0) this.addSource(name, alias);
        const town = comma > 0 ? part.slice(comma + 1).trim() : '';
        if (town && phraseWords(town).length <= 3) this.addSource(town, false, true);
      }
    }
    // "Ysgol Bro Arian Pontarian": an alias that is the school's name with a word or two after it, no comma, names
    // the village it stands in, its place word (tenth session). Not a city, county or nation ("Grindon Vale Academy
    // Sunderland"): those are where thousands of other things are, and a post about a trip "to Sunderland" is no school.
    const nameWords = phraseWords(schoolName);
    for (const alias of aliases) {
      const words = phraseWords(alias);
      if (nameWords.length === 0 || words.length <= nameWords.length || words.length > nameWords.length + 3 || /[,#@/]/.test(alias)) continue;
      if (!nameWords.every((w, i) => words[i] === w)) continue;
      const tail = words.slice(nameWords.length);
      if (tail.some((w) => this.typeWord(w) || isEverydayWord(w) || this.types.everydayPlaceWords.has(w) || this.types.welshEveryday.has(w))) continue;
      if (this.types.elsewhere.longestAtWords(tail)?.last === tail.length - 1) continue;
      this.addSource(tail.join(' '), false, true);
    }
  }

  private addSource(text: string, alias: boolean, town = false): void {
    const words = phraseWords(text);
    if (words.length === 0) return;
    // An alias in capitals ("OPS", "CPS") is an acronym: matched in capitals only, never "ops".
    if (alias && words.length === 1 && /^\p{Lu}{2,}$/u.test(text.trim())) {
      // Only an acronym everyone uses for something else ("MBA") needs a post about school; "BHA", "ERPS" are the school.
      const source: NameSource = { text, alias, bareIsName: true, families: new Set(), everydayPlace: false, acronym: true, short: this.types.everydayAcronyms.has(text.trim()) };
      this.names.add(text.trim(), { source, variant: false }, { caseSensitive: true });
      // "fva choir", "mrps christmas fair": typed in lower case, as people do; not when the letters are a word or an everyday acronym.
      if (!source.short && words[0]!.length >= 3 && !isEverydayWord(words[0]!)) this.names.add(text.trim(), { source: { ...source, lowerAcronym: true }, variant: false });
      // "#KHS": the acronym as a hashtag or handle.
      this.squashedNames.push({ form: words[0]!, source });
      this.squashedNames.sort((a, b) => b.form.length - a.form.length);
      return;
    }
    const families = new Set<string>();
    let denomination: string | undefined;
    let start = 0;
    let end = words.length;
    // Welsh type words lead: "Ysgol Gynradd Cadoxton".
    const leading = this.types.welshMatcher.longestAtWords(words);
    if (leading && leading.last + 1 < words.length) {
      leading.values[0]!.families.forEach((f) => families.add(f));
      start = leading.last + 1;
    }
    // English type words trail: "... CIW Primary School". Strip from the end, longest first.
    for (let stripped = true; stripped && end > start + 1; ) {
      stripped = false;
      for (let from = start + 1; from < end; from++) {
        const match = this.types.typeMatcher.longestAtWords(words, from, end);
        if (match && match.last === end - 1) {
          for (const info of match.values) {
            info.families.forEach((f) => families.add(f));
            denomination ??= info.denomination;
          }
          end = from;
          stripped = true;
          break;
        }
      }
      // "Infant and Nursery School", "Primary & Nursery": a connector between two type words is part of the type.
      if (stripped && end > start + 2 && TYPE_CONNECTORS.has(words[end - 1]!) && this.typeEndsAt(words, start + 1, end - 1)) end -= 1;
    }
    const own = words.slice(start, end);
    const source: NameSource = {
      text,
      alias,
      // A town is the school only with type words ("Pontnewydd Primary", "Ysgol Pontnewydd") or school words beside it.
      bareIsName: !town && (families.size === 0 || (alias && own.length === words.length)),
      families,
      // ("pam bod ei fab o…": a Welsh everyday word typed in lower case is the word, for "Ysgol Bod" too.)
      everydayPlace: own.every((word) => isEverydayWord(word) || this.types.everydayPlaceWords.has(word) || this.types.welshFunction.has(word)),
      ...(denomination ? { denomination } : {}),
      ...(alias && words.length === 1 && (isEverydayWord(words[0]!) || words[0]!.length <= 3) ? { short: true } : {}),
      ...(alias && this.placeLike(own) ? { placeLike: true } : {}),
      ...(alias && own.length > 0 && own.every((word) => isEverydayWord(word) || this.types.everydayPlaceWords.has(word) || this.types.welshEveryday.has(word)) ? { plainWords: true } : {}),
    };
    // "#EllerbyRoad", "#BeaconHill": run together, a place alias is a tag for the school.
    const tagged: NameSource = { ...source, placeLike: false };
    // "The Hub" is "yr Hub", "i'r Hub", "o'r Hub" in a Welsh sentence: the English name with the Welsh article.
    if (alias && own.length >= 2 && own[0] === 'the') this.afterWelshArticle.addWords(own.slice(1), { source, variant: false });
    for (const spelling of spellingVariants(this.types.lexicon, own)) {
      this.names.addWords(spelling, { source, variant: false });
      this.squashedNames.push({ form: spelling.join(''), source: tagged });
    }
    for (const spelling of [...nicknameVariants(this.nicknames, own), ...welshMutations(this.types.lexicon, own)]) this.names.addWords(spelling, { source, variant: true });
    // "brindel moss", "heigam fields", "dare vally bilingual": a name of two words or more with one of them
    // mistyped is still the name; the word typed right anchors it, and the name keeps every condition it has.
    // Not counting an article ("The Willows" is one word of its own), nor a typo that is a first name or a place word.
    if (own.filter((w) => !ARTICLES.has(w)).length >= 2) {
      const elsewhere = (w: string) => isKnownFirstName(w) || this.types.everydayPlaceWords.has(w) || this.types.welshEveryday.has(w);
      for (const spelling of typoVariants(own, elsewhere)) this.names.addWords(spelling, { source, variant: false });
    }
    // "ashcombe" for Ashcombe Cross, "Harcourt" for Harcourt Heath: the first of several own words, when no
    // everyday word, is how staff shorten the name; the place word, which school words beside it make the school.
    // And "Ashcombe X": the second word cut to its initial.
    const head = own[0];
    if (!town && own.length >= 2 && head !== undefined && head.length >= 4 && !ARTICLES.has(head) && !isEverydayWord(head) && !this.types.everydayPlaceWords.has(head) && !this.types.welshEveryday.has(head) && !this.typeWord(head)) {
      this.names.addWords([head], { source: { ...source, bareIsName: false, alias: false, everydayPlace: false }, variant: false });
      if (own.length === 2 && /^\p{L}/u.test(own[1]!)) this.names.addWords([head, own[1]![0]!], { source, variant: false });
    }
    // "#StNicks", "#SantNicYnSeren": a nickname run together is the place word, which a school post makes the school.
    for (const spelling of nicknameVariants(this.nicknames, own)) this.squashedNames.push({ form: spelling.join(''), source: { ...source, bareIsName: false } });
    this.squashedNames.sort((a, b) => b.form.length - a.form.length);
  }

  /** Some type words end right before `end` (from `from` on): "Infant" in "Infant and Nursery". */
  private typeEndsAt(words: readonly string[], from: number, end: number): boolean {
    for (let k = from; k < end; k++) if (this.types.typeMatcher.longestAtWords(words, k, end)?.last === end - 1) return true;
    return false;
  }

  /** A school-type word, or one with a Welsh type word before it ("gyfun" of "Ysgol Gyfun"): never a short form of the name. */
  private typeWord(word: string): boolean {
    if (this.types.typeMatcher.longestAtWords([word])) return true;
    const welsh = this.types.welshMatcher.longestAtWords(['ysgol', word]);
    return welsh !== undefined && welsh.last === 1;
  }

  /**
   * An alias that is also a place: made only of everyday or place words ("Beacon", "Beacon Hill"),
   * or a street ("Ellerby Road"). "walked up beacon hill with the dog", "ellerby road is shut":
   * the school only in a post about school.
   */
  private placeLike(own: readonly string[]): boolean {
    if (own.length === 0) return false;
    if (own.length > 1 && this.types.roadWords.has(own[own.length - 1]!)) return true;
    return own.every((word) => this.types.everydayPlaceWords.has(word) || (own.length > 1 && isEverydayWord(word)));
  }

  find(doc: TokenizedText): SchoolNameHit[] {
    const hits: SchoolNameHit[] = [];
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') {
        const hit = this.matchSquashed(token.norm.replace(/[_.]/g, ''));
        if (hit) hits.push({ ...hit, first: i, last: i });
        continue;
      }
      const welsh = welshArticleAt(tokens, i) ? this.afterWelshArticle.longestAt(tokens, i + 1) : undefined;
      if (welsh) {
        const hit = this.classify(doc, i + 1, welsh.last, welsh.values);
        if (hit) {
          hits.push(hit);
          i = hit.last;
          continue;
        }
      }
      const match = this.names.longestAt(tokens, i);
      if (!match) {
        // "SuttonHarbour year 7": a name of several words run together in capitals as a hashtag is, with no "#".
        const joined = /\p{Ll}\p{Lu}/u.test(token.raw) ? this.matchSquashed(token.norm) : undefined;
        if (joined && joined.form !== 'place') hits.push({ ...joined, first: i, last: i });
        continue;
      }
      // "HHA's" is the acronym in capitals with a possessive.
      const typedLower = !token.allCaps && !/^\p{Lu}{2,}['’]s$/u.test(token.raw) && match.values.every((v) => v.source.lowerAcronym);
      const classified = this.classify(doc, i, match.last, match.values);
      const hit = classified && typedLower ? { ...classified, typedLower } : classified;
      // "took my class to the park": a school called Park Primary is not meant without a capital.
      // But "budget at riverside", "starting at riverside in september": an everyday word straight after a
      // preposition, with no article, is used as a name.
      const previous = tokens[i - 1];
      const usedAsName = previous !== undefined && previous.sentence === token.sentence && NAME_PREPOSITIONS.has(previous.norm);
      const lowerCaseWord = hit?.form === 'place' && match.values.every((v) => v.source.everydayPlace) && (!token.capitalised || token.sentenceStart) && !usedAsName;
      if (hit && !lowerCaseWord) {
        hits.push(hit);
        i = hit.last;
      }
    }
    return hits;
  }

  private classify(doc: TokenizedText, first: number, last: number, spellings: readonly NameSpelling[]): SchoolNameHit | undefined {
    const sources = spellings.map((s) => s.source);
    const variant = spellings.every((s) => s.variant);
    const tokens = doc.tokens;
    // Type words after the name.
    const tail: TypeInfo[] = [];
    let end = last;
    // The type words before the first connector: "Cadoxton Primary and secondary schools" is still Cadoxton Primary.
    let firstJoin: { length: number; end: number } | undefined;
    for (let k = last + 1; k < tokens.length; ) {
      // "Dersingford Infant and Nursery", "Primary & Nursery": a connector joins two type words.
      const joined = k > last + 1 && tokens[k]!.sentence === tokens[last]!.sentence && TYPE_CONNECTORS.has(tokens[k]!.norm) ? this.types.typeMatcher.longestAt(tokens, k + 1) : undefined;
      if (joined) {
        firstJoin ??= { length: tail.length, end };
        k += 1;
      }
      const match = joined ?? this.types.typeMatcher.longestAt(tokens, k);
      if (!match || (k > last + 1 ? false : !/^[\s\-']*$/.test(tokens[k]!.gapBefore))) break;
      tail.push(...match.values);
      end = match.last;
      k = match.last + 1;
    }
    // Welsh type words before it.
    let start = first;
    let leading: TypeInfo[] = [];
    for (let k = Math.max(0, first - 6); k < first; k++) {
      const match = this.types.welshMatcher.longestAt(tokens, k, first);
      if (match && match.last === first - 1) {
        leading = match.values;
        start = k;
        break;
      }
    }
    if (tail.length > 0) {
      // Any configured spelling the type words fit: "Dersingford Infants" is the school when an alias says
      // so, even though the full name's own words also lead "Dersingford Infant and Nursery School".
      const cuts = firstJoin ? [{ types: tail, end }, { types: tail.slice(0, firstJoin.length), end: firstJoin.end }] : [{ types: tail, end }];
      for (const cut of cuts)
        for (const source of sources) {
          // "Fenwick Vale Academy Trust board": the school's own type words, then its trust, is still the school.
          const own = cut.types.filter((type) => !type.families.includes('group'));
          const checked = own.length > 0 && own.length < cut.types.length && compatible(this.types, source, own) ? own : cut.types;
          if (compatible(this.types, source, checked)) return { form: source.alias ? 'alias' : 'name', first: start, last: cut.end, source: source.text };
        }
      return undefined; // "Cadoxton High": another school in the same place.
    }
    for (const source of sources) {
      if (leading.length > 0 && compatible(this.types, source, leading)) return { form: 'welsh', first: start, last, source: source.text };
    }
    // "Ysgol Uwchradd Cadoxton" is Cadoxton's secondary school, not Cadoxton Primary, just as "Cadoxton High" is.
    if (leading.length > 0) return undefined;
    const source = sources[0]!;
    const bare = sources.find((s) => s.bareIsName);
    // "down by the brook", "pob maes glas yn y dyffryn": an alias of everyday words, typed without capitals, is the thing.
    const words = tokens.slice(first, last + 1).filter((t) => !ARTICLES.has(t.norm));
    // Read as a common noun: the alias opens with its article ("the brook"), or a determiner stands before it ("pob maes glas", "every green field").
    // Welsh has no indefinite article: "coed helyg ar lan afon" (willow trees), "cei llechi" (a slate quay) are
    // common nouns as they stand, when every word is an everyday Welsh one typed in lower case.
    // Not with an article inside: "glan yr afon", "cae'r onnen", "maes y ffwrnais" are how a school named so is typed.
    const welshBare = tokens.slice(first, last + 1).every((t) => !ARTICLES.has(t.norm) && !/['’]r$/iu.test(t.raw) && this.types.welshEveryday.has(t.norm) && !t.capitalised);
    const asNoun = welshBare || ARTICLES.has(tokens[first]!.norm) || (tokens[first - 1]?.sentence === tokens[first]!.sentence && DETERMINERS.has(tokens[first - 1]!.norm));
    const typedPlain = bare?.plainWords === true && asNoun && words.every((t) => !t.capitalised || t.sentenceStart) && words.some((t) => !t.capitalised);
    const worded = bare !== undefined && !bare.acronym ? { worded: true, ...(/['’]s$/iu.test(bare.text.trim()) ? { possessiveSource: true } : {}) } : {};
    if (bare && !variant) return { form: 'alias', first, last, source: bare.text, ...(bare.short ? { short: true } : {}), ...(typedPlain ? { typedPlain: true } : {}), ...(bare.placeLike ? { placeLike: true } : {}), ...worded };
    return { form: 'place', first, last, source: source.text };
  }

  /** Hashtags and handles: "#CadoxtonPrimary", "@cadoxton_ps", "#YsgolGynraddCadoxton", "@CadoxtonPS_Y6". */
  private matchSquashed(squashed: string): Omit<SchoolNameHit, 'first' | 'last'> | undefined {
    for (const { form, info } of this.types.squashedWelsh) {
      if (!squashed.startsWith(form)) continue;
      const rest = squashed.slice(form.length);
      const name = this.squashedNames.find((n) => rest.startsWith(n.form));
      if (name && compatible(this.types, name.source, [info])) return { form: 'hashtag', source: name.source.text };
    }
    for (const { form, source } of this.squashedNames) {
      if (!squashed.startsWith(form)) continue;
      let rest = squashed.slice(form.length);
      if (rest === '') {
        // "#HartwellGreen" is both the school's own words (a place word, "Hartwell Green Primary") and a
        // configured alias: the alias wins, a tag the school gave itself is the school.
        const own = source.bareIsName ? source : this.squashedNames.find((n) => n.form === form && n.source.bareIsName)?.source ?? source;
        return { form: own.bareIsName ? 'alias' : 'place', source: own.text, ...(own.short ? { short: true } : {}) };
      }
      const tail: TypeInfo[] = [];
      for (let next = this.types.squashedTypes.find((t) => rest.startsWith(t.form)); next; next = this.types.squashedTypes.find((t) => rest.startsWith(t.form))) {
        tail.push(next.info);
        rest = rest.slice(next.form.length);
      }
      // Anything after the type words is the account's own suffix ("@CadoxtonPS_Y6", "#CadoxtonPrimaryPE").
      // Type words of another kind ("#StNicholasRC") are another school: no shorter spelling may claim it.
      if (tail.length > 0) return compatible(this.types, source, tail) ? { form: 'hashtag', source: source.text } : undefined;
      // "#CadmusFamily", "#SantNicYnSeren": the own words and a suffix that is not another school's type; the place word, which a school post makes the school.
      if (tail.length === 0 && form.length >= 5 && /^\p{L}/u.test(rest)) return { form: 'place', source: source.text };
    }
    return undefined;
  }
}

function compatible(t: Types, source: NameSource, types: readonly TypeInfo[]): boolean {
  return types.every((type) => {
    if (type.denomination) return type.denomination === source.denomination;
    return type.families.some((f) => t.alwaysCompatible.has(f) || source.families.has(f) || (t.implied[f] ?? []).some((implied) => source.families.has(implied)));
  });
}

/** "St Nicholas" is also "St Nick's": each own word's everyday short forms. */
function nicknameVariants(nicknames: Readonly<Record<string, readonly string[]>>, words: readonly string[]): string[][] {
  return words.flatMap((word, i) => (nicknames[word] ?? []).map((nick) => [...words.slice(0, i), ...phraseWords(nick), ...words.slice(i + 1)]));
}

/**
 * Welsh mutates a name's first consonant after some words: "yng Nghadoxton" (in Cadoxton),
 * "i Gadoxton" (to Cadoxton), "a Chadoxton". Forms that are English words are left out.
 */
function welshMutations(types: SchoolTypesLexicon, words: readonly string[]): string[][] {
  const [first, ...rest] = words;
  if (!first) return [];
  const rule = types.welshMutations.find(({ from }) => first.startsWith(from));
  if (!rule) return [];
  return rule.to
    .map((to) => to + first.slice(rule.from.length))
    .filter((mutated) => mutated.length > 2 && !everydayWords().has(mutated))
    .map((mutated) => [mutated, ...rest]);
}

/** Words shorter than this are never matched mistyped: "moss" and "mess", "dare" and "care" are different words. */
const TYPO_SHORTEST = 5;

/**
 * The name with one of its words mistyped as people do by accident (seventeenth session): two letters
 * swapped ("brindel", "feilds"), one left out ("heigam", "vally"), one doubled ("heighamm") or, since the
 * eighteenth session, one struck for a vowel or a key beside it ("bertrums", "glan tegis"); the
 * other words as they are. A mistyped form that is itself an everyday word ("field" for "fields") is
 * not the name, nor one that is a first name or a place word ("Chris Church" is not Christ Church), and a final
 * "s" left out is another name (review, seventeenth session).
 */
function typoVariants(words: readonly string[], elsewhere: (word: string) => boolean): string[][] {
  const out: string[][] = [];
  words.forEach((word, i) => {
    if (ARTICLES.has(word) || word.length < TYPO_SHORTEST || !/^\p{L}+$/u.test(word)) return;
    const typos = new Set<string>();
    for (let k = 0; k + 1 < word.length; k++) if (word[k] !== word[k + 1]) typos.add(word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2));
    for (let k = 0; k < word.length; k++) {
      typos.add(word.slice(0, k) + word.slice(k + 1));
      typos.add(word.slice(0, k + 1) + word[k] + word.slice(k + 1));
      // One letter struck for another, as fingers and ears do it: a vowel for a vowel ("bertrums",
      // "aberdylais") or a key beside it ("tegis" for "tegid"). Not the first letter: a name is
      // rarely mistyped where it starts, and a first letter changed is most often another word.
      if (k > 0) for (const other of slips(word[k]!)) typos.add(word.slice(0, k) + other + word.slice(k + 1));
    }
    // A final letter left out is another name, not a typo ("Oakfield Park" is not "Oakfields Park"), unless it
    // was doubled ("eccleshil vale" for Eccleshill Vale: the second "l" of a pair is what fingers drop).
    if (word[word.length - 1] !== word[word.length - 2]) typos.delete(word.slice(0, -1));
    for (const typo of typos) if (typo !== word && !isEverydayWord(typo) && !elsewhere(typo) && !words.includes(typo)) out.push([...words.slice(0, i), typo, ...words.slice(i + 1)]);
  });
  return out;
}

const VOWELS = 'aeiouyw';
/** Neighbours on a UK keyboard, letter by letter. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function keyNeighbours(letter: string): string[] {
  for (const row of KEY_ROWS) {
    const at = row.indexOf(letter);
    if (at >= 0) return [row[at - 1], row[at + 1]].filter((l): l is string => l !== undefined);
  }
  return [];
}
/** The letters a typist may strike instead of `letter`: another vowel for a vowel (Welsh w and y are vowels), a neighbouring key. */
function slips(letter: string): string[] {
  const vowels = VOWELS.includes(letter) ? [...VOWELS].filter((v) => v !== letter) : [];
  return [...new Set([...vowels, ...keyNeighbours(letter)])];
}

/** An alias with more spellings than this keeps its own spelling and the first few others. */
const MAX_VARIANTS = 64;

/** "St Nicholas" is also written "Saint Nicholas" and "St. Nicholas"; "&" and "and" likewise. */
function spellingVariants(types: SchoolTypesLexicon, words: readonly string[]): string[][] {
  const groups = types.equivalents.map((group) => group.flatMap((w) => phraseWords(w)));
  let variants: string[][] = [[]];
  for (const word of words) {
    const group = groups.find((g) => g.includes(word));
    // The written word first, so the canonical spelling always survives the cap.
    const options = group ? [...new Set([word, ...group])] : [word];
    variants = variants.flatMap((v) => options.map((o) => [...v, o])).slice(0, MAX_VARIANTS);
  }
  return variants;
}

/** Words joining two type words inside one school's type ("Infant and Nursery", "Primary & Nursery"). */
const TYPE_CONNECTORS: ReadonlySet<string> = new Set(['and', '&']);

const FORM_RULES: Record<SchoolNameForm, string> = {
  name: 'school name with its type words',
  hashtag: 'school name in a hashtag or handle',
  welsh: 'Welsh form of the school name',
  alias: 'an alias of the school',
  place: 'the place word of the school name',
};

/**
 * School-name findings. A name that identifies the school is a warning: posting it links you,
 * and everything else in the post, to your workplace. The place word alone is a town (info),
 * unless the same sentence is about school ("teaching at Cadoxton today").
 */
/** How close school words must be to a place word to make it the school, in characters. */
const PLACE_REACH = 15;


/**
 * In a post already about school, the place word is the school ("Ashgrove's new hall", "cadoxton
 * have got the new pitch, kids are buzzing"): school words anywhere in the draft with strong
 * context, or in the same sentence, or the place possessive beside any school word. Not after a
 * town word ("a walk round Cadoxton", "we live in Cadoxton").
 */
function schoolPost(ctx: DraftView, t: Types, hit: SchoolNameHit): { text: string } | undefined {
  const tokens = ctx.doc.tokens;
  const first = tokens[hit.first]!;
  const last = tokens[hit.last]!;
  for (let start = Math.max(0, hit.first - 3); start < hit.first; start++) {
    const town = t.townBefore.longestAt(tokens, start, hit.first);
    if (town && town.last === hit.first - 1 && tokens[start]!.sentence === first.sentence) return undefined;
  }
  const after = tokens[hit.last + 1];
  if (after && after.sentence === last.sentence && t.townAfter.longestAt(tokens, hit.last + 1)) return undefined;
  const near = ctx.schoolContextNear(first.start, 'any');
  const sameSentence = near && near.sentence === first.sentence ? near : undefined;
  // "Ashgrove's", and "oakfields new extension" typed without its apostrophe.
  const possessive = last.possessive || (last.lessS !== undefined && !phraseWords(hit.source).includes(last.norm));
  const strong = ctx.hasStrongSchoolContext() ? ctx.schoolContextNear(first.start, 'strong') ?? ctx.schoolContext.find((h) => h.strength === 'strong') : undefined;
  // The school community named in the same sentence ("ashgroves had a complaint … about the head") is school talk too.
  const community = ctx.referencesNear(hit.first, hit.last, 30, 0, 0).find((r) => r.group !== 'people');
  const found = sameSentence ?? strong ?? (community ? { text: community.text } : undefined) ?? (possessive ? near : undefined);
  return found ? { text: found.text } : undefined;
}

/** "teaching at Cadoxton", "Oakfield parents", "the kids at Oakfield": the place word means the school. */
function placeCue(t: Types, doc: TokenizedText, first: number, last: number, schoolPost: boolean): string | undefined {
  // In a post already clearly about school, "#Westacre" and "so proud of Ashgrove" mean the school.
  if (schoolPost && doc.tokens[first]!.kind !== 'word') return doc.tokens[first]!.raw;
  const cues = schoolPost ? [t.placeBefore, t.placeInSchoolPost] : [t.placeBefore];
  const tokens = doc.tokens;
  const text = (from: number, to: number) => doc.draft.slice(tokens[from]!.start, tokens[to]!.end);
  const after = last + 1 < tokens.length && tokens[last + 1]!.sentence === tokens[last]!.sentence ? t.placeAfter.longestAt(tokens, last + 1) : undefined;
  if (after) return text(last + 1, after.last);
  // "Moreia 3 - 1 Bryngwenith", "Oakfield 2-0 St Mark's": a score after the place word is the school's team.
  const score = scoreAfter(tokens, last);
  if (score !== undefined && !clubBefore(tokens, first)) return text(last + 1, score);
  for (const matcher of cues)
    for (let start = Math.max(0, first - 4); start < first; start++) {
      const before = matcher.longestAt(tokens, start, first);
      if (before && before.last === first - 1 && tokens[start]!.sentence === tokens[first]!.sentence) return text(start, before.last);
    }
  return undefined;
}

/** "3 - 1", "2–0" right after a word, in the same sentence: a match score. The last token of it. */
function scoreAfter(tokens: readonly Token[], last: number): number | undefined {
  const [a, b] = [tokens[last + 1], tokens[last + 2]];
  if (!a || !b || a.sentence !== tokens[last]!.sentence || b.sentence !== a.sentence) return undefined;
  if (!/^\d{1,2}$/.test(a.norm) || !/^\d{1,2}$/.test(b.norm) || !/^\s+$/.test(a.gapBefore)) return undefined;
  return /^\s*[-–—]\s*$/.test(b.gapBefore) ? last + 2 : undefined;
}

/** "Clwb Rygbi Bryn Onnen 24 - 10", "CPD Moreia": the village's club, not the school's team. */
function clubBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) if (tokens[k]!.sentence === tokens[first]!.sentence && CLUB_WORDS.has(tokens[k]!.norm)) return true;
  return false;
}
const CLUB_WORDS: ReadonlySet<string> = new Set(['clwb', 'club', 'cpd', 'cbd', 'rfc', 'afc', 'fc']);

/** An institution word right after the hit ("fva choir", "mrps christmas fair"). */
function institutionAfter(t: Types, doc: TokenizedText, last: number): boolean {
  const next = doc.tokens[last + 1];
  return next !== undefined && next.sentence === doc.tokens[last]!.sentence && t.institutionAfter.longestAt(doc.tokens, last + 1) !== undefined;
}

/**
 * "the parents at pvs", "kids at PVS", "staff from the PVS": the school's own people, then "at"/"from"/"in",
 * then the alias. The same community words that read an alias as the school after it ("PVS parents").
 */
function institutionBefore(t: Types, doc: TokenizedText, first: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[first]!.sentence;
  let link = first - 1;
  if (tokens[link]?.norm === 'the') link--;
  if (link < 1 || tokens[link]!.sentence !== sentence || !/^(at|from|in)$/.test(tokens[link]!.norm)) return false;
  const word = tokens[link - 1]!;
  return word.sentence === sentence && t.institutionAfter.longestAt(tokens, link - 1)?.last === link - 1;
}

/** A school-community word right after the hit ("HHA gate", "the HHA governors", "HHA parents"): the school's own. */
function placeAfter(t: Types, doc: TokenizedText, last: number): boolean {
  const next = doc.tokens[last + 1];
  return next !== undefined && next.sentence === doc.tokens[last]!.sentence && /^\s+$/.test(next.gapBefore) && t.placeAfter.longestAt(doc.tokens, last + 1) !== undefined;
}

/** Weather arriving right before the place ("the snow has reached …", "eira 'di cyrraedd …"). */
function weatherArrived(t: Types, doc: TokenizedText, first: number): boolean {
  const tokens = doc.tokens;
  for (let start = Math.max(0, first - 5); start < first; start++) {
    if (tokens[start]!.sentence === tokens[first]!.sentence && t.weatherBefore.longestAt(tokens, start, first)?.last === first - 1) return true;
  }
  return false;
}

/** A venue word right after the place ("Millbrook Arms", "Fenwick Nature Reserve"), capitalised as part of its name. */
function venueAfter(t: Types, doc: TokenizedText, last: number): boolean {
  const next = doc.tokens[last + 1];
  // "the hub cafe", "hartwell green market": typed all in lower case, the venue word is too.
  const typedLower = !doc.tokens[last]!.capitalised && next !== undefined && !next.capitalised;
  return next !== undefined && next.sentence === doc.tokens[last]!.sentence && (next.capitalised || typedLower) && t.venueAfter.longestAt(doc.tokens, last + 1) !== undefined;
}

/** "the BHA": an acronym in capitals after "the". */
function theBeforeAcronym(doc: TokenizedText, first: number): boolean {
  const token = doc.tokens[first]!;
  const previous = doc.tokens[first - 1];
  return token.allCaps && token.norm.length >= 2 && previous !== undefined && previous.sentence === token.sentence && previous.norm === 'the';
}

/** Words right before or after a place alias that read it as the place; an institution word after it ("the beacon governors") reads it as the school. */
function readAsPlace(t: Types, doc: TokenizedText, first: number, last: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[first]!.sentence;
  const next = tokens[last + 1];
  if (next && next.sentence === sentence && t.institutionAfter.longestAt(tokens, last + 1)) return false;
  if (next && next.sentence === sentence && (t.placeSenseAfter.longestAt(tokens, last + 1) || t.venueAfter.longestAt(tokens, last + 1))) return true;
  for (let start = Math.max(0, first - 3); start < first; start++) {
    const before = t.placeSenseBefore.longestAt(tokens, start, first);
    if (before && before.last === first - 1 && tokens[start]!.sentence === sentence) return true;
  }
  return false;
}

/** School words in the same sentence, within a few words of the hit. */
function schoolWordBeside(ctx: DraftView, first: number, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return ctx.schoolContext.some((hit) => hit.sentence === tokens[first]!.sentence && (hit.end <= start ? start - hit.end : hit.start >= end ? hit.start - end : 0) <= PLACE_REACH);
}

/**
 * The Welsh article before an English alias with a capital: "yr Hub", "y Vale", or joined to the word
 * before it, "i'r Hub", "o'r Hub", "a'r Hub". (Lower case, "yr hub" is a hub.)
 */
function welshArticleAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.kind !== 'word' || !next || next.kind !== 'word' || next.sentence !== token.sentence || !next.capitalised || next.sentenceStart || !/^\s+$/.test(next.gapBefore)) return false;
  return token.norm === 'yr' || token.norm === 'y' || /^\p{L}{1,4}['’]r$/iu.test(token.raw);
}

/** Prepositions before which an everyday word with no article is a name: "at riverside", "from oakfield". */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from', 'to', 'into']);

/** Articles in an alias ("the Brook", "Maes y Wennol"): neither capitalised nor everyday evidence. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'y', 'yr']);
/** Determiners that make the next words a common noun: "every green field", Welsh "pob maes glas". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'every', 'each', 'this', 'that', 'y', 'yr', 'pob', 'bob', 'pa', 'rhyw', 'unrhyw', 'ei', 'eu']);
/** "in Kent", "near Durham", Welsh "yn", "ger". */
const ELSEWHERE_LINKS: ReadonlySet<string> = new Set(['in', 'near', 'yn', 'ger']);
/** "our St Aidan's", "fy ysgol": the writer's own, wherever it is. */
const OWN_BEFORE: ReadonlySet<string> = new Set(['our', 'my', 'ein', 'fy', 'ma']);
/** "the 42 to …", "Bws 42 i …": a bus route named by its number. */
const ROUTE_WORDS: ReadonlySet<string> = new Set(['bus', 'bws', 'the', 'number', 'no', 'rhif', 'y']);

/**
 * Words that read an alias or the school's own words as a place or another institution named like it:
 * "Rowan Brook Road shut again", "Mass at St Aidan's church", "St Aidan's College in Durham", "the Maes
 * Glas estate", "Feast of St Aidan", "walked the dog round Maes y Wennol", "ym Mharc …", "Bws 42 i …",
 * and the full name of a namesake elsewhere ("St Aidan's Catholic Primary in Kent"). The cue, if any.
 */
/** Words joined to a name by a hyphen that make an adjective of it, not a longer name ("Penrhiw-based", "Glads-team", "YPA-trained"). */
const COMPOUND_SUFFIXES: ReadonlySet<string> = new Set(['based', 'led', 'run', 'wide', 'trained', 'team', 'style', 'born', 'bred', 'funded', 'owned', 'family', 'ish', 'like', 'bound', 'approved', 'made', 'grown', 'supported', 'registered', 'wear', 'branded', 'fest', 'ers', 'er']);

function elsewhereCue(t: Types, doc: TokenizedText, hit: SchoolNameHit, ownWords: ReadonlySet<string>): string | undefined {
  const tokens = doc.tokens;
  const { first, last } = hit;
  const sentence = tokens[first]!.sentence;
  const text = (a: number, b: number) => doc.draft.slice(tokens[a]!.start, tokens[b]!.end);
  const at = (k: number) => (tokens[k] && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  if (tokens[first]!.kind !== 'word') return undefined;
  if (OWN_BEFORE.has(at(first - 1)?.norm ?? '')) return undefined;
  // "Neuadd Penrhiw-llan": an alias joined by a hyphen to a word that is none of the school's is a longer name, another place.
  const joined = at(last + 1);
  if (hit.form === 'alias' && joined && joined.kind === 'word' && /^[-‐‑–]$/.test(joined.gapBefore) && !ownWords.has(joined.norm) && !COMPOUND_SUFFIXES.has(joined.norm)) return text(first, last + 1);
  // "St Aidan's Catholic Primary in Kent": the same name somewhere else.
  const link = at(last + 1);
  if (link && ELSEWHERE_LINKS.has(link.norm) && at(last + 2)?.capitalised) {
    const place = t.elsewhere.longestAt(tokens, last + 2);
    if (place) return text(last + 1, place.last);
  }
  if (hit.form !== 'alias' || !hit.worded) return undefined;
  // "Rowan Brook Road", "St Aidan's church", "the Maes Glas estate"; not "St Aidan's church school".
  const after = link ? t.aliasAfter.longestAt(tokens, last + 1) : undefined;
  if (after && !(at(after.last + 1) && t.typeMatcher.longestAt(tokens, after.last + 1))) return text(last + 1, after.last);
  for (let start = Math.max(0, first - 5); start < first; start++) {
    const before = t.aliasBefore.longestAt(tokens, start, first);
    if (before && before.last === first - 1 && tokens[start]!.sentence === sentence) return text(start, before.last);
  }
  // "the 42 to Maes y Wennol", "Bws 42 i Maes y Wennol".
  const [to, route, word] = [at(first - 1), at(first - 2), at(first - 3)];
  if (to && (to.norm === 'to' || to.norm === 'i') && route && /^\d{1,3}[a-z]?$/.test(route.norm) && word && ROUTE_WORDS.has(word.norm)) return text(first - 3, first - 1);
  // "Feast of St Aidan": the school is "St Aidan's"; the saint is written without it.
  const end = tokens[last]!;
  if (hit.possessiveSource && !end.possessive && !/s$/iu.test(end.raw) && /^(st|saint|sant)$/.test(tokens[first]!.norm)) return text(first, last);
  return undefined;
}

export function findSchoolNames(ctx: DraftView, found: NameSink, matcher: SchoolNameMatcher): RawFinding[] {
  const { doc } = ctx;
  const findings: RawFinding[] = [];
  const hits = matcher.find(doc);
  // A short alias that is also a word ("MBA") is not evidence of school on its own.
  // "walked up beacon hill with the dog", "ellerby road is shut", "a beacon of hope": a place alias read as the place;
  // "the BHA conference on hospitality careers": an acronym after "the" is an organisation. Both unless school words stand beside.
  const otherSense = new Set(
    hits.filter(
      (h) =>
        // "need a spa day", "grab a dins": an acronym alias typed in lower case after "a"/"an" is the
        // everyday noun; nobody writes the school so, whatever school words stand beside.
        (h.form === 'alias' && h.typedLower === true && /^(a|an)$/.test(doc.tokens[h.first - 1]?.norm ?? '') && doc.tokens[h.first - 1]!.sentence === doc.tokens[h.first]!.sentence && !institutionAfter(matcher.types, doc, h.last)) ||
        (h.form === 'alias' &&
        ((h.placeLike && readAsPlace(matcher.types, doc, h.first, h.last)) ||
          (theBeforeAcronym(doc, h.first) && !institutionAfter(matcher.types, doc, h.last) && !placeAfter(matcher.types, doc, h.last)) ||
          venueAfter(matcher.types, doc, h.last) ||
          // A lower-case acronym of four letters or more ("cbpa", "ygrc") is no text-speak: any school word in the draft settles it (twentieth session).
          (h.typedLower && !institutionAfter(matcher.types, doc, h.last) && !(h.last === h.first && lowerAcronymNoWord(doc, h.first) && ctx.schoolContext.length > 0)) ||
          // "down by the brook", "pob maes glas": everyday words in lower case, in a draft with nothing about school.
          (h.typedPlain && ctx.schoolContext.length === 0 && !institutionAfter(matcher.types, doc, h.last) && !placeCue(matcher.types, doc, h.first, h.last, false))) &&
        !schoolWordBeside(ctx, h.first, h.last) &&
        !institutionBefore(matcher.types, doc, h.first)),
    ),
  );
  // "Rowan Brook Road", "St Aidan's church", "Feast of St Aidan", "<the name> in Kent": a place or another institution.
  const elsewhere = new Map<SchoolNameHit, string>();
  for (const h of hits) {
    if (h.form !== 'alias' && h.form !== 'name') continue;
    const cue = elsewhereCue(matcher.types, doc, h, matcher.ownWords);
    if (cue && !schoolWordBeside(ctx, h.first, h.last)) elsewhere.set(h, cue);
  }
  const named = hits.filter((h) => h.form !== 'place' && !h.short && !otherSense.has(h) && !elsewhere.has(h));
  // The school's name makes the draft about school, and a remark near it is about the school.
  found.schoolContext(
    named.map((h) => {
      const start = doc.tokens[h.first]!.start;
      const end = doc.tokens[h.last]!.end;
      return { strength: 'strong' as const, text: doc.draft.slice(start, end), start, end, sentence: doc.tokens[h.first]!.sentence };
    }),
  );
  for (const hit of hits) {
    const start = doc.tokens[hit.first]!.start;
    const end = doc.tokens[hit.last]!.end;
    const written = doc.draft.slice(start, end);
    found.claim(hit.first, hit.last);
    if (hit.form === 'place') {
      // Beside school words, not merely in the same long sentence ("Year 5 loved the story of Cadmus").
      const near = ctx.schoolContextNear(start, 'strong');
      const beside = near && near.sentence === doc.tokens[hit.first]!.sentence && (near.end <= start ? start - near.end : near.start - end) <= PLACE_REACH;
      // "Quiz night at the Millbrook Arms": a venue named after the place is the place, whatever the post is about.
      // "mae'r eira 'di cyrraedd Bryn Eithin", "the snow has reached Millbrook": weather arrives at the place, not the school.
      // "CFfI Bryn Onnen won the tug of war", "Côr Meibion Bryn Onnen": a village body named for the place (village-body.ts).
      // "walked along the ravensbourne before work", "over the Taff": a river, a road or a hill (place-route.ts).
      const venue = venueAfter(matcher.types, doc, hit.last) || weatherArrived(matcher.types, doc, hit.first) || villageBodyBefore(matcher.types.villageBodyBefore, doc.tokens, hit.first) || routeBefore(matcher.types.routeBefore, doc.tokens, hit.first, hit.last, matcher.types.placeAfter);
      const cue = venue ? undefined : placeCue(matcher.types, doc, hit.first, hit.last, ctx.hasStrongSchoolContext());
      const context = venue ? undefined : cue ? { text: cue } : beside ? near : schoolPost(ctx, matcher.types, hit);
      const inSentence = context !== undefined;
      if (inSentence) found.reference(referenceAt(doc, 'school', false, hit.first, hit.last, false));
      findings.push({
        category: 'school-name',
        topic: 'place',
        severity: inSentence ? 'warning' : 'info',
        start,
        end,
        ruleId: inSentence ? 'school-name/place-in-school-context' : 'school-name/place',
        ...(inSentence ? say('finding_school_place_in_context', written, hit.source, context.text) : say('finding_school_place', written)),
        explanation: {
          rule: FORM_RULES.place,
          ...(inSentence ? { context: context.text } : {}),
          reason: inSentence ? `school words in the same sentence (“${context.text}”)` : 'the place word alone, with no school words in the same sentence',
        },
      });
      continue;
    }
    const cue = elsewhere.get(hit);
    if (cue) {
      findings.push({
        category: 'school-name',
        topic: 'named',
        severity: 'info',
        start,
        end,
        ruleId: 'school-name/alias-elsewhere',
        ...say('finding_school_place', written),
        explanation: { rule: FORM_RULES[hit.form], context: cue, reason: `“${cue}” reads “${written}” as a place or another institution named like the school, with no school words beside it` },
      });
      continue;
    }
    // "Finally finished my MBA": a short alias that is also a word or an acronym is the school only in a post about school.
    if (otherSense.has(hit) || (hit.short && !ctx.schoolContextNear(start, 'any') && !ctx.hasStrongSchoolContext() && !placeAfter(matcher.types, doc, hit.last) && !institutionAfter(matcher.types, doc, hit.last) && !institutionBefore(matcher.types, doc, hit.first))) {
      findings.push({
        category: 'school-name',
        topic: 'named',
        severity: 'info',
        start,
        end,
        ruleId: 'school-name/alias-no-context',
        ...say('finding_school_place', written),
        explanation: {
          rule: FORM_RULES.alias,
          reason: hit.typedPlain
            ? `the alias “${hit.source}” is made of everyday words, typed in lower case, in a draft with nothing about school`
            : hit.typedLower
            ? `the acronym “${hit.source}” typed in lower case, with no institution word after it and no school words beside it`
            : `the short alias “${hit.source}” is also an everyday word or acronym, and nothing here is about school`,
        },
      });
      continue;
    }
    found.reference(referenceAt(doc, 'school', false, hit.first, hit.last, false));
    findings.push({
      category: 'school-name',
      topic: 'named',
      severity: 'warning',
      start,
      end,
      ruleId: `school-name/${hit.form}`,
      ...say('finding_school_named', written),
      explanation: { rule: FORM_RULES[hit.form], reason: `matches ${hit.form === 'alias' ? 'the alias' : 'the school name'} “${hit.source}”` },
    });
  }
  return findings;
}

const SchoolNameData = z.object({ schoolTypes: SchoolTypesSchema, schoolContext: SchoolContextSchema, nicknames: NamesSchema.shape.nicknames });

export const schoolNameDetector = defineDetector({
  id: 'school-name',
  phase: 'names',
  description: "The staff member's own school in the forms people write: its name, hashtags and handles, Welsh forms, aliases, its place word in school context.",
  rules: {
    'school-name/name': 'the school\'s own words with compatible type words ("Cadoxton Primary", "Cadoxton PS"): a warning',
    'school-name/hashtag': 'the school in a hashtag or handle ("#CadoxtonPrimary", "@cadoxton_ps"): a warning',
    'school-name/welsh': 'the Welsh form ("Ysgol Gynradd Cadoxton"): a warning',
    'school-name/alias': 'a configured alias ("Ysgol Sant Nicolas"): a warning',
    'school-name/place-in-school-context': 'the place word beside a cue or school words ("teaching at Cadoxton"): a warning',
    'school-name/place': 'the place word alone, as a town: info',
    'school-name/alias-no-context': 'a short alias that is also an everyday word or acronym ("MBA", "Rec"), or an alias of everyday words typed in lower case ("the brook", "maes glas"), with nothing about school: info',
    'school-name/alias-elsewhere': 'an alias or the name read as a place or another institution named like the school ("… Road", "… church", "… College", "the … estate", "Feast of St …", "Heol …", "bus 42 to …", "<name> in Kent"), no school words beside it: info',
  },
  lexicon: SchoolNameData,
  select: (bundle) => ({ schoolTypes: bundle.schoolTypes, schoolContext: bundle.schoolContext, nicknames: (bundle.names as { nicknames: unknown }).nicknames }),
  compile: (data, config) => new SchoolNameMatcher(compileTypes(data.schoolTypes, data.schoolContext), data.nicknames, config.schoolName, config.schoolAliases),
  run: (matcher, { view, found }) => ({ findings: findSchoolNames(view, found, matcher) }),
});

/**
 * "ygrc under 11s…", "from all of us at cbpa": four letters or more, no everyday word, opening its sentence or after a
 * preposition, as a school's name stands; not "the heat saps your energy" (review, twentieth session).
 */
const BEFORE_A_NAME: ReadonlySet<string> = new Set(['at', 'from', 'in', 'to', 'for', 'with', 'of', 'yn', 'o', 'i', 'gan', 'efo', 'gyda']);
function lowerAcronymNoWord(doc: TokenizedText, i: number): boolean {
  const { norm, sentence } = doc.tokens[i]!;
  const before = doc.tokens[i - 1];
  const placed = before === undefined || before.sentence !== sentence || BEFORE_A_NAME.has(before.norm);
  return placed && norm.length >= 4 && !isEverydayWord(norm) && !(norm.endsWith('s') && isEverydayWord(norm.slice(0, -1)));
}
