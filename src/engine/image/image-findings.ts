import type { Analyser } from '../analyse';
import { PHOTO_CHECKS } from '../photo-rules';
import type { PhotoChecks } from '../schemas/photo-checks';
import { clausesFor } from '../clauses';
import { foldString } from '../text/fold';
import type { Finding, Severity } from '../types';
import { describeDistance, metresBetween } from './distance';
import type { ImageEvidence } from './evidence';

/**
 * Findings about one attached photo, from what the on-device readers saw in it (faces and their
 * apparent age, EXIF place and time, legible words) and the words of the draft it goes with.
 * Pure: the same evidence, draft and settings always give the same findings, on the command line
 * and in the browser alike.
 */
export function imageFindings(evidence: ImageEvidence, analyser: Analyser, draft: string, rules: PhotoChecks = PHOTO_CHECKS): Finding[] {
  const { pack, settings } = analyser;
  const faces = evidence.faces.filter((face) => face.score >= rules.minFaceScore);
  const children = faces.filter((face) => face.age !== null && face.age < rules.childAgeBelow).length;
  const unknownAge = faces.filter((face) => face.age === null).length;
  const adults = faces.length - children - unknownAge;
  const schoolHours = inSchoolHours(evidence.exif.takenAt, rules);
  const groupWord = groupContext(draft, evidence.text, rules);

  const gps = evidence.exif.latitude !== undefined && evidence.exif.longitude !== undefined ? { lat: evidence.exif.latitude, lon: evidence.exif.longitude } : null;
  const school = settings.schoolLocation;
  const distance = gps && school ? metresBetween(gps, school) : null;
  const atSchool = distance !== null && school !== undefined && distance <= school.radiusMetres;

  const summary = summarise({ children, adults, unknownAge, distance, atSchool, hasGps: gps !== null, schoolHours });
  const found: Finding[] = [];
  const add = (topic: 'faces' | 'location' | 'text-in-image', severity: Severity, ruleId: string, message: string, rule: string, reason: string, context?: string, extra?: Partial<Finding>) =>
    found.push({
      category: 'pupil-image',
      topic,
      severity,
      start: 0,
      end: 0,
      match: evidence.name,
      message,
      ruleId: `pupil-image/${ruleId}`,
      clauses: clausesFor(pack, 'pupil-image', topic, severity),
      explanation: { rule, reason, ...(context ? { context } : {}) },
      image: { name: evidence.name, summary },
      ...extra,
    });

  const when = schoolHours ? ` It was taken ${schoolHours}, during school hours.` : '';
  if (children > 0) {
    add('faces', 'high', 'child-face', `${count(children, 'face')} that ${children === 1 ? 'looks' : 'look'} like ${children === 1 ? 'a child' : 'children'}.${when} A photo of pupils needs the school's consent and must not show where they are.`, 'face model: apparent age', `apparent age under ${rules.childAgeBelow}`, schoolHours ?? undefined);
  } else if (faces.length >= rules.groupFaces && (groupWord || schoolHours)) {
    const why = groupWord ? `the post speaks of “${groupWord}”` : `it was taken ${schoolHours}, during school hours`;
    add('faces', 'warning', 'school-group', `${count(faces.length, 'face')} in what looks like a school group (${why}). Apparent ages are estimates: make sure no pupil is in it.`, 'face model: several faces in a school context', 'several faces with school context', groupWord ?? schoolHours ?? undefined);
  } else if (unknownAge > 0) {
    add('faces', 'warning', 'face-age-unknown', `${count(unknownAge, 'face')} whose age could not be judged: check no pupil is in the photo.`, 'face model: age unreadable', 'a face of unknown age could be a pupil');
  } else if (adults > 0) {
    add('faces', 'info', 'adult-faces', `${count(adults, 'face')} that ${adults === 1 ? 'looks' : 'look'} like ${adults === 1 ? 'an adult' : 'adults'}. Colleagues and parents should agree to being posted.`, 'face model: apparent age', `apparent age ${rules.childAgeBelow} or over`);
  }

  if (gps) {
    if (atSchool) {
      add('location', 'high', 'gps-at-school', `The photo's location tags place it ${describeDistance(distance!)} from school: anyone who saves the photo can see where it was taken.${when}`, 'EXIF GPS within the school radius', `within ${school!.radiusMetres} m of the school`);
    } else {
      const where = distance !== null ? ` (${describeDistance(distance)} from school)` : '';
      add('location', 'info', 'gps-present', `The photo carries its location${where} in its GPS tags: anyone who saves it can see where it was taken. Most phones can turn this off.`, 'EXIF GPS present', school ? `outside ${school.radiusMetres} m of the school` : 'no school location set to compare with');
    }
  }

  if (evidence.text.trim() !== '') {
    for (const finding of analyser.analyse(evidence.text)) {
      const clauses = clausesFor(pack, 'pupil-image', 'text-in-image', finding.severity);
      for (const clause of finding.clauses) if (!clauses.some((c) => c.id === clause.id)) clauses.push(clause);
      add('text-in-image', finding.severity, `text-in-image/${finding.ruleId}`, `Words in the photo: “${finding.match}”. ${finding.message}`, `text read in the photo, then ${finding.explanation.rule}`, finding.explanation.reason, finding.match, {
        clauses,
        ...(finding.listed ? { listed: finding.listed } : {}),
      });
    }
  }
  return found;
}

function count(n: number, noun: string): string {
  return `${n === 1 ? 'One' : n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "on a Tuesday at 10:42" when the camera's clock says a weekday within school hours, else null. */
export function inSchoolHours(takenAt: string | undefined, rules: PhotoChecks = PHOTO_CHECKS): string | null {
  if (!takenAt) return null;
  // The wall-clock time as the camera recorded it: read as UTC only to get the weekday, never shifted.
  const date = new Date(`${takenAt}Z`);
  if (Number.isNaN(date.getTime())) return null;
  const day = date.getUTCDay();
  const time = takenAt.slice(11, 16);
  if (day === 0 || day === 6 || time < rules.schoolHours.from || time >= rules.schoolHours.to) return null;
  return `on a ${WEEKDAYS[day]} at ${time}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The first school-group word in the draft or the photo's own text ("sports day"), if any. */
function groupContext(draft: string, photoText: string, rules: PhotoChecks): string | null {
  const words = ` ${foldString(`${draft}\n${photoText}`).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  return rules.groupContext.find((phrase) => words.includes(` ${foldString(phrase)} `)) ?? null;
}

interface SummaryFacts {
  children: number;
  adults: number;
  unknownAge: number;
  distance: number | null;
  atSchool: boolean;
  hasGps: boolean;
  schoolHours: string | null;
}

/** Everything seen in the photo, in one line: "2 faces that look like children; photo taken 40 m from school". */
export function summarise(facts: SummaryFacts): string {
  const parts: string[] = [];
  if (facts.children) parts.push(`${facts.children} ${facts.children === 1 ? 'face that looks like a child' : 'faces that look like children'}`);
  if (facts.adults) parts.push(`${facts.adults} ${facts.adults === 1 ? 'face that looks like an adult' : 'faces that look like adults'}`);
  if (facts.unknownAge) parts.push(`${facts.unknownAge} ${facts.unknownAge === 1 ? 'face' : 'faces'} of unknown age`);
  if (parts.length === 0) parts.push('no faces');
  if (facts.atSchool && facts.distance !== null) parts.push(`photo taken ${describeDistance(facts.distance)} from school`);
  else if (facts.distance !== null) parts.push(`location data: ${describeDistance(facts.distance)} from school`);
  else if (facts.hasGps) parts.push('carries location data');
  if (facts.schoolHours) parts.push(`taken ${facts.schoolHours}`);
  return parts.join('; ');
}

/**
 * A photo the check could not read (damaged, not an image, too big, or the check itself failed):
 * information, so the post is never held for it, and the teacher is told to look for themselves.
 */
export function imageNotChecked(name: string, reason: string, analyser: Analyser): Finding {
  return {
    category: 'pupil-image',
    topic: 'faces',
    severity: 'info',
    start: 0,
    end: 0,
    match: name,
    message: `This photo could not be checked (${reason}). Look at it yourself before posting: no pupils, nothing that shows where they are.`,
    ruleId: 'pupil-image/not-checked',
    clauses: clausesFor(analyser.pack, 'pupil-image', 'faces', 'info'),
    explanation: { rule: 'photo not checked', reason },
    image: { name, summary: 'not checked' },
  };
}

/** The findings for every photo attached to a draft, in order. */
export function attachedImageFindings(images: ReadonlyArray<{ evidence: ImageEvidence } | { name: string; error: string }>, analyser: Analyser, draft: string): Finding[] {
  return images.flatMap((image) => ('evidence' in image ? imageFindings(image.evidence, analyser, draft) : [imageNotChecked(image.name, image.error, analyser)]));
}
