import { z } from 'zod';

const phrase = z.string().trim().min(1).max(80);
const phrases = z.array(phrase).min(1);

/**
 * Sentences that make a bare first name a child of the school (`rules/lexicons/pupil-frames.json`):
 * what a pupil tells a teacher, being away from school, being out with a parent, the Welsh subject
 * slot ("Ma' Hope wedi…"), and the words that describe an unnamed child.
 */
export const PupilFramesSchema = z.strictObject({
  $comment: z.string().optional(),
  /** "X told me his dad…", Welsh "X 'di deud wrtha i bod ei…": said to the writer, right after the name. */
  toldMe: phrases,
  /** Family words after "told me (that) his/her…": a disclosure about home. */
  toldFamily: phrases,
  /** "X's not been in for 9 days", "X has been off since Monday": away from school, right after the name. */
  away: phrases,
  /**
   * "iestyn asked if cwtch is a real word", "asked me why the sky is blue": a question asked of the writer,
   * right after a roster name that is no everyday word (tenth session). Not enough for a name that is a word.
   */
  askedMe: phrases.default([]),
  /** "saw Faith in Tesco with her mum", "efo'i mam": out with a parent, within a few words after the name. */
  withParent: phrases,
  /** The Welsh subject slot: a verb before the name ("Ma' Hope", "Roedd Grace"). */
  welshVerbBefore: phrases,
  /** Then an aspect word after it ("yn", "wedi", "'di"). */
  welshAspect: phrases,
  /** What a child does, as a Welsh verb-noun after the aspect word ("Mali yn canu", "Hope wedi cael"). */
  welshChildVerbs: phrases,
  /** Name-words that are Welsh words ("Eira", "Seren", "Haf"): in a Welsh sentence they need a child's verb, not only the slot. */
  welshWordNames: phrases,
  /** Words describing a child before the child noun ("the tall Somali lad", "the ginger boy"). */
  describing: phrases,
  /** Where an unnamed child lives or joined us, standing in for a class ("who lives above the chippy", "who started with us Monday"). */
  whereFrom: phrases,
  /** Joined the school: evidence of school by itself ("who started with us", "who joined us"). */
  joinedUs: phrases,
  /** Aids that identify a child as strongly as "whose" or "with" ("the girl in the wheelchair"). */
  aids: phrases,
  /** Child nouns that single children out by themselves ("the twins in reception"): with a class, no "who" is needed. */
  setApart: phrases.default([]),
  /** "you know the one", "you'll know who i mean": the writer saying readers will recognise who is meant. */
  knownToReaders: phrases.default([]),
  /** Praise that picks a child out in a public competition ("with the best handwriting", "who wins"): a role, not who they are. */
  competed: phrases.default([]),
  /**
   * Capital letters that are no child's initials though a class follows them ("PE in 5H", "the TA in Year 2",
   * "ADY in Bl.4"): subjects, roles, services, everyday abbreviations (seventeenth session, initials-in-class).
   */
  notInitials: phrases.default([]),
  /** School roles and systems ("told the DSL", "on CPOMS"): with them a description of where a child lives is about a pupil. */
  schoolRoles: phrases,
  /** Words before a roster surname that point at one family ("the", "that"): "that Fairweather woman". */
  surnameFamilyBefore: phrases,
  /** Family and parent words after a roster surname: the pupil's family, a parent through the child ("the Gedge family", "the Nowak parents"). */
  surnameFamily: phrases,
  /** The family words that need no word before them, even typed in lower case ("gedge family had the bailiffs round"). */
  surnameFamilyBare: phrases,
});
export type PupilFramesLexicon = z.output<typeof PupilFramesSchema>;
