import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category, Severity } from '../../src/engine/types';
import { CADOXTON } from './fixtures';

/**
 * Drafts in Welsh, or switching between Welsh and English, as staff in Wales write them: the
 * Welsh forms of the school's name (Ysgol Gynradd, Ysgol Gymunedol, YGG) and the Welsh school words
 * that make a first name a pupil's (Blwyddyn 6, athrawes, disgyblion, prifathro, dosbarth derbyn).
 * Each row is a draft and the findings of one category it must produce, exactly.
 */
type Row = { draft: string; expected: string[] };

function found(category: Category) {
  return ({ draft, expected }: Row) => {
    const findings = analyse(draft, CADOXTON).filter((f) => f.category === category);
    expect(findings.map((f) => `${f.severity}:${f.match}`)).toEqual(expected);
  };
}

const at = (severity: Severity, match: string) => `${severity}:${match}`;

describe('Welsh forms of the school name (Cadoxton Primary School)', () => {
  test.each<Row>([
    { draft: 'Diwrnod gwych yn Ysgol Gynradd Gymraeg Cadoxton', expected: [at('warning', 'Ysgol Gynradd Gymraeg Cadoxton')] },
    { draft: 'Cyngerdd Nadolig Ysgol Gymunedol Cadoxton heno', expected: [at('warning', 'Ysgol Gymunedol Cadoxton')] },
    // YGG: Ysgol Gynradd Gymraeg, the usual short form of a Welsh-medium primary's name.
    { draft: 'Da iawn i bawb yn YGG Cadoxton', expected: [at('warning', 'YGG Cadoxton')] },
    { draft: 'Llongyfarchiadau #YGGCadoxton', expected: [at('warning', '#YGGCadoxton')] },
    { draft: 'Diolch i bawb yn Ysgol Cadoxton', expected: [at('warning', 'Ysgol Cadoxton')] },
  ])('named: $draft', found('school-name'));

  test.each<Row>([
    // Cadoxton's secondary school is another school, in Welsh as in English ("Cadoxton High").
    { draft: 'Diwrnod pontio yn Ysgol Uwchradd Cadoxton', expected: [] },
    { draft: 'Mae fy mab yn Ysgol Gyfun Cadoxton', expected: [] },
  ])('another school: $draft', found('school-name'));
});

describe('Welsh school words make a first name a pupil (Cerys is not on the roster; Amira is)', () => {
  test.each<Row>([
    { draft: 'Da iawn Amira, Blwyddyn Chwech!', expected: [at('high', 'Amira')] },
    { draft: 'Da iawn Amira ym Mlwyddyn Dau', expected: [at('high', 'Amira')] },
    { draft: 'Mae Amira yn y dosbarth derbyn', expected: [at('high', 'Amira')] },
    { draft: 'Taith ddosbarth i Sain Ffagan gyda Amira', expected: [at('high', 'Amira')] },
    { draft: 'Amira yng Nghyfnod Allweddol 2 yn darllen yn dda', expected: [at('high', 'Amira')] },
    { draft: 'Noson rieni heno, Amira', expected: [at('high', 'Amira')] },
  ])('$draft', found('pupil-name'));

  test.each<Row>([
    // "Blwyddyn Newydd Dda" is Happy New Year, not a year group: the name alone is for information.
    { draft: 'Blwyddyn Newydd Dda Amira!', expected: [at('info', 'Amira')] },
    { draft: 'Coffi gydag Amira yn y dref', expected: [at('info', 'Amira')] },
  ])('no school context: $draft', found('pupil-name'));
});

describe('the school context a Welsh staff word gives', () => {
  test.each<Row>([
    // "prifathrawes" (head teacher) makes the place word mean the school.
    { draft: 'Y brifathrawes yn Cadoxton yn ymddeol', expected: [at('warning', 'Cadoxton')] },
    { draft: 'Siopa yng Nghadoxton heddiw', expected: [at('info', 'Nghadoxton')] },
  ])('$draft', found('school-name'));
});
