import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGINE_IDLE_LATEST_MS, ENGINE_IDLE_START_MS, handle, loadEngine, startEngineService } from '../../src/background/engine-service';
import { settingsItem } from '../../src/settings/storage';
import type { Response } from '../../src/messages';
import { CADOXTON } from './fixtures';

/** The background loads the settings and the pack, and answers the extension's pages and scripts. */
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

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

  test('unusable values are explained field by field and left as they were; the rest apply', async () => {
    const broken = { schoolName: 'Cadoxton Primary School', pupilNames: ['Amira Khan', 7], policy: 'cadoxton' };
    await fakeBrowser.storage.local.set({ settings: broken });
    const { status, analyser } = await loadEngine();
    expect(status.source).toBe('stored');
    expect(status.problems).toEqual([
      'pupilNames[1]: expected text, got a number; this entry is ignored',
      expect.stringMatching(/^policy: unknown policy "cadoxton"; choose one of .*; the default policy is used$/),
    ]);
    expect(analyser.analyse('Amira Khan')[0]).toMatchObject({ category: 'pupil-name' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(broken);
  });

  test('with no usable school name the demo school stands in, and the status says why', async () => {
    await fakeBrowser.storage.local.set({ settings: { schoolName: '' } });
    const { status } = await loadEngine();
    expect(status).toMatchObject({ source: 'demo', problems: ['schoolName: the school name must not be empty'] });
  });

  test('the school’s browser policy applies over the teacher’s settings; a bad policy value is explained and the teacher’s choice stands', async () => {
    await fakeBrowser.storage.local.set({ settings: CADOXTON });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(<never>{ schoolName: 'Oakfield Primary School', policy: 'no-such-pack', sites: { x: false } });
    const { status } = await loadEngine();
    expect(status).toMatchObject({ source: 'stored', schoolName: 'Oakfield Primary School', policy: 'cadoxton-primary', managed: true, sites: { x: false, facebook: true } });
    expect(status.schoolProblems).toEqual([expect.stringMatching(/^policy: unknown policy "no-such-pack"/)]);
  });

  test('version 1 settings are migrated: the names move to the roster item, nothing is lost', async () => {
    await fakeBrowser.storage.local.set({ settings: CADOXTON });
    vi.resetModules();
    await import('../../src/settings/storage');
    await expect.poll(async () => (await fakeBrowser.storage.local.get('roster')).roster).toEqual({ pupilNames: CADOXTON.pupilNames, staffNames: CADOXTON.staffNames });
    await expect.poll(async () => (await fakeBrowser.storage.local.get('settings')).settings).toEqual({ schoolName: CADOXTON.schoolName, schoolAliases: CADOXTON.schoolAliases, policy: CADOXTON.policy, extraConfidentialTerms: CADOXTON.extraConfidentialTerms });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    const { loadEngine: load } = await import('../../src/background/engine-service');
    expect((await load()).status).toMatchObject({ source: 'stored', schoolName: 'Cadoxton Primary School' });
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

  test('the engine is not compiled as the worker starts, but once it is idle a moment, and only once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const reads = vi.spyOn(settingsItem, 'getValue');
      startEngineService(async () => []);
      // The pages the browser opens as it starts (settings, setup) share its process: nothing read, nothing compiled yet.
      expect(reads).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(ENGINE_IDLE_START_MS);
      expect(reads).toHaveBeenCalledTimes(1);
      const response = await ask({ type: 'analyse', text: 'Well done Amira Khan, star of the week!' });
      expect(response).toMatchObject({ ok: true, type: 'analyse', status: { source: 'demo' } });
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('the idle compile waits while a page of ours is opening, not while one merely stays open', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const reads = vi.spyOn(settingsItem, 'getValue');
      // The settings page opens with the browser, then the setup page a few seconds later; the settings page stays open.
      const open = [['options'], ['options', 'setup'], ['options', 'setup'], ['options']];
      let ticks = 0;
      startEngineService(async () => open[Math.min(ticks++, open.length - 1)]!);
      await vi.advanceTimersByTimeAsync(ENGINE_IDLE_START_MS);
      expect(reads).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(ENGINE_IDLE_START_MS);
      expect(reads).not.toHaveBeenCalled();
      // A whole tick with no page newly open: compiled now, so it is ready for the first draft.
      await vi.advanceTimersByTimeAsync(ENGINE_IDLE_START_MS);
      expect(reads).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(10 * ENGINE_IDLE_START_MS);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('pages opening one after another hold the idle compile back only so long', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const reads = vi.spyOn(settingsItem, 'getValue');
      let page = 0;
      startEngineService(async () => [`page ${page++}`]);
      await vi.advanceTimersByTimeAsync(ENGINE_IDLE_LATEST_MS - ENGINE_IDLE_START_MS);
      expect(reads).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(ENGINE_IDLE_START_MS);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('the first request compiles the engine at once, with the settings stored by then, and the idle start adds no second compile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const reads = vi.spyOn(settingsItem, 'getValue');
      startEngineService();
      // Saved before anything asked: not a reload, just what the first compile reads.
      await fakeBrowser.storage.local.set({ settings: { schoolName: 'Oakfield Primary School', pupilNames: ['Tyler Brooks'] } });
      expect(reads).not.toHaveBeenCalled();
      const response = await ask({ type: 'analyse', text: 'Tyler Brooks at Oakfield sports day' });
      expect(response).toMatchObject({ ok: true, type: 'analyse', status: { source: 'stored', schoolName: 'Oakfield Primary School' } });
      expect(response.ok && response.type === 'analyse' && response.findings.map((f) => f.category)).toContain('pupil-name');
      await vi.advanceTimersByTimeAsync(ENGINE_IDLE_START_MS);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a first compile that fails is not kept: the next request compiles again and is answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const reads = vi.spyOn(settingsItem, 'getValue').mockRejectedValueOnce(new Error('storage unavailable'));
      startEngineService();
      expect(await ask({ type: 'status' })).toEqual({ ok: false, error: 'the check failed: storage unavailable' });
      const response = await ask({ type: 'analyse', text: 'Well done Amira Khan, star of the week!' });
      expect(response).toMatchObject({ ok: true, type: 'analyse', status: { source: 'demo' } });
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a change to the roster takes effect without a restart', async () => {
    startEngineService();
    await fakeBrowser.storage.local.set({ settings: { schoolName: 'Oakfield Primary School' }, roster: { pupilNames: ['Tyler Brooks'] } });
    await expect.poll(async () => {
      const response = await ask({ type: 'analyse', text: 'Tyler Brooks at sports day' });
      return response.ok && response.type === 'analyse' ? response.findings.map((f) => f.category) : [];
    }).toContain('pupil-name');
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
