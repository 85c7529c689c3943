import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import selectionData from '../../../rules/demo/photos.json';
import { CREDITS_FILE, DEMO_PHOTOS_DIR, type Credits } from './credits';
import { creditsFor, creditsMarkdown, parseManifest, SelectionSchema } from './manifest';

/**
 * The build step that puts the induction demo's real photos into the extension (one hook line in
 * wxt.config.ts). The photos stay in the team's shared set (../shared/data/photos/ beside the
 * project, as in CI) and are never committed here: they are copied into the build output, each
 * checked against the manifest's SHA-256, with their provenance and licence from the manifest
 * written beside them (credits.json for the demo page, CREDITS.md for people). A photo that is
 * missing, changed, or not licensed for redistribution stops the build and says which and why.
 */
/** WXT's public files: one copied from a path, or one written from text. */
export type PublicAsset = { relativeDest: string; absoluteSrc: string } | { relativeDest: string; contents: string };

export const sharedPhotosDir = (projectRoot: string) => join(projectRoot, '..', 'shared', 'data', 'photos');

export function demoPhotoAssets(projectRoot: string, photosDir = sharedPhotosDir(projectRoot), selectionInput: unknown = selectionData): PublicAsset[] {
  const fail = (problems: string[]) => {
    throw new Error(`The induction demo's photos (rules/demo/photos.json, from ${photosDir}):\n  - ${problems.join('\n  - ')}`);
  };
  const selection = SelectionSchema.safeParse(selectionInput);
  if (!selection.success) fail(selection.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`));
  const manifestPath = join(photosDir, 'MANIFEST.md');
  if (!existsSync(manifestPath)) fail([`${manifestPath} is missing: the shared photo set must be beside the project (../shared/data/photos/)`]);
  const { credits, problems } = creditsFor(selection.data!, parseManifest(readFileSync(manifestPath, 'utf8')));
  const assets: PublicAsset[] = [];
  for (const chosen of selection.data!.photos) {
    const path = join(photosDir, chosen.file);
    if (!existsSync(path)) {
      problems.push(`${chosen.file}: missing (looked for ${path})`);
      continue;
    }
    const credit = credits.find((c) => c.id === chosen.id);
    if (!credit) continue;
    const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (actual !== credit.sha256) problems.push(`${chosen.file}: its SHA-256 is ${actual}, the manifest says ${credit.sha256}`);
    assets.push({ absoluteSrc: path, relativeDest: `${DEMO_PHOTOS_DIR}/${credit.file}` });
  }
  if (problems.length > 0) fail(problems);
  const file: Credits = { generatedFrom: 'shared/data/photos/MANIFEST.md', photos: credits };
  assets.push({ relativeDest: CREDITS_FILE, contents: `${JSON.stringify(file, null, 2)}\n` }, { relativeDest: `${DEMO_PHOTOS_DIR}/CREDITS.md`, contents: creditsMarkdown(credits) });
  return assets;
}
