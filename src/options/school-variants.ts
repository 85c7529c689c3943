import { compile } from '../analyser';
import { LEXICONS } from '../engine/rules';

/**
 * The live preview under the school's name: spellings people really write (short forms, hashtags,
 * handles, Welsh), each checked by the real engine with the name as typed. Only spellings the
 * engine actually flags are shown as recognised, so the preview can never promise more than the
 * check does. `inContext` is checked in the very post the page shows as the example, in the
 * teacher's language.
 */
export interface Variant {
  readonly text: string;
  /** The engine flags it written on its own. */
  readonly alone: boolean;
  /** The engine flags it in a post that is about school ("Sports day at Oakfield today with my class"). */
  readonly inContext: boolean;
}

const TRAILING_WORDS = new Set(LEXICONS.schoolTypes.trailing.flatMap((entry) => entry.phrases.filter((p) => !p.includes(' '))));

export function schoolVariants(schoolName: string, aliases: readonly string[], aboutSchool: (text: string) => string): Variant[] {
  const name = schoolName.trim();
  if (!name) return [];
  let analyser;
  try {
    analyser = compile({ schoolName: name, schoolAliases: aliases.filter((a) => a.trim() !== '') });
  } catch {
    return [];
  }
  const words = name.split(/\s+/);
  let cut = words.length;
  while (cut > 1 && TRAILING_WORDS.has(words[cut - 1]!.toLowerCase())) cut--;
  const own = words.slice(0, cut);
  const types = words.slice(cut);
  const ownText = own.join(' ');
  const camel = (parts: readonly string[]) => parts.map((p) => p.replace(/[^\p{L}\p{N}]/gu, '')).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
  const squashed = (parts: readonly string[]) => parts.join('').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

  const candidates = new Set<string>([name, name.toLowerCase()]);
  if (types.length > 1) candidates.add(`${ownText} ${types[0]}`);
  candidates.add(`#${camel(words)}`);
  if (types.length > 0) candidates.add(`#${camel([...own, types[0]!])}`);
  candidates.add(`@${squashed(own)}_${types.length > 0 ? squashed(types.map((t) => t[0]!)) : 'school'}`);
  candidates.add(`@${squashed(words)}`);
  for (const welsh of LEXICONS.schoolTypes.welshLeading) for (const phrase of welsh.phrases.slice(0, 2)) candidates.add(`${titleCase(phrase)} ${ownText}`);
  // Initials ("Oakfield PS"): the first two the engine recognises are enough to make the point.
  let initials = 0;
  for (const entry of LEXICONS.schoolTypes.initials) {
    const text = `${ownText} ${entry.form.toUpperCase()}`;
    if (initials < 2 && analyser.analyse(text).some((f) => f.category === 'school-name')) {
      candidates.add(text);
      initials++;
    }
  }
  for (const alias of aliases) {
    if (!alias.trim()) continue;
    candidates.add(alias.trim());
    candidates.add(`#${camel(alias.trim().split(/\s+/))}`);
  }
  candidates.add(ownText);

  const flags = (draft: string, text: string) => analyser.analyse(draft).some((f) => f.category === 'school-name' && draft.slice(f.start, f.end).toLowerCase().includes(text.replace(/^[#@]/, '').toLowerCase().split(/[\s_]/)[0]!));
  return [...candidates].map((text) => ({
    text,
    alone: flags(text, text),
    inContext: flags(aboutSchool(text), text),
  }));
}

function titleCase(phrase: string): string {
  return phrase.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
