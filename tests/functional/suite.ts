import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The hostility functional suite (tests/functional/hostility-suite.json): its schema, and the
 * expansion of its templates over target groups into cases with stable ids. Pure: no engine here,
 * so the suite can be validated and expanded whatever shape the engine takes.
 */

export const SUITE_PATH = fileURLToPath(new URL('./hostility-suite.json', import.meta.url));

/** The slots a template may use; each target list says which of them its groups fill. */
export const SLOTS = ['group', 'group_singular', 'group_adj', 'person'] as const;
export type Slot = (typeof SLOTS)[number];

/** Which slots each target list must fill for every group (group_adj is optional per group). */
const REQUIRED_SLOTS: Record<TargetList, readonly Slot[]> = {
  protected: ['group', 'group_singular'],
  school: ['group'],
  person: ['person'],
  slurs: ['group', 'group_singular'],
  welsh: ['group'],
};
const OPTIONAL_SLOTS: Record<TargetList, readonly Slot[]> = {
  protected: ['group_adj'],
  school: [],
  person: [],
  slurs: [],
  welsh: [],
};

export const TARGET_LISTS = ['protected', 'school', 'person', 'slurs', 'welsh'] as const;
export type TargetList = (typeof TARGET_LISTS)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');
const phrase = z.string().trim().min(1);

const GroupSchema = z.strictObject({
  id,
  /** What the group is, e.g. race, religion, disability; parents, pupils, staff. */
  kind: id,
  group: phrase.optional(),
  group_singular: phrase.optional(),
  group_adj: phrase.optional(),
  person: phrase.optional(),
  /** English meaning, for Welsh groups. */
  gloss: phrase.optional(),
});

const TemplateSchema = z.strictObject({
  id,
  /** The target list the template is expanded over; `none` is a single fixed case. */
  over: z.enum([...TARGET_LISTS, 'none']),
  /** Restrict the expansion to these groups of the list (ids). */
  groups: z.array(id).min(1).optional(),
  text: phrase,
  /** English meaning, for Welsh templates. */
  gloss: phrase.optional(),
});

const FunctionalitySchema = z.strictObject({
  id,
  title: phrase,
  /** `flag`: a warning or high derogatory finding is expected; `quiet`: none is. */
  expect: z.enum(['flag', 'quiet']),
  templates: z.array(TemplateSchema).min(1),
});

export const SuiteSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    targets: z.strictObject(
      Object.fromEntries(TARGET_LISTS.map((name) => [name, z.strictObject({ about: phrase, groups: z.array(GroupSchema).min(1) })])) as Record<
        TargetList,
        z.ZodObject<{ about: typeof phrase; groups: z.ZodArray<typeof GroupSchema> }>
      >,
    ),
    functionalities: z.array(FunctionalitySchema).min(1),
  })
  .superRefine((suite, ctx) => {
    for (const list of TARGET_LISTS) {
      const seen = new Set<string>();
      suite.targets[list].groups.forEach((group, g) => {
        const path = ['targets', list, 'groups', g];
        if (seen.has(group.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate group id "${group.id}" in ${list}` });
        seen.add(group.id);
        for (const slot of REQUIRED_SLOTS[list]) {
          if (group[slot] === undefined) ctx.addIssue({ code: 'custom', path, message: `group "${group.id}" in ${list} needs "${slot}"` });
        }
        for (const slot of SLOTS) {
          if (group[slot] !== undefined && !REQUIRED_SLOTS[list].includes(slot) && !OPTIONAL_SLOTS[list].includes(slot)) {
            ctx.addIssue({ code: 'custom', path: [...path, slot], message: `"${slot}" is not a slot of the ${list} list` });
          }
        }
      });
    }
    const functionalityIds = new Set<string>();
    suite.functionalities.forEach((functionality, f) => {
      if (functionalityIds.has(functionality.id)) ctx.addIssue({ code: 'custom', path: ['functionalities', f, 'id'], message: `duplicate functionality id "${functionality.id}"` });
      functionalityIds.add(functionality.id);
      const templateIds = new Set<string>();
      functionality.templates.forEach((template, t) => {
        const path = ['functionalities', f, 'templates', t];
        const where = `${functionality.id}/${template.id}`;
        if (templateIds.has(template.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate template id "${where}"` });
        templateIds.add(template.id);
        const used = slotsIn(template.text);
        const unknown = used.filter((slot) => !(SLOTS as readonly string[]).includes(slot));
        if (unknown.length) ctx.addIssue({ code: 'custom', path: [...path, 'text'], message: `${where} uses unknown slot(s) ${unknown.map((s) => `{${s}}`).join(', ')}` });
        if (template.over === 'none') {
          if (used.length) ctx.addIssue({ code: 'custom', path: [...path, 'text'], message: `${where} is fixed (over: none) but has slots` });
          if (template.groups) ctx.addIssue({ code: 'custom', path: [...path, 'groups'], message: `${where} is fixed (over: none) but lists groups` });
          return;
        }
        if (!used.length) ctx.addIssue({ code: 'custom', path: [...path, 'text'], message: `${where} is expanded over ${template.over} but has no slot` });
        const list = template.over;
        const fillable = [...REQUIRED_SLOTS[list], ...OPTIONAL_SLOTS[list]];
        const unfillable = used.filter((slot) => (SLOTS as readonly string[]).includes(slot) && !fillable.includes(slot as Slot));
        if (unfillable.length) ctx.addIssue({ code: 'custom', path: [...path, 'text'], message: `${where}: the ${list} list does not fill ${unfillable.map((s) => `{${s}}`).join(', ')}` });
        const known = new Set(suite.targets[list].groups.map((g) => g.id));
        for (const groupId of template.groups ?? []) {
          if (!known.has(groupId)) ctx.addIssue({ code: 'custom', path: [...path, 'groups'], message: `${where} names group "${groupId}", which is not in the ${list} list` });
        }
      });
    });
  });

export type Suite = z.infer<typeof SuiteSchema>;
export type Expect = Suite['functionalities'][number]['expect'];

export interface Case {
  /** `functionality/template` for a fixed case, `functionality/template/group` for an expanded one. */
  id: string;
  functionality: string;
  expect: Expect;
  /** The target list the case was expanded over (`none` for a fixed case). */
  target: TargetList | 'none';
  /** The group's id, or `none` for a fixed case. */
  group: string;
  /** The group's kind (race, religion, parents…), or `none`. */
  kind: string;
  text: string;
}

function slotsIn(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
}

/** Parses and validates a suite, with every problem and where it is in the message. */
export function parseSuite(raw: unknown): Suite {
  const result = SuiteSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`The hostility suite is not valid:\n${problems.join('\n')}`);
  }
  return result.data;
}

export function loadSuite(path = SUITE_PATH): Suite {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the hostility suite at ${path}: ${(error as Error).message}`);
  }
  return parseSuite(raw);
}

/**
 * Fills a template's slots. "a {group_singular}" becomes "an" before a vowel ("an Asian person",
 * "an immigrant"); a template that begins with a slot has its first letter capitalised, as the
 * start of a sentence.
 */
function fill(text: string, values: { [slot in Slot]?: string | undefined }): string {
  const filled = text.replace(/(\b[Aa] )?\{([a-z_]+)\}/g, (_, article: string | undefined, slot: Slot) => {
    const value = values[slot]!;
    if (!article) return value;
    return /^[aeiou]/i.test(value) ? `${article.charAt(0)}n ${value}` : `${article}${value}`;
  });
  return text.startsWith('{') ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
}

/**
 * Every case of the suite, in file order. A template expands over its list's groups (or the ones it
 * names); a group that lacks an optional slot the template uses (group_adj) is skipped.
 */
export function expandSuite(suite: Suite): Case[] {
  const cases: Case[] = [];
  for (const functionality of suite.functionalities) {
    for (const template of functionality.templates) {
      const base = { functionality: functionality.id, expect: functionality.expect };
      if (template.over === 'none') {
        cases.push({ ...base, id: `${functionality.id}/${template.id}`, target: 'none', group: 'none', kind: 'none', text: template.text });
        continue;
      }
      const used = slotsIn(template.text) as Slot[];
      const wanted = template.groups ? new Set(template.groups) : undefined;
      for (const group of suite.targets[template.over].groups) {
        if (wanted && !wanted.has(group.id)) continue;
        if (used.some((slot) => group[slot] === undefined)) continue;
        cases.push({
          ...base,
          id: `${functionality.id}/${template.id}/${group.id}`,
          target: template.over,
          group: group.id,
          kind: group.kind,
          text: fill(template.text, group),
        });
      }
    }
  }
  return cases;
}
