import { z } from 'zod';
import { TOPICS } from '../types';

/**
 * Schemas of the lexicons in `rules/lexicons/`. Lexicons are data reviewed like code:
 * each entry says what it matches and how much weight it carries, never how to match it.
 */

const phrase = z.string().trim().min(1).max(80);
const phrases = z.array(phrase).min(1);
/** Free text for reviewers: where a term comes from, why it is weighted as it is. */
const comment = z.string().optional();

export const SchoolTypesSchema = z.strictObject({
  $comment: comment,
  /** Words that follow a school's own name ("Primary School", "CIW", "Academy"). */
  trailing: z.array(
    z.strictObject({
      phrases,
      /** Which kinds of school the words say: a different kind means a different school ("Cadoxton High"). */
      families: z.array(z.enum(['generic', 'primary', 'infant', 'junior', 'nursery', 'secondary', 'academy', 'community', 'denomination', 'group'])).min(1),
      /** For denominations: which one, so "St Nicholas RC" is not taken for "St Nicholas CIW". */
      denomination: z.string().optional(),
      /** Short forms people type in hashtags and handles ("pri", "prim"). */
      short: z.array(phrase).default([]),
    }),
  ),
  /** Initials of type words written together ("Cadoxton PS"). */
  initials: z.array(z.strictObject({ form: phrase, families: z.array(z.string()).min(1) })),
  /** Welsh type words come before the name ("Ysgol Gynradd Cadoxton"). */
  welshLeading: z.array(z.strictObject({ phrases, family: z.string() })),
  /** Interchangeable words inside a school's own name ("St" / "Saint" / "Sant"). */
  equivalents: z.array(z.array(phrase).min(2)),
  /** Type families any school may carry, and families another implies (a county primary is a primary). */
  compatibility: z.strictObject({ always: z.array(z.string()), implied: z.record(z.string(), z.array(z.string())) }),
  /** Ordinary words schools are named after ("Castle", "Meadow"): alone and lower-case they are the thing. */
  everydayPlaceWords: phrases,
  /** Acronyms everyone uses for something else (MBA, NHS): an alias written so is the school only in a post about school. */
  everydayAcronyms: z.array(z.string().regex(/^[\p{Lu}\p{N}&]{2,8}$/u, 'an acronym in capitals')).min(1),
  /** Street words: an alias ending in one ("Ellerby Road") is also a street. */
  roadWords: phrases,
  /** Words around a place alias that read it as a place, not the school; an institution word after it reads it as the school. */
  placeSenses: z.strictObject({
    before: phrases,
    after: phrases,
    institutionAfter: phrases,
    venueAfter: phrases,
    /** After any alias or bare name: a place or another institution named like the school ("… Road", "… church", "… College", "… estate"). */
    aliasAfter: phrases,
    /** Before any alias or bare name: the saint, the place ("Feast of …", "walked the dog round …", Welsh "Heol …", "ym Mharc …"). */
    aliasBefore: phrases,
    /** Weather arriving before a place ("the snow has reached …", "mae'r eira 'di cyrraedd …"): the place, even in a post about a snow day. */
    weatherBefore: phrases,
    /** A village body right before the place word ("CFfI …", "YFC …", "Côr …", "Merched y Wawr …"): that body, named for the village, not the school. */
    villageBodyBefore: phrases.optional(),
  }),
  /** Counties, regions, nations and cities: "<the school's name> in Kent" is another school of that name. */
  elsewhere: phrases,
  /** Everyday Welsh words of place names ("maes", "glas"): an alias made only of everyday words needs capitals or school context. */
  welshEverydayWords: phrases,
  /** Welsh words that are never a place: verbs and little words ("bod", "mae"). A school's own word that is one of them ("Ysgol Bod") counts in lower case only beside school words, as an English everyday word does. */
  welshFunctionWords: phrases,
  /** Welsh mutations of a name's first consonant ("yng Nghadoxton", "i Gadoxton"). */
  welshMutations: z.array(z.strictObject({ from: z.string().min(1), to: z.array(z.string()).min(1) })),
});

export const ConfusablesSchema = z.strictObject({
  $comment: comment,
  /** Look-alike characters and the letter they imitate. */
  map: z.record(z.string().length(1), z.string()),
  /** Characters dropped when folding (zero-width space, soft hyphen…). */
  invisible: z.array(z.string().length(1)),
  /** Leetspeak, resolved inside words that look disguised. */
  leetspeak: z.record(z.string().length(1), z.string().length(1)),
  /** Words after which a full stop does not end a sentence (with the titles in community.json). */
  abbreviations: phrases,
});

export const SchoolContextSchema = z.strictObject({
  $comment: comment,
  /** Words that on their own make a draft about school. */
  strong: phrases,
  /** Words that suggest school but also fit family life ("well done", "so proud"). */
  weak: phrases,
  /** Words right before or after a school's place word that make it mean the school. */
  placeCues: z.strictObject({
    before: phrases,
    after: phrases,
    inSchoolPost: phrases,
    /** Words that make the place word the town, even in a post about school ('a walk round Cadoxton'). */
    townBefore: phrases,
    /** Words after the place word that make it a road, a village, a saint's day ("Westacre Road", "St Nicholas Day"). */
    townAfter: phrases,
    /**
     * Words right before the place word that make it a river, a road or a hill, whatever school words
     * stand beside it ("walked along the Ravensbourne before work", "over the Taff", "up the Garth").
     */
    routeBefore: z.array(phrase).default([]),
  }),
  /** Words that point at children in particular: a name beside them may be a pupil's. */
  pupilCues: phrases,
  /** Year groups are generated: "Year 6", "Yr6", "Y6", "Blwyddyn 6", "Year Six". */
  yearGroups: z.strictObject({
    spaced: phrases,
    joined: phrases,
    numberWords: z.array(phrase).length(13),
    highest: z.number().int().min(1).max(14),
    /** "a Year 8 boy": nouns that make a year group one pupil. */
    individual: phrases,
    /** Welsh year groups with Welsh number words ("Blwyddyn Chwech", "ym Mlwyddyn Dau"). */
    welsh: z.strictObject({ spaced: phrases, numberWords: z.array(phrase).length(13) }),
  }),
});

const communityGroup = z.enum(['pupils', 'parents', 'staff', 'school']);
export type CommunityGroup = z.infer<typeof communityGroup>;

export const CommunitySchema = z.strictObject({
  $comment: comment,
  /** References to the school community: who a remark is aimed at, who a confidential matter is about. */
  groups: z.record(communityGroup, z.strictObject({ individual: z.array(phrase), collective: z.array(phrase) })),
  /**
   * One member of staff by the year group they teach: each noun after every year group ("year 4 teacher",
   * "yr 6 ta"), and the Welsh nouns before one ("athrawes bl2"). Generated, as the year groups are (fourteenth
   * session: "year 4 teacher is on a support plan" named no one a staff matter could be about).
   */
  yearStaff: z.strictObject({ after: phrases, before: phrases }),
  /** References to any person, for insults that only insult people ("thick", "feral"). */
  people: phrases,
  /** Titles that make the next capitalised word an adult's surname (Mrs Pritchard). */
  honorifics: phrases,
  /** The writer's own family and friends: a name after these is not a pupil ("my son Tyler"). */
  ownCircle: z.strictObject({ possessives: phrases, relations: phrases, standalone: phrases, bare: phrases }),
  /** Words around a name that introduce a child ("a girl called Jasmine", "Mason in Year 3"). */
  childFrames: z.strictObject({ namingWords: phrases, childNouns: phrases, classAfter: phrases, familyAfter: phrases, praiseBefore: phrases }),
  /** The writer speaking of themselves ("I'm such a numpty"). */
  selfReference: phrases,
  /** Words after an insult that aim it at the writer ("what a muppet I am", "shitting myself"). */
  selfAfter: phrases,
});

const derogatoryEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Every written form; single words are also found disguised (f***ing, id10t, m u p p e t). */
  forms: phrases,
  /**
   * slur: always high. profanity: strong swearing, a warning even when aimed at nobody.
   * insult: name-calling. mild: only counts when aimed at the school community ("bloody parents").
   */
  kind: z.enum(['slur', 'profanity', 'insult', 'mild']),
  /** Only an insult when said of a person ("thick", "feral", "useless"): never flag "thick fog". */
  needsTarget: z.boolean().default(false),
  /** Also a name ("Dick Whittington", "Mr Pratt"): skip when written as part of a name. */
  alsoName: z.boolean().default(false),
  /**
   * Words (or emoji) that show the innocent homonym when they stand in the same sentence or the one
   * beside it: a dog show for "bitch" ("won best of breed", "puppies", 🐕), a plate of food for
   * "faggots" ("mushy peas", "gravy", "swper"). Never read for a disguised spelling, nor when the
   * word is said to someone ("you bitch").
   */
  innocentBeside: z.array(phrase).optional(),
  note: comment,
});
export type DerogatoryEntry = z.infer<typeof derogatoryEntry>;

export const DerogatorySchema = z.strictObject({
  $comment: comment,
  entries: z.array(derogatoryEntry).min(1),
  /** Phrases in which a listed word is harmless ("Dick Whittington", "bloody brilliant"). */
  allow: phrases,
  /** After a mild intensifier these words make it praise ("bloody brilliant", "flipping amazing"). */
  praise: phrases,
  /** Words that may stand between a person and a word said of them ("the parents are so thick"). */
  linking: phrases,
  /** Not nouns a word can describe ("…not thick, they're brilliant"). */
  pronouns: phrases,
  /** Words that break the link between a person and a word ("they are not thick"). */
  negations: phrases,
  /** Verbs that carry the link across a place or a time ("Parents at the gate today were feral"). */
  copulas: phrases,
});

const confidentialTopic = z.enum(TOPICS.confidential);
export const ConfidentialSchema = z.strictObject({
  $comment: comment,
  entries: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        topic: confidentialTopic,
        /** When the matter is about a member of staff rather than a pupil ("suspended"). */
        staffTopic: confidentialTopic.optional(),
        phrases,
        /** Acronyms that are also words are matched only in capitals (MASH, PEP, LAC). */
        capitalsOnly: z.array(phrase).default([]),
        /**
         * specific: names a case on its own (a CP plan, a LADO referral): a warning alone.
         * general: the subject (safeguarding, Ofsted): worth knowing alone, a warning with a case word.
         */
        strength: z.enum(['specific', 'general']),
        note: comment,
      }),
    )
    .min(1),
  /** Words that make a general term about a case ("safeguarding meeting", "referral"). */
  caseWords: phrases,
  /** Words that make it about learning or a job, not a case ("training", "course", "INSET"). */
  benignFrames: phrases,
  /**
   * A wish right before a staff-discipline word: "should be sacked", "wants sacking", "needs to be
   * disciplined". What the writer wants done to someone is an opinion (often an insult), not a matter.
   */
  wishBefore: z.array(phrase).default([]),
  /** Inspection judgements ("Requires Improvement", "Good"); beside Ofsted or Estyn they are an outcome. */
  inspectionOutcomes: phrases,
  /** Judgements that are everyday words ("Good"): an outcome only when capitalised or after a verdict word. */
  inspectionOutcomesCapitals: z.array(phrase),
  inspectionVerdictWords: z.array(phrase),
  /** Words that make an inspection's findings ours ("we", "our", "lead inspector"), not a news story. */
  inspectionOwnership: phrases,
  /** What inspectors found, before it is published ("feedback", "the inspectors said", "flagged"). */
  inspectionFindings: phrases,
  /** Once the report is published the outcome is public ("report published today"). */
  inspectionPublished: phrases,
  /** Labels that make a nearby number an identifier or a date a date of birth. */
  identifierLabels: z.strictObject({ upn: phrases, uln: phrases, nhs: phrases, ni: phrases, dob: phrases, address: phrases }),
  /** Street words that make "12 Station Road" an address. */
  streetWords: phrases,
  /** Welsh street words that come first ("3 Heol y Nant"). */
  streetWordsBefore: phrases,
  /** Nouns after a term that make it general ("IDP meetings", "EHCP reviews"). */
  pluralHeads: phrases,
  /** Nouns after a term that make it the name of a system or a set of figures ("the new attendance system"), never a case. */
  systemHeads: phrases,
  /** Whose matter each topic can be: a pupil's needs are not a colleague's. */
  subjectsByTopic: z.partialRecord(confidentialTopic, z.array(z.enum(['pupils', 'parents', 'staff'])).min(1)),
  /**
   * Term ids that name a job ("DSL", "deputy DSL"): a colleague beside one is the person holding it ("Nasra our DSL
   * is a hero"), not a colleague's case; only a pupil or a parent beside it makes it about someone.
   */
  roleTerms: z.array(phrase).optional(),
  /** Month names, English and Welsh, for dates of birth. */
  months: phrases,
  /** Words that may stand between a birthday label and a date ("birthday is on 3rd June"). */
  dobFillers: phrases,
});

export const NamesSchema = z.strictObject({
  $comment: comment,
  /** Everyday short forms of given names, both ways round ("Tom" for "Thomas"). */
  nicknames: z.record(z.string(), z.array(phrase).min(1)),
  /** Given names common in UK classrooms that the NLP library's own name list lacks. */
  firstNames: z.array(phrase).min(1),
  /** Given names that are also ordinary words, beyond what the NLP library knows ("Seren": star). */
  wordNames: z.array(phrase),
  /** Welsh words that are given names: a name with a capital, the word in lower case ("tywydd tirion heddiw"). */
  lowerCaseWordNames: z.array(phrase),
  /** Phrases in which a given name is not a person ("Noah's ark", "Jack of all trades", "Amelia Earhart"). */
  nameIdioms: z.array(phrase),
  /** Words that name lists call first names but that, before a name, are not (Welsh "Mae" is "is"). */
  notNames: z.array(phrase),
  /** Articles and the like: a name does not take one ("a Willow dome" is a willow). */
  determiners: z.array(phrase),
  /** In a post about a play, its parts are not children ("Mary, Joseph, the donkey"). */
  roles: z.array(z.strictObject({ when: phrases, names: phrases })),
  /** Nouns a famous name stands before as an eponym ("a Harley Davidson rally", "the Grace Darling topic"): not the pupil who shares the first name. */
  eponymHeads: z.array(phrase),
  /** A name after a pet's kind is the pet ("our class snake Sid"). */
  animals: z.array(phrase),
  /** Verbs after a word-name that make it a child doing something ("Ruby was star of the week"). */
  pupilActions: z.array(phrase),
  /** Particles that belong to the surname after them ("Tomos ap Gruffydd"). */
  surnameParticles: z.array(phrase),
});

export type SchoolTypesLexicon = z.output<typeof SchoolTypesSchema>;
export type SchoolContextLexicon = z.output<typeof SchoolContextSchema>;
export type CommunityLexicon = z.output<typeof CommunitySchema>;
export type DerogatoryLexicon = z.output<typeof DerogatorySchema>;
export type ConfidentialLexicon = z.output<typeof ConfidentialSchema>;
export type NamesLexicon = z.output<typeof NamesSchema>;

/** Hate and hostility beyond single words: the groups a remark can target and the shapes hostility takes. */
export const HostilitySchema = z.strictObject({
  $comment: comment,
  /** Groups of people; `characteristic` is the protected characteristic (Equality Act 2010) or immigration status. */
  groups: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        characteristic: z.enum(['race', 'nationality', 'immigration-status', 'religion', 'disability', 'sex', 'sexual-orientation', 'gender-identity', 'age']),
        forms: phrases,
      }),
    )
    .min(1),
  /** Real words (often Welsh or names) one letter from a group's name, never read as it disguised ("allan": out). */
  notDisguisedGroups: phrases.default([]),
  /** Words that refer back to a group named in an earlier sentence ("They are disgusting."). */
  groupPronouns: phrases,
  /** Comparisons that deny people their humanity ("vermin", "a plague"): hostile when said of people. */
  dehumanising: phrases,
  /** Negative generalisations ("thieves", "dirty"): hostile when said of a group. */
  derogation: phrases,
  /** Adjectives that derogate when put right before a group ("filthy", "thieving"). */
  attributesBefore: phrases,
  /** Hateful feeling, before its target ("I hate", "can't stand"). */
  hateVerbs: phrases,
  /** Hateful feeling or exclusion after its target ("make me sick", "don't belong here"). */
  hateAfter: phrases,
  /** Praise denied to a whole group ("never any good", "can't be trusted"). */
  negatedPraise: phrases,
  /** Threats: "[target] should all be shot", "I'll swing for [target]", "kill all [group]". */
  threatModals: phrases,
  threatOutcomes: phrases,
  threatVerbs: phrases,
  threatSubjects: phrases,
  threatAll: phrases,
  /** Threats after their target ("[target] wants a good slap", "needs a kicking"). */
  threatAfter: phrases,
  /** Threats whole in themselves ("put them in hospital", "six feet under"), aimed at whoever was named. */
  threatPhrases: phrases,
  /** Insults with no offensive word, aimed at people ("dead weight", "shouldn't be allowed near children"). */
  insults: phrases,
  /** Stereotypes and tropes about a group ("taking over", "all the same", "not natural"): hostile when a group is named in the sentence or the one before. */
  tropes: phrases,
  /** Tropes that put a trait down to birth ("must be in the blood"): the trait is told in an earlier sentence, so they are hostile only when no sentence from the group to the trope speaks warmly of it ("brilliant dancers. Must be in the blood" is praise). */
  inheritedTropes: phrases.default([]),
  /** Praise said in irony ("Truly a caring genius 🙃"): an insult when a marker of irony is in the sentence and someone is named. */
  sarcasm: phrases,
  /**
   * Praise that is also said sincerely ("inspirational", "well deserved", "funny how", "than"): ironic
   * only beside an eye-roll emoji, after words held in scare quotes, or as a verdict after a complaint,
   * never by a marker word alone ("another inspirational assembly" is praise).
   */
  ironicPraise: phrases,
  /** What marks irony: eye-roll emoji and words such as "truly", "another". */
  sarcasmMarkers: phrases,
  /** Affection that turns an insult into banter between friends ("you absolute muppet 😂 love you x"). */
  affection: phrases,
  /** Telling people to leave ("go back to where they came from"). */
  exclusion: phrases,
  /** Exclusion asked as a question ("why do we let [group] in?"). */
  exclusionQuestions: phrases,
  /** Counter-speech: hostile words reported in order to reject them ("saying…", "anyone who says…"). */
  reporting: phrases,
  /** Words that reject what was reported ("is disgusting", "racist", "challenged"). */
  rejection: phrases,
  /** Words that negate a hostile link ("not vermin", "don't hate"). */
  hostileNegations: phrases,
  /** Words that report a quotation ("said", "heard"): a hostile quotation reported beside one is the speaker's, not the writer's. */
  quotedReporting: phrases,
  /** The writer siding with what they report ("and I agree with him", "he's not wrong"): the report is then the writer's own claim. */
  endorsements: phrases,
  /** Things a threat phrase can be done to ("the bunting needs stringing up", "the fairy lights want stringing up"): right before one, it is a chore. */
  threatObjects: phrases,
  /** Disclaimers that introduce hate ("I'm not racist but…"): hostile when a group is named in the sentence or the next. */
  disclaimers: phrases,
  /** A joke's set-up ("what do you call a…", "what's the difference between…"): a punchline that insults the group it names is hostile. */
  jokeFrames: phrases,
  /** Tails that generalise an insult to a whole group ("Lazy, the lot of them", "Diog, bob un"). */
  generalisingTails: phrases,
  /** A blow as a noun ("a good slap", "a kicking", Welsh "pelten"): a threat after a wanting verb or given by a threatening subject. */
  blows: phrases,
  /** Verbs that give a blow ("give that parent a slap", Welsh "roi pelten i"). */
  blowGivers: phrases,
  /** Verbs that say someone is owed a blow ("wants a good kicking", "deserves a slap"). */
  blowWanters: phrases,
  /** Irony that needs no marker ("…, said no one ever"): mockery of whoever the sentence, or the one before, names. */
  ironyFrames: phrases.default([]),
  /** Verdicts that judge only when stretched over everyone ("entitled, the lot of them"; not "entitled to free meals"). */
  tailVerdicts: phrases.default([]),
  /** Hedges that soften what follows and deny nothing ("no offence but", "not being funny but"): their "no"/"not" is no negation. */
  hedges: phrases.default([]),
  /**
   * Frames that present a remark about a group as a brave truth or a grievance ("there, I said it",
   * "someone has to say it", "are we allowed to say", "what is it with", "funny that", "two tier"):
   * hostile when a group is named in the sentence or beside it, unless that sentence praises it.
   */
  dogWhistles: phrases.default([]),
  /**
   * Frames that call a question innocent ("just asking", "genuine question", "jest gofyn"): hostile only
   * with a why-question about a group that carries a grievance (gets, always, so many, too much).
   */
  innocentQuestions: phrases.default([]),
  /** Words that make a why-question about a group a grievance ("why do [group] always…", "get", "cael", "gormod"). */
  grievanceWords: phrases.default([]),
  /** A question asked to learn, not to resent ("so I can explain it to my class", "any resources"): the innocent frame is meant. */
  curiosity: phrases.default([]),
  /**
   * The in-group's side of a two-tier grievance after a group is said to get something ("…get prayer
   * rooms and we get told…", "…cyn ein teuluoedd ni"): hostile after a group and a verb of being given.
   */
  grievanceContrasts: phrases.default([]),
  /** Words that speak well of a group ("welcome", "proud", "amazing"): a dog-whistle frame beside them is not one. */
  groupWarmth: phrases.default([]),
  /** A whole place's people ("this village", "round here", "y pentref"): an insult of them is no banter between friends. */
  localCommunity: phrases.default([]),
  /** Verbs of being given or let off ("get", "given", "cael", "rhoi"): what a group is resented for. */
  privilegeVerbs: phrases.default([]),
  /**
   * A threat told as where a person will be sent ("I'll put him through the window", "someone should
   * chuck him in the canal"): who means to, a verb, a person, a path, a place (threat-placement.ts).
   */
  placementThreats: z.strictObject({ subjects: phrases, verbs: phrases, people: phrases, paths: phrases, places: phrases }).optional(),
  /**
   * People a threat verb may be aimed at by a bare "the" ("someone should lamp the dad who…", "I'd
   * headbutt the year 11 who…"): only after a threatening subject, never a thing ("beat the traffic").
   */
  threatPeople: phrases.default([]),
  /**
   * A blow said as what the writer is about to do ("I'm lamping him"): only right after "I'm"/"I am"
   * and before a person ("I'm punching above my weight", "I'm battering the fish" are no threat).
   */
  threatProgressives: phrases.default([]),
  /**
   * One- or two-word sentences of praise or thanks ("Legend.", "Brilliant.", "Diolch."): an aside of these
   * never carries an idiom of contempt back to the person named before it (seventeenth session, review).
   */
  praiseAsides: phrases.default([]),
});
export type HostilityLexicon = z.output<typeof HostilitySchema>;

/**
 * Confidential matters told without their vocabulary (`rules/lexicons/confidential-cues.json`):
 * secrecy cues and plain-words phrases, each with what must be near it to make it a school matter.
 */
export const ConfidentialCuesSchema = z.strictObject({
  $comment: comment,
  secrecy: z.strictObject({
    /** "between us", "can't say more", "not allowed to say yet", Welsh "rhyngom ni". */
    phrases,
    /** 🤐, 🤫: matched as characters anywhere in the draft. */
    emoji: z.array(z.string().min(1).max(16)),
    /**
     * Cues that are as often a plain turn of speech ("All I'm saying is bring a coat to sports day"): like an
     * emoji, they count only beside a confidential matter, a term or a person, never beside school words alone.
     */
    weakPhrases: z.array(z.string().min(1).max(400)).default([]),
    /** Word patterns (see `text/word-patterns.ts`) for families of cues: "(asked|told) (me|us) not to (tell|say)". */
    patterns: z.array(z.string().min(1).max(400)).default([]),
    /**
     * The school's own business in plain nouns ("moderation", "governors", "redundancies", Welsh "llywodraethwyr"):
     * within two sentences of a secrecy cue in words, what is kept secret is a school matter, though no school word
     * is written. Not household words ("budget", "at ours", "the letter"): a family's news is kept secret in them too.
     */
    matters: z.array(z.string().min(1).max(80)).default([]),
  }),
  /** Named word classes the patterns use as `@name` ("@bodyPart": knees, feet, back…). */
  wordClasses: z.record(z.string().regex(/^[A-Za-z]+$/), z.array(z.string().min(1).max(80)).min(1)).default({}),
  matters: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        topic: confidentialTopic,
        /**
         * What must be near for the phrase to be a school matter: `child` a pupil, child, parent or
         * strong school context; `one-child` one pupil or parent (a sanction or a diagnosis is about
         * someone, "detention duty" is not); `staff` a colleague or strong school context; `school` any school
         * context, a community reference or a secrecy cue; `outcome` an inspection or results word; `secret`
         * a secrecy cue in words (or an emoji beside strong school words): the school's own future
         * ("merging us with the juniors") is news only before it is announced; `itself` nothing: the wording
         * is the school procedure itself ("logged it, passed it on": the two steps after a disclosure).
         */
        needs: z.enum(['child', 'one-child', 'staff', 'school', 'outcome', 'hint', 'secret', 'itself']),
        phrases,
        /** Words after a phrase that make it something else ("logged in", "complaint form"). */
        unlessFollowedBy: z.array(phrase).default([]),
        /** Phrases that count only inside quotation marks, the writer doubting someone's absence ('"working from home"', '"dentist appointment"'). */
        quoted: z.array(phrase).default([]),
        /** Word patterns for families of phrasings, where a phrase list would need one line per wording. */
        patterns: z.array(z.string().min(1).max(400)).default([]),
      }),
    )
    .min(1),
  /** Inspection and results words that make "had the call" or "results are in" an outcome. */
  /** What an outcome was ("above national", "gutted"): a wait for publication is confidential only with one. */
  outcomeHints: phrases,
  outcomeWords: phrases,
  /** The writer before a staff phrase ("I've been signed off"): their own career, not a colleague's matter. */
  selfBefore: phrases,
  /** Talk about a subject, not a case ("stress awareness week", "on the news"). */
  benignFrames: phrases,
  /** Benign frames as word patterns ("my knees have filed a complaint"). */
  benignPatterns: z.array(z.string().min(1).max(400)).default([]),
});
export type ConfidentialCuesLexicon = z.output<typeof ConfidentialCuesSchema>;

/** How staff point at a child without the roster's full name (`rules/lexicons/pupil-cues.json`). */
export const PupilCuesSchema = z.strictObject({
  $comment: comment,
  /** Family words before a first name ("mam Noah", "tad Gruffydd"). */
  familyBefore: phrases,
  /** A description that identifies one child: determiner, small words, a child noun, then where at school and something about them. */
  described: z.strictObject({
    determiners: phrases,
    fillers: phrases,
    childNouns: phrases,
    classPhrases: phrases,
    markers: phrases,
  }),
  /** Welsh words after which a first name takes a mutation ("i Gerys", "gan Ddylan", "a Chaio"). */
  welshMutationTriggers: phrases,
  /** A roster full name that is someone else's: an adult by role, workplace or business, or a well-known public figure. */
  namesakes: z
    .strictObject({
      /** "rhys morgan the roofer", "my plumber Rhys Evans", "Rhys Morgan y plymar". */
      roles: phrases,
      /** After "at"/"from": "elin bevan at the council". */
      workplaces: phrases,
      /** Where the writer knows an adult from: "Mihai from my Welsh for Adults class", "Tobi from yoga". */
      adultCircles: phrases,
      /** After a name-word, an organisation: "Seren Network", "Hope Foundation" (and "#Seren" in the same draft). */
      organisationAfter: phrases,
      /** Right after the name: "Oliver Smith Roofing". */
      businesses: phrases,
      /** Right after a listed figure's name, a thing named after them: "the Dylan Thomas Centre", "the Tom Jones statue". */
      namedAfter: phrases,
      /** After a first name and "the"/"our"/"my"/a comma: an adult's trade ("kacper the plumber", "Aled y plymar"). */
      tradesAfterFirstName: phrases,
      /** Right before a name-word, a place: "Isle of Skye", "Loch Ness", "Ynys Enlli". */
      placeBefore: phrases,
      /** After one or two first names, what adults do: "Cerys a Dylan yn priodi", "Sam and Alex got engaged". */
      adultEvents: phrases,
      /** A public figure's own work, right after the name in the possessive ("Zoë Williams' column", "Tom Daley's knitting book"). */
      works: phrases.default([]),
      /** Words before such a work that make it a child's school thing ("reading book", "homework book"), not a public figure's. */
      schoolWorks: phrases.default([]),
      /** Said of public figures only ("on the radio", "S4C", "tickets"): a cue for any name when close to it. */
      public: phrases,
      /** By kind of public figure, what a draft about them says ("album", "film", "bowl"). */
      cues: z.record(z.string().min(1), phrases),
      /** Well-known public figures by kind (a kind in `cues`). */
      people: z.record(z.string().min(1), phrases),
    })
    .superRefine((value, issue) => {
      for (const kind of Object.keys(value.people)) {
        if (!(kind in value.cues)) issue.addIssue({ code: 'custom', path: ['people', kind], message: `no cues for the kind "${kind}"` });
      }
    }),
});
export type PupilCuesLexicon = z.output<typeof PupilCuesSchema>;

/** Talk about the profession or society in general (rules/lexicons/general-talk.json). */
export const GeneralTalkSchema = z.strictObject({
  $comment: comment,
  /** "Pay for TAs is a disgrace": an insult aimed at the thing done for people, not at them. */
  thingHeads: phrases,
  /** "support staff pay is a joke": a thing paid or provided for the people right after them is the subject. */
  payHeads: phrases,
  /** "asylum seekers": plural nouns that make a home-circumstances word talk about a group. */
  groupAfter: phrases,
});
