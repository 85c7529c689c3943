import en from '../public/_locales/en/messages.json';
import { formatEntry, type CatalogueEntry, type LocalText, type MessageArg } from '../i18n/format';

/**
 * A finding's message, in two forms: the English text (what the command line prints, and what
 * every finding has always carried) and its key and arguments in the extension's catalogue, so
 * the panel and the demo can show it in Welsh. The English comes from the English catalogue
 * itself, so the two can never drift apart. The engine stays pure: this is data, not a browser API.
 */
export type FindingMessageKey = Extract<keyof typeof en, `finding_${string}`>;
/** Phrases a message is built from: who a remark is aimed at, what a confidential matter is. */
export type PhraseKey = Extract<keyof typeof en, `group_${string}` | `topic_${string}` | `identifier_${string}` | `detail_${string}`>;

export interface SaidMessage {
  message: string;
  messageKey: FindingMessageKey;
  messageArgs: MessageArg[];
}

export const phrase = (key: PhraseKey): MessageArg => ({ key });

export function say(key: FindingMessageKey, ...args: MessageArg[]): SaidMessage {
  return { message: english(key, args), messageKey: key, messageArgs: args };
}

/** Words about a photo (its one-line summary), as text and as key and arguments, like a finding's message. */
export type PhotoKey = Extract<keyof typeof en, `photo_${string}`>;
export function describe(key: PhotoKey, ...args: MessageArg[]): { text: string; local: LocalText } {
  return { text: english(key, args), local: { key, args } };
}

function english(key: string, args: readonly MessageArg[]): string {
  const substitutions = args.map((arg) => (typeof arg === 'string' ? arg : english(arg.key, arg.args ?? [])));
  return formatEntry((en as Record<string, CatalogueEntry>)[key]!, substitutions);
}
