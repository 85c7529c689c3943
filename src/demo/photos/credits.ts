import { z } from 'zod';

/**
 * The provenance and licence of each photo the demo bundles, as the build writes it beside them
 * (`demo-photos/credits.json`, generated from the shared set's MANIFEST.md by
 * `src/demo/photos/bundle-photos.ts`) and as the demo page reads it back. Shared by both sides so
 * the page cannot expect a shape the build does not write.
 */
export const DEMO_PHOTOS_DIR = 'demo-photos';
export const CREDITS_FILE = `${DEMO_PHOTOS_DIR}/credits.json`;

export const LICENCES = ['CC0 1.0', 'Public domain', 'CC BY 4.0', 'CC BY-SA 4.0'] as const;
export type Licence = (typeof LICENCES)[number];

export const PhotoCreditSchema = z.strictObject({
  /** The selection's id (rules/demo/photos.json): the scenarios name photos by it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The file's name inside `demo-photos/` in the extension. */
  file: z.string().regex(/^[\w.-]+\.(jpe?g|png)$/i),
  /** Who made it, as the manifest names them. */
  credit: z.string().min(1),
  licence: z.enum(LICENCES),
  /** The licence's deed, for the credits list (never fetched). */
  licenceUrl: z.string().url().nullable(),
  /** The licence asks for the author to be credited wherever the photo is shown (CC BY, CC BY-SA). */
  attributionRequired: z.boolean(),
  /** Where the bytes came from: repository @ commit: path, as the manifest gives it. */
  source: z.string().min(1),
  /** The manifest's licence statement, word for word (markdown code marks removed). */
  licenceStatement: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PhotoCredit = z.infer<typeof PhotoCreditSchema>;

export const CreditsSchema = z.strictObject({ generatedFrom: z.string(), photos: z.array(PhotoCreditSchema) });
export type Credits = z.infer<typeof CreditsSchema>;
