import { DraftContext } from './draft';
import { escalateNamedSubjects } from './escalate';
import { clausesFor } from './clauses';
import { findClassNames, findReferences } from './context/community';
import { findSchoolContext } from './context/school-context';
import { SentenceTagger } from './context/sentence-tags';
import { ConfidentialMatcher } from './detectors/confidential';
import { findDerogatory } from './detectors/derogatory';
import { findIdentifiers } from './detectors/identifiers';
import { findPersonalDetails } from './detectors/personal-details';
import { findRosterPupils } from './detectors/pupil-names';
import type { RawFinding } from './detectors/raw-finding';
import { HashedNameList } from './detectors/hashed-roster';
import { combineNames, NameList, type NameIndex } from './detectors/roster';
import { findSchoolNames, SchoolNameMatcher } from './detectors/school-name';
import { markStaff } from './detectors/staff';
import { findUnlistedChildren } from './detectors/unlisted-child';
import { PACKS } from './rules';
import type { Pack } from './schemas/pack';
import { tokenize } from './text/tokenize';
import { SEVERITY_RANK, type Finding } from './types';
import { settingsOrThrow, type Settings, type SettingsInput } from '../settings/schema';

/**
 * The engine: `analyse(text, settings) → Finding[]`. Pure TypeScript, no DOM, no browser API,
 * nothing leaves the process. Matchers for the roster, the school's name and the extra terms are
 * compiled once per settings change (`compile`), never per keystroke.
 */
export interface Analyser {
  readonly settings: Settings;
  readonly pack: Pack;
  /** Settings entries that cannot be matched (a name with no letters), for the settings screen. */
  readonly notes: readonly string[];
  analyse(text: string): Finding[];
}

export function compile(input: SettingsInput | Settings): Analyser {
  const settings = settingsOrThrow(input);
  // The settings schema has checked that the policy is a built-in pack or the school's own.
  const pack = settings.customPack?.id === settings.policy ? settings.customPack : PACKS.get(settings.policy)!;
  const school = new SchoolNameMatcher(settings.schoolName, settings.schoolAliases);
  const plainRoster = new NameList(settings.pupilNames, { withGivenAlone: true });
  const roster: NameIndex = settings.hashedRoster ? combineNames([plainRoster, new HashedNameList(settings.hashedRoster)]) : plainRoster;
  const staff = new NameList(settings.staffNames, { withGivenAlone: true, idPrefix: 's' });
  const staffGivenNames = new Set(staff.entries.map((e) => e.given.replace(/-/g, '')));
  const confidential = new ConfidentialMatcher(settings.extraConfidentialTerms);
  const tagger = new SentenceTagger();
  const notes = [
    ...plainRoster.skipped.map((s) => `pupilNames[${s.index}] (“${s.name}”) ${s.reason} and is ignored`),
    ...staff.skipped.map((s) => `staffNames[${s.index}] (“${s.name}”) ${s.reason} and is ignored`),
  ];

  return {
    settings,
    pack,
    notes,
    analyse(input: string): Finding[] {
      // Typed as a string, but a page or a script may hand over anything: never throw on it.
      const text = typeof input === 'string' ? input : '';
      const doc = tokenize(text);
      const ctx = new DraftContext(doc, tagger);
      const terms = confidential.match(doc);
      ctx.addSchoolContext(findSchoolContext(doc));
      ctx.addSchoolContext(ConfidentialMatcher.schoolContext(doc, terms));
      const classNames = findClassNames(doc);
      ctx.addReferences(findReferences(doc));
      ctx.addReferences(classNames.references);
      ctx.addSchoolContext(classNames.context);
      tagger.beginDraft();
      // Names first: they are both findings and the context the other detectors read. (Arrays are
      // concatenated, never spread into a call: a megabyte of findings would overflow the stack.)
      let raw: RawFinding[] = findSchoolNames(ctx, school);
      markStaff(ctx, staff);
      raw = raw.concat(findRosterPupils(ctx, roster));
      raw = raw.concat(findUnlistedChildren(ctx, staffGivenNames, roster));
      raw = raw.concat(findDerogatory(ctx), confidential.find(ctx, terms), findIdentifiers(ctx), findPersonalDetails(ctx));
      return finalise(text, escalateNamedSubjects(text, raw), pack);
    },
  };
}

/**
 * Compiled analysers by the content of their settings (not the object, which a caller may change
 * in place), so repeated calls with the same settings never recompile. Long-lived callers (the
 * background) hold the result of `compile` instead and recompile when the settings change.
 */
const compiled = new Map<string, Analyser>();
const COMPILED_KEPT = 8;

export function analyserFor(settings: SettingsInput | Settings): Analyser {
  const key = JSON.stringify(settings);
  let analyser = compiled.get(key);
  if (!analyser) {
    analyser = compile(settings);
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, analyser);
  }
  return analyser;
}

export function analyse(text: string, settings: SettingsInput | Settings): Finding[] {
  return analyserFor(settings).analyse(text);
}

function finalise(text: string, raw: readonly RawFinding[], pack: Pack): Finding[] {
  // One finding per category and span: the most severe wins.
  const best = new Map<string, RawFinding>();
  for (const finding of raw) {
    const key = `${finding.category}:${finding.start}:${finding.end}`;
    const existing = best.get(key);
    if (!existing || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[existing.severity]) best.set(key, finding);
  }
  return [...best.values()]
    .sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end)
    .map((f) => ({
      category: f.category,
      topic: f.topic,
      severity: f.severity,
      start: f.start,
      end: f.end,
      match: text.slice(f.start, f.end),
      message: f.message,
      messageKey: f.messageKey,
      messageArgs: [...f.messageArgs],
      ruleId: f.ruleId,
      clauses: clausesFor(pack, f.category, f.topic, f.severity),
      explanation: f.explanation,
      ...(f.listed ? { listed: [...f.listed] } : {}),
    }));
}

