import { describe, expect, test } from 'vitest';
import BASE_PACK from '../../rules/packs/generic-uk.json';
import { hashRoster } from '../../src/engine/hash-roster';
import { readSettingFields } from '../../src/settings/fields';
import { resolveSettings } from '../../src/settings/load';
import { readSchoolPolicy } from '../../src/settings/managed';
import { mergeSettings } from '../../src/settings/merge';
import { splitRoster } from '../../src/settings/migrations';

const TEACHER = {
  schoolName: 'Oakfield Primary',
  schoolAliases: ['Oakfield'],
  pupilNames: ['Amira Khan'],
  policy: 'generic-uk',
  extraConfidentialTerms: ['Project Phoenix'],
  sites: { x: false },
};

describe('reading settings field by field', () => {
  test('a bad value is set aside with the reason; the others still apply', () => {
    const { values, problems } = readSettingFields({ schoolName: 'Oakfield', policy: 7, staffNames: ['Rachel Morgan'] });
    expect(values).toEqual({ schoolName: 'Oakfield', staffNames: ['Rachel Morgan'] });
    expect(problems).toEqual(['policy: expected text, got a number']);
  });

  test('in a list only the bad entries are dropped, each named by its position', () => {
    const { values, problems } = readSettingFields({ pupilNames: ['Amira Khan', 42, 'Zoë\nClarke', 'Oliver Hughes'] });
    expect(values.pupilNames).toEqual(['Amira Khan', 'Oliver Hughes']);
    expect(problems).toEqual([
      'pupilNames[1]: expected text, got a number; this entry is ignored',
      'pupilNames[2]: a pupil name must be on one line (one name per entry); this entry is ignored',
    ]);
  });

  test('unknown fields are named, with a suggestion', () => {
    expect(readSettingFields({ pupilname: [] }).problems).toEqual(['unknown field "pupilname" (did you mean "pupilNames"?)']);
  });

  test('something that is not an object is explained', () => {
    expect(readSettingFields('Oakfield').problems).toEqual(['expected an object of settings, got text']);
    expect(readSettingFields(null)).toEqual({ values: {}, problems: [] });
  });
});

describe('the school’s policy over the teacher’s own', () => {
  test('with no policy, the teacher’s settings are used and nothing is locked', () => {
    const merged = mergeSettings(TEACHER, readSchoolPolicy({}));
    expect(merged.values).toEqual(TEACHER);
    expect(merged.managed).toBe(false);
    expect(Object.values(merged.fields).every((f) => !f.locked)).toBe(true);
    expect(merged.fields.schoolName.origin).toBe('teacher');
    expect(merged.fields.staffNames.origin).toBe('default');
  });

  test('a single value the school sets wins and is locked', () => {
    const merged = mergeSettings(TEACHER, readSchoolPolicy({ schoolName: 'Oakfield Primary School', policy: 'cadoxton-primary' }));
    expect(merged.values).toMatchObject({ schoolName: 'Oakfield Primary School', policy: 'cadoxton-primary' });
    expect(merged.fields.schoolName).toEqual({ origin: 'school', locked: true, teacherMayAdd: false });
    expect(merged.fields.policy.locked).toBe(true);
    expect(merged.managed).toBe(true);
  });

  test('a list the school sets gets the teacher’s additions, unless the school locked it', () => {
    const school = { extraConfidentialTerms: ['Operation Oak', 'project phoenix'], pupilNames: ['Lily-Mae Thomas'] };
    const open = mergeSettings(TEACHER, readSchoolPolicy(school));
    // The teacher's "Project Phoenix" is already on the school's list (ignoring case): listed once.
    expect(open.values.extraConfidentialTerms).toEqual(['Operation Oak', 'project phoenix']);
    expect(open.values.pupilNames).toEqual(['Lily-Mae Thomas', 'Amira Khan']);
    expect(open.fields.pupilNames).toEqual({ origin: 'school', locked: false, teacherMayAdd: true });

    const locked = mergeSettings(TEACHER, readSchoolPolicy({ ...school, locked: ['pupilNames'] }));
    expect(locked.values.pupilNames).toEqual(['Lily-Mae Thomas']);
    expect(locked.fields.pupilNames).toEqual({ origin: 'school', locked: true, teacherMayAdd: false });
    expect(locked.values.extraConfidentialTerms).toEqual(['Operation Oak', 'project phoenix']);
  });

  test('a setting locked but not set stays at its default: locking `sites` keeps every site on', () => {
    const merged = mergeSettings(TEACHER, readSchoolPolicy({ locked: ['sites', 'staffNames'] }));
    expect(merged.values.sites).toBeUndefined();
    expect(merged.siteLocked).toEqual({ facebook: true, instagram: true, x: true, linkedin: true });
    expect(merged.fields.staffNames).toEqual({ origin: 'default', locked: true, teacherMayAdd: false });
    expect(merged.managed).toBe(true);
  });

  test('the school can set one site and leave the others to the teacher', () => {
    const merged = mergeSettings({ sites: { x: false, facebook: false } }, readSchoolPolicy({ sites: { facebook: true } }));
    expect(merged.values.sites).toEqual({ facebook: true, x: false });
    expect(merged.siteLocked).toEqual({ facebook: true, instagram: false, x: false, linkedin: false });
  });

  test('"*" locks everything', () => {
    const merged = mergeSettings(TEACHER, readSchoolPolicy({ schoolName: 'Oakfield Primary School', locked: ['*'] }));
    expect(Object.values(merged.fields).every((f) => f.locked)).toBe(true);
    expect(merged.values).toEqual({ schoolName: 'Oakfield Primary School' });
  });

  test('a bad value in the policy is ignored with the reason; the rest of the policy applies', () => {
    const policy = readSchoolPolicy({ schoolName: 'Oakfield Primary School', staffNames: 'Rachel Morgan', locked: ['pupilNames', 'colour'] });
    expect(policy.values).toEqual({ schoolName: 'Oakfield Primary School' });
    expect(policy.problems).toEqual([
      'staffNames: expected a list, got text',
      'locked[1]: unknown setting "colour"; expected "*" or one of schoolName, schoolAliases, pupilNames, hashedRoster, staffNames, policy, customPack, extraConfidentialTerms, sites, schoolLocation',
    ]);
    expect(policy.locked).toEqual(new Set(['pupilNames']));
  });
});

describe('resolving what is stored into the settings in use', () => {
  test('an unknown policy id from the school is explained, the default policy is used, and the school’s other values apply', () => {
    const resolved = resolveSettings({ settings: TEACHER, roster: null, managed: { schoolName: 'Oakfield Primary School', policy: 'no-such-pack' } });
    expect(resolved.settings).toMatchObject({ schoolName: 'Oakfield Primary School', policy: 'generic-uk' });
    expect(resolved.schoolProblems).toEqual([expect.stringMatching(/^policy: unknown policy "no-such-pack"; choose one of generic-uk, .*; the default policy is used$/)]);
    expect(resolved.teacherProblems).toEqual([]);
    // The school's bad value does not lock the policy: the teacher can still choose one.
    expect(resolved.merged.fields.policy).toEqual({ origin: 'teacher', locked: false, teacherMayAdd: false });
  });

  test('the school’s own pack can be chosen by its id', () => {
    const pack = { ...structuredClone(BASE_PACK), id: 'oakfield-2026', name: 'Oakfield social media policy 2026' };
    const resolved = resolveSettings({ settings: null, roster: null, managed: { schoolName: 'Oakfield Primary School', customPack: pack, policy: 'oakfield-2026' } });
    expect(resolved.schoolProblems).toEqual([]);
    expect(resolved.settings?.policy).toBe('oakfield-2026');
  });

  test('the roster item holds the names; names still in the settings item (before migration) count too', () => {
    const moved = resolveSettings({ settings: { schoolName: 'Oakfield' }, roster: { pupilNames: ['Amira Khan'] }, managed: {} });
    expect(moved.settings?.pupilNames).toEqual(['Amira Khan']);
    const notYet = resolveSettings({ settings: { schoolName: 'Oakfield', pupilNames: ['Zoë Clarke'] }, roster: null, managed: {} });
    expect(notYet.settings?.pupilNames).toEqual(['Zoë Clarke']);
  });

  test('with no school name anywhere, there are no settings to use (the demo school stands in)', () => {
    expect(resolveSettings({ settings: { pupilNames: ['Amira Khan'] }, roster: null, managed: {} }).settings).toBeNull();
  });

  test('a hashed roster from the school applies beside the teacher’s own names', () => {
    const hashedRoster = hashRoster(['Lily-Mae Thomas'], 'a-school-salt-1234567').roster;
    const resolved = resolveSettings({ settings: { schoolName: 'Oakfield' }, roster: { pupilNames: ['Amira Khan'] }, managed: { hashedRoster } });
    expect(resolved.settings?.hashedRoster).toEqual(hashedRoster);
    expect(resolved.settings?.pupilNames).toEqual(['Amira Khan']);
    expect(resolved.merged.fields.hashedRoster.locked).toBe(true);
  });
});

describe('migrations', () => {
  test('version 1 → 2 moves the names into the roster item and keeps everything else', () => {
    const v1 = { schoolName: 'Oakfield', pupilNames: ['Amira Khan'], staffNames: ['Rachel Morgan'], policy: 'cadmus' };
    expect(splitRoster(v1)).toEqual({ settings: { schoolName: 'Oakfield', policy: 'cadmus' }, roster: { pupilNames: ['Amira Khan'], staffNames: ['Rachel Morgan'] } });
  });

  test('a version 1 value that is not settings is left exactly as it was, for the loader to explain', () => {
    expect(splitRoster('garbage')).toEqual({ settings: 'garbage', roster: null });
    expect(splitRoster([1, 2])).toEqual({ settings: [1, 2], roster: null });
    expect(splitRoster({ schoolName: 'Oakfield' })).toEqual({ settings: { schoolName: 'Oakfield' }, roster: null });
  });
});
