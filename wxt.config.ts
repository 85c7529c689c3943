import { defineConfig } from 'wxt';

// The extension reads drafts and never sends them anywhere: the only permission is storage.
// Host permissions for the four sites arrive with the content scripts.
export default defineConfig({
  // The browser API through webextension-polyfill, so the same promise-based code runs in Chrome and Firefox.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    // In English and Welsh, from public/_locales (the browser picks by its own language).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage'],
    // Firefox needs a stable add-on id for storage; Chrome would warn about the unknown key.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'school-post-guardrail@extension', strict_min_version: '115.0' } } } : {}),
  }),
});
