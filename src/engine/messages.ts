import en from '../public/_locales/en/messages.json';
import { formatEntry, type MessageArg } from '../i18n/format';

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
  const substitutions = args.map((arg) => (typeof arg === 'string' ? arg : formatEntry(en[arg.key as PhraseKey], [])));
  return { message: formatEntry(en[key], substitutions), messageKey: key, messageArgs: args };
}
