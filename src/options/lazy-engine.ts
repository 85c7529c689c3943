/**
 * The parts of the options page that need the engine's lexicons (folding names the way the
 * matchers do, importing a roster, previewing the school's spellings, reading a policy document)
 * load after the page is drawn: the engine is megabytes of data that take seconds to load on a
 * busy machine, and the page must be usable at once (issue 14). Each loads once and is shared.
 */
let namesTools: Promise<typeof import('./names-tools')> | null = null;
export const loadNamesTools = () => (namesTools ??= import('./names-tools'));

let variants: Promise<typeof import('./school-variants')> | null = null;
export const loadSchoolVariants = () => (variants ??= import('./school-variants'));
