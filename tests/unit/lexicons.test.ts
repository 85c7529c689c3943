import { describe, expect, test } from 'vitest';
import { LEXICONS } from '../../src/engine/rules';
import { everydayWords } from '../../src/engine/context/names-knowledge';
import { derogatoryMatcher } from '../../src/engine/detectors/derogatory';
import { phraseWords } from '../../src/engine/text/phrases';
import { skeleton } from '../../src/engine/text/skeleton';

/** The lexicons are data reviewed like code: no duplicates, no dead entries, nothing unsafe. */
describe('derogatory lexicon', () => {
  const { entries, allow } = LEXICONS.derogatory;

  test('ids are unique and no form is listed under two entries', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const seen = new Map<string, string>();
    for (const entry of entries)
      for (const form of entry.forms) {
        const key = phraseWords(form).join(' ');
        expect(seen.get(key), `"${form}" is in ${seen.get(key)} and ${entry.id}`).toBeUndefined();
        seen.set(key, entry.id);
      }
  });

  test('forms are written in lower case', () => {
    for (const entry of entries) for (const form of entry.forms) expect(form, entry.id).toBe(form.toLowerCase());
  });

  test('every allowed phrase protects a word the lexicon would otherwise flag', () => {
    const words = new Set(entries.flatMap((e) => e.forms.flatMap((f) => phraseWords(f))));
    const dead = allow.filter((phrase) => !phraseWords(phrase).some((w) => words.has(w) || words.has(w.replace(/s$/, ''))));
    expect(dead).toEqual([]);
  });

  test('no disguised-word skeleton is shared with an everyday English word', () => {
    const { skeletons } = derogatoryMatcher(LEXICONS.derogatory, LEXICONS.community.childFrames.namingWords);
    const forms = new Set(entries.flatMap((e) => e.forms.flatMap((f) => phraseWords(f))));
    const clashes = [...everydayWords()].filter((word) => !forms.has(word) && skeletons.has(skeleton(word)));
    expect(clashes).toEqual([]);
  });
});

describe('confidential lexicon', () => {
  test('ids are unique and phrases are lower case (capitals only where listed as such)', () => {
    const { entries } = LEXICONS.confidential;
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) for (const phrase of entry.phrases) expect(phrase, entry.id).toBe(phrase.toLowerCase());
    for (const entry of entries) for (const phrase of entry.capitalsOnly) expect(phrase, entry.id).toMatch(/\p{Lu}/u);
  });

  test('no phrase is listed under two entries', () => {
    const seen = new Map<string, string>();
    for (const entry of LEXICONS.confidential.entries)
      for (const phrase of entry.phrases) {
        const key = phraseWords(phrase).join(' ');
        expect(seen.get(key), `"${phrase}" is in ${seen.get(key)} and ${entry.id}`).toBeUndefined();
        seen.set(key, entry.id);
      }
  });
});

test('idioms and allowed phrases have at least two words: one word would silence it everywhere', () => {
  // "oliver!" once became the one word "oliver", and no pupil called Oliver was ever found.
  const single = [...LEXICONS.names.nameIdioms, ...LEXICONS.derogatory.allow].filter((phrase) => phraseWords(phrase).length < 2);
  expect(single).toEqual([]);
});

describe('names', () => {
  test('nicknames are keyed by a lower-case given name and never map a name to itself', () => {
    for (const [given, nicks] of Object.entries(LEXICONS.names.nicknames)) {
      expect(given).toBe(given.toLowerCase());
      expect(nicks).not.toContain(given);
    }
  });
});

test('school context words are not also listed as weak', () => {
  const strong = new Set(LEXICONS.schoolContext.strong);
  expect(LEXICONS.schoolContext.weak.filter((w) => strong.has(w))).toEqual([]);
});
