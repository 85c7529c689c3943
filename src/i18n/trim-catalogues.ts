import type { Plugin } from 'vite';

/**
 * A build step for the content script only: its bundled copy of the catalogues keeps the words
 * the panel and the dialog use, without the options page's, the demo's, the popup's and the roster import's,
 * and without the notes to translators. The content script is loaded into every page of the four
 * sites, so every kilobyte counts; the `_locales` files the browser reads are left whole.
 */
const NOT_IN_PAGES = ['options_', 'roster_', 'demo_', 'scenario_', 'popup_', 'setup_'];

export function trimCataloguesForPages(): Plugin {
  return {
    name: 'guardrail:trim-catalogues-for-pages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]_locales[\\/][a-z]+[\\/]messages\.json$/.test(id)) return undefined;
      const catalogue = JSON.parse(code) as Record<string, { message: string; description?: string; placeholders?: unknown }>;
      const kept = Object.fromEntries(
        Object.entries(catalogue)
          .filter(([key]) => !NOT_IN_PAGES.some((prefix) => key.startsWith(prefix)))
          .map(([key, { description: _description, ...entry }]) => [key, entry]),
      );
      return { code: JSON.stringify(kept), map: null };
    },
  };
}

/**
 * The same for the extension's pages (settings, setup, popup, demo, background): their bundled
 * catalogues keep every message but lose the notes to translators, which only translators read
 * (in the `_locales` files, left whole). About a third of each catalogue.
 */
export function dropTranslatorNotes(): Plugin {
  return {
    name: 'guardrail:drop-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]_locales[\\/][a-z]+[\\/]messages\.json$/.test(id)) return undefined;
      const catalogue = JSON.parse(code) as Record<string, { message: string; description?: string; placeholders?: unknown }>;
      const kept = Object.fromEntries(Object.entries(catalogue).map(([key, { description: _description, ...entry }]) => [key, entry]));
      return { code: JSON.stringify(kept), map: null };
    },
  };
}
