import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import piexif from 'piexifjs';
import { chromium } from 'playwright-core';

/**
 * The team's real test photos, read where they stand in ../shared/data/photos (never copied into
 * the project: their licences differ), and the two kinds of photo the set lacks, made at test
 * time in a temporary folder: a certificate with a configured school and pupil name on it,
 * rendered by Chromium, and copies of real photos with GPS tags written in by piexifjs.
 */
export const PHOTOS = fileURLToPath(new URL('../../../shared/data/photos/', import.meta.url));
export const photo = (path: string) => join(PHOTOS, path);

export const CHILDREN = ['azure_cv_faces_family-group.jpg', 'azure_storage-lab_Amy.jpg', 'fairface_0051.jpg', 'fairface_0061.jpg', 'fairface_0214.jpg', 'fairface_0249.jpg', 'fairface_0260.jpg', 'ubba_kids-taekwondo-01.jpg', 'ubba_kids-taekwondo-05.jpg'].map((f) => `children/${f}`);
/** Children of 9–13 whom the age model reads as 18–29: caught only with the post's school context. */
export const OLDER_CHILDREN = 'children/ubba_taekwondo-class-outdoors_pexels.jpg';
export const ADULTS = ['azure_cv_celebrities.jpg', 'azure_face_detection1.jpg', 'azure_face_detection2.jpg', 'azure_face_detection3.jpg', 'azure_face_detection4.jpg', 'imageio_astronaut.png'].map((f) => `adults/${f}`);
export const NO_PEOPLE = ['azure_cv_house.jpg', 'azure_cv_printed_text.jpg', 'exifsamples_tests_33-type_error_clouds.jpg', 'exifsamples_tests_35-empty_car.jpg', 'imageio_chelsea.png', 'imageio_coffee.png'].map((f) => `no-people/${f}`);
/** GPS positions as listed in ../shared/data/photos/MANIFEST.md. */
export const GPS = {
  'exif/exifsamples_gps_DSCN0010.jpg': { lat: 43.4674483, lon: 11.8851267 },
  'exif/exifsamples_gps_DSCN0021.jpg': { lat: 43.4670817, lon: 11.8845383 },
  'exif/exifr_IMG_20180725_163423-tiny.jpg': { lat: 50.2996028, lon: 14.8202944 },
  'exif/exifsamples_hdr_iphone_hdr_NO.jpg': { lat: 40.4469722, lon: -3.7247528 },
} as const;

export class TempDir {
  readonly path = mkdtempSync(join(tmpdir(), 'guardrail-photos-'));
  file(name: string): string {
    return join(this.path, name);
  }
  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** A copy of a real JPEG with GPS tags (and a capture time) written into its EXIF. */
export function withGps(source: string, target: string, where: { lat: number; lon: number }, takenAt = '2025:03:12 10:42:00'): string {
  const jpeg = readFileSync(source).toString('binary');
  const gps = {
    [piexif.GPSIFD.GPSLatitudeRef]: where.lat < 0 ? 'S' : 'N',
    [piexif.GPSIFD.GPSLatitude]: piexif.GPSHelper.degToDmsRational(Math.abs(where.lat)),
    [piexif.GPSIFD.GPSLongitudeRef]: where.lon < 0 ? 'W' : 'E',
    [piexif.GPSIFD.GPSLongitude]: piexif.GPSHelper.degToDmsRational(Math.abs(where.lon)),
  };
  const exif = { '0th': {}, Exif: { [piexif.ExifIFD.DateTimeOriginal]: takenAt }, GPS: gps };
  writeFileSync(target, Buffer.from(piexif.insert(piexif.dump(exif), jpeg), 'binary'));
  return target;
}

export interface RenderPage {
  /** File name inside the target folder. */
  file: string;
  html: string;
  viewport: { width: number; height: number };
}

/** Renders several pages of HTML as PNGs in `dir` with one Debian Chromium; returns their paths in order. */
export async function renderPages(dir: string, pages: readonly RenderPage[]): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const paths: string[] = [];
    for (const { file, html, viewport } of pages) {
      const page = await browser.newPage({ viewport });
      await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
      const path = join(dir, file);
      writeFileSync(path, await page.screenshot({ type: 'png' }));
      await page.close();
      paths.push(path);
    }
    return paths;
  } finally {
    await browser.close();
  }
}

/** Renders HTML as a PNG, with Debian's Chromium. */
async function render(target: string, html: string, viewport: { width: number; height: number }): Promise<string> {
  const [path] = await renderPages(dirname(target), [{ file: basename(target), html, viewport }]);
  return path!;
}

/** A school certificate naming a pupil, dark print on cream. */
export function renderCertificate(target: string, lines: { school: string; pupil: string }): Promise<string> {
  return render(
    target,
    `<div style="background:#fbf6e9;font-family:serif;padding:40px"><div style="border:12px double #7a5c1e;height:730px;text-align:center;color:#222">
      <p style="font-size:44px;margin:70px 0 10px">${lines.school}</p>
      <h1 style="font-size:64px;margin:20px 0">Certificate of Achievement</h1>
      <p style="font-size:32px;margin:30px 0 10px">awarded to</p>
      <p style="font-size:60px;margin:10px 0;font-weight:bold">${lines.pupil}</p>
      <p style="font-size:30px;margin:40px 0">Star of the Week for brilliant reading</p>
    </div></div>`,
    { width: 1200, height: 850 },
  );
}

/** A school's gate sign: white lettering on dark green, on a grassy background. */
export function renderSign(target: string, school: string): Promise<string> {
  return render(
    target,
    `<div style="background:#6b8e23;height:600px;overflow:hidden"><div style="margin:120px 80px;background:#0b3d2e;color:#fff;padding:40px;font:bold 56px sans-serif;text-align:center;border-radius:12px">${school}<br><span style="font-size:32px">Headteacher: Mrs S Pritchard</span></div></div>`,
    { width: 1000, height: 600 },
  );
}
