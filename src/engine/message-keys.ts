import type en from '../public/_locales/en/messages.json';
import type { LocalText, MessageArg } from './types';

/**
 * A finding's message as a key of the extension's catalogue (`_locales`) and its arguments. The
 * engine names messages but never words them: the English the command line prints is formatted
 * from the English catalogue by `src/analyser`, and the panel and the demo format the same key in
 * the teacher's language, so no two surfaces can say different things. The catalogue is imported
 * for its keys' type only.
 */
export type FindingMessageKey = Extract<keyof typeof en, `finding_${string}`>;
/** Phrases a message is built from: who a remark is aimed at, what a confidential matter is. */
export type PhraseKey = Extract<keyof typeof en, `group_${string}` | `topic_${string}` | `identifier_${string}` | `detail_${string}`>;
/** Words about a photo (its one-line summary), by key, like a finding's message. */
export type PhotoKey = Extract<keyof typeof en, `photo_${string}`>;

export interface SaidMessage {
  messageKey: FindingMessageKey;
  messageArgs: MessageArg[];
}

export const phrase = (key: PhraseKey): MessageArg => ({ key });

export function say(key: FindingMessageKey, ...args: MessageArg[]): SaidMessage {
  return { messageKey: key, messageArgs: args };
}

export function describe(key: PhotoKey, ...args: MessageArg[]): LocalText {
  return { key, args };
}
