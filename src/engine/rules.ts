import { CommunitySchema, ConfidentialCuesSchema, GeneralTalkSchema, PupilCuesSchema, ConfidentialSchema, ConfusablesSchema, DerogatorySchema, HostilitySchema, NamesSchema, SchoolContextSchema, SchoolTypesSchema } from './schemas/lexicons';
import schoolTypes from '../../rules/lexicons/school-types.json';
import schoolContext from '../../rules/lexicons/school-context.json';
import community from '../../rules/lexicons/community.json';
import derogatory from '../../rules/lexicons/derogatory.json';
import confidential from '../../rules/lexicons/confidential.json';
import confidentialCues from '../../rules/lexicons/confidential-cues.json';
import names from '../../rules/lexicons/names.json';
import pupilCues from '../../rules/lexicons/pupil-cues.json';
import confusables from '../../rules/lexicons/confusables.json';
import hostility from '../../rules/lexicons/hostility.json';
import generalTalk from '../../rules/lexicons/general-talk.json';
import hostilityModel from '../../rules/models/hostility.json';
import confidentialModel from '../../rules/models/confidential.json';
import staffVoiceModel from '../../rules/models/staff-voice.json';
import staffVoiceGroupModel from '../../rules/models/staff-voice-group.json';
import staffVoiceOperatingPoint from '../../rules/lexicons/staff-voice-operating-point.json';
import { validated } from './packs';
import pupilFrames from '../../rules/lexicons/pupil-frames.json';
import { PupilFramesSchema } from './schemas/pupil-frames';
import notAChild from '../../rules/lexicons/not-a-child.json';
import { NotAChildSchema } from './schemas/not-a-child';
import famousNamesakes from '../../rules/lexicons/famous-namesakes.json';
import { FamousNamesakesSchema } from './schemas/famous-namesakes';
import contemptPatterns from '../../rules/lexicons/contempt-patterns.json';
import { ContemptPatternsSchema } from './schemas/contempt-patterns';
import composedContempt from '../../rules/lexicons/composed-contempt.json';
import { ComposedContemptSchema } from './schemas/composed-contempt';

// The policy packs have their own module, so the settings can check a policy id without loading
// the lexicons and the learned model (the options page draws before the engine loads).
export { DEFAULT_POLICY, PACKS, PACK_IDS, RulesDataError } from './packs';

export const LEXICONS = {
  schoolTypes: validated(SchoolTypesSchema, schoolTypes, 'lexicons/school-types.json'),
  schoolContext: validated(SchoolContextSchema, schoolContext, 'lexicons/school-context.json'),
  community: validated(CommunitySchema, community, 'lexicons/community.json'),
  derogatory: validated(DerogatorySchema, derogatory, 'lexicons/derogatory.json'),
  confidential: validated(ConfidentialSchema, confidential, 'lexicons/confidential.json'),
  confidentialCues: validated(ConfidentialCuesSchema, confidentialCues, 'lexicons/confidential-cues.json'),
  names: validated(NamesSchema, names, 'lexicons/names.json'),
  pupilCues: validated(PupilCuesSchema, pupilCues, 'lexicons/pupil-cues.json'),
  pupilFrames: validated(PupilFramesSchema, pupilFrames, 'lexicons/pupil-frames.json'),
  notAChild: validated(NotAChildSchema, notAChild, 'lexicons/not-a-child.json'),
  famousNamesakes: validated(FamousNamesakesSchema, famousNamesakes, 'lexicons/famous-namesakes.json'),
  confusables: validated(ConfusablesSchema, confusables, 'lexicons/confusables.json'),
  hostility: validated(HostilitySchema, hostility, 'lexicons/hostility.json'),
  generalTalk: validated(GeneralTalkSchema, generalTalk, 'lexicons/general-talk.json'),
  contemptPatterns: validated(ContemptPatternsSchema, contemptPatterns, 'lexicons/contempt-patterns.json'),
  composedContempt: validated(ComposedContemptSchema, composedContempt, 'lexicons/composed-contempt.json'),
};
export type Lexicons = typeof LEXICONS;

/** Everything detectors read, by name: each detector picks and validates its own part (see detector.ts). */
export const RULES_BUNDLE: Readonly<Record<string, unknown>> = {
  ...LEXICONS,
  // The learned layer's weights: validated by the detector that reads them (detectors/learned.ts).
  hostilityModel,
  // The learned confidential layer's weights: validated by detectors/learned-confidential.ts.
  confidentialModel,
  // The staff-voice hostility head: validated by detectors/staff-voice.ts.
  staffVoiceModel,
  // The staff-voice head's group-stance model, scored on the draft with group terms masked: validated by detectors/staff-voice.ts.
  staffVoiceGroupModel,
  // Its threshold for each kind of evidence of whom a sentence is about: validated by detectors/staff-voice.ts.
  staffVoiceOperatingPoint,
};
