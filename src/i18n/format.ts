import type { LocalText, MessageArg } from '../engine/types';

/** Defined by the engine, which names its messages by key; formatted here. */
export type { LocalText, MessageArg };

/**
 * The `messages.json` format of the browser's i18n (`_locales/<lang>/messages.json`), formatted
 * exactly as `browser.i18n.getMessage` formats it, so the same catalogue can be used where that
 * API does not exist (the demo served as a plain web page) or cannot be told which language to use
 * (the teacher chose a language other than the browser's).
 */
export interface CatalogueEntry {
  readonly message: string;
  readonly description?: string;
  /** Named placeholders (`$SCHOOL$` in the message), each standing for a substitution (`$1`). */
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}

export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

/**
 * `$NAME$` becomes its placeholder's content, then `$1`…`$9` become the substitutions and `$$` a
 * dollar sign. A substitution is inserted as it is: a draft containing "$1" is never reformatted.
 * Placeholder names are case-insensitive, as in the browser.
 */
export function formatEntry(entry: CatalogueEntry, substitutions: readonly string[]): string {
  return templateOf(entry).replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/** Each entry's message with its named placeholders resolved, worked out once: every finding of every draft formats one. */
const templates = new WeakMap<CatalogueEntry, string>();

function templateOf(entry: CatalogueEntry): string {
  let template = templates.get(entry);
  if (template === undefined) {
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
    template = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
    templates.set(entry, template);
  }
  return template;
}
