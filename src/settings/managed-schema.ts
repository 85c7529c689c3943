import { CATEGORIES, SEVERITIES } from '../engine/types';
import { HASHED_ROSTER_FORMAT } from '../engine/schemas/hashed-roster';
import { SITE_IDS } from './schema';

/**
 * `managed_schema.json`, the schema Chrome and Edge check a school's policy against (written into
 * the build by wxt.config.ts, declared as `storage.managed_schema`). It is Chrome's subset of JSON
 * Schema: types, properties, items, titles and descriptions, which admin consoles show. Chrome drops
 * a value of the wrong type before the extension sees it; the finer rules (a policy id that exists,
 * a name on one line) are the extension's own (settings/managed.ts), so that a mistake there can
 * be explained on the options page and in the panel rather than vanish.
 */
const nameList = (title: string, description: string) => ({ type: 'array', title, description, items: { type: 'string' } });
const text = (title: string, description: string) => ({ type: 'string', title, description });

export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    schoolName: text('School name', 'The school’s full name as people write it, e.g. "Oakfield Primary School". Short forms, hashtags and handles are recognised from it.'),
    schoolAliases: nameList('Other names of the school', 'Other names and spellings: the Welsh name, a former name, the trust’s name, the school’s own hashtag.'),
    pupilNames: nameList('Pupil roster (plain text)', 'Pupils’ full names, one per entry. Prefer hashedRoster, which keeps names out of the policy file.'),
    hashedRoster: {
      type: 'object',
      title: 'Pupil roster (hashed)',
      description: `The output of "npx guardrail hash-roster": salted hashes of every spelling of every pupil's name. Format "${HASHED_ROSTER_FORMAT}", version 1.`,
      properties: {
        format: { type: 'string' },
        version: { type: 'integer' },
        salt: { type: 'string' },
        names: { type: 'integer' },
        hashes: { type: 'array', items: { type: 'string' } },
      },
    },
    staffNames: nameList('Staff names', 'Staff full names, so that posts naming colleagues are recognised.'),
    policy: text('Policy pack', 'The id of a built-in policy pack (generic-uk, cadoxton-primary, st-nicholas-ciw, cadmus, westacre-infant, gloucestershire) or of customPack.'),
    customPack: {
      type: 'object',
      title: 'The school’s own policy pack',
      description: 'A policy pack in the format of rules/packs: the school’s clauses, quoted, and which kinds of finding each is cited for.',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        adoptedBy: { type: 'string' },
        model: { type: 'boolean' },
        sourceFile: { type: 'string' },
        clauses: {
          type: 'array',
          items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, heading: { type: 'string' }, text: { type: 'string' } } },
        },
        mappings: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              category: { type: 'string', description: `One of ${CATEGORIES.join(', ')}` },
              severities: { type: 'array', items: { type: 'string' }, description: `Any of ${SEVERITIES.join(', ')}` },
              topics: { type: 'array', items: { type: 'string' } },
              clauses: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
    extraConfidentialTerms: nameList('Extra confidential terms', 'Words and phrases that must not be posted: project code names, a pending inspection, a staff matter.'),
    sites: {
      type: 'object',
      title: 'Sites checked',
      description: 'Set a site to false to switch the checks off there. Every site is on unless set.',
      properties: Object.fromEntries(SITE_IDS.map((site) => [site, { type: 'boolean' }])),
    },
    schoolLocation: {
      type: 'object',
      title: 'Where the school is (for the photo check)',
      description: 'Latitude and longitude in decimal degrees, and how many metres around it count as the school (default 300). A photo whose GPS tags fall inside is flagged.',
      properties: { lat: { type: 'number' }, lon: { type: 'number' }, radiusMetres: { type: 'number' } },
    },
    locked: {
      type: 'array',
      title: 'Settings teachers cannot change',
      description: 'Names of settings, or "*" for all. A value the school sets is always used; locking a list also stops teachers adding to it, and locking a setting the school does not set keeps it at its default.',
      items: { type: 'string' },
    },
  },
} as const;
