import { readFile } from 'node:fs/promises';
import type { Analyser } from '../analyser';
import { imageFindings } from '../analyser/images';
import type { Finding } from '../engine/types';
import { ImageInputError } from '../image/image-type';
import { readPhoto, type PhotoReaders } from '../image/read-photo';

/**
 * `guardrail check-image [--config FILE] [--text DRAFT] PATH…`: the photo check the extension
 * runs on an attached image, on this machine: faces and apparent age, EXIF place and time, text in
 * the photo. One result per path, in order: `{"image", "findings"}` (findings as `check` prints
 * them) or `{"image", "error"}` for a file that cannot be checked, which never stops the others.
 */
export type ImageResult = { image: string; findings: Finding[] } | { image: string; error: string };

export async function checkImages(paths: readonly string[], analyser: Analyser, draft: string, readers: PhotoReaders): Promise<ImageResult[]> {
  const results: ImageResult[] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      results.push({ image: path, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message });
      continue;
    }
    try {
      const { evidence } = await readPhoto(bytes, path, readers);
      results.push({ image: path, findings: imageFindings(evidence, analyser, draft) });
    } catch (error) {
      // A photo that cannot be read is reported and the others are still checked; anything else is a bug.
      if (!(error instanceof ImageInputError)) throw error;
      results.push({ image: path, error: error.message });
    }
  }
  return results;
}
