import type { Engine } from '../analyse';
import { PHOTO_CHECKS } from '../photo-rules';
import type { PhotoChecks } from '../schemas/photo-checks';
import { clausesFor } from '../clauses';
import { foldString } from '../text/fold';
import type { EngineFinding, LocalText, MessageArg, Severity } from '../types';
import { describeDistance, metresBetween } from './distance';
import { judgePeople } from './people';
import { photoTextFindings } from './photo-text';
import type { ImageEvidence } from './evidence';
import { describe, phrase, say, type FindingMessageKey, type PhotoKey, type SaidMessage } from '../message-keys';

/**
 * Findings about one attached photo, from what the on-device readers saw in it (faces and their
 * apparent age, people whose faces don't show, EXIF place and time, legible words) and the words
 * of the draft it goes with.
 * Pure: the same evidence, draft and settings always give the same findings, on the command line
 * and in the browser alike.
 */
export function imageFindings(evidence: ImageEvidence, analyser: Engine, draft: string, rules: PhotoChecks = PHOTO_CHECKS): EngineFinding[] {
  const { pack, config } = analyser;
  const seen = judgePeople(evidence.faces, evidence.people, rules, evidence);
  const { childFaces: children, childBodies, childProportions, uncertainBodies, uncertainFaces: uncertain, unreadableFaces: unknownAge, adultFaces: adults, faceless } = seen;
  // The faces that count: sure enough, and not dismissed for want of anything backing them.
  const faceCount = evidence.faces.filter((face) => face.score >= rules.minFaceScore).length - seen.dismissedFaces;
  const schoolHours = inSchoolHours(evidence.exif.takenAt, rules);
  const groupWord = groupContext(draft, evidence.text, rules);
  const textFindings = photoTextFindings(analyser, evidence.text);

  const gps = evidence.exif.latitude !== undefined && evidence.exif.longitude !== undefined ? { lat: evidence.exif.latitude, lon: evidence.exif.longitude } : null;
  const school = config.schoolLocation;
  const distance = gps && school ? metresBetween(gps, school) : null;
  const atSchool = distance !== null && school !== undefined && distance <= school.radiusMetres;

  // A school-looking scene: the post or the photo speaks of school, the camera's clock says school hours, its GPS says school, or the photo names the school.
  const schoolScene = groupWord ?? (schoolHours ? whenTextOf(schoolHours) : null) ?? (atSchool ? 'at school' : null) ?? textFindings.find((f) => f.ruleId.startsWith('school-name'))?.match ?? null;
  const summary = summarise({ children, childBodies, childProportions, uncertainBodies, adults, uncertain, unknownAge, faceless, distance, atSchool, hasGps: gps !== null, schoolHours });
  const found: EngineFinding[] = [];
  const add = (topic: 'faces' | 'location' | 'text-in-image', severity: Severity, ruleId: string, said: SaidMessage, rule: string, reason: string, context?: string, extra?: Partial<EngineFinding>) =>
    found.push({
      category: 'pupil-image',
      topic,
      severity,
      start: 0,
      end: 0,
      match: evidence.name,
      ...said,
      ruleId: `pupil-image/${ruleId}`,
      clauses: clausesFor(pack, 'pupil-image', topic, severity),
      explanation: { rule, reason, ...(context ? { context } : {}) },
      image: { name: evidence.name, summaryParts: summary },
      ...extra,
    });

  // "One face…" or "3 faces…", with "It was taken on a Tuesday at 10:42, during school hours." when the clock says so.
  const faceMessage = (single: FindingMessageKey, several: FindingMessageKey, n: number, ...rest: MessageArg[]) => (n === 1 ? say(single, ...rest) : say(several, String(n), ...rest));
  const whenArgs: MessageArg[] = schoolHours ? [phrase(schoolHours.day), schoolHours.time] : [];
  const whenText = schoolHours ? whenTextOf(schoolHours) : undefined;
  const ageReason = `apparent age under ${rules.age.childBelow}`;
  if (children > 0) {
    const said = schoolHours
      ? faceMessage('finding_image_child_single_when', 'finding_image_child_several_when', children, ...whenArgs)
      : faceMessage('finding_image_child_single', 'finding_image_child_several', children);
    const group = rules.age.youngGroup;
    const grouped = seen.youngGroupFaces ? `${seen.youngGroupFaces} of them in a group of faces read ${rules.age.adultFrom}–${group.ageBelow} that the second age model puts at least ${group.young} likely under about 19` : '';
    const more = [grouped, childBodies ? `${childBodies} more a child by height` : '', childProportions ? `${childProportions} more with the body proportions of a young child` : ''].filter(Boolean);
    add('faces', 'high', 'child-face', said, 'face models: apparent age', [ageReason, ...more].join('; '), whenText);
  } else if (childBodies > 0) {
    add('faces', 'high', 'child-body', faceMessage('finding_image_child_body_single', 'finding_image_child_body_several', childBodies), 'person detector: height beside the adults standing level', `standing, and at most ${Math.round(rules.people.heightAloneRatio * 100)} % of an adult's height beside them, however low the camera`, whenText);
  } else if (childProportions > 0) {
    const legs = rules.pose.bands.legToTorso.child;
    add('faces', 'high', 'child-proportions', faceMessage('finding_image_child_proportions_single', 'finding_image_child_proportions_several', childProportions), 'pose model: body proportions', `body proportions of a young child (legs at most ${legs} torso lengths, or a head as wide as a child's against the body)`, whenText);
  } else if (uncertain > 0) {
    add('faces', 'warning', 'face-age-uncertain', faceMessage('finding_image_uncertain_single', 'finding_image_uncertain_several', uncertain), "face models: can't tell", `apparent age between ${rules.age.childBelow} and ${rules.age.adultFrom} (from ${rules.age.adultLikelyFrom}, the second age model not agreeing on an adult), or the age models disagree`);
  } else if (uncertainBodies > 0) {
    add('faces', 'warning', 'body-age-uncertain', faceMessage('finding_image_body_uncertain_single', 'finding_image_body_uncertain_several', uncertainBodies), "person detector and pose model: can't tell", `at most ${Math.round(rules.people.uncertainHeightRatio * 100)} % of the height of an adult standing level beside them, or a little shorter with body proportions neither clearly a child's nor an adult's`);
  } else if (faceCount >= rules.groupFaces && (groupWord || schoolHours)) {
    const said = groupWord ? say('finding_image_group_word', String(faceCount), groupWord) : say('finding_image_group_hours', String(faceCount), ...whenArgs);
    add('faces', 'warning', 'school-group', said, 'face model: several faces in a school context', 'several faces with school context', groupWord ?? whenText);
  } else if (faceless > 0 && schoolScene) {
    add('faces', 'warning', 'people-school-scene', faceMessage('finding_image_people_school_single', 'finding_image_people_school_several', faceless), 'person detector: people with no usable face, in a school setting', 'people whose age cannot be judged, with school context', schoolScene);
  } else if (unknownAge > 0) {
    add('faces', 'warning', 'face-age-unknown', faceMessage('finding_image_unknown_single', 'finding_image_unknown_several', unknownAge), 'face model: age unreadable', 'a face of unknown age could be a pupil');
  } else if (adults > 0) {
    add('faces', 'info', 'adult-faces', faceMessage('finding_image_adult_single', 'finding_image_adult_several', adults), 'face models: apparent age', `apparent age ${rules.age.adultFrom} or over, or from ${rules.age.adultLikelyFrom} with the second age model agreeing`);
  } else if (faceless > 0) {
    add('faces', 'info', 'people-no-face', faceMessage('finding_image_people_single', 'finding_image_people_several', faceless), 'person detector: people with no usable face', 'people whose age cannot be judged');
  }

  if (gps) {
    if (atSchool) {
      const said = schoolHours ? say('finding_image_gps_school_when', describeDistance(distance!), ...whenArgs) : say('finding_image_gps_school', describeDistance(distance!));
      add('location', 'high', 'gps-at-school', said, 'EXIF GPS within the school radius', `within ${school!.radiusMetres} m of the school`);
    } else {
      const said = distance !== null ? say('finding_image_gps_distance', describeDistance(distance)) : say('finding_image_gps');
      add('location', 'info', 'gps-present', said, 'EXIF GPS present', school ? `outside ${school.radiusMetres} m of the school` : 'no school location set to compare with');
    }
  }

  {
    for (const finding of textFindings) {
      const clauses = clausesFor(pack, 'pupil-image', 'text-in-image', finding.severity);
      for (const clause of finding.clauses) if (!clauses.some((c) => c.id === clause.id)) clauses.push(clause);
      const said = say('finding_image_text', finding.match, { key: finding.messageKey, args: finding.messageArgs });
      add('text-in-image', finding.severity, `text-in-image/${finding.ruleId}`, said, `text read in the photo, then ${finding.explanation.rule}`, finding.explanation.reason, finding.match, {
        clauses,
        ...(finding.listed ? { listed: finding.listed } : {}),
      });
    }
  }
  return found;
}

/** The weekday and time ("on a Tuesday", "10:42") when the camera's clock says a weekday within school hours, else null. */
export function inSchoolHours(takenAt: string | undefined, rules: PhotoChecks = PHOTO_CHECKS): { day: WeekdayKey; time: string } | null {
  if (!takenAt) return null;
  // The wall-clock time as the camera recorded it: read as UTC only to get the weekday, never shifted.
  const date = new Date(`${takenAt}Z`);
  if (Number.isNaN(date.getTime())) return null;
  const day = date.getUTCDay();
  const time = takenAt.slice(11, 16);
  if (day === 0 || day === 6 || time < rules.schoolHours.from || time >= rules.schoolHours.to) return null;
  return { day: WEEKDAYS[day - 1]!, time };
}

type WeekdayKey = 'detail_on_monday' | 'detail_on_tuesday' | 'detail_on_wednesday' | 'detail_on_thursday' | 'detail_on_friday';
const WEEKDAYS: readonly WeekdayKey[] = ['detail_on_monday', 'detail_on_tuesday', 'detail_on_wednesday', 'detail_on_thursday', 'detail_on_friday'];

/** The first school-group word in the draft or the photo's own text ("sports day"), if any. */
function groupContext(draft: string, photoText: string, rules: PhotoChecks): string | null {
  const words = ` ${foldString(`${draft}\n${photoText}`).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  return rules.groupContext.find((phrase) => words.includes(` ${foldString(phrase)} `)) ?? null;
}

const whenTextOf = (when: { day: WeekdayKey; time: string }) => `${when.day.replace('detail_', '')} ${when.time}`;

interface SummaryFacts {
  children: number;
  childBodies: number;
  childProportions: number;
  uncertainBodies: number;
  adults: number;
  uncertain: number;
  unknownAge: number;
  faceless: number;
  distance: number | null;
  atSchool: boolean;
  hasGps: boolean;
  schoolHours: { day: WeekdayKey; time: string } | null;
}

/** Everything seen in the photo, part by part: "2 faces that look like children; photo taken 40 m from school". */
export function summarise(facts: SummaryFacts): LocalText[] {
  const parts: LocalText[] = [];
  const counted = (n: number, single: PhotoKey, several: PhotoKey) => parts.push(n === 1 ? describe(single) : describe(several, String(n)));
  if (facts.children) counted(facts.children, 'photo_children_single', 'photo_children_several');
  if (facts.childBodies) counted(facts.childBodies, 'photo_child_bodies_single', 'photo_child_bodies_several');
  if (facts.childProportions) counted(facts.childProportions, 'photo_child_proportions_single', 'photo_child_proportions_several');
  if (facts.uncertainBodies) counted(facts.uncertainBodies, 'photo_uncertain_bodies_single', 'photo_uncertain_bodies_several');
  if (facts.uncertain) counted(facts.uncertain, 'photo_uncertain_single', 'photo_uncertain_several');
  if (facts.adults) counted(facts.adults, 'photo_adults_single', 'photo_adults_several');
  if (facts.unknownAge) counted(facts.unknownAge, 'photo_unknown_single', 'photo_unknown_several');
  if (facts.faceless) counted(facts.faceless, 'photo_faceless_single', 'photo_faceless_several');
  if (parts.length === 0) parts.push(describe('photo_no_faces'));
  if (facts.atSchool && facts.distance !== null) parts.push(describe('photo_taken_at', describeDistance(facts.distance)));
  else if (facts.distance !== null) parts.push(describe('photo_location_distance', describeDistance(facts.distance)));
  else if (facts.hasGps) parts.push(describe('photo_carries_location'));
  if (facts.schoolHours) parts.push(describe('photo_taken_when', phrase(facts.schoolHours.day), facts.schoolHours.time));
  return parts;
}

/**
 * A photo the check could not read (damaged, not an image, too big, or the check itself failed):
 * information, so the post is never held for it, and the teacher is told to look for themselves.
 */
export function imageNotChecked(name: string, reason: string, analyser: Engine): EngineFinding {
  return {
    category: 'pupil-image',
    topic: 'faces',
    severity: 'info',
    start: 0,
    end: 0,
    match: name,
    ...say('finding_image_not_checked', reason),
    ruleId: 'pupil-image/not-checked',
    clauses: clausesFor(analyser.pack, 'pupil-image', 'faces', 'info'),
    explanation: { rule: 'photo not checked', reason },
    image: { name, summaryParts: [describe('photo_not_checked')] },
  };
}

/** The findings for every photo attached to a draft, in order. */
export function attachedImageFindings(images: ReadonlyArray<{ evidence: ImageEvidence } | { name: string; error: string }>, analyser: Engine, draft: string): EngineFinding[] {
  return images.flatMap((image) => ('evidence' in image ? imageFindings(image.evidence, analyser, draft) : [imageNotChecked(image.name, image.error, analyser)]));
}
