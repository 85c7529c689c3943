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
/** Children of 9–13 whom the age model reads as 18–29: a can't-tell warning. */
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

/** A sign on a post, turned 18° away from the camera, tilted and dimmed as asked. */
export const signHtml = (text: string, sub: string, style: { bg: string; fg: string; angle: number; dim: number }) =>
  `<div style="width:1400px;height:900px;background:linear-gradient(#7d8a96,#46523a);display:flex;align-items:center;justify-content:center;filter:brightness(${style.dim})">
    <div style="transform:perspective(900px) rotateY(18deg) rotate(${style.angle}deg);background:${style.bg};color:${style.fg};padding:36px 56px;border:10px solid #ddd;font:bold 54px sans-serif;text-align:center">${text}<br><span style="font-size:30px;font-weight:normal">${sub}</span></div></div>`;

/** A student identity card on a table, tilted. */
export const cardHtml = (name: string, school: string, angle: number) =>
  `<div style="width:1200px;height:800px;background:#8a6f4e;display:flex;align-items:center;justify-content:center">
    <div style="transform:rotate(${angle}deg);width:640px;height:400px;background:#f4f6fb;border-radius:24px;box-shadow:0 8px 20px #0006;font-family:sans-serif;padding:28px;display:flex;gap:28px">
      <div style="width:190px;height:240px;background:#9aa7b8;border-radius:8px"></div>
      <div><div style="font-size:22px;color:#345">${school}</div><div style="font-size:16px;color:#678;margin:10px 0 30px">STUDENT IDENTITY CARD</div>
      <div style="font-size:16px;color:#678">NAME</div><div style="font-size:34px;font-weight:bold;color:#111">${name}</div>
      <div style="font-size:16px;color:#678;margin-top:14px">ID 2041 · VALID 2025–26</div></div></div></div>`;

/** A certificate, dark print on cream. */
export const certificateHtml = (school: string, title: string, awarded: string, pupil: string, reason: string) =>
  `<div style="width:1200px;height:850px;background:#fbf6e9;font-family:serif;padding:40px;box-sizing:border-box"><div style="border:12px double #7a5c1e;height:100%;text-align:center;color:#222;box-sizing:border-box">
    <p style="font-size:42px;margin:60px 0 10px">${school}</p><h1 style="font-size:60px;margin:20px 0">${title}</h1>
    <p style="font-size:30px;margin:30px 0 10px">${awarded}</p><p style="font-size:58px;margin:10px 0;font-weight:bold">${pupil}</p>
    <p style="font-size:28px;margin:36px 0">${reason}</p></div></div>`;

/** A name badge on a lanyard background, tilted 4°. */
export const badgeHtml = (name: string, role: string) =>
  `<div style="width:1000px;height:750px;background:radial-gradient(#6b7f99,#2d3a4a);display:flex;align-items:center;justify-content:center">
    <div style="transform:rotate(-4deg);width:420px;height:260px;background:#fff;border-top:40px solid #c0392b;border-radius:14px;font-family:sans-serif;text-align:center;padding-top:40px;box-sizing:border-box">
    <div style="font-size:44px;font-weight:bold">${name}</div><div style="font-size:24px;margin-top:12px;color:#555">${role}</div></div></div>`;

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
