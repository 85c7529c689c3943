import { defineConfig } from 'wxt';
import { MANAGED_SCHEMA } from './src/settings/managed-schema';

/**
 * The public half of the development signing key. It fixes the extension id
 * (obemlbpbmpefcchmadifananacdglbip) for unpacked builds, so a school's policy file and the
 * browser tests can name it. The private half (guardrail-dev.pem) is never committed or zipped;
 * it is only needed to pack a .crx. A Web Store build (`npm run zip`) leaves the key out: the
 * store assigns its own id.
 */
const DEVELOPMENT_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAl3SXvzBJB+iYhBMJ/r487bqW/GH8c8MUMzUxj5I5cb5xcw/YE9JhC3/5gCGwpuHYw/T6Bxbd8d3MRWcGgCB6NuWvhZ2kNSb9pybOMKxWNp5V2iCfLcp9GAGlNB7Mb50GjZPuwmmQY6b5s7bRHjMQdk/SOmcLMb3elzmj/nKhm8B2IDn9kZIxRqDr3nsR+I2k4zBrRHV39aO0RXfNPDZITXyvAlSe6fAd+Eub2VYgrNrDwN+/1zRDMwpO6UbG7B/5e4rS4hafvRHt2NESfC2LPDm7puMTWhvBCP5T2FphTdzMW6tn30L1nNt3gv4cjzoVI9e/+VkJJiy0FPOqnlVpeQIDAQAB';

// The extension reads drafts and never sends them anywhere: the only permission is storage.
// Host permissions for the four sites arrive with the content scripts.
export default defineConfig({
  // The browser API through webextension-polyfill, so the same promise-based code runs in Chrome and Firefox.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // Files copied into the build as they are (the _locales catalogues): kept under src/ with the rest of the code.
  publicDir: 'src/public',
  manifest: ({ browser, mode }) => ({
    // In English and Welsh, from src/public/_locales (the browser picks by its own language).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? // Firefox needs a stable add-on id for storage and for policies.json; Chrome would warn about the unknown key.
        { browser_specific_settings: { gecko: { id: 'school-post-guardrail@extension', strict_min_version: '115.0' } } }
      : {
          // What a school may push through browser policy (Firefox reads policies.json "3rdparty" without a schema).
          storage: { managed_schema: 'managed_schema.json' },
          ...(mode === 'store' ? {} : { key: DEVELOPMENT_KEY }),
        }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n` });
    },
  },
  zip: {
    // The private signing key must never travel with the sources.
    excludeSources: ['**/*.pem'],
  },
});
