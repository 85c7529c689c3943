import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { describeDistance, metresBetween } from '../../src/engine/image/distance';
import type { FaceEvidence, ImageEvidence, PersonEvidence } from '../../src/engine/image/evidence';
import { inSchoolHours } from '../../src/engine/image/image-findings';
import { PHOTO_CHECKS } from '../../src/engine/photo-rules';
import { PhotoChecksSchema } from '../../src/engine/schemas/photo-checks';
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
  return { name: 'photo.jpg', width: 1000, height: 750, faces: [], people: [], exif: {}, text: '', ...parts };
}
const face = (age: number | null, score = 0.95, extra: Partial<FaceEvidence> = {}) => ({ score, age, ...extra });
/** A person standing with their feet at `feet` (a fraction of the photo's height), `height` tall, `x` from the left. */
const person = (x: number, feet: number, height: number, score = 0.6): PersonEvidence => ({ score, box: [x, feet - height, height * 0.35, height] });
/** A face at the top of a person's box. */
const faceOn = (p: PersonEvidence, age: number | null, extra: Partial<FaceEvidence> = {}) => face(age, 0.95, { box: [p.box[0] + p.box[2] * 0.3, p.box[1] + 0.01, p.box[2] * 0.4, p.box[3] * 0.12], ...extra });
const summary = (findings: ReturnType<typeof imageFindings>) => findings.map((f) => `${f.topic}/${f.severity}/${f.ruleId}`);

describe('faces', () => {
  test.each([
    ['one child', [face(8)], ['faces/high/pupil-image/child-face']],
    ['a baby the age model puts at 0', [face(0)], ['faces/high/pupil-image/child-face']],
    ['a child among adults', [face(34), face(9), face(41)], ['faces/high/pupil-image/child-face']],
    ['a face read as 16', [face(16)], ['faces/high/pupil-image/child-face']],
    ['a face read as 17: can’t tell (teenager or young adult)', [face(17)], ['faces/warning/pupil-image/face-age-uncertain']],
    ['a face read as 22: can’t tell', [face(22)], ['faces/warning/pupil-image/face-age-uncertain']],
    ['can’t tell, but the second age model is sure it is young: a child', [face(19, 0.95, { young: 0.95, old: 0 })], ['faces/high/pupil-image/child-face']],
    ['read as a child, but the second age model is sure it is old (a grandparent): can’t tell', [face(9, 0.95, { young: 0, old: 0.8 })], ['faces/warning/pupil-image/face-age-uncertain']],
    ['adults only', [face(29), face(45)], ['faces/info/pupil-image/adult-faces']],
    ['one adult', [face(23)], ['faces/info/pupil-image/adult-faces']],
    ['a face the age model could not read', [face(null)], ['faces/warning/pupil-image/face-age-unknown']],
    ['a doubtful detection is not a face', [face(8, 0.4)], []],
    ['no faces', [], []],
  ])('%s', (_, faces, expected) => {
    expect(summary(imageFindings(evidence({ faces }), analyser, ''))).toEqual(expected);
  });

  test('a can’t-tell face is said in words, and never given as a child or an adult', () => {
    const [finding] = imageFindings(evidence({ faces: [face(19), face(20)] }), analyser, '');
    expect(finding!.message).toBe('2 faces whose age can’t be told from the photo: they could be teenagers or young adults. Check none of them is a pupil.'.replace('’', "'"));
    expect(finding!.image!.summary).toBe("2 faces whose age can't be told");
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
    const findings = imageFindings(evidence({ faces: [face(24), face(25), face(30)] }), analyser, draft);
    expect(summary(findings)).toEqual(['faces/warning/pupil-image/school-group']);
    expect(findings[0]!.explanation.context).toBe(word);
  });

  test('several adults with no school context stay information; one adult in a school post too', () => {
    expect(summary(imageFindings(evidence({ faces: [face(24), face(25)] }), analyser, 'Lovely dinner with friends'))).toEqual(['faces/info/pupil-image/adult-faces']);
    expect(summary(imageFindings(evidence({ faces: [face(24)] }), analyser, 'Sports day!'))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('a weekday in school hours is school context for a group, and is said', () => {
    const findings = imageFindings(evidence({ faces: [face(24), face(25)], exif: { takenAt: '2025-03-12T10:42:00' } }), analyser, 'Lovely day');
    expect(summary(findings)).toEqual(['faces/warning/pupil-image/school-group']);
    expect(findings[0]!.message).toContain('on a Wednesday at 10:42');
  });
});

describe('the upper can’t-tell band: young adults', () => {
  // FaceRes reads many adults in their twenties 20–23 (portraits above all); GEAR is asked about every such face.
  const gearNotYoung = { young: 0.13, old: 0.3 };
  test.each([
    ['a young adult’s portrait read 21, GEAR giving it little chance of being under 19: an adult', [face(21, 0.95, gearNotYoung)], ['faces/info/pupil-image/adult-faces']],
    ['read 22.6, GEAR’s youngest band at 0.22 (under 0.3): an adult', [face(22.6, 0.95, { young: 0.22, old: 0.01 })], ['faces/info/pupil-image/adult-faces']],
    ['read 21 but GEAR not asked: still can’t tell (FaceRes alone never decides the band)', [face(21)], ['faces/warning/pupil-image/face-age-uncertain']],
    ['read 21, GEAR torn (its youngest band at 0.5): can’t tell', [face(21, 0.95, { young: 0.5, old: 0.05 })], ['faces/warning/pupil-image/face-age-uncertain']],
    ['read 18, GEAR calling it an adult: still can’t tell (children of 9–13 are read there, and GEAR calls them adults too)', [face(18, 0.95, { young: 0.005, old: 0.002 })], ['faces/warning/pupil-image/face-age-uncertain']],
    ['a child’s face read 8, whatever GEAR thinks of its youth: still high', [face(8, 0.95, { young: 0.1, old: 0.01 })], ['faces/high/pupil-image/child-face']],
    ['a young adult beside a child’s face: the photo is still high', [face(21, 0.95, gearNotYoung), face(9, 0.95, { young: 0.6, old: 0 })], ['faces/high/pupil-image/child-face']],
  ])('%s', (_, faces, expected) => {
    expect(summary(imageFindings(evidence({ faces }), analyser, ''))).toEqual(expected);
  });

  test('a young adult’s face with ambiguous ages on a body as tall as the adult standing beside it: an adult, not a warning', () => {
    const adult = person(0.2, 0.9, 0.7);
    const friend = person(0.6, 0.9, 0.69);
    const findings = imageFindings(evidence({ faces: [faceOn(adult, 35), faceOn(friend, 21, gearNotYoung)], people: [adult, friend] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/info/pupil-image/adult-faces']);
    expect(findings[0]!.image!.summary).toBe('2 faces that look like adults');
  });

  test('the same face on a body well short of the adult beside it: can’t tell again; a head shorter: a child', () => {
    const adult = person(0.2, 0.9, 0.7);
    const shorter = person(0.6, 0.9, 0.56);
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 35), faceOn(shorter, 21, gearNotYoung)], people: [adult, shorter] }), analyser, ''))).toEqual(['faces/warning/pupil-image/face-age-uncertain']);
    const small = person(0.6, 0.9, 0.45);
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 35), faceOn(small, 21, gearNotYoung)], people: [adult, small] }), analyser, ''))).toEqual(['faces/high/pupil-image/child-face']);
  });

  test('the band is data, validated: it must lie inside the can’t-tell band, and GEAR’s two thresholds must not cross', () => {
    const outside = structuredClone(PHOTO_CHECKS);
    outside.age.adultLikelyFrom = outside.age.adultFrom + 1;
    expect(PhotoChecksSchema.safeParse(outside).success).toBe(false);
    const crossed = structuredClone(PHOTO_CHECKS);
    crossed.age.secondOpinionNotYoung = crossed.age.secondOpinionYoung;
    expect(PhotoChecksSchema.safeParse(crossed).success).toBe(false);
  });
});

describe('a group the second age model reads young (FaceRes’s usual reading of about 29)', () => {
  // FaceRes reads most faces it cannot place well 28.4–29.8, children's too; GEAR's youngest band is the second opinion.
  const young = (y: number) => face(29.3, 0.95, { young: y, old: 0.01 });
  test.each([
    ['children holding up signs: most faces read 29 that GEAR calls young', [young(0.84), young(0.63), young(0.59), young(0.46), young(0.15)], ['faces/high/pupil-image/child-face']],
    ['two faces read 29 that GEAR calls young, alone in the photo', [young(0.5), young(0.7)], ['faces/high/pupil-image/child-face']],
    ['one face read 29 that GEAR all but calls young (a young adult’s portrait): an adult', [young(0.99)], ['faces/info/pupil-image/adult-faces']],
    ['two young-read faces among five adults: not the group’s reading', [young(0.6), young(0.7), young(0.1), young(0.05), young(0.2), face(38), face(45)], ['faces/info/pupil-image/adult-faces']],
    ['a group GEAR calls young only a little (under the threshold): adults', [young(0.4), young(0.38), young(0.3)], ['faces/info/pupil-image/adult-faces']],
    ['faces read 34 are past FaceRes’s usual reading: adults whatever GEAR says', [face(34, 0.95, { young: 0.9, old: 0 }), face(35, 0.95, { young: 0.8, old: 0 })], ['faces/info/pupil-image/adult-faces']],
    ['GEAR not asked (no opinion): adults', [face(29.3), face(29.2)], ['faces/info/pupil-image/adult-faces']],
  ])('%s', (_, faces, expected) => {
    expect(summary(imageFindings(evidence({ faces }), analyser, ''))).toEqual(expected);
  });

  test('the reason says the children were read as a group', () => {
    const [finding] = imageFindings(evidence({ faces: [young(0.84), young(0.63), young(0.59)] }), analyser, '');
    expect(finding!.explanation.reason).toMatch(/3 of them in a group of faces read 23–31/);
  });

  test('a young-read face on a body as tall as the adult standing beside it is can’t tell, not a child', () => {
    const adult = person(0.1, 0.9, 0.7);
    const tall = person(0.5, 0.9, 0.7);
    const other = person(0.8, 0.9, 0.4);
    const faces = [faceOn(adult, 45), faceOn(tall, 29.3, { young: 0.6, old: 0 }), faceOn(other, 29.3, { young: 0.7, old: 0 })];
    const findings = imageFindings(evidence({ faces, people: [adult, tall, other] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/high/pupil-image/child-face']);
    expect(findings[0]!.message).toMatch(/^One face that looks like a child/);
  });
});

describe('a face nothing backs', () => {
  // A dog's face, as the readers saw it on a blind photo of dogs: FaceRes 8.8, GEAR 0.001 young, and no person.
  const dog = face(8.8, 0.99, { young: 0.001, old: 0.111, box: [0.13, 0.61, 0.28, 0.27] });

  test('read as a child by FaceRes alone, no body around it, GEAR all but sure it is not young: not counted, so nothing', () => {
    expect(summary(imageFindings(evidence({ faces: [dog] }), analyser, ''))).toEqual([]);
    // Nor does it make a group in a school post.
    expect(summary(imageFindings(evidence({ faces: [dog, face(35)] }), analyser, 'Our school trip'))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('the same face on a body the person detector found still counts: a child', () => {
    const body = person(0.1, 0.95, 0.5);
    expect(summary(imageFindings(evidence({ faces: [faceOn(body, 8.8, { young: 0.001, old: 0.111 })], people: [body] }), analyser, ''))).toEqual(['faces/high/pupil-image/child-face']);
  });

  test('GEAR giving a toddler’s face a little chance of being young, or not asked at all: a child', () => {
    expect(summary(imageFindings(evidence({ faces: [face(0, 0.88, { young: 0.12, old: 0.05 })] }), analyser, ''))).toEqual(['faces/high/pupil-image/child-face']);
    expect(summary(imageFindings(evidence({ faces: [face(8.8, 0.99)] }), analyser, ''))).toEqual(['faces/high/pupil-image/child-face']);
  });

  test('the threshold is data, validated', () => {
    const wrong = structuredClone(PHOTO_CHECKS);
    wrong.age.unbackedChildNotYoung = 1;
    expect(PhotoChecksSchema.safeParse(wrong).success).toBe(false);
  });
});

describe('people whose faces don’t show', () => {
  const adult = person(0.2, 0.9, 0.7);
  test('a child side-on beside an adult, feet level, a good deal shorter: high, by height', () => {
    const child = person(0.6, 0.91, 0.42);
    const findings = imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, child] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/high/pupil-image/child-body']);
    expect(findings[0]!.message).toMatch(/^One person who looks like a child by their height beside the adults with them/);
    expect(findings[0]!.image!.summary).toBe('1 person who looks like a child by height; 1 face that looks like an adult');
  });

  test('two small children at a picnic, from behind, beside two adults whose faces show', () => {
    const other = person(0.45, 0.88, 0.68);
    const kids = [person(0.1, 0.9, 0.35), person(0.75, 0.87, 0.3)];
    const findings = imageFindings(evidence({ faces: [faceOn(adult, 40), faceOn(other, 36)], people: [adult, other, ...kids] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/high/pupil-image/child-body']);
    expect(findings[0]!.message).toMatch(/^2 people who look like children by their height/);
  });

  test('someone shorter but standing further back (feet higher in the picture) is not judged by height', () => {
    const behind = person(0.6, 0.6, 0.4);
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, behind] }), analyser, ''))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('a face read as a child on a body as tall as the adult beside it (a grandparent): can’t tell, a warning', () => {
    const gran = person(0.6, 0.9, 0.68);
    const findings = imageFindings(evidence({ faces: [faceOn(adult, 41), faceOn(gran, 8)], people: [adult, gran] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/warning/pupil-image/face-age-uncertain']);
  });

  test('a can’t-tell face on a body a head shorter than the adult beside it: a child', () => {
    const teen = person(0.6, 0.9, 0.45);
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 41), faceOn(teen, 19)], people: [adult, teen] }), analyser, ''))).toEqual(['faces/high/pupil-image/child-face']);
  });

  test('people with no face to judge: a warning in a school setting (the post, the clock, the sign), otherwise information', () => {
    const backs = [person(0.1, 0.8, 0.5), person(0.5, 0.82, 0.52)];
    expect(summary(imageFindings(evidence({ people: backs }), analyser, 'Lovely walk'))).toEqual(['faces/info/pupil-image/people-no-face']);
    const onTrip = imageFindings(evidence({ people: backs }), analyser, 'Off on our class trip');
    expect(summary(onTrip)).toEqual(['faces/warning/pupil-image/people-school-scene']);
    expect(onTrip[0]!.message).toBe("2 people whose faces can't be seen, in what looks like a school setting: check none of them is a pupil.");
    expect(summary(imageFindings(evidence({ people: backs, exif: { takenAt: '2025-03-12T10:42:00' } }), analyser, ''))[0]).toBe('faces/warning/pupil-image/people-school-scene');
    expect(summary(imageFindings(evidence({ people: backs, text: 'Cadoxton Primary School' }), analyser, ''))[0]).toBe('faces/warning/pupil-image/people-school-scene');
  });

  // A wide beach or park, people small in the frame: the adult 56 px tall, the child 34 px, both under people.minHeight (a 1000×750 photo).
  test('a small child far off beside an adult, feet on the same line: high by height, however small both are', () => {
    const far = person(0.1, 0.63, 0.075);
    const child = person(0.16, 0.635, 0.045);
    const findings = imageFindings(evidence({ people: [far, child] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/high/pupil-image/child-body']);
    // Alone, or with nobody level, the same speck counts for nothing (a passer-by in the distance).
    expect(imageFindings(evidence({ people: [child] }), analyser, 'Class trip')).toEqual([]);
    expect(imageFindings(evidence({ people: [person(0.1, 0.4, 0.075), child] }), analyser, '')).toEqual([]);
  });

  test('a child a little in front of the adults (feet lower) and shorter: high; someone slightly behind is expected smaller', () => {
    const nearChild = person(0.6, 0.95, 0.45);
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, nearChild] }), analyser, ''))).toEqual(['faces/high/pupil-image/child-body']);
    // Feet 0.08 higher than the adult's: with the camera at eye level, an adult there is 0.62 tall, and 0.6 is an adult's height.
    const slightlyBehind = person(0.6, 0.82, 0.6);
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, slightlyBehind] }), analyser, ''))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('a distant adult behind near adults is not flagged, however much smaller', () => {
    const other = person(0.45, 0.88, 0.68);
    const distant = person(0.7, 0.55, 0.25);
    const findings = imageFindings(evidence({ faces: [faceOn(adult, 40), faceOn(other, 35)], people: [adult, other, distant] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('well short of an adult whose face shows, but not a child by height alone: a can’t-tell warning, never high', () => {
    const short = person(0.6, 0.9, 0.56);
    const findings = imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, short] }), analyser, '');
    expect(summary(findings)).toEqual(['faces/warning/pupil-image/body-age-uncertain']);
    expect(findings[0]!.explanation.reason).toMatch(/^at most 85 % of the height of an adult standing level/);
    // Beside someone whose face does not show, nothing says the taller one is an adult: information.
    expect(summary(imageFindings(evidence({ people: [adult, short] }), analyser, ''))).toEqual(['faces/info/pupil-image/people-no-face']);
    // Only a little shorter (a short adult beside a tall one): information.
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, person(0.6, 0.9, 0.63)] }), analyser, ''))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('someone sitting or bending beside standing adults (a box as wide as it is tall) is not judged by height', () => {
    const sitting: PersonEvidence = { score: 0.6, box: [0.6, 0.9 - 0.35, 0.35, 0.35] };
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, sitting] }), analyser, ''))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  // An adult on a chair, feet on the floor beside a standing colleague, is about 0.7 of their height, and facing the camera their box is narrow.
  test('an adult seated facing the camera beside a standing one, feet level, no usable face: never high, at most can’t tell', () => {
    const seated: PersonEvidence = { score: 0.6, box: [0.6, 0.9 - 0.49, 0.49 * 0.35, 0.49] };
    // Both from behind (or faces too small to read): nothing but height.
    const fromBehind = imageFindings(evidence({ people: [adult, seated] }), analyser, '');
    expect(summary(fromBehind)).toEqual(['faces/warning/pupil-image/body-age-uncertain']);
    // The standing colleague's face read as an adult does not make the height alone enough.
    const besideFace = imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, seated] }), analyser, '');
    expect(summary(besideFace)).toEqual(['faces/warning/pupil-image/body-age-uncertain']);
  });

  // A phone propped 0.5 m up, adults 1.75 m: an adult whose feet are 0.11 higher than a near adult 0.6 tall is 0.6 - 0.11 × 1.75 / 0.5 ≈ 0.215 tall, 0.44 of the eye-level expectation.
  test('a low camera: an adult a little further back is much smaller than the eye-level horizon says, and is not called a child', () => {
    const near = person(0.2, 0.9, 0.6);
    const far = person(0.6, 0.79, 0.215);
    const findings = imageFindings(evidence({ faces: [faceOn(near, 40)], people: [near, far] }), analyser, '');
    expect(findings.map((f) => f.severity)).not.toContain('high');
    expect(summary(findings)).toEqual(['faces/warning/pupil-image/body-age-uncertain']);
    // A child standing there, shorter than any adult could be for any camera height allowed for, is still high.
    const child = person(0.6, 0.85, 0.25);
    expect(summary(imageFindings(evidence({ faces: [faceOn(near, 40)], people: [near, child] }), analyser, ''))).toEqual(['faces/high/pupil-image/child-body']);
  });

  test('a narrow box but as wide as a sitter seen side-on (over 0.7 of its height) is not judged by height', () => {
    const sideOn: PersonEvidence = { score: 0.6, box: [0.6, 0.9 - 0.4, (0.4 * 0.72 * 750) / 1000, 0.4] };
    expect(summary(imageFindings(evidence({ faces: [faceOn(adult, 38)], people: [adult, sideOn] }), analyser, ''))).toEqual(['faces/info/pupil-image/adult-faces']);
  });

  test('the height thresholds are data, validated: the can’t-tell band must sit between the child and adult ratios', () => {
    const bad = structuredClone(PHOTO_CHECKS);
    bad.people.uncertainHeightRatio = 0.7;
    expect(PhotoChecksSchema.safeParse(bad).success).toBe(false);
    // Height alone must need at least as clear a ratio as height with a face to agree.
    const loose = structuredClone(PHOTO_CHECKS);
    loose.people.heightAloneRatio = 0.8;
    expect(PhotoChecksSchema.safeParse(loose).success).toBe(false);
    expect(PhotoChecksSchema.safeParse(PHOTO_CHECKS).success).toBe(true);
  });

  test('a doubtful or tiny person in the distance is not counted', () => {
    expect(imageFindings(evidence({ people: [person(0.1, 0.8, 0.5, 0.2), person(0.5, 0.5, 0.05)] }), analyser, 'Class trip')).toEqual([]);
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

  test.each([
    ['an identity card, surname first in capitals', 'STUDENT IDENTITY CARD\nNAME\nKHAN AMIRA\nID 2041', 'KHAN AMIRA'],
    ['a register, “Surname, First name”', 'Class 4\nKhan, Amira', 'Khan, Amira'],
    ['a Welsh name with a hyphen, surname first', 'THOMAS LILY-MAE', 'THOMAS LILY-MAE'],
  ])('a pupil’s name in the other order (%s) is the pupil, shown as the photo has it', (_, text, shown) => {
    const findings = imageFindings(evidence({ text }), analyser, '');
    const pupil = findings.filter((f) => f.ruleId.includes('pupil-name'));
    expect(pupil.map((f) => f.severity)).toEqual(['high']);
    expect(pupil[0]!.message).toContain(`“${shown}”`);
  });

  test('two words that are not a roster name in either order raise nothing about names', () => {
    expect(imageFindings(evidence({ text: 'POPESCU ANDREI\nBLUE TEAM' }), analyser, '').filter((f) => f.ruleId.includes('pupil-name'))).toEqual([]);
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
