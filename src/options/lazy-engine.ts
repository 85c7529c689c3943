/**
 * What the settings page loads after it is drawn, or only when it is used: the page must be usable
 * at once (issue 14), and every kilobyte of script loaded before the first drawing is compiled
 * before anything shows. Each loads once and is shared.
 *
 * - The parts that need the engine's lexicons (folding names the way the matchers do, importing a
 *   roster, reading a policy document): megabytes of data that take seconds to load on a busy
 *   machine. The spellings preview runs the engine in a worker (src/options/variants-client.ts).
 * - The file readers, only when a file is chosen or saved: YAML and JSONC for a policy pack or a
 *   hashed roster (about 110 kB of script), CSV for exporting names.
 */
let namesTools: Promise<typeof import('./names-tools')> | null = null;
export const loadNamesTools = () => (namesTools ??= import('./names-tools'));

let packFile: Promise<typeof import('../settings/pack-file')> | null = null;
export const loadPackFile = () => (packFile ??= import('../settings/pack-file'));

let jsonFile: Promise<typeof import('../settings/json-file')> | null = null;
export const loadJsonFile = () => (jsonFile ??= import('../settings/json-file'));

let csvExport: Promise<typeof import('./csv-export')> | null = null;
export const loadCsvExport = () => (csvExport ??= import('./csv-export'));
