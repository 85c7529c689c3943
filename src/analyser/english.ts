import en from '../public/_locales/en/messages.json';
import type { EngineFinding, Finding, MessageArg } from '../engine/types';
import { formatEntry, type CatalogueEntry } from '../i18n/format';

/**
 * The English of a message key, formatted from the English catalogue exactly as the panel would
 * format it: the command line, the JSON output and the tests read the same words a teacher sees.
 */
export function english(key: string, args: readonly MessageArg[]): string {
  const entry = (en as Record<string, CatalogueEntry>)[key];
  if (!entry) throw new Error(`no message "${key}" in the English catalogue`);
  const substitutions = args.map((arg) => (typeof arg === 'string' ? arg : english(arg.key, arg.args ?? [])));
  return formatEntry(entry, substitutions);
}

/** An engine finding with its message (and a photo's summary) in plain English. */
export function inEnglish(finding: EngineFinding): Finding {
  const { image, ...rest } = finding;
  return {
    ...rest,
    message: english(finding.messageKey, finding.messageArgs),
    ...(image ? { image: { name: image.name, summary: image.summaryParts.map((part) => english(part.key, part.args)).join('; '), summaryParts: image.summaryParts } } : {}),
  };
}
