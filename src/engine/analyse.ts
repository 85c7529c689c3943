import { clausesFor } from './clauses';
import type { EngineConfig } from './config';
import { SentenceTagger } from './context/sentence-tags';
import type { ContextHit } from './context/school-context';
import type { Reference } from './context/community';
import type { GroupTarget } from './context/group-targets';
import { PHASES, type Detector, type NameSink, type Phase, type RulesBundle } from './detector';
import { DETECTORS } from './detectors';
import { compiledNames } from './detectors/compiled-names';
import type { TermMatch } from './detectors/confidential-terms';
import type { RawFinding } from './detectors/raw-finding';
import { DraftContext } from './draft';
import { RULES_BUNDLE, RulesDataError } from './rules';
import { formatIssues } from './schemas/errors';
import type { Pack } from './schemas/pack';
import { tokenize } from './text/tokenize';
import { SEVERITY_RANK, type EngineFinding } from './types';

/**
 * The engine: `compileEngine(config).analyse(text) → EngineFinding[]`. Pure TypeScript, no DOM,
 * no browser API, no settings: nothing leaves the process. Each detector is compiled once per
 * configuration (the roster, the school's name, the extra terms), never per keystroke; then a
 * draft runs through the phases in order, each handing its typed results to the next.
 */
export interface Engine {
  readonly config: EngineConfig;
  readonly pack: Pack;
  /** Configured entries that cannot be matched (a name with no letters), for the settings screen. */
  readonly notes: readonly string[];
  analyse(text: string): EngineFinding[];
}

export interface EngineOptions {
  /** The rules data detectors read (lexicons, models); the shipped `rules/` by default. */
  readonly bundle?: RulesBundle;
  /** Which detectors run; all of them by default. */
  readonly detectors?: readonly Detector<any, any, any>[];
}

interface Compiled {
  readonly detector: Detector<any, any, any>;
  readonly state: unknown;
}

export function compileEngine(config: EngineConfig, options: EngineOptions = {}): Engine {
  const bundle = options.bundle ?? RULES_BUNDLE;
  const detectors = options.detectors ?? DETECTORS;
  const byPhase = new Map<Phase, Compiled[]>(PHASES.map((phase) => [phase, []]));
  for (const detector of detectors) byPhase.get(detector.phase)!.push({ detector, state: detector.compile(validatedData(detector, bundle), config) });
  const tagger = new SentenceTagger();
  const names = compiledNames(config);
  const notes = [
    ...names.plainRoster.skipped.map((s) => `pupilNames[${s.index}] (“${s.name}”) ${s.reason} and is ignored`),
    ...names.staff.skipped.map((s) => `staffNames[${s.index}] (“${s.name}”) ${s.reason} and is ignored`),
  ];
  const phase = (p: Phase) => byPhase.get(p)!;

  return {
    config,
    pack: config.pack,
    notes,
    analyse(input: string): EngineFinding[] {
      // Typed as a string, but a page or a script may hand over anything: never throw on it.
      const text = typeof input === 'string' ? input : '';
      const doc = tokenize(text);
      const ctx = new DraftContext(doc, tagger);
      tagger.beginDraft();

      // 1. Context: school words and who the draft talks about.
      let confidentialTerms: readonly TermMatch[] = [];
      for (const { detector, state } of phase('context')) {
        const out = detector.run(state, { doc }) as { schoolContext?: readonly ContextHit[]; references?: readonly Reference[]; confidentialTerms?: readonly TermMatch[] };
        if (out.schoolContext) ctx.addSchoolContext(out.schoolContext);
        if (out.references) ctx.addReferences(out.references);
        if (out.confidentialTerms) confidentialTerms = confidentialTerms.concat(out.confidentialTerms);
      }

      // 2. Names, one detector after another: each sees what the earlier ones claimed. (Arrays are
      // concatenated, never spread into a call: a megabyte of findings would overflow the stack.)
      let raw: RawFinding[] = [];
      const found: NameSink = {
        claim: (first, last) => ctx.claim(first, last),
        reference: (ref) => ctx.addReferences(ref),
        schoolContext: (hits) => ctx.addSchoolContext(hits),
      };
      for (const { detector, state } of phase('names')) raw = raw.concat((detector.run(state, { view: ctx, found }) as { findings: readonly RawFinding[] }).findings);

      // 3. Targets: groups of people a remark can be aimed at.
      let groups: readonly GroupTarget[] = [];
      for (const { detector, state } of phase('targets')) groups = groups.concat((detector.run(state, { view: ctx }) as { groups: readonly GroupTarget[] }).groups);

      // 4. Findings.
      for (const { detector, state } of phase('findings')) raw = raw.concat(detector.run(state, { view: ctx, confidentialTerms, groups }) as readonly RawFinding[]);

      // 5. Passes over every finding.
      for (const { detector, state } of phase('post')) raw = (detector.run(state, { view: ctx, findings: raw, groups }) as readonly RawFinding[]).slice();

      return finalise(text, raw, config.pack);
    },
  };
}

/** Each detector's data, validated against its own schema once per bundle, not once per settings change. */
const validatedByBundle = new WeakMap<RulesBundle, Map<string, unknown>>();

function validatedData(detector: Detector<any, any, any>, bundle: RulesBundle): unknown {
  let cache = validatedByBundle.get(bundle);
  if (!cache) validatedByBundle.set(bundle, (cache = new Map()));
  if (cache.has(detector.id)) return cache.get(detector.id);
  const selected = detector.select(bundle);
  const result = detector.lexicon.safeParse(selected);
  if (!result.success) throw new RulesDataError(`the data of detector "${detector.id}": ${formatIssues(result.error.issues, selected).join('; ')}`);
  cache.set(detector.id, result.data);
  return result.data;
}

function finalise(text: string, raw: readonly RawFinding[], pack: Pack): EngineFinding[] {
  // One finding per category and span: the most severe wins.
  const best = new Map<string, RawFinding>();
  for (const finding of raw) {
    const key = `${finding.category}:${finding.start}:${finding.end}`;
    const existing = best.get(key);
    if (!existing || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[existing.severity]) best.set(key, finding);
  }
  return [...best.values()]
    .sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end)
    .map((f) => ({
      category: f.category,
      topic: f.topic,
      severity: f.severity,
      start: f.start,
      end: f.end,
      match: text.slice(f.start, f.end),
      messageKey: f.messageKey,
      messageArgs: [...f.messageArgs],
      ruleId: f.ruleId,
      clauses: clausesFor(pack, f.category, f.topic, f.severity),
      explanation: f.explanation,
      ...(f.listed ? { listed: [...f.listed] } : {}),
    }));
}
