import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, loadEngine } from '../../src/background/engine-service';
import type { ImageEvidence } from '../../src/engine/image/evidence';
import type { Response } from '../../src/messages';

/**
 * The background's part in the photo check: photos go to the analysis page and what it read comes
 * back; findings for attached photos join the draft's, with the roster kept out of pages.
 */
beforeEach(() => fakeBrowser.reset());

const certificate: ImageEvidence = { name: 'cert.png', width: 1200, height: 850, faces: [{ score: 0.97, age: 8 }], people: [], exif: {}, text: 'Oakfield Primary School\nawarded to\nAmira Khan' };

describe('read-image', () => {
  test('is handed to the analysis page with the photo’s name and bytes, and its answer returned', async () => {
    const asked: [string, string][] = [];
    const reader = async (name: string, data: string): Promise<Response> => {
      asked.push([name, data]);
      return { ok: true, type: 'read-image', evidence: certificate, timings: { decodeMs: 1, facesMs: 2, textMs: 3, totalMs: 5, modelLoadMs: 0, backend: 'wasm' } };
    };
    const response = await handle({ type: 'read-image', name: 'cert.png', data: 'iVBORw0KGgo=' }, loadEngine(), 'page', reader);
    expect(asked).toEqual([['cert.png', 'iVBORw0KGgo=']]);
    expect(response).toMatchObject({ ok: true, type: 'read-image', evidence: certificate });
  });

  test('a failing analysis page becomes an answer, not an exception', async () => {
    const reader = async (): Promise<Response> => {
      throw new Error('no answer within 30 s');
    };
    expect(await handle({ type: 'read-image', name: 'a.jpg', data: '' }, loadEngine(), 'page', reader)).toEqual({ ok: false, error: 'the check failed: no answer within 30 s' });
  });

  test.each([[{ type: 'read-image', name: 'a.jpg' }], [{ type: 'read-image', name: 'a.jpg', data: 7 }], [{ type: 'read-image', name: 'x'.repeat(301), data: '' }]])('refuses %j', async (message) => {
    expect(await handle(message, loadEngine())).toEqual({ ok: false, error: 'not a request the engine understands' });
  });
});

describe('analyse with photos', () => {
  test('findings for each photo follow the draft’s; a page never sees which roster entry the photo named', async () => {
    const images = [{ evidence: certificate }, { name: 'broken.jpg', error: 'the file is empty' }];
    const forPage = await handle({ type: 'analyse', text: 'Proud of my class', images }, loadEngine(), 'page');
    const forOptions = await handle({ type: 'analyse', text: 'Proud of my class', images }, loadEngine(), 'extension');
    if (!forPage.ok || forPage.type !== 'analyse' || !forOptions.ok || forOptions.type !== 'analyse') throw new Error('expected answers');
    const photoFindings = forPage.findings.filter((f) => f.category === 'pupil-image');
    expect(photoFindings.map((f) => `${f.severity}/${f.ruleId}`)).toEqual([
      'high/pupil-image/child-face',
      expect.stringMatching(/^\w+\/pupil-image\/text-in-image\/school-name\//),
      expect.stringMatching(/^high\/pupil-image\/text-in-image\/pupil-name\//),
      'info/pupil-image/not-checked',
    ]);
    expect(photoFindings[3]!.message).toMatch(/^This photo could not be checked \(the file is empty\)/);
    expect(forPage.findings.some((f) => f.listed)).toBe(false);
    expect(forOptions.findings.find((f) => f.ruleId.includes('pupil-name'))!.listed).toEqual(['Amira Khan']);
  });

  test.each([
    [{ evidence: { ...certificate, faces: [{ score: 2, age: 8 }] } }],
    [{ evidence: { ...certificate, exif: { latitude: 'here' } } }],
    [{ evidence: { ...certificate, extra: true } }],
    [{ name: 'a.jpg' }],
  ])('refuses photo evidence that does not make sense: %j', async (image) => {
    expect(await handle({ type: 'analyse', text: 'hi', images: [image] }, loadEngine())).toEqual({ ok: false, error: 'not a request the engine understands' });
  });
});
