import { findComposers, isSubmitControl, searchRoots } from '../../../src/content/find-composers';
import { SITES, siteFor } from '../../../src/sites';
import { readDraft } from '../../../src/sites/read-draft';

/**
 * The extension's own site adapters and draft reader, bundled into a fixture page's main world
 * so a test can ask them questions directly (content scripts run in an isolated world the test
 * cannot call into).
 */
(globalThis as unknown as { __probe: unknown }).__probe = { SITES, siteFor, findComposers, isSubmitControl, searchRoots, readDraft };
