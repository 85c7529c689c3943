import { browser } from 'wxt/browser';
import { toBase64 } from '../../content/attached-images';
import { readImage } from '../../content/engine-client';
import { CREDITS_FILE, CreditsSchema, DEMO_PHOTOS_DIR, type Credits } from './credits';
import type { PhotoHost } from './photo-host';

/**
 * The demo page in the extension: a bundled photo is fetched from the package (the extension's own
 * file, nothing leaves the device) and sent to the background exactly as the content script sends a
 * photo attached to a post (`readImage`: a `read-image` message, answered by the analysis page with
 * the real models). Nothing here reads a photo itself, and nothing is canned.
 */
export function extensionPhotoHost(): PhotoHost {
  let credits: Promise<Credits> | null = null;
  const loadCredits = () =>
    (credits ??= fetch(browser.runtime.getURL(`/${CREDITS_FILE}` as '/'))
      .then((response) => {
        if (!response.ok) throw new Error(`${CREDITS_FILE} is not in this build`);
        return response.json();
      })
      .then((json) => CreditsSchema.parse(json)));
  return {
    async credit(photoId) {
      const credit = (await loadCredits()).photos.find((c) => c.id === photoId);
      if (!credit) throw new Error(`the photo “${photoId}” is not in this build`);
      return { credit, url: browser.runtime.getURL(`/${DEMO_PHOTOS_DIR}/${credit.file}` as '/') };
    },
    async read(credit, url) {
      const response = await fetch(url);
      if (!response.ok) return { name: credit.file, error: `${credit.file} is not in this build` };
      const result = await readImage(credit.file, await toBase64(await response.blob()));
      return result.ok ? { evidence: result.evidence } : { name: credit.file, error: result.error };
    },
  };
}
