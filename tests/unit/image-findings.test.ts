import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { describeDistance, metresBetween } from '../../src/engine/image/distance';
import type { ImageEvidence } from '../../src/engine/image/evidence';
import { inSchoolHours } from '../../src/engine/image/image-findings';
import { imageFindings } from '../../src/analyser/images';
import { parseSettings } from '../../src/settings/schema';
import { CADOXTON } from './fixtures';
import { createTranslator } from '../../src/i18n/translator';

/**
 * From what the readers saw in a photo to findings: the rules a teacher would notice (a child's
 * face is high risk, adults alone are worth knowing, a group in a school post is a warning, GPS
 * at school is high and elsewhere is still mentioned), on evidence written out by hand.
 */
// Cadoxton Primary School, Barry (approximately): the configured school location.
const SCHOOL = { lat: 51.4147, lon: -3.2577, radiusMetres: 300 };
const analyser = compile({ ...CADOXTON, schoolLocation: SCHOOL });
const noLocation = compile(CADOXTON);

function evidence(parts: Partial<ImageEvidence>): ImageEvidence {
  return { name: 'photo.jpg', width: 1000, height: 750, faces: [], exif: {}, text: '', ...parts };
}
const face = (age: number | null, score = 0.95) => ({ score, age });
const summary = (findings: ReturnType<typeof imageFindings>) => findings.map((f) => `${f.topic}/${f.severity}/${f.ruleId}`);

describe('faces', () => {
  test.each([
    ['one child', [face(8)], ['faces/high/pupil-image/child-face']],
    ['a baby the age model puts at 0', [face(0)], ['faces/high/pupil-image/child-face']],
    ['a child among adults', [face(34), face(9), face(41)], ['faces/high/pupil-image/child-face']],
    ['a 17-year-old', [face(17)], ['faces/high/pupil-image/child-face']],
    ['adults only', [face(29), face(45)], ['faces/info/pupil-image/adult-faces']],
    ['one adult', [face(18)], ['faces/info/pupil-image/adult-faces']],
    ['a face the age model could not read', [face(null)], ['faces/warning/pupil-image/face-age-unknown']],
    ['a doubtful detection is not a face', [face(8, 0.4)], []],
    ['no faces', [], []],
  ])('%s', (_, faces, expected) => {
    expect(summary(imageFindings(evidence({ faces }), analyser, ''))).toEqual(expected);
  });

  test('the message counts the faces in words, and cites the image clauses of the school’s pack', () => {
    const [finding] = imageFindings(evidence({ faces: [face(7), face(9), face(40)] }), analyser, '');
    expect(finding!.message).toMatch(/^2 faces that look like children\./);
    expect(finding!.image).toMatchObject({ name: 'photo.jpg', summary: '2 faces that look like children; 1 face that looks like an adult' });
    expect(finding!.clauses.map((c) => c.policy)).toEqual(expect.arrayContaining(['cadoxton-primary']));
    expect(finding!.clauses.length).toBeGreaterThan(0);
  });

  test.each([
    ['sports day', 'Great fun at sports day today!'],
    ['class', 'Look at my class, all smiles'],
    ['trip', 'Off on our trip to the museum'],
    ['taith', 'Taith i Gaerdydd'],
  ])('several adult-looking faces in a school post (“%s”) are a warning', (word, draft) => {
    const findings = imageFindings(evidence({ faces: [face(22), face(25), face(30)] }), analyser, draft);
    expect(summary(findings)).toEqual(['faces/warning/pupil-image/school-group']);
    expect(findings[0]!.explanation.context).toBe(word);
  });

  test('several adults with no school context stay information; one adult in a school post too', () => {
    expect(summary(imageFindings(evidence({ faces: [face(22), face(25)] }), analyser, 'Lovely dinner with friends'))).toEqual(['faces/info/pupil-image/adult-faces']);
    expect(summary(imageFindings(evidence({ faces: [face(22)] }), analyser, 'Sports day!'))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('a weekday in school hours is school context for a group, and is said', () => {
    const findings = imageFindings(evidence({ faces: [face(22), face(25)], exif: { takenAt: '2025-03-12T10:42:00' } }), analyser, 'Lovely day');
    expect(summary(findings)).toEqual(['faces/warning/pupil-image/school-group']);
    expect(findings[0]!.message).toContain('on a Wednesday at 10:42');
  });
});

describe('where and when', () => {
  test('GPS within the radius of the school is high, with the distance in words', () => {
    const near = { latitude: SCHOOL.lat + 0.00036, longitude: SCHOOL.lon }; // 40 m north
    const findings = imageFindings(evidence({ faces: [face(8), face(9)], exif: near }), analyser, '');
    expect(summary(findings)).toEqual(['faces/high/pupil-image/child-face', 'location/high/pupil-image/gps-at-school']);
    expect(findings[1]!.message).toContain('40 m from school');
    expect(findings[0]!.image!.summary).toBe('2 faces that look like children; photo taken 40 m from school');
  });

  test('GPS elsewhere is still mentioned, with how far from school', () => {
    const findings = imageFindings(evidence({ exif: { latitude: 43.4674483, longitude: 11.8851267 } }), analyser, '');
    expect(summary(findings)).toEqual(['location/info/pupil-image/gps-present']);
    expect(findings[0]!.message).toMatch(/carries its location \(1,\d{3} km from school\)/);
  });

  test('GPS with no school location set: the teacher is told the photo carries its location', () => {
    const findings = imageFindings(evidence({ exif: { latitude: 51.4147, longitude: -3.2577 } }), noLocation, '');
    expect(summary(findings)).toEqual(['location/info/pupil-image/gps-present']);
    expect(findings[0]!.explanation.reason).toBe('no school location set to compare with');
  });

  test.each([
    ['2025-03-12T10:42:00', { day: 'detail_on_wednesday', time: '10:42' }],
    ['2025-03-14T08:00:00', { day: 'detail_on_friday', time: '08:00' }],
    ['2025-03-14T16:59:59', { day: 'detail_on_friday', time: '16:59' }],
    ['2025-03-14T17:00:00', null],
    ['2025-03-14T07:59:00', null],
    ['2025-03-15T11:00:00', null], // Saturday
    ['2025-03-16T11:00:00', null], // Sunday
  ])('school hours: %s → %j', (takenAt, expected) => {
    expect(inSchoolHours(takenAt)).toEqual(expected);
  });

  test('distances', () => {
    expect(metresBetween({ lat: 51.4147, lon: -3.2577 }, { lat: 51.4147 + 0.00036, lon: -3.2577 })).toBeCloseTo(40, 0);
    expect(metresBetween({ lat: 43.4674483, lon: 11.8851267 }, { lat: 43.4670817, lon: 11.8845383 })).toBeGreaterThan(55);
    expect(describeDistance(7.4)).toBe('7 m');
    expect(describeDistance(436)).toBe('440 m');
    expect(describeDistance(1234)).toBe('1.2 km');
    expect(describeDistance(1_264_000)).toBe('1,264 km');
  });
});

describe('text in the photo', () => {
  test('a pupil’s name and the school’s name on a certificate are caught, citing both kinds of clause', () => {
    const findings = imageFindings(evidence({ text: 'Cadoxton Primary School\nCertificate of Achievement\nawarded to\nAmira Khan' }), analyser, '');
    const pupil = findings.find((f) => f.ruleId.includes('pupil-name'));
    const school = findings.find((f) => f.ruleId.includes('school-name'));
    expect(pupil).toMatchObject({ category: 'pupil-image', topic: 'text-in-image', explanation: { context: 'Amira Khan' } });
    expect(pupil!.message).toContain('“Amira Khan”');
    expect(pupil!.listed).toEqual(['Amira Khan']);
    expect(school).toMatchObject({ category: 'pupil-image', topic: 'text-in-image' });
    expect(pupil!.clauses.length).toBeGreaterThan(1);
  });

  test('ordinary words in a photo raise nothing', () => {
    expect(imageFindings(evidence({ text: 'Nutrition Facts\nPer Serving' }), analyser, '')).toEqual([]);
  });
});

describe('settings', () => {
  test('the school location is optional, validated, and its radius defaults to 300 m', () => {
    const ok = parseSettings({ schoolName: 'X School', schoolLocation: { lat: 51.4, lon: -3.2 } });
    expect(ok.ok && ok.settings.schoolLocation).toEqual({ lat: 51.4, lon: -3.2, radiusMetres: 300 });
    const bad = parseSettings({ schoolName: 'X School', schoolLocation: { lat: 91, lon: -3.2, radiusMetres: 0 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.join('; ')).toMatch(/lat must be between -90 and 90.*radiusMetres must be more than 0/);
  });
});

describe('in Welsh', () => {
  test('a photo finding and its summary read in Welsh, with the weekday and time', () => {
    const cy = createTranslator('cy');
    const [finding] = imageFindings(evidence({ faces: [face(7), face(9)], exif: { takenAt: '2025-03-12T10:42:00' } }), compile(CADOXTON), 'Sports day!');
    expect(finding!.message).toBe("2 faces that look like children. It was taken on a Wednesday at 10:42, during school hours. A photo of pupils needs the school's consent and must not show where they are.");
    expect(cy.text({ key: finding!.messageKey, args: finding!.messageArgs })).toBe('2 wyneb sy’n edrych fel plant. Fe’i tynnwyd ar ddydd Mercher am 10:42, yn ystod oriau ysgol. Mae angen caniatâd yr ysgol ar gyfer llun o ddisgyblion, ac ni ddylai ddangos ble maen nhw.');
    expect(finding!.image!.summaryParts!.map((part) => cy.text(part)).join('; ')).toBe('2 wyneb sy’n edrych fel plant; wedi’i dynnu ar ddydd Mercher am 10:42');
  });

  test('words read in a photo carry the inner finding, translated with it', () => {
    const [finding] = imageFindings(evidence({ text: 'Certificate awarded to Amira Khan' }), compile(CADOXTON), '');
    expect(finding!.messageKey).toBe('finding_image_text');
    const welsh = createTranslator('cy').text({ key: finding!.messageKey, args: finding!.messageArgs });
    expect(welsh).toMatch(/^Geiriau yn y llun: “Amira Khan”\. /);
    expect(welsh).not.toContain('Pupils must not be named');
  });
});
