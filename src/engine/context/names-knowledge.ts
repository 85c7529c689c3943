import nlp from 'compromise';
import { LEXICONS } from '../rules';
import { foldString } from '../text/fold';
import { normaliseToken, type Token } from '../text/tokenize';

/**
 * What the engine knows about words and names, from compromise's lexicon (24,000 English words
 * and 4,000 given names) and our own list of names common in UK classrooms that it lacks.
 * Built once per process: these are facts about English, not about a school.
 */
type Lexicon = Record<string, string | string[]>;

const LEXICON: Lexicon = (nlp.model() as unknown as { one: { lexicon: Lexicon } }).one.lexicon;

/** Each word's tags as one string, joined once: the checks below ask about the same words again and again. */
const joinedTags = new Map<string, string>();

function tagsOf(word: string): string {
  let joined = joinedTags.get(word);
  if (joined === undefined) {
    const tags = Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
    joined = Array.isArray(tags) ? tags.join(',') : (tags ?? '');
    if (joinedTags.size >= 50_000) joinedTags.clear();
    joinedTags.set(word, joined);
  }
  return joined;
}

const norm = (name: string) => normaliseToken(foldString(name)).norm;
const ourFirstNames = new Set(LEXICONS.names.firstNames.map(norm));
const wordNames = new Set(LEXICONS.names.wordNames.map(norm));
const lowerCaseWordNames = new Set(LEXICONS.names.lowerCaseWordNames.map(norm));

/** A given name in compromise's list or ours ("tyler", "ffion", "oluwaseun"). */
export function isKnownFirstName(word: string): boolean {
  return ourFirstNames.has(word) || /Name/.test(tagsOf(word));
}

/** An ordinary English word (any tag but a name): "today", "star", "brilliant". */
export function isEverydayWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== '' && !/^(FirstName|MaleName|FemaleName|LastName|Person)$/.test(tags);
}

/** A word that can be a surname after a first name: "Jones", "Tolstoy", "Ford", "Washington". */
export function isSurnameLike(word: string): boolean {
  return /LastName|Region|Place|City|Country|Organization|ProperNoun/.test(tagsOf(word)) || !isEverydayWord(word);
}

const FUNCTION_WORD = /Preposition|Conjunction|Determiner|Pronoun|Adverb|Modal|Copula|QuestionWord|Date|Verb/;

/**
 * The word after a first name is a surname, so the first name is someone else's: a surname or a
 * place ("Jones", "Washington"), a regnal number ("Henry VIII"), or any capitalised word in mid
 * sentence that is not a function word ("Charles Dickens", "Rosa Parks"; not "Amira Today").
 */
export function looksLikeASurname(token: Token): boolean {
  if (/^[IVXLC]+$/.test(token.raw)) return true;
  if (isSurnameLike(token.norm)) return true;
  return token.capitalised && !token.sentenceStart && !FUNCTION_WORD.test(tagsOf(token.norm));
}

/** An adjective in compromise's lexicon ("absolute", "miserable", "full"). */
export function isAdjective(word: string): boolean {
  return /Adjective|Comparative|Superlative/.test(tagsOf(word));
}

/** A noun in compromise's lexicon ("robot", "materials", "Germany"). */
export function isNoun(word: string): boolean {
  return /Singular|Plural|Noun|Uncountable|Country|Place|City/.test(tagsOf(word)) && !/Adjective|Verb|FirstName|MaleName|FemaleName/.test(tagsOf(word));
}

/** A given name that is also a word ("grace", "summer", "seren"): alone it needs more evidence. */
export function isWordName(word: string): boolean {
  return wordNames.has(word) || isEverydayWord(word);
}

/** A Welsh given name that is also a word ("tirion", "haf"): typed in lower case it is read as the word. */
export function isLowerCaseWordName(word: string): boolean {
  return lowerCaseWordNames.has(word);
}

/** Every single-word entry of compromise's lexicon, for checks made when matchers are compiled. */
const EVERYDAY: ReadonlySet<string> = new Set(Object.keys(LEXICON).filter((w) => /^[a-z]+$/.test(w)));
export const everydayWords = (): ReadonlySet<string> => EVERYDAY;
