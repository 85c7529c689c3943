import { BULLET } from './blocks';

/**
 * The number or letter a paragraph starts with, as the policy wrote it: "7.4.3", "12.", "1.0",
 * "(a)", "b)", "iv.", a bullet, or nothing. The segmenter decides what each means in its place
 * (a roman "i." after "h)" is the letter i).
 */
export type Marker =
  | { kind: 'number'; parts: number[]; label: string }
  | { kind: 'letter'; value: string; roman?: number }
  | { kind: 'roman'; value: string; roman: number }
  | { kind: 'bullet' }
  | { kind: 'none' };

export interface Marked {
  marker: Marker;
  /** The text after the marker. */
  rest: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15 };

export function romanValue(text: string): number | undefined {
  return ROMAN[text.toLowerCase()];
}

export function readMarker(text: string): Marked {
  let body = text.replace(/^\s+/, '');
  let bulleted = false;
  const bullet = BULLET.exec(body);
  if (bullet) {
    body = body.slice(bullet[0].length);
    bulleted = true;
  }
  // 7.4.3 / 2.3. / 1.0 / 12. / 3) / "4<tab>" — at most two digits a level, so years and phone numbers are not numbers.
  const number = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=\s|$)|^(\d{1,2})[.)](?=\s|$)|^(\d{1,2})(?=\t| {2,})/.exec(body);
  if (number) {
    const label = number[1] ?? number[2] ?? number[3]!;
    const parts = label.split('.').map(Number);
    // "1.0 Introduction" is section 1.
    while (parts.length > 1 && parts[parts.length - 1] === 0) parts.pop();
    return { marker: { kind: 'number', parts, label: parts.join('.') }, rest: body.slice(number[0].length).trim() };
  }
  const bracketed = /^\(\s*(\d{1,2}|[a-z]{1,5})\s*\)(?=\s)|^([a-z]{1,5})[.)](?=\s)/.exec(body);
  if (bracketed) {
    const value = (bracketed[1] ?? bracketed[2]!).toLowerCase();
    const rest = body.slice(bracketed[0].length).trim();
    if (/^\d+$/.test(value)) return { marker: { kind: 'number', parts: [Number(value)], label: value }, rest };
    const roman = romanValue(value);
    if (value.length === 1) return { marker: roman ? { kind: 'letter', value, roman } : { kind: 'letter', value }, rest };
    if (roman) return { marker: { kind: 'roman', value, roman }, rest };
  }
  return { marker: bulleted ? { kind: 'bullet' } : { kind: 'none' }, rest: body.trim() };
}
