import type { Detector } from '../detector';
import { banterDetector } from './banter';
import { communityDetector } from './community';
import { confidentialDetector } from './confidential';
import { contemptPatternsDetector } from './contempt-patterns';
import { composedContemptDetector } from './composed-contempt';
import { confidentialCuesDetector } from './confidential-cues';
import { confidentialTermsDetector } from './confidential-terms';
import { counterSpeechDetector } from './counter-speech';
import { derogatoryDetector } from './derogatory';
import { describedChildDetector } from './described-child';
import { groupTargetsDetector } from './group-targets';
import { hostilityDetector } from './hostility';
import { identifiersDetector } from './identifiers';
import { initialsInClassDetector } from './initials-in-class';
import { learnedDetector } from './learned';
import { learnedConfidentialDetector } from './learned-confidential';
import { namedSubjectsDetector } from './named-subjects';
import { personalDetailsDetector } from './personal-details';
import { pupilNamesDetector } from './pupil-names';
import { schoolContextDetector } from './school-context';
import { schoolNameDetector } from './school-name';
import { staffDetector } from './staff';
import { staffVoiceDetector } from './staff-voice';
import { oneRemarkDetector } from './one-remark';
import { unlistedChildDetector } from './unlisted-child';

/**
 * Every detector, in the order it runs within its phase. The phases themselves run in the order
 * of `PHASES` (context → names → targets → findings → post), whatever the order here; within the
 * names phase the order matters: the school's name is claimed before anyone reads it as a pupil's,
 * staff before pupils, listed pupils before unlisted children.
 */
export const DETECTORS: readonly Detector<any, any, any>[] = [
  schoolContextDetector,
  communityDetector,
  confidentialTermsDetector,
  schoolNameDetector,
  staffDetector,
  pupilNamesDetector,
  unlistedChildDetector,
  describedChildDetector,
  initialsInClassDetector,
  groupTargetsDetector,
  derogatoryDetector,
  hostilityDetector,
  contemptPatternsDetector,
  composedContemptDetector,
  confidentialDetector,
  confidentialCuesDetector,
  identifiersDetector,
  personalDetailsDetector,
  // Before named-subjects, so a pupil a learned confidential finding is about becomes high as well.
  learnedConfidentialDetector,
  namedSubjectsDetector,
  learnedDetector,
  // After the hostility model, whose notes it may replace; before counter-speech and banter, which may quieten it.
  staffVoiceDetector,
  counterSpeechDetector,
  banterDetector,
  // Last: one remark told by a composed rule and an insult word inside it is one finding.
  oneRemarkDetector,
];
