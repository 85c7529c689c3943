// Loaded after the options page is drawn (lazy-engine.ts): these fold names with the engine's lexicons.
export { foldString } from '../engine/text/fold';
export { importRoster, RosterFileError } from '../settings/roster-import';
