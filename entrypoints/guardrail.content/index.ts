import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuardrail } from '../../src/content/guardrail';
import { siteFor } from '../../src/sites';

/**
 * One content script for the four sites; the site adapters hold what differs. It only reads
 * drafts and talks to the background, where the engine and the roster live, so the roster never
 * enters the page and the script stays small.
 *
 * Composers are recognised by the site's selectors and by the page's structure. The `site-only`
 * build (`wxt build --mode site-only`, used by `npm run bench:typing`) leaves the structural layer
 * out, to measure what it costs; every other build has it.
 */
const layers = { structural: import.meta.env.MODE !== 'site-only' };

export default defineContentScript({
  matches: ['https://*.facebook.com/*', 'https://*.instagram.com/*', 'https://x.com/*', 'https://*.x.com/*', 'https://twitter.com/*', 'https://*.twitter.com/*', 'https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const site = siteFor(location.hostname);
    if (site) startGuardrail(ctx, site, layers);
  },
});
