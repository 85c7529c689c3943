import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashRoster } from '../../src/engine/hash-roster';
import { UNCHECKED_PACKS } from '../../src/engine/pack-data';
import { PACKS } from '../../src/engine/packs';
import { resolveSettings } from '../../src/settings/load';
import { SETTING_NAMES, type SettingName } from '../../src/settings/names';
import { quickResolve } from '../../src/settings/quick-read';
import { parseSchoolFields, rememberSchoolFields, schoolFieldsItem, schoolFieldsOf } from '../../src/settings/school-fields';

/**
 * The settings page's first drawing, before zod has loaded (src/settings/quick-read.ts): what a
 * teacher can change in the moment before every stored value is checked and the school's policy
 * has arrived, and that it never shows a value the full read would not, as editable.
 */
const NOTHING_REMEMBERED = new Set<SettingName>();
const editable = (resolved: ReturnType<typeof quickResolve>) => SETTING_NAMES.filter((name) => !resolved.merged.fields[name].locked);
const waiting = (resolved: ReturnType<typeof quickResolve>) => SETTING_NAMES.filter((name) => resolved.merged.fields[name].pending);

describe('the quick first read', () => {
  test('plainly good settings are drawn as stored and editable; the values that need a schema wait', () => {
    const settings = { schoolName: 'Oakfield Primary', schoolAliases: ['Oakfield'], policy: 'cadoxton-primary', sites: { x: false }, schoolLocation: { lat: 51.4, lon: -3.2 } };
    const roster = { pupilNames: ['Amira Khan', 'Zoë Clarke'], hashedRoster: hashRoster(['Tyler Brooks'], 'salt-salt-salt-salt').roster };
    const quick = quickResolve({ settings, roster, remembered: NOTHING_REMEMBERED, managed: null });
    const full = resolveSettings({ settings, roster, managed: {} });
    for (const name of ['schoolName', 'schoolAliases', 'pupilNames', 'policy', 'sites'] as const) expect(quick.merged.values[name]).toEqual(full.merged.values[name]);
    expect(quick.settings?.policy).toBe('cadoxton-primary');
    expect(waiting(quick)).toEqual(['hashedRoster', 'schoolLocation']);
    expect(editable(quick)).toEqual(['schoolName', 'schoolAliases', 'pupilNames', 'staffNames', 'policy', 'customPack', 'extraConfidentialTerms', 'sites']);
    expect(quick.teacherProblems).toEqual([]);
  });

  test('a value the full read would set aside (or change) is never drawn editable: it waits, to be explained', () => {
    const bad: Record<string, unknown>[] = [
      { pupilNames: ['Amira Khan', 42] },
      { pupilNames: ['Amira Khan', 'Zoë\nClarke'] },
      { pupilNames: ['Amira Khan', '   '] },
      { staffNames: 'Rachel Morgan' },
      { schoolName: 'x'.repeat(201) },
      { schoolName: '' },
      { policy: 'westacre' },
      { policy: 7 },
      { sites: { x: 'off' } },
      { sites: { myspace: false } },
    ];
    for (const settings of bad) {
      const [name] = Object.keys(settings) as SettingName[];
      const quick = quickResolve({ settings, roster: null, remembered: NOTHING_REMEMBERED, managed: null });
      expect(quick.merged.fields[name!], JSON.stringify(settings)).toMatchObject({ locked: true, pending: true });
      // …and the full read explains it.
      expect(resolveSettings({ settings, roster: null, managed: {} }).teacherProblems.length, JSON.stringify(settings)).toBeGreaterThan(0);
    }
  });

  test('settings stored as something other than an object: nothing is editable until the full read explains it', () => {
    const quick = quickResolve({ settings: 'Oakfield', roster: null, remembered: NOTHING_REMEMBERED, managed: null });
    expect(editable(quick)).toEqual([]);
    expect(resolveSettings({ settings: 'Oakfield', roster: null, managed: {} }).teacherProblems).toEqual(['expected an object of settings, got text']);
  });

  test('what the school named when its policy was last read waits, however good the teacher’s own value', () => {
    const quick = quickResolve({ settings: { schoolName: 'Oakfield Primary' }, roster: { pupilNames: ['Amira Khan'] }, remembered: new Set(['schoolName', 'pupilNames']), managed: null });
    expect(quick.merged.fields.schoolName).toMatchObject({ locked: true, pending: true });
    expect(quick.merged.fields.pupilNames).toMatchObject({ locked: true, teacherMayAdd: false, pending: true });
    expect(quick.merged.fields.staffNames.locked).toBe(false);
    const all = quickResolve({ settings: { schoolName: 'Oakfield Primary' }, roster: null, remembered: 'all', managed: null });
    expect(editable(all)).toEqual([]);
    expect(Object.values(all.merged.siteLocked)).toEqual([true, true, true, true]);
  });

  test('once the browser has handed the policy over, what it names waits for the full read, whatever was remembered', () => {
    const managed = { schoolName: 'Westacre Infant School', locked: ['sites'] };
    const quick = quickResolve({ settings: { schoolName: 'Oakfield Primary' }, roster: null, remembered: new Set(['pupilNames']), managed });
    expect(waiting(quick)).toEqual(['schoolName', 'sites']);
    expect(quick.merged.fields.pupilNames.locked).toBe(false);
  });
});

describe('which settings the school named, remembered by name', () => {
  beforeEach(() => fakeBrowser.reset());

  test('values and locked names count; "*" or a locked that is not a list means every setting', () => {
    expect([...(schoolFieldsOf({ schoolName: 'W', locked: ['pupilNames', 'schoolname'], colour: 'red' }) as Set<string>)]).toEqual(['schoolName', 'pupilNames']);
    expect(schoolFieldsOf({ locked: ['*'] })).toBe('all');
    expect(schoolFieldsOf({ locked: 'pupilNames' })).toBe('all');
    expect([...(schoolFieldsOf({}) as Set<string>)]).toEqual([]);
  });

  test('kept only when it changes; an install no school manages writes nothing; a damaged value kept means nothing', async () => {
    await rememberSchoolFields({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await rememberSchoolFields({ schoolName: 'W', locked: ['sites'] });
    expect(await schoolFieldsItem.getValue()).toEqual(['schoolName', 'sites']);
    await rememberSchoolFields({});
    expect(await schoolFieldsItem.getValue()).toEqual([]);
    expect([...(parseSchoolFields({ schoolName: true }) as Set<string>)]).toEqual([]);
    expect(parseSchoolFields(['*'])).toBe('all');
  });
});

describe('the built-in packs as drawn before validation', () => {
  test('are the validated packs, field for field, as the policy list shows them', () => {
    expect([...UNCHECKED_PACKS.keys()]).toEqual([...PACKS.keys()]);
    for (const [id, pack] of PACKS) {
      const drawn = UNCHECKED_PACKS.get(id)!;
      expect({ name: drawn.name, adoptedBy: drawn.adoptedBy, clauses: drawn.clauses.map(({ id, title, text }) => ({ id, title, text })) }).toEqual({
        name: pack.name,
        adoptedBy: pack.adoptedBy,
        clauses: pack.clauses.map(({ id, title, text }) => ({ id, title, text })),
      });
    }
  });
});
