import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFirstReads, takeFirstDrawing, takeFirstRead } from '../../src/options/first-reads';

/** The settings page's first drawing: the language and the settings read before React starts, handed over together. */
beforeEach(() => fakeBrowser.reset());

describe('takeFirstDrawing', () => {
  test('hands over the chosen language with its translator and the settings as stored, and takes those reads', async () => {
    const settings = { schoolName: 'Ysgol Gynradd Oakfield', policy: 'nope', extra: [1, 2] };
    await fakeBrowser.storage.local.set({ language: 'cy', settings, roster: { pupilNames: ['Amira Khan'] } });
    startFirstReads();
    const first = await takeFirstDrawing();
    expect(first?.language.setting).toBe('cy');
    expect(first?.language.translator.lang).toBe('cy');
    // As stored, unchecked: the quick read and the full read judge it, never this.
    expect(first?.stored[0]).toEqual(settings);
    expect(first?.stored[1]).toEqual({ pupilNames: ['Amira Khan'] });
    // Taken once: the hooks read storage themselves from here on.
    expect(takeFirstRead('language')).toBeUndefined();
    expect(takeFirstRead('settings')).toBeUndefined();
    expect(await takeFirstDrawing()).toBeNull();
  });

  test('without the first reads started there is nothing to hand over, and the hooks read as before', async () => {
    expect(await takeFirstDrawing()).toBeNull();
  });
});
