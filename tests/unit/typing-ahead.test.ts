import { describe, expect, test } from 'vitest';
import { TYPING_AHEAD_MS, keyInKeyOpenedDialog, type KeyFacts } from '../../src/ui/typing-ahead';

/**
 * The pre-post dialog opened by a key press, and the keys the teacher was already typing: they
 * go back to the draft, or are ignored, and never choose "Edit post" or "Post anyway".
 */
const key = (k: string, more: Partial<KeyFacts> = {}): KeyFacts => ({ key: k, repeat: false, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...more });
const SOON = 120;
const LATER = TYPING_AHEAD_MS + 500;

describe('a key in the moment after a key opened the dialog', () => {
  test.each(['a', 'Z', 'é', 'ক', ' ', 'Backspace', 'Delete', '.'])('%j was typed for the draft: it goes back there', (k) => {
    expect(keyInKeyOpenedDialog(key(k), SOON)).toBe('to-draft');
  });

  test('Enter, pressed again, chooses nothing (it would press the focused button)', () => {
    expect(keyInKeyOpenedDialog(key('Enter'), SOON)).toBe('ignore');
    expect(keyInKeyOpenedDialog(key('Enter', { ctrlKey: true }), SOON)).toBe('ignore');
    expect(keyInKeyOpenedDialog(key('Enter', { metaKey: true }), SOON)).toBe('ignore');
  });

  test('a shortcut is not guessed at', () => {
    expect(keyInKeyOpenedDialog(key('b', { ctrlKey: true }), SOON)).toBe('ignore');
  });

  test('Tab, Escape and the arrows are the dialog’s at once', () => {
    for (const k of ['Tab', 'Escape', 'ArrowDown', 'Shift']) expect(keyInKeyOpenedDialog(key(k), SOON)).toBe('dialog');
  });
});

describe('letters typed with AltGr or Option are letters, not shortcuts', () => {
  test('AltGr (Ctrl and Alt together on Windows) and a Mac\'s Option send the letter to the draft', () => {
    expect(keyInKeyOpenedDialog(key('ŵ', { ctrlKey: true, altKey: true, altGraph: true }), SOON)).toBe('to-draft');
    expect(keyInKeyOpenedDialog(key('ç', { altKey: true }), SOON)).toBe('to-draft');
  });
  test('Ctrl or Cmd with a letter is still a shortcut, ignored', () => {
    expect(keyInKeyOpenedDialog(key('v', { ctrlKey: true }), SOON)).toBe('ignore');
    expect(keyInKeyOpenedDialog(key('z', { metaKey: true, altKey: true }), SOON)).toBe('ignore');
  });
});

describe('a key held down since before the dialog opened (auto-repeat)', () => {
  test.each([SOON, LATER, 10_000])('never chooses, %i ms after', (ms) => {
    for (const k of ['Enter', ' ', 'a']) expect(keyInKeyOpenedDialog(key(k, { repeat: true }), ms)).toBe('ignore');
  });
});

describe('once the moment is over', () => {
  test('every fresh key is the dialog’s: Space and Enter press its buttons as usual', () => {
    for (const k of ['Enter', ' ', 'a', 'Tab']) expect(keyInKeyOpenedDialog(key(k), LATER)).toBe('dialog');
  });
});
