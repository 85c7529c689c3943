import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CreditsSchema } from '../../src/demo/photos/credits';
import { demoPhotoAssets, sharedPhotosDir } from '../../src/demo/photos/bundle-photos';
import { classifyLicence, creditsFor, parseManifest, SelectionSchema } from '../../src/demo/photos/manifest';
import { SCENARIOS } from '../../src/demo/scenarios';
import selection from '../../rules/demo/photos.json';
import { CATALOGUES } from '../../src/i18n/catalogues';

/**
 * The build step that bundles the demo's real photos (src/demo/photos/bundle-photos.ts), on the
 * team's real shared set (../shared/data/photos, read where it stands) and on broken copies of it
 * made in a temporary folder: a photo missing, a photo changed, a licence we may not ship.
 */
const root = join(__dirname, '..', '..');
const shared = sharedPhotosDir(root);
const temp = mkdtempSync(join(tmpdir(), 'guardrail-demo-photos-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the manifest and of the chosen photos, for breaking one thing at a time. */
function copyOfSet(name: string): string {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(shared, 'MANIFEST.md'), join(dir, 'MANIFEST.md'));
  for (const { file } of selection.photos) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    copyFileSync(join(shared, file), join(dir, file));
  }
  return dir;
}

describe('the photos chosen for the demo, from the real manifest', () => {
  const assets = demoPhotoAssets(root);
  const credits = CreditsSchema.parse(JSON.parse((assets.find((a) => a.relativeDest === 'demo-photos/credits.json') as { contents: string }).contents));

  test('each chosen photo is copied from the shared set into demo-photos/, with credits.json and CREDITS.md beside them', () => {
    expect(assets.flatMap((a) => ('absoluteSrc' in a ? [[a.absoluteSrc, a.relativeDest]] : []))).toEqual(selection.photos.map((p) => [join(shared, p.file), `demo-photos/${p.file.split('/').pop()}`]));
    expect(assets.map((a) => a.relativeDest)).toContain('demo-photos/CREDITS.md');
    const markdown = (assets.find((a) => a.relativeDest === 'demo-photos/CREDITS.md') as { contents: string }).contents;
    for (const c of credits.photos) expect(markdown).toContain(`## ${c.file}`);
  });

  test('licences and credits come from the manifest; attribution is required for the CC BY photo only', () => {
    const byId = Object.fromEntries(credits.photos.map((c) => [c.id, c]));
    expect(byId['taekwondo-class']).toMatchObject({ licence: 'CC0 1.0', attributionRequired: false, credit: 'Oluwatoyinp', file: 'ubba_kids-taekwondo-01.jpg' });
    expect(byId['taekwondo-class']!.source).toBe('FuzzyAges14/UBBA_Web @ ff5b5bb79de3: public/media/kids-kicks.jpg');
    expect(byId['boy-neckerchief']).toMatchObject({ licence: 'CC BY 4.0', attributionRequired: true, licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(byId['boy-neckerchief']!.licenceStatement).toContain('Kärkkäinen & Joo, WACV 2021');
    expect(byId['astronaut-portrait']).toMatchObject({ licence: 'Public domain', attributionRequired: false, licenceUrl: null, credit: 'NASA' });
    // The bytes shipped are the bytes the manifest lists.
    expect(byId['taekwondo-class']!.sha256).toBe('376f1ea1db3dfd94a4a7c53432ee60fa5303554de5bba7d976afccf29a96b497');
  });

  test('every photo scenario names a chosen photo, and each photo has its description in English and Welsh', () => {
    const ids = new Set(selection.photos.map((p) => p.id));
    const withPhoto = SCENARIOS.filter((s) => s.photo);
    expect(withPhoto.length).toBeGreaterThanOrEqual(4);
    for (const s of withPhoto) expect(ids, s.id).toContain(s.photo);
    for (const id of ids) for (const lang of ['en', 'cy'] as const) expect(CATALOGUES[lang], `${lang} ${id}`).toHaveProperty(`demo_photo_${id.replace(/-/g, '_')}_alt`);
  });
});

describe('the build stops, saying why', () => {
  test('a photo missing from the shared set', () => {
    const dir = copyOfSet('missing');
    rmSync(join(dir, 'children/fairface_0061.jpg'));
    expect(() => demoPhotoAssets(root, dir)).toThrow(/children\/fairface_0061\.jpg: missing \(looked for .*fairface_0061\.jpg\)/);
  });

  test('no shared set at all', () => {
    expect(() => demoPhotoAssets(root, join(temp, 'nowhere'))).toThrow(/MANIFEST\.md is missing: the shared photo set must be beside the project/);
  });

  test('a photo whose bytes are not the manifest’s', () => {
    const dir = copyOfSet('changed');
    const path = join(dir, 'adults/imageio_astronaut.png');
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from([0])]));
    expect(() => demoPhotoAssets(root, dir)).toThrow(/adults\/imageio_astronaut\.png: its SHA-256 is [0-9a-f]{64}, the manifest says 88431cd9/);
  });

  test('a photo whose licence does not allow redistribution, or whose credit the manifest does not give', () => {
    const chosen = { photos: [...selection.photos, { id: 'stock', file: 'adults/azure_face_detection1.jpg', credit: 'Microsoft' }, { id: 'pexels', file: 'children/ubba_taekwondo-class-outdoors_pexels.jpg', credit: 'Martin.que' }] };
    expect(() => demoPhotoAssets(root, shared, chosen)).toThrow(/azure_face_detection1\.jpg: “MIT” is not a licence the demo may redistribute[\s\S]*ubba_taekwondo-class-outdoors_pexels\.jpg: “Pexels License” is not a licence/);
    const wrongCredit = { photos: [{ id: 'kids', file: 'children/ubba_kids-taekwondo-01.jpg', credit: 'Someone Else' }] };
    expect(() => demoPhotoAssets(root, shared, wrongCredit)).toThrow(/the manifest's row does not name “Someone Else”/);
    expect(() => demoPhotoAssets(root, shared, { photos: [{ id: 'x', file: 'children/not-there.jpg', credit: 'A' }] })).toThrow(/children\/not-there\.jpg: not listed in the manifest/);
  });
});

describe('licences', () => {
  test.each([
    ['CC0 1.0 — Wikimedia Commons', { licence: 'CC0 1.0', attributionRequired: false }],
    ['Public domain (NASA photo)', { licence: 'Public domain', attributionRequired: false }],
    ['CC BY 4.0 (repo LICENSE)', { licence: 'CC BY 4.0', attributionRequired: true }],
    ['CC BY-SA 4.0 (repo README.rst)', { licence: 'CC BY-SA 4.0', attributionRequired: true }],
  ])('%s may be shipped', (statement, expected) => expect(classifyLicence(statement)).toEqual(expected));

  test.each(['CC BY-NC 4.0', 'CC BY-ND 4.0', 'CC BY-NC-SA 4.0', 'MIT (repo LICENSE.md)', 'Pexels License (free use)', 'All rights reserved'])('%s is refused', (statement) => {
    expect(classifyLicence(statement)).toHaveProperty('refused');
  });

  test('the manifest parser reads every table, the EXIF one with its extra columns too', () => {
    const manifest = parseManifest(readFileSync(join(shared, 'MANIFEST.md'), 'utf8'));
    expect(manifest.rows.size).toBe(26);
    expect(manifest.sha256.size).toBe(26);
    expect(manifest.rows.get('exif/exifr_IMG_20180725_163423-tiny.jpg')?.licence).toMatch(/^MIT/);
    const { problems } = creditsFor(SelectionSchema.parse({ photos: [{ id: 'a', file: 'exif/exifsamples_gps_DSCN0010.jpg', credit: 'exif-samples' }] }), manifest);
    expect(problems).toEqual([]);
  });
});
