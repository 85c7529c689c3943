import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { analyse } from '../../src/analyser';
import { CATALOGUES, LANGUAGES } from '../../src/i18n/catalogues';
import { formatEntry } from '../../src/i18n/format';
import { createTranslator, preferredLanguage } from '../../src/i18n/translator';
import { parseLanguageSetting } from '../../src/settings/language';
import { loadCorpus } from '../eval/corpus';
import { CADOXTON } from './fixtures';

/**
 * The extension speaks English and Welsh from `src/public/_locales/<lang>/messages.json`, the files
 * the browser itself reads. These tests hold the two catalogues to each other, the formatter to the
 * browser's rules, the engine's English to the catalogue, and the UI code to the catalogue: no
 * words a teacher reads may be written in the components themselves.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const en = CATALOGUES.en;
const cy = CATALOGUES.cy;

// The browser's own rules for messages.json: names of ASCII letters, digits and _, a message, placeholders $1…$9.
const EntrySchema = z.strictObject({
  message: z.string().min(1),
  description: z.string().optional(),
  placeholders: z.record(z.string().regex(/^[a-z0-9_]+$/), z.strictObject({ content: z.string().regex(/^\$[1-9]$/), example: z.string().optional() })).optional(),
});
const CatalogueSchema = z.record(z.string().regex(/^[a-z0-9_]+$/), EntrySchema);

describe('the two catalogues', () => {
  test.each(LANGUAGES)('%s is a valid messages.json', (lang) => {
    expect(CatalogueSchema.safeParse(CATALOGUES[lang]).error?.issues ?? []).toEqual([]);
    // Placeholders named in a message are declared (the browser would print "$NAME$" otherwise).
    for (const [key, entry] of Object.entries(CATALOGUES[lang])) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) expect(Object.keys(entry.placeholders ?? {}), `${lang} ${key}`).toContain(name!.toLowerCase());
    }
  });

  test('every key exists in both languages, with the same placeholders', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(cy[key]!.placeholders, key).toEqual(en[key]!.placeholders);
  });

  test('Welsh is written, not copied: messages that are the same in both are only names and codes', () => {
    const same = Object.keys(en).filter((key) => en[key]!.message === cy[key]!.message && /\p{L}{3}/u.test(en[key]!.message.replace(/\$[A-Z_]+\$/g, '')));
    expect(same.sort()).toEqual(['demo_site_facebook', 'demo_site_instagram', 'demo_site_linkedin', 'group_staff', 'language_name_cy', 'language_name_en'].sort());
  });

  test('messages with plural forms have every form each language needs', () => {
    const counted = Object.keys(en).filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
    expect(counted.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES) {
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of counted) for (const form of forms) expect(CATALOGUES[lang], `${lang} ${base}_${form}`).toHaveProperty(`${base}_${form}`);
    }
  });
});

describe('formatting follows browser.i18n.getMessage', () => {
  test.each([
    { entry: { message: 'Hello $NAME$!', placeholders: { name: { content: '$1' } } }, args: ['Siân'], out: 'Hello Siân!' },
    // Placeholder names are case-insensitive; $$ is a dollar sign; a missing substitution is empty.
    { entry: { message: '$Who$ owes $$5 to $OTHER$', placeholders: { who: { content: '$1' }, other: { content: '$2' } } }, args: ['Amira'], out: 'Amira owes $5 to ' },
    // A draft's own "$1" is inserted as written, never formatted again.
    { entry: { message: '“$WORDS$”', placeholders: { words: { content: '$1' } } }, args: ['costs $1 and $$2'], out: '“costs $1 and $$2”' },
  ])('$entry.message', ({ entry, args, out }) => {
    expect(formatEntry(entry, args)).toBe(out);
  });

  test('Welsh counts take the Welsh plural forms (1 broblem, 2 broblem, 3 phroblem, 6 problem)', () => {
    const t = createTranslator('cy');
    expect([1, 2, 3, 6, 11].map((n) => t.count('count_problems', n))).toEqual(['1 broblem bosibl', '2 broblem bosibl', '3 phroblem bosibl', '6 problem posibl', '11 problem posibl']);
    expect(createTranslator('en').count('count_problems', 1)).toBe('1 possible problem');
    expect(createTranslator('en').count('count_problems', 2)).toBe('2 possible problems');
  });

  test('when the browser’s i18n fails (the extension was updated under the page), the bundled catalogue answers', () => {
    const failing = createTranslator('cy', () => {
      throw new Error('Extension context invalidated.');
    });
    expect(failing.t('dialog_edit')).toBe('Golygu’r neges');
    // And a lookup that knows nothing (getMessage answers "" for an unknown key) falls back the same way.
    expect(createTranslator('cy', () => '').count('count_problems', 3)).toBe('3 phroblem bosibl');
  });

  test.each([
    { tags: ['cy-GB', 'en-GB'], lang: 'cy' },
    { tags: ['en-GB', 'cy'], lang: 'en' },
    { tags: ['fr-FR', 'cy'], lang: 'cy' },
    { tags: ['fr-FR'], lang: 'en' },
  ])('the browser asking for $tags gets $lang', ({ tags, lang }) => {
    expect(preferredLanguage(tags)).toBe(lang);
  });

  test.each([
    ['auto', 'auto'],
    ['cy', 'cy'],
    ['en', 'en'],
    ['fr', 'auto'],
    [42, 'auto'],
    [null, 'auto'],
  ])('a stored language setting %j reads as %j', (stored, setting) => {
    expect(parseLanguageSetting(stored)).toBe(setting);
  });
});

describe("findings' messages", () => {
  // Both corpora, each draft with its own school's settings: every kind of finding the engine gives.
  const findings = (['development', 'heldout'] as const).flatMap((name) => {
    const { drafts, configs } = loadCorpus(name);
    return drafts.flatMap((draft) => analyse(draft.text, configs[draft.config] ?? CADOXTON));
  });

  test('the English the engine gives is the English catalogue with the same arguments', () => {
    expect(findings.length).toBeGreaterThan(300);
    const t = createTranslator('en');
    for (const f of findings) expect(t.text({ key: f.messageKey, args: f.messageArgs }), f.ruleId).toBe(f.message);
  });

  test('every message the corpus produces reads in Welsh, with the draft’s own words kept', () => {
    const t = createTranslator('cy');
    const keys = new Set(findings.map((f) => f.messageKey));
    expect(keys.size).toBeGreaterThanOrEqual(15);
    for (const f of findings) {
      const welsh = t.text({ key: f.messageKey, args: f.messageArgs });
      expect(welsh, f.messageKey).not.toBe(f.message);
      for (const arg of f.messageArgs) if (typeof arg === 'string') expect(welsh).toContain(arg);
    }
  });
});

describe('no words in the UI code', () => {
  /** Attributes a person reads or hears. */
  const SPOKEN = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
  const files = ['src/ui', 'src/demo', 'src/demo/web', 'entrypoints/demo', 'src/options', 'entrypoints/options', 'src/popup', 'entrypoints/popup'].flatMap((dir) =>
    readdirSync(root + dir)
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => `${dir}/${name}`),
  );

  /** Text in JSX with letters in it: between tags, in a spoken attribute, or a string in braces (alone or as a branch of ?:). */
  function wordsInSource(code: string): string[] {
    const source = ts.createSourceFile('ui.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    const words = (text: string) => /\p{L}{2}/u.test(text);
    // A template's own text, without what it interpolates: `${a}:${b}` holds no words.
    const literal = (node: ts.Node): string | undefined =>
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? node.head.text + node.templateSpans.map((span) => span.literal.text).join('')
          : undefined;
    // Attributes nobody reads (key, id, className, aria-current…) may hold any string.
    const unread = (node: ts.Node) => ts.isJsxAttribute(node.parent) && !SPOKEN.has(node.parent.name.getText());
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && words(node.text)) found.push(node.text.trim());
      if (ts.isJsxAttribute(node) && SPOKEN.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && words(node.initializer.text)) found.push(node.initializer.text);
      if (ts.isJsxExpression(node) && node.expression && !unread(node)) {
        const branches = ts.isConditionalExpression(node.expression) ? [node.expression.whenTrue, node.expression.whenFalse] : [node.expression];
        for (const branch of branches) {
          const text = literal(branch);
          if (text !== undefined && words(text)) found.push(ts.isTemplateExpression(branch) ? branch.getText() : text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  test('the scanner finds words written into JSX (so the next test can fail)', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const code = '<p title="Close" className="x" key={`${a}:${b}`} aria-label={`${n} more`}>Edit post {"Post anyway"}{n > 1 ? `${n} things` : "one"}{" · "}</p>';
    expect(wordsInSource(code)).toEqual(['Close', '`${n} more`', 'Edit post', 'Post anyway', '`${n} things`', 'one']);
  });

  test.each(files)('%s has no words of its own', (file) => {
    expect(wordsInSource(readFileSync(root + file, 'utf8'))).toEqual([]);
  });
});
