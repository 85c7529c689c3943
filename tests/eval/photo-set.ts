import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { badgeHtml, cardHtml, certificateHtml, photo, renderPages, signHtml, type RenderPage } from '../unit/photo-fixtures';

/**
 * The labelled photo set for `npm run eval:photos` (provenance and licence of every photo in
 * tests/eval/PHOTOS.md). No photo is copied into the project: each is read where it stands, in
 * ../shared/data/photos, in an npm package under node_modules, or in a Debian package under
 * /usr/share (installed by .ci/run); the pictures of text are rendered by Chromium at run time.
 *
 * THIS SET IS TUNED ON: the thresholds in rules/images/photo-checks.json were chosen looking at
 * it. Its figures say the check works on these photos, not that it works in the wild.
 */
export type PhotoClass =
  /** Children of primary age (3–11), with or without adults: the check must say high. */
  | 'primary-children'
  /** Adults only: the check must not hold the post (info or nothing). */
  | 'young-adults'
  | 'adults'
  | 'older-adults'
  /** No person at all: never a finding about people. */
  | 'no-people'
  /** Signs, certificates, badges and ID cards naming the school or a pupil: high or warning from the words. */
  | 'text-named'
  /** The same kinds of document naming nobody configured: no finding about names. */
  | 'text-other'
  /** The youngest person looks 12–17: secondary pupils are pupils, so a warning or high is right; measured, not targeted. */
  | 'teenagers';

export interface LabelledPhoto {
  id: string;
  class: PhotoClass;
  /** Where the file is on this machine (rendered ones: filled in by `resolvePhotoSet`). */
  path: string;
  /** Apparent age band(s) by eye, or the dataset's own label. */
  ages: string;
  what: string;
}

const require = createRequire(import.meta.url);
const faceApiDemo = (file: string) => join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', file);
/** Debian's labelme-examples (GPL-3+ package; PASCAL VOC 2011 and the author's own photos). */
export const LABELME = '/usr/share/doc/labelme-examples/examples';

const shared = (id: string, cls: PhotoClass, file: string, ages: string, what: string): LabelledPhoto => ({ id, class: cls, path: photo(file), ages, what });

export const REAL_PHOTOS: LabelledPhoto[] = [
  shared('taekwondo-01', 'primary-children', 'children/ubba_kids-taekwondo-01.jpg', '4–8 (+2 older helpers)', 'outdoor class, about 8 children'),
  shared('taekwondo-05', 'primary-children', 'children/ubba_kids-taekwondo-05.jpg', '4–8 (+2 older helpers)', 'same class, about 9 children'),
  shared('taekwondo-outdoors', 'primary-children', 'children/ubba_taekwondo-class-outdoors_pexels.jpg', '9–13', '5 children on grass, faces small, one kicking side-on'),
  shared('family-group', 'primary-children', 'children/azure_cv_faces_family-group.jpg', '8–11 with adults 30–60', '2 girls among 5 adults'),
  shared('amy', 'primary-children', 'children/azure_storage-lab_Amy.jpg', '5–7', 'one girl indoors'),
  shared('fairface-0051', 'primary-children', 'children/fairface_0051.jpg', '3–9 (label)', 'face crop'),
  shared('fairface-0061', 'primary-children', 'children/fairface_0061.jpg', '3–9 (label)', 'face crop, school neckerchief'),
  shared('fairface-0214', 'primary-children', 'children/fairface_0214.jpg', '3–9 (label)', 'face crop'),
  shared('fairface-0249', 'primary-children', 'children/fairface_0249.jpg', '3–9 (label)', 'face crop'),
  shared('fairface-0260', 'primary-children', 'children/fairface_0260.jpg', '3–9 (label)', 'face crop, children behind'),
  shared('azure-detection1', 'young-adults', 'adults/azure_face_detection1.jpg', '25–35', 'one woman on a street'),
  shared('azure-detection2', 'adults', 'adults/azure_face_detection2.jpg', '30–40', 'one man on a sofa'),
  shared('azure-detection3', 'older-adults', 'adults/azure_face_detection3.jpg', '45–55', 'man in a hard hat'),
  shared('azure-detection4', 'young-adults', 'adults/azure_face_detection4.jpg', '25–35', '3 adults in a restaurant'),
  shared('azure-celebrities', 'older-adults', 'adults/azure_cv_celebrities.jpg', '40–65', '4 men, black and white'),
  shared('astronaut', 'adults', 'adults/imageio_astronaut.png', 'about 40', 'NASA portrait'),
  shared('coffee', 'no-people', 'no-people/imageio_coffee.png', '—', 'espresso cup'),
  shared('chelsea', 'no-people', 'no-people/imageio_chelsea.png', '—', 'cat'),
  shared('house', 'no-people', 'no-people/azure_cv_house.jpg', '—', 'house and garden'),
  shared('printed-text', 'no-people', 'no-people/azure_cv_printed_text.jpg', '—', 'nutrition label (text, no names)'),
  shared('car', 'no-people', 'no-people/exifsamples_tests_35-empty_car.jpg', '—', 'parked car, dealer plate'),
  shared('clouds', 'no-people', 'no-people/exifsamples_tests_33-type_error_clouds.jpg', '—', 'clouds from a plane'),
  shared('gps-hillside', 'no-people', 'exif/exifsamples_gps_DSCN0010.jpg', '—', 'Tuscan hillside (GPS)'),
  shared('gps-park', 'no-people', 'exif/exifsamples_gps_DSCN0021.jpg', '—', 'town park with a statue (GPS)'),
  shared('gps-path', 'no-people', 'exif/exifr_IMG_20180725_163423-tiny.jpg', '—', 'country path (GPS)'),
  shared('gps-wisteria', 'no-people', 'exif/exifsamples_hdr_iphone_hdr_NO.jpg', '—', 'wisteria (GPS)'),
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `face-api-sample${n}`, class: 'young-adults' as const, path: faceApiDemo(`sample${n}.jpg`), ages: '18–30', what: '3–4 young women posing' })),
  { id: 'voc-2011_000003', class: 'older-adults', path: join(LABELME, 'bbox_detection/data_annotated/2011_000003.jpg'), ages: '45–65', what: '2 men eating by a stove' },
  { id: 'voc-2011_000006', class: 'young-adults', path: join(LABELME, 'bbox_detection/data_annotated/2011_000006.jpg'), ages: '17–25', what: '3 young women on a sofa (one more far behind)' },
  { id: 'voc-2011_000025', class: 'no-people', path: join(LABELME, 'bbox_detection/data_annotated/2011_000025.jpg'), ages: '—', what: 'buses in a street' },
  { id: 'labelme-kitten', class: 'no-people', path: join(LABELME, 'classification/data_annotated/0001.jpg'), ages: '—', what: 'a kitten' },
  { id: 'labelme-dog', class: 'no-people', path: join(LABELME, 'classification/data_annotated/0002.jpg'), ages: '—', what: 'a dog' },
  { id: 'labelme-shelf', class: 'no-people', path: join(LABELME, 'tutorial/apc2016_obj3.jpg'), ages: '—', what: 'a shelf with packets' },
  { id: 'labelme-street', class: 'adults', path: join(LABELME, 'video_annotation/data_annotated/00000100.jpg'), ages: 'adults, far away', what: 'street with a lorry, a few tiny pedestrians' },
];

/** Settings for the set: the Cadoxton fixture, with two more pupils (a Romanian name for the ID card, a Welsh one). */
export const EVAL_PUPILS = ['Ioan Sava', 'Megan Lloyd-Davies'];

/** Pictures of text rendered at run time (the shared set has none naming a configured school or pupil). */
export const RENDERED: (RenderPage & { id: string; class: PhotoClass; what: string })[] = [
  { id: 'campus-sign-dim-angled', class: 'text-named', what: 'dim campus sign, turned 18° away and tilted 4°', file: 'campus-sign.png', viewport: { width: 1400, height: 900 }, html: signHtml('Cadoxton Primary School', 'Welcome · Croeso', { bg: '#123c69', fg: '#fff', angle: -4, dim: 0.55 }) },
  { id: 'welsh-gate-sign', class: 'text-named', what: 'Welsh gate sign, tilted 3°', file: 'welsh-sign.png', viewport: { width: 1400, height: 900 }, html: signHtml('Ysgol Cadoxton', 'Croeso i bawb · Pennaeth: Mrs S Pritchard', { bg: '#0b3d2e', fg: '#fff', angle: 3, dim: 0.8 }) },
  { id: 'id-card-surname-first', class: 'text-named', what: 'identity card, surname first in capitals (SAVA IOAN), tilted 5°', file: 'id-card.png', viewport: { width: 1200, height: 800 }, html: cardHtml('SAVA IOAN', 'Cadoxton Primary School', 5) },
  { id: 'welsh-certificate', class: 'text-named', what: 'Welsh certificate naming a pupil', file: 'tystysgrif.png', viewport: { width: 1200, height: 850 }, html: certificateHtml('Ysgol Cadoxton', 'Tystysgrif Cyflawniad', 'dyfarnwyd i', 'Megan Lloyd-Davies', 'Seren yr Wythnos am ddarllen yn wych') },
  { id: 'english-certificate', class: 'text-named', what: 'English certificate naming a pupil', file: 'certificate.png', viewport: { width: 1200, height: 850 }, html: certificateHtml('Cadoxton Primary School', 'Certificate of Achievement', 'awarded to', 'Amira Khan', 'Star of the Week for brilliant reading') },
  { id: 'name-badge', class: 'text-named', what: 'sports-day name badge, tilted 4°', file: 'badge.png', viewport: { width: 1000, height: 750 }, html: badgeHtml('Grace Hughes', 'Sports Day · Blue team') },
  { id: 'other-school-sign', class: 'text-other', what: 'sign of a school not configured', file: 'other-sign.png', viewport: { width: 1400, height: 900 }, html: signHtml('Riverside Academy', 'Visitors please report to reception', { bg: '#5b2c6f', fg: '#fff', angle: 2, dim: 0.9 }) },
  { id: 'other-id-card', class: 'text-other', what: 'identity card of someone not on the roster', file: 'other-card.png', viewport: { width: 1200, height: 800 }, html: cardHtml('POPESCU ANDREI', 'Riverside Academy', -3) },
];

/** Every photo of the set with a path on this machine; renders the pictures of text into `dir`. Missing sources are returned apart, never silently dropped. */
export async function resolvePhotoSet(dir: string): Promise<{ photos: LabelledPhoto[]; missing: LabelledPhoto[] }> {
  const rendered = await renderPages(dir, RENDERED);
  const all: LabelledPhoto[] = [...REAL_PHOTOS, ...RENDERED.map((r, i) => ({ id: r.id, class: r.class, path: rendered[i]!, ages: '—', what: r.what }))];
  return { photos: all.filter((p) => existsSync(p.path)), missing: all.filter((p) => !existsSync(p.path)) };
}
