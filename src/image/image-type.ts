/**
 * What kind of file was attached, from its first bytes (a file's name and a page's claimed type
 * are not to be trusted), and the limits beyond which a file is refused with a clear reason
 * instead of being half-read.
 */
export type ImageType = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'heic';

/** A photo from any phone is well under this; a bigger file is not something to decode on a page's say-so. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** 100 megapixels: a panorama fits, a decompression bomb does not. */
export const MAX_IMAGE_PIXELS = 100_000_000;

export class ImageInputError extends Error {
  override name = 'ImageInputError';
}

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'BM')) return 'bmp';
  if (ascii(4, 'ftyp') && ['heic', 'heix', 'hevc', 'mif1', 'msf1', 'avif'].some((brand) => ascii(8, brand))) return 'heic';
  return null;
}

/** Checks size and type before anything is decoded; throws an `ImageInputError` saying what is wrong. */
export function checkImageInput(bytes: Uint8Array): ImageType {
  if (bytes.length === 0) throw new ImageInputError('the file is empty');
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageInputError(`the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; photos over ${MAX_IMAGE_BYTES / 1024 / 1024} MB are not checked`);
  const type = sniffImageType(bytes);
  if (type === null) throw new ImageInputError('this is not an image the check can read (JPEG, PNG, WebP, GIF or BMP)');
  return type;
}

export function checkDimensions(width: number, height: number): void {
  if (width === 0 || height === 0) throw new ImageInputError('the image has no pixels');
  if (width * height > MAX_IMAGE_PIXELS) throw new ImageInputError(`the image is ${width}×${height} pixels; images over ${MAX_IMAGE_PIXELS / 1_000_000} megapixels are not checked`);
}
