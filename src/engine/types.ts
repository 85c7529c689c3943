/**
 * An argument of a message: words from the draft (never translated), or another message of the
 * catalogue (a phrase such as "parents or carers", or a whole finding's message quoted in a
 * photo's), translated with the sentence around it, with its own arguments. The engine owns the
 * shape; `src/i18n` formats it.
 */
export type MessageArg = string | { readonly key: string; readonly args?: readonly MessageArg[] };

/** A message to show, by key: what findings and check results carry instead of finished text. */
export interface LocalText {
  readonly key: string;
  readonly args: readonly MessageArg[];
}

/**
 * The shapes every surface (in-page panel, options preview, induction demo, CLI) shares.
 * The engine is pure: nothing here touches the DOM or a browser API.
 */

export const CATEGORIES = ['school-name', 'pupil-name', 'pupil-image', 'derogatory', 'confidential'] as const;
export type Category = (typeof CATEGORIES)[number];

/** `info` is worth knowing but not a risk on its own; the pre-post check acts on `warning` and `high`. */
export const SEVERITIES = ['info', 'warning', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

/**
 * Topics refine a category so that a pack can cite a more precise clause
 * (e.g. Gloucestershire 7.4.3 for remarks about staff, 7.4.4 for remarks about parents).
 */
export const TOPICS = {
  'school-name': ['named', 'place'],
  'pupil-name': ['roster', 'unlisted'],
  'pupil-image': ['faces', 'location', 'text-in-image'],
  derogatory: ['discriminatory', 'about-pupils', 'about-parents', 'about-staff', 'about-school', 'general'],
  confidential: [
    'safeguarding',
    'additional-needs',
    'care',
    'behaviour',
    'staff-matters',
    'inspection',
    'results',
    'identifiers',
    'personal-details',
    'custom',
  ],
} as const satisfies Record<Category, readonly string[]>;
export type Topic<C extends Category = Category> = (typeof TOPICS)[C][number];

/** A clause of the active pack, quoted so a finding can be shown without another lookup. */
export interface ClauseRef {
  policy: string;
  id: string;
  title: string;
  text: string;
}

/** Why a finding was raised, in the spirit of Presidio's decision process. */
export interface Explanation {
  /** The rule that matched, e.g. "roster full name" or "lexicon: numpty". */
  rule: string;
  /** The word or phrase that raised or lowered the severity, if any (e.g. "my class", "parents"). */
  context?: string;
  /** Plain-English reasoning for the severity. */
  reason: string;
}

/**
 * What the engine reports: everything but finished words. Its message is a catalogue key and
 * arguments; `src/analyser` adds the English the command line prints, and the panel and the demo
 * format the key in the teacher's language.
 */
export interface EngineFinding {
  category: Category;
  topic: Topic;
  severity: Severity;
  /** UTF-16 offsets into the draft; `end` is exclusive. */
  start: number;
  end: number;
  /** The draft's own text between start and end. */
  match: string;
  /** The message as a key of the extension's catalogue (`_locales`) and its arguments, for Welsh and English alike. */
  messageKey: string;
  messageArgs: MessageArg[];
  /** Stable identifier of the rule, e.g. "pupil-name/roster-full"; every id is listed by its detector and in docs/detection.md. */
  ruleId: string;
  clauses: ClauseRef[];
  explanation: Explanation;
  /**
   * The roster entries the match stands for, as configured ("Amira Khan" for a draft's "Amira"),
   * for the teacher's own surfaces (command line, options page). Never put in a message, and
   * dropped by the background before it answers a content script: the roster stays out of pages.
   */
  listed?: string[];
  /**
   * Set on findings about an attached photo (category `pupil-image`), whose offsets are 0: the
   * photo's name and, as messages, everything the check saw in it ("2 faces that look like
   * children; photo taken 40 m from school").
   */
  image?: { name: string; summaryParts: LocalText[] };
}

/** A finding as every surface shows it: the engine's, with its message in plain English too. */
export interface Finding extends Omit<EngineFinding, 'image'> {
  /** Plain English a teacher understands (what the command line prints). */
  message: string;
  image?: { name: string; summary: string; summaryParts?: LocalText[] };
}
