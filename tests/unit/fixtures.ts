import type { SettingsInput } from '../../src/settings/schema';

/** The school and roster of the examples (Cadoxton Primary, in Wales). */
export const CADOXTON: SettingsInput = {
  schoolName: 'Cadoxton Primary School',
  schoolAliases: ['Ysgol Cadoxton'],
  pupilNames: ['Amira Khan', "Siân O'Brien", 'Lily-Mae Thomas', 'Zoë Williams', 'Grace Hughes', 'Summer Jenkins', 'Thomas Bowen', 'Elizabeth Rowe'],
  staffNames: ['Sarah Pritchard', 'Gareth Hughes'],
  policy: 'cadoxton-primary',
  extraConfidentialTerms: ['Project Phoenix'],
};

/** A Church in Wales school with a Welsh alias. */
export const ST_NICHOLAS: SettingsInput = {
  schoolName: 'St Nicholas CIW Primary School',
  schoolAliases: ['Ysgol Sant Nicolas'],
  pupilNames: ['Cerys Jenkins', 'Seren Lloyd', 'Gruffydd Parry'],
  staffNames: ['Rhian Edwards'],
  policy: 'st-nicholas-ciw',
};
