import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, loadEngine, startEngineService } from '../../src/background/engine-service';
import type { Response } from '../../src/messages';
import { CADOXTON } from './fixtures';

/** The background loads the settings and the pack, and answers the extension's pages and scripts. */
beforeEach(() => fakeBrowser.reset());

const ask = (message: unknown) => fakeBrowser.runtime.sendMessage(message) as Promise<Response>;

describe('settings', () => {
  test('with none saved, the demo school on the model policy is used, and the status says so', async () => {
    const { status } = await loadEngine();
    expect(status).toMatchObject({ source: 'demo', schoolName: 'Oakfield Primary School', policy: 'generic-uk', problems: [] });
  });

  test('saved settings are used', async () => {
    await fakeBrowser.storage.local.set({ settings: CADOXTON });
    const { status, analyser } = await loadEngine();
    expect(status).toMatchObject({ source: 'stored', schoolName: 'Cadoxton Primary School', policy: 'cadoxton-primary' });
    expect(analyser.analyse('Amira Khan')[0]!.clauses[0]!.policy).toBe('cadoxton-primary');
  });

  test('unusable settings are explained field by field and left as they were; the demo school stands in', async () => {
    const broken = { schoolName: '', pupilNames: ['Amira Khan', 7], policy: 'cadoxton' };
    await fakeBrowser.storage.local.set({ settings: broken });
    const { status } = await loadEngine();
    expect(status.source).toBe('demo');
    expect(status.problems).toEqual([
      'schoolName: the school name must not be empty',
      'pupilNames[1]: expected text, got a number',
      expect.stringMatching(/^policy: unknown policy "cadoxton"/),
    ]);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(broken);
  });
});

describe('messages', () => {
  test('analyse returns findings with the status of the settings in use', async () => {
    startEngineService();
    const response = await ask({ type: 'analyse', text: 'Well done Amira Khan, star of the week!' });
    expect(response).toMatchObject({ ok: true, type: 'analyse', status: { source: 'demo' } });
    expect(response.ok && response.type === 'analyse' && response.findings[0]).toMatchObject({ category: 'pupil-name', match: 'Amira Khan' });
  });

  test('a page is told what the teacher typed, never which roster entry it matched; the extension’s own pages are', async () => {
    await fakeBrowser.storage.local.set({ settings: { schoolName: 'Oakfield Primary School', pupilNames: ['Amira Khan', '!!!'] } });
    const draft = 'Well done Amira in Year 6 today';
    const forPage = await handle({ type: 'analyse', text: draft }, loadEngine(), 'page');
    const forOptions = await handle({ type: 'analyse', text: draft }, loadEngine(), 'extension');
    if (!forPage.ok || forPage.type !== 'analyse' || !forOptions.ok || forOptions.type !== 'analyse') throw new Error('expected answers');
    expect(forOptions.findings[0]).toMatchObject({ category: 'pupil-name', match: 'Amira', listed: ['Amira Khan'] });
    expect(forPage.findings[0]).toMatchObject({ category: 'pupil-name', match: 'Amira' });
    expect(JSON.stringify(forPage)).not.toMatch(/Khan|!!!/);
    expect(forPage.status.notes).toHaveLength(1);
    expect(forOptions.status.notes[0]).toContain('!!!');
  });

  test('a draft over the limit is checked up to it, and the answer says so', async () => {
    const text = `Amira Khan ${'x'.repeat(1_000_000)}`;
    const response = await handle({ type: 'analyse', text }, loadEngine());
    expect(response).toMatchObject({ ok: true, type: 'analyse', truncated: true, checkedLength: 1_000_000 });
    expect(response.ok && response.type === 'analyse' && response.findings[0]!.match).toBe('Amira Khan');
  });

  test('a change to the saved settings takes effect without a restart', async () => {
    startEngineService();
    await fakeBrowser.storage.local.set({ settings: CADOXTON });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await ask({ type: 'status' });
    expect(response).toMatchObject({ ok: true, type: 'status', status: { source: 'stored', policy: 'cadoxton-primary' } });
  });

  test.each([[{ type: 'delete-everything' }], [{ type: 'analyse', text: 42 }], [{ type: 'analyse', text: 'x', extra: true }], ['analyse'], [null]])('refuses %j', async (message) => {
    expect(await handle(message, loadEngine())).toEqual({ ok: false, error: 'not a request the engine understands' });
  });

  test('if the engine fails, the answer says the check failed instead of throwing', async () => {
    const failing = Promise.reject(new Error('boom'));
    failing.catch(() => {});
    expect(await handle({ type: 'analyse', text: 'hi' }, failing)).toEqual({ ok: false, error: 'the check failed: boom' });
  });
});
