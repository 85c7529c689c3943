import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkImages, type ImageResult } from '../../src/cli/check-image';
import { runCli } from './support/run-cli';
import { compile } from '../../src/analyser';
import type { Finding } from '../../src/engine/types';
import { createNodeReaders, type NodeReaders } from '../../src/image/node-readers';
import { CADOXTON } from './fixtures';
import { ADULTS, cardHtml, certificateHtml, CHILDREN, GPS, NO_PEOPLE, OLDER_CHILDREN, photo, renderCertificate, renderPages, renderSign, signHtml, TempDir, withGps } from './photo-fixtures';

/**
 * The photo check on real photos (../shared/data/photos) with the real models, as the command
 * line runs it: children, adults only, no people, GPS near and far, and a certificate with a
 * configured school and pupil name (rendered at test time: the photo set has none).
 */
const SLOW = 120_000;
let readers: NodeReaders;
const temp = new TempDir();
beforeAll(async () => {
  readers = createNodeReaders();
  await readers.load();
}, SLOW);
afterAll(async () => {
  await readers?.close();
  temp.remove();
});

const analyser = compile(CADOXTON);
async function check(path: string, draft = '', using = analyser): Promise<Finding[]> {
  const [result] = await checkImages([path], using, draft, readers);
  if (!result || 'error' in result) throw new Error(`${path}: ${result && 'error' in result ? result.error : 'no result'}`);
  return result.findings;
}
const faceFinding = (findings: Finding[]) => findings.filter((f) => f.topic === 'faces').map((f) => `${f.severity}/${f.ruleId}`);

describe('faces', () => {
  test.each(CHILDREN)('%s: a face that looks like a child is high risk', async (path) => {
    const findings = await check(photo(path));
    expect(faceFinding(findings)).toEqual(['high/pupil-image/child-face']);
    expect(findings[0]!.image!.summary).toMatch(/faces? that looks? like (a child|children)/);
  }, SLOW);

  test('older children the age model reads as 18–29 are a can’t-tell warning, with or without school words', async () => {
    expect(faceFinding(await check(photo(OLDER_CHILDREN)))).toEqual(['warning/pupil-image/face-age-uncertain']);
    expect(faceFinding(await check(photo(OLDER_CHILDREN), 'Brilliant session with my class today'))).toEqual(['warning/pupil-image/face-age-uncertain']);
  }, SLOW);

  test('the person detector finds people in a photo whose faces it does not read, and none in a photo of no one', async () => {
    const [crowd] = await checkImages([photo('children/ubba_kids-taekwondo-05.jpg')], analyser, '', readers);
    expect(crowd && 'findings' in crowd && crowd.findings[0]!.image!.summary).toMatch(/faces? that looks? like (a child|children).*(people|person) whose faces? can't be seen/);
    const [cat] = await checkImages([photo('no-people/imageio_chelsea.png')], analyser, 'Class trip!', readers);
    expect(cat).toEqual({ image: photo('no-people/imageio_chelsea.png'), findings: [] });
  }, SLOW);

  test.each(ADULTS)('%s: adults only is information, never held', async (path) => {
    const findings = await check(photo(path));
    expect(faceFinding(findings)).toEqual(['info/pupil-image/adult-faces']);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  }, SLOW);

  test.each(NO_PEOPLE)('%s: no people, no findings', async (path) => {
    expect(await check(photo(path))).toEqual([]);
  }, SLOW);
});

describe('where the photo was taken', () => {
  test('a school configured at a real photo’s GPS position: that photo and one 60 m away are at school (high)', async () => {
    const atTuscanSchool = compile({ ...CADOXTON, schoolLocation: { ...GPS['exif/exifsamples_gps_DSCN0010.jpg'], radiusMetres: 200 } });
    const same = await check(photo('exif/exifsamples_gps_DSCN0010.jpg'), '', atTuscanSchool);
    expect(same.map((f) => `${f.severity}/${f.ruleId}`)).toEqual(['high/pupil-image/gps-at-school']);
    expect(same[0]!.message).toMatch(/place it \d m from school/);
    const nearby = await check(photo('exif/exifsamples_gps_DSCN0021.jpg'), '', atTuscanSchool);
    expect(nearby[0]!.message).toMatch(/place it (6\d) m from school/);
    const far = await check(photo('exif/exifsamples_hdr_iphone_hdr_NO.jpg'), '', atTuscanSchool);
    expect(far.map((f) => `${f.severity}/${f.ruleId}`)).toEqual(['info/pupil-image/gps-present']);
    expect(far[0]!.message).toMatch(/\(1,\d{3} km from school\)/);
  }, SLOW);

  test('a real photo of a child with GPS written 40 m from a UK school: both high, described in words', async () => {
    const school = { lat: 51.4147, lon: -3.2577 };
    const path = withGps(photo('children/fairface_0249.jpg'), temp.file('near-school.jpg'), { lat: school.lat + 0.00036, lon: school.lon }, '2025:03:12 10:42:00');
    const findings = await check(path, '', compile({ ...CADOXTON, schoolLocation: { ...school, radiusMetres: 300 } }));
    expect(findings.map((f) => `${f.severity}/${f.ruleId}`)).toEqual(['high/pupil-image/child-face', 'high/pupil-image/gps-at-school']);
    expect(findings[0]!.image!.summary).toBe('1 face that looks like a child; photo taken 40 m from school; taken on a Wednesday at 10:42');
  }, SLOW);
});

describe('text in the photo', () => {
  test('a certificate naming a pupil on the roster and the school', async () => {
    const path = await renderCertificate(temp.file('certificate.png'), { school: 'Cadoxton Primary School', pupil: 'Amira Khan' });
    const findings = await check(path);
    const rules = findings.map((f) => f.ruleId);
    expect(rules.some((r) => r.startsWith('pupil-image/text-in-image/pupil-name/'))).toBe(true);
    expect(rules.some((r) => r.startsWith('pupil-image/text-in-image/school-name/'))).toBe(true);
    expect(findings.find((f) => f.ruleId.includes('pupil-name'))!.severity).toBe('high');
  }, SLOW);

  test('a gate sign with the school’s name in white on dark green', async () => {
    const findings = await check(await renderSign(temp.file('sign.png'), 'Cadoxton Primary School'));
    expect(findings.map((f) => f.ruleId).some((r) => r.startsWith('pupil-image/text-in-image/school-name/'))).toBe(true);
  }, SLOW);

  test('an identity card, surname first in capitals (“SAVA IOAN”), tilted: the roster’s Ioan Sava', async () => {
    const [path] = await renderPages(temp.path, [{ file: 'id-card.png', viewport: { width: 1200, height: 800 }, html: cardHtml('SAVA IOAN', 'Cadoxton Primary School', 5) }]);
    const findings = await check(path!, '', compile({ ...CADOXTON, pupilNames: [...CADOXTON.pupilNames!, 'Ioan Sava'] }));
    const pupil = findings.find((f) => f.ruleId.startsWith('pupil-image/text-in-image/pupil-name/'));
    expect(pupil).toMatchObject({ severity: 'high', explanation: { context: 'SAVA IOAN' } });
    expect(pupil!.message).toMatch(/^Words in the photo: “SAVA IOAN”\./);
  }, SLOW);

  test('a dim sign turned away from the camera, and a Welsh certificate naming a pupil', async () => {
    const [sign, tystysgrif] = await renderPages(temp.path, [
      { file: 'dim-sign.png', viewport: { width: 1400, height: 900 }, html: signHtml('Cadoxton Primary School', 'Welcome · Croeso', { bg: '#123c69', fg: '#fff', angle: -4, dim: 0.55 }) },
      { file: 'tystysgrif.png', viewport: { width: 1200, height: 850 }, html: certificateHtml('Ysgol Cadoxton', 'Tystysgrif Cyflawniad', 'dyfarnwyd i', 'Siân O’Brien', 'Seren yr Wythnos am ddarllen yn wych') },
    ]);
    expect((await check(sign!)).map((f) => f.ruleId)).toContain('pupil-image/text-in-image/school-name/name');
    const welsh = (await check(tystysgrif!)).map((f) => `${f.severity}/${f.ruleId}`);
    expect(welsh).toContain('high/pupil-image/text-in-image/pupil-name/roster-full');
    expect(welsh.some((r) => r.startsWith('warning/pupil-image/text-in-image/school-name/'))).toBe(true);
  }, SLOW);

  test('the same certificate for a school and pupil not configured raises nothing about names', async () => {
    const path = await renderCertificate(temp.file('other-certificate.png'), { school: 'Riverside Academy', pupil: 'Jordan Smith' });
    const findings = await check(path);
    expect(findings.filter((f) => /pupil-name|school-name/.test(f.ruleId))).toEqual([]);
  }, SLOW);
});

describe('bad input', () => {
  test('a damaged JPEG, a text file, an empty file and a missing file each get a clear error; the photos beside them are still checked', async () => {
    const good = readFileSync(photo('children/fairface_0214.jpg'));
    writeFileSync(temp.file('truncated.jpg'), good.subarray(0, 600));
    writeFileSync(temp.file('notes.jpg'), 'Dear parents, the trip is on Friday.');
    writeFileSync(temp.file('empty.png'), '');
    const results = await checkImages(
      [temp.file('truncated.jpg'), temp.file('notes.jpg'), temp.file('empty.png'), temp.file('missing.jpg'), photo('children/fairface_0214.jpg')],
      analyser,
      '',
      readers,
    );
    expect(results.map((r) => ('error' in r ? r.error : `${r.findings.length} findings`))).toEqual([
      expect.stringMatching(/^the JPEG file is damaged and cannot be read/),
      'this is not an image the check can read (JPEG, PNG, WebP, GIF or BMP)',
      'the file is empty',
      'no such file',
      '1 findings',
    ]);
  }, SLOW);

  test('a PNG that claims to be 100,000 pixels square is refused before it is decoded', async () => {
    const header = Buffer.from(readFileSync(photo('adults/imageio_astronaut.png')));
    header.writeUInt32BE(100_000, 16);
    header.writeUInt32BE(100_000, 20);
    writeFileSync(temp.file('bomb.png'), header);
    const [result] = await checkImages([temp.file('bomb.png')], analyser, '', readers);
    expect(result).toEqual({ image: temp.file('bomb.png'), error: 'the image is 100000×100000 pixels; images over 100 megapixels are not checked' });
  }, SLOW);
});

describe('guardrail check-image', () => {
  const run = (args: string[]) => runCli(args);

  test('prints each photo’s findings as JSON, in order, and exits 1 on a high finding', async () => {
    const config = temp.file('school.json');
    writeFileSync(config, JSON.stringify({ ...CADOXTON, schoolLocation: { ...GPS['exif/exifsamples_gps_DSCN0010.jpg'] } }));
    const { code, stdout } = await run(['check-image', '--config', config, photo('no-people/imageio_coffee.png'), photo('exif/exifsamples_gps_DSCN0010.jpg')]);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as ImageResult[];
    expect(results.map((r) => r.image)).toEqual([photo('no-people/imageio_coffee.png'), photo('exif/exifsamples_gps_DSCN0010.jpg')]);
    expect(results[0]).toEqual({ image: photo('no-people/imageio_coffee.png'), findings: [] });
    const [location] = (results[1] as { findings: Finding[] }).findings;
    expect(location).toMatchObject({ category: 'pupil-image', topic: 'location', severity: 'high', clauses: expect.arrayContaining([expect.objectContaining({ policy: 'cadoxton-primary', id: '7' })]) });
  }, SLOW);

  test('exit 0 for adults only; exit 2 and a one-line error for a file that is not a photo', async () => {
    expect((await run(['check-image', photo('adults/azure_face_detection2.jpg')])).code).toBe(0);
    const bad = await run(['check-image', '--format', 'jsonl', temp.file('nothing-here.jpg')]);
    expect(bad.code).toBe(2);
    expect(bad.stdout.trim()).toBe(JSON.stringify({ image: temp.file('nothing-here.jpg'), error: 'no such file' }));
    expect(bad.stderr).toContain(`guardrail: ${temp.file('nothing-here.jpg')}: no such file`);
    expect((await run(['check-image'])).code).toBe(2);
  }, SLOW);
});
