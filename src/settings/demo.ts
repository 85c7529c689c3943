import type { SettingsInput } from './schema';

/**
 * The settings used until the teacher saves their own: a sample school and roster on the model
 * policy, so the checks can be seen working from the first minute. Every surface that uses them
 * says so.
 */
export const DEMO_SETTINGS: SettingsInput = {
  schoolName: 'Oakfield Primary School',
  schoolAliases: ['Ysgol Oakfield'],
  pupilNames: [
    'Amira Khan',
    'Lily-Mae Thomas',
    "Siân O'Brien",
    'Zoë Clarke',
    'Oliver Hughes',
    'Priya Sharma',
    'Kacper Nowak',
    'Ffion Davies',
    'Oluwaseun Adebayo',
    'Grace Evans',
    'Muhammad Ali Raza',
    'Callum McLeod',
  ],
  staffNames: ['Rachel Morgan', 'Simon Patel'],
  policy: 'generic-uk',
  extraConfidentialTerms: ['Project Phoenix'],
};
