import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import data from '../../rules/sites/post-controls.json';
import { POST_WORDS, PostWordsSchema, foldName, vocabulary } from '../../src/sites/post-words';

/**
 * The words on the sites' buttons (rules/sites/post-controls.json): the structural layer's
 * tie-breaker between controls it cannot tell apart, and its veto on controls that never post.
 */
describe('the button vocabulary', () => {
  test('is valid against its schema, in at least the languages school staff use the sites in', () => {
    const parsed = PostWordsSchema.parse(data);
    expect(Object.keys(parsed.languages)).toEqual(expect.arrayContaining(['en', 'cy', 'pl', 'ur', 'pa', 'ro', 'ar', 'es']));
    expect(POST_WORDS.languages.length).toBeGreaterThanOrEqual(8);
  });

  test('no phrase both posts and never posts, in any language', () => {
    for (const [language, { post, notPost }] of Object.entries(data.languages)) {
      for (const phrase of post) expect(POST_WORDS.judge(phrase), `${language} post: ${phrase}`).toBe('post');
      for (const phrase of notPost) expect(POST_WORDS.judge(phrase), `${language} not post: ${phrase}`).toBe('not-post');
    }
  });

  test.each([
    ['Post', 'post'],
    ['Post all', 'post'],
    ['Postio’r cyfan', 'post'],
    ['Postio', 'post'],
    ['Rhannu', 'post'],
    ['Opublikuj', 'post'],
    ['Udostępnij', 'post'],
    ['  SHARE  ', 'post'],
    ['نشر', 'post'],
    ['إرسال', 'post'],
    ['پوسٹ کریں', 'post'],
    ['ਪੋਸਟ ਕਰੋ', 'post'],
    ['Postează', 'post'],
    ['Publicar', 'post'],
    ['Close', 'not-post'],
    ['Cau', 'not-post'],
    ['Yn ôl', 'not-post'],
    ['Anuluj', 'not-post'],
    ['إلغاء', 'not-post'],
    ['Add post', 'not-post'],
    ['Ychwanegu neges', 'not-post'],
    ['Remove photo', 'not-post'],
    ['Everyone can reply', 'not-post'],
    ['Friends ▾', 'not-post'],
    ['Insert an emoji', 'not-post'],
    ['➤', null],
    ['+', null],
    ['Post to Anyone', null],
    ['Publish post', null],
    ['シェア', null],
  ] as const)('%j → %s', (name, verdict) => {
    expect(POST_WORDS.judge(name)).toBe(verdict);
  });

  test('names are compared without case, accents, marks or punctuation', () => {
    expect(foldName('Postio’r  cyfan!')).toBe('postio r cyfan');
    expect(foldName('UDOSTĘPNIJ')).toBe('udostepnij');
    // Arabic: hamza seats and vowel marks fold away.
    expect(foldName('إِرسال')).toBe(foldName('ارسال'));
  });

  test('a broken vocabulary file is refused with the field that is wrong', () => {
    const broken = { $comment: '', languages: { en: { name: 'English', post: ['post'], notPost: [] } } };
    expect(() => PostWordsSchema.parse(broken)).toThrow(/notPost/);
    expect(() => PostWordsSchema.parse({ ...broken, languages: { English: broken.languages.en } })).toThrow();
    // A vocabulary of its own can be built for tests of other words.
    expect(vocabulary({ $comment: '', languages: { xx: { name: 'Test', post: ['go'], notPost: ['stop'] } } }).judge('Go')).toBe('post');
  });
});

describe("the fixtures' test handles", () => {
  test('the extension never reads data-fixture-* attributes: they are the tests’ own handles, not hooks', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir)).flatMap((name) => {
        const path = join(dir, name);
        return statSync(join(root, path)).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
      });
    const sources = [...files('src'), ...files('entrypoints')];
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((file) => readFileSync(join(root, file), 'utf8').includes('data-fixture'))).toEqual([]);
  });
});
