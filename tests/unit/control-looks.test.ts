import { describe, expect, test } from 'vitest';
import { emphasised, greyedOut, parseColor } from '../../src/sites/control-looks';
import { POST_WORDS } from '../../src/sites/post-words';

/**
 * A Post button that only its looks say is unavailable (greyed out by a class while the draft is
 * empty), and an always-enabled Share that only its looks say is the composer's primary action:
 * the decisions, from the computed styles a page would give.
 */
describe('greyed out by its looks alone', () => {
  const plain = { opacities: [1, 1, 1], cursor: 'pointer', pointerEvents: 'auto' };
  test('faded (on the control, or on the row it sits in), a not-allowed cursor, or no pointer', () => {
    expect(greyedOut({ ...plain, opacities: [0.3, 1, 1] })).toBe(true); // Instagram's class-greyed "Post"
    expect(greyedOut({ ...plain, opacities: [0.5, 1, 1] })).toBe(true); // X's class-dimmed "Reply"
    expect(greyedOut({ ...plain, opacities: [1, 0.4, 1] })).toBe(true);
    expect(greyedOut({ ...plain, cursor: 'not-allowed' })).toBe(true);
    expect(greyedOut({ ...plain, pointerEvents: 'none' })).toBe(true);
  });
  test('a control as it normally looks, or only a little faded (a hover effect), is not', () => {
    expect(greyedOut(plain)).toBe(false);
    expect(greyedOut({ ...plain, opacities: [0.9, 0.9, 1] })).toBe(false);
    expect(greyedOut({ ...plain, opacities: [Number.NaN, 1, 1] })).toBe(false);
  });
});

describe('styled as the primary action', () => {
  const white = 'rgb(255, 255, 255)';
  const none = 'rgba(0, 0, 0, 0)';
  test('bold and filled with an accent colour, or filled black on white (and white on black)', () => {
    expect(emphasised({ fontWeight: 600, color: white, backgroundColor: 'rgb(8, 102, 255)', surfaceColor: white })).toBe(true);
    expect(emphasised({ fontWeight: 700, color: white, backgroundColor: 'rgb(15, 20, 25)', surfaceColor: white })).toBe(true);
    expect(emphasised({ fontWeight: 700, color: 'rgb(0, 0, 0)', backgroundColor: 'rgb(231, 233, 234)', surfaceColor: 'rgb(0, 0, 0)' })).toBe(true);
  });
  test('bold in an accent colour, on no fill (Instagram’s blue "Share")', () => {
    expect(emphasised({ fontWeight: 600, color: 'rgb(0, 149, 246)', backgroundColor: none, surfaceColor: white })).toBe(true);
  });
  test('not: regular weight, plain bold text, a pale grey chip, a fill the same as the page', () => {
    expect(emphasised({ fontWeight: 400, color: white, backgroundColor: 'rgb(8, 102, 255)', surfaceColor: white })).toBe(false);
    expect(emphasised({ fontWeight: 700, color: 'rgb(8, 8, 9)', backgroundColor: none, surfaceColor: white })).toBe(false);
    expect(emphasised({ fontWeight: 700, color: 'rgb(8, 8, 9)', backgroundColor: 'rgb(240, 242, 245)', surfaceColor: white })).toBe(false);
    expect(emphasised({ fontWeight: 700, color: 'rgb(8, 8, 9)', backgroundColor: white, surfaceColor: white })).toBe(false);
  });
  test('computed colours in both syntaxes', () => {
    expect(parseColor('rgba(29, 155, 240, 0.1)')).toEqual({ r: 29, g: 155, b: 240, a: 0.1 });
    expect(parseColor('rgb(29 155 240 / 50%)')).toEqual({ r: 29, g: 155, b: 240, a: 0.5 });
    expect(parseColor('transparent')).toBeNull();
  });
});

describe('the words of the second blind redesign’s languages, from the sites’ interfaces', () => {
  test.each([
    ['Publicar', 'post'],
    ['Comentar', 'post'],
    ['Salvar rascunho', 'not-post'],
    ['Descartar', 'not-post'],
    ['শেয়ার করুন', 'post'],
    ['পোস্ট করুন', 'post'],
    ['ফিরে যান', 'not-post'],
    ['লোকেশন যোগ করুন', 'not-post'],
    ['Yanıtla', 'post'],
    ['Tümünü gönder', 'post'],
    ['Gönderi ekle', 'not-post'],
    ['İptal', 'not-post'],
    ['Commenta', 'post'],
    ['Pubblica', 'post'],
    ['Annulla', 'not-post'],
  ] as const)('%s: %s', (name, verdict) => {
    expect(POST_WORDS.judge(name)).toBe(verdict);
  });
});
