import exifr from 'exifr';
import type { ExifEvidence } from '../engine/image/evidence';

/**
 * Where and when the camera says the photo was taken, read with exifr. Only the GPS position and
 * the original capture time are kept. Times stay as the camera's wall clock (EXIF carries no time
 * zone, and school hours are local time anyway). A photo without tags, or with broken ones, simply
 * has no place or time: it is still checked for faces and text.
 */
export async function readExif(bytes: Uint8Array): Promise<ExifEvidence> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(bytes, { gps: true, tiff: true, exif: true, reviveValues: false, pick: ['GPSLatitude', 'GPSLatitudeRef', 'GPSLongitude', 'GPSLongitudeRef', 'DateTimeOriginal', 'CreateDate', 'DateTime'] });
  } catch {
    return {};
  }
  if (!tags) return {};
  const evidence: ExifEvidence = {};
  const latitude = degrees(tags.GPSLatitude, tags.GPSLatitudeRef, 'S');
  const longitude = degrees(tags.GPSLongitude, tags.GPSLongitudeRef, 'W');
  // A position of exactly 0, 0 is what some cameras write when they had no fix.
  if (latitude !== null && longitude !== null && !(latitude === 0 && longitude === 0) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
    evidence.latitude = latitude;
    evidence.longitude = longitude;
  }
  const takenAt = wallClock(tags.DateTimeOriginal ?? tags.CreateDate ?? tags.DateTime);
  if (takenAt) evidence.takenAt = takenAt;
  return evidence;
}

/** EXIF stores degrees, minutes and seconds as three numbers, and the hemisphere separately. */
function degrees(dms: unknown, ref: unknown, negative: 'S' | 'W'): number | null {
  if (!Array.isArray(dms) || dms.length !== 3 || !dms.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [d, m, s] = dms as [number, number, number];
  const value = d + m / 60 + s / 3600;
  return typeof ref === 'string' && ref.trim().toUpperCase() === negative ? -value : value;
}

/** "2008:10:22 16:28:39" → "2008-10-22T16:28:39"; anything else → null. */
function wallClock(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
}
