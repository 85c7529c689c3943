import type { ImageEvidence } from '../engine/image/evidence';
import type { PeopleSeen } from './face-reader';
import { checkImageInput, type ImageType } from './image-type';
import type { Pixels } from './pixels';
import { readExif } from './read-exif';

/**
 * Reads one photo into evidence: its EXIF tags from the file's bytes, then faces, people and text from
 * its pixels. The same steps run in the extension's analysis page and on the command line; only
 * the readers (how to decode, where the models are) differ.
 */
export interface PhotoReaders {
  /** Decodes and shrinks to at most `MAX_SIDE` a side; throws an `ImageInputError` for a broken or oversized image. */
  decode(bytes: Uint8Array, type: ImageType): Promise<Pixels>;
  /** Faces with their apparent age, and people whether their face shows or not. */
  faces(pixels: Pixels): Promise<PeopleSeen>;
  text(pixels: Pixels): Promise<string>;
}

export interface PhotoTimings {
  decodeMs: number;
  facesMs: number;
  textMs: number;
  /** Wall time for the whole photo: faces and text are read at the same time, so this is less than the sum. */
  totalMs: number;
}

export async function readPhoto(bytes: Uint8Array, name: string, readers: PhotoReaders): Promise<{ evidence: ImageEvidence; timings: PhotoTimings }> {
  const type = checkImageInput(bytes);
  const started = performance.now();
  const [exif, pixels] = await Promise.all([readExif(bytes), readers.decode(bytes, type)]);
  const decoded = performance.now();
  const timed = async <T>(read: Promise<T>): Promise<[T, number]> => [await read, performance.now() - decoded];
  // Text recognition runs in a worker, and the face models in a worker of their own in the browser
  // (on this thread on the command line): side by side they use both cores. Text is started first,
  // so that its first reading is prepared and handed to its worker before anything else is asked
  // of this thread (on the command line, before the face models take it).
  const reading = timed(readers.text(pixels));
  const [[{ faces, people }, facesMs], [text, textMs]] = await Promise.all([timed(readers.faces(pixels)), reading]);
  return {
    evidence: { name: name.slice(0, 300), width: pixels.width, height: pixels.height, faces, people, exif, text: text.slice(0, 20_000) },
    timings: { decodeMs: decoded - started, facesMs, textMs, totalMs: performance.now() - started },
  };
}
