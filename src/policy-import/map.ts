import { clausesFor } from '../engine/clauses';
import type { Clause, Pack } from '../engine/schemas/pack';
import { CATEGORIES, TOPICS, type Category } from '../engine/types';
import { evidence, type Signal } from './evidence';
import type { SegmentedClause } from './segment';

/**
 * Which clauses of a school's policy each kind of finding should cite, by the evidence in the
 * clauses' own words, each choice with those words and a confidence a person can check. Every
 * category and topic is mapped at `warning` and at `high`; at `high` the clause about what a
 * breach leads to (disciplinary action, gross misconduct) follows the substantive one, as in the
 * hand-made packs. A category the policy has no clause for is said plainly and cites the model
 * policy's clause instead, marked as the model's.
 */
export type SlotSeverity = 'warning' | 'high';
export const SLOT_SEVERITIES: readonly SlotSeverity[] = ['warning', 'high'];

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'none';

export interface SlotProposal {
  category: Category;
  topic: string;
  severity: SlotSeverity;
  /** Clause ids, the one a teacher is shown in full first. */
  clauses: string[];
  /** The words in each cited clause that support it. */
  evidence: Record<string, string[]>;
  /** 0 to 1. */
  confidence: number;
  level: ConfidenceLevel;
  /** The model policy's clause stands in: the school's policy has no clause for this. */
  fallback: boolean;
  /** Other clauses with some evidence for this, best first (what a person might choose instead). */
  alternatives: string[];
}

export interface Scored {
  id: string;
  score: number;
  words: string[];
  /** Some evidence is direct (a weight of 3 or 4: "photographs", "confidential"), not only near. */
  direct?: boolean;
}

/** A model-policy clause taken into a school's pack, marked as such in its id, heading and title. */
export const MODEL_PREFIX = 'model-';

interface Compiled {
  label: string;
  re: RegExp;
  weight: number;
}

const compiledCache = new WeakMap<Signal[], Compiled[]>();
function compile(signals: Signal[]): Compiled[] {
  let compiled = compiledCache.get(signals);
  if (!compiled) {
    compiled = signals.map((s) => ({ label: s.label, re: new RegExp(s.pattern, 'iu'), weight: s.weight }));
    compiledCache.set(signals, compiled);
  }
  return compiled;
}

/** The clause's words as the mapper reads them: an item of a list with the words that introduce it. */
function wordsOf(clause: SegmentedClause): string {
  return clause.leadIn && !clause.text.startsWith(clause.leadIn) ? `${clause.leadIn} ${clause.text}` : clause.text;
}

function match(signals: Signal[], text: string): { score: number; words: string[]; positive: number; strongest: number } {
  let score = 0;
  let positive = 0;
  let strongest = 0;
  const words: string[] = [];
  for (const signal of compile(signals)) {
    const found = signal.re.exec(text);
    if (!found) continue;
    score += signal.weight;
    if (signal.weight > 0) {
      positive += signal.weight;
      strongest = Math.max(strongest, signal.weight);
      words.push(shorten(found[0].toLowerCase()));
    }
  }
  return { score, words, positive, strongest };
}

/** The evidence for one category and topic in one clause; 0 when the clause has no anchor for the category. */
export function scoreClause(clause: SegmentedClause, category: Category, topic?: string): Scored {
  const ev = evidence();
  const rules = ev.categories[category];
  const text = wordsOf(clause);
  const anchors = match(rules.anchors, text);
  if (anchors.positive === 0) return { id: clause.id, score: 0, words: [] };
  const support = match(rules.support, text);
  const topical = topic ? match(rules.topics[topic] ?? [], text) : { score: 0, words: [] as string[] };
  let score = anchors.score + support.score + topical.score;
  if (new RegExp(ev.directive, 'iu').test(text)) score *= 1.25;
  score *= penalty(clause, text);
  return { id: clause.id, score: Math.max(0, score), words: unique([...anchors.words, ...topical.words, ...support.words]), direct: anchors.strongest >= 3 };
}

/** A match across several words ("references … to any staff member, pupil") is shown by its ends. */
function shorten(words: string): string {
  if (words.length <= 48) return words;
  const parts = words.split(/\s+/);
  return `${parts.slice(0, 3).join(' ')} … ${parts.slice(-2).join(' ')}`;
}

function penalty(clause: SegmentedClause, text: string): number {
  let factor = 1;
  const ev = evidence();
  for (const p of ev.penalties) {
    const byHeading = p.heading !== undefined && clause.heading !== undefined && new RegExp(p.heading, 'iu').test(clause.heading);
    const byText = p.text !== undefined && new RegExp(p.text, 'iu').test(clause.text);
    const byConsequence = p.consequence === true && match(ev.consequence, text).positive >= 3;
    const byLength = p.minLength !== undefined && clause.text.length >= p.minLength;
    const byAppendix = p.appendix === true && clause.appendix === true;
    if (byHeading || byText || byConsequence || byLength || byAppendix) factor *= p.factor;
  }
  return factor;
}

function consequenceScore(clause: SegmentedClause, category: Category): Scored {
  const ev = evidence();
  const text = wordsOf(clause);
  const found = match(ev.consequence, text);
  if (found.positive === 0) return { id: clause.id, score: 0, words: [] };
  // A clause about what follows a breach of this kind ("defamatory … gross misconduct") beats a general one.
  const { heading: _heading, ...withoutHeading } = clause;
  const relevance = scoreClause(withoutHeading, category);
  return { id: clause.id, score: found.score + 0.3 * relevance.score, words: unique([...found.words, ...relevance.words]) };
}

function reputationScore(clause: SegmentedClause): Scored {
  const found = match(evidence().reputation, wordsOf(clause));
  return { id: clause.id, score: found.positive === 0 ? 0 : found.score * penalty(clause, wordsOf(clause)), words: found.words };
}

function ranked(clauses: readonly SegmentedClause[], score: (c: SegmentedClause) => Scored): Scored[] {
  return clauses
    .map(score)
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** How sure: strong evidence, and a clear lead over the next clause. */
function confidenceOf(best: Scored, next: Scored | undefined): { confidence: number; level: ConfidenceLevel } {
  let confidence = Math.min(1, best.score / 10);
  if (next && next.score / best.score > 0.85) confidence *= 0.75;
  confidence = Math.round(confidence * 100) / 100;
  return { confidence, level: confidence >= 0.6 ? 'high' : confidence >= 0.35 ? 'medium' : 'low' };
}

export interface MappingResult {
  slots: SlotProposal[];
  /** Categories whose clauses only come near the subject (no clause mentions photos, only naming pupils): cited, but said plainly. */
  indirect: Category[];
  /** Model-policy clauses the pack needs, for the categories the school's policy does not cover. */
  modelClauses: Clause[];
  /** Categories with no clause of their own in the school's policy. */
  uncovered: Category[];
}

export function proposeMappings(clauses: readonly SegmentedClause[], model: Pack): MappingResult {
  const slots: SlotProposal[] = [];
  const modelIds = new Set<string>();
  const uncovered = new Set<Category>();
  const indirect = new Set<Category>();
  for (const category of CATEGORIES) {
    const consequences = ranked(clauses, (c) => consequenceScore(c, category));
    const reputation = category === 'school-name' ? ranked(clauses, reputationScore) : [];
    for (const topic of TOPICS[category] as readonly string[]) {
      const candidates = ranked(clauses, (c) => scoreClause(c, category, topic));
      for (const severity of SLOT_SEVERITIES) {
        if (candidates.length === 0) {
          uncovered.add(category);
          const ids = clausesFor(model, category, topic as never, severity).map((c) => c.id);
          ids.forEach((id) => modelIds.add(id));
          // The nearest clause of the school's own, if any kind of evidence points to one, follows the model's.
          const near = nearestOwn(clauses, category);
          slots.push({
            category,
            topic,
            severity,
            clauses: [...ids.map((id) => MODEL_PREFIX + id), ...(near ? [near.id] : []), ...(severity === 'high' && consequences[0] ? [consequences[0].id] : [])].filter(
              (id, i, all) => all.indexOf(id) === i,
            ),
            evidence: near ? { [near.id]: near.words } : {},
            confidence: 0,
            level: 'none',
            fallback: true,
            alternatives: [],
          });
          continue;
        }
        const [best, second] = candidates;
        const chosen = [best!];
        if (second && second.score >= 0.8 * best!.score) chosen.push(second);
        if (severity === 'high') {
          const rep = reputation[0];
          if (rep && !chosen.some((c) => c.id === rep.id)) chosen.push(rep);
          const cons = consequences[0];
          if (cons && !chosen.some((c) => c.id === cons.id)) chosen.push(cons);
        }
        const sure = confidenceOf(best!, second);
        if (!best!.direct) {
          // Only near evidence: never more than low confidence, and the report says so.
          indirect.add(category);
          sure.confidence = Math.min(sure.confidence, 0.3);
          sure.level = 'low';
        }
        slots.push({
          category,
          topic,
          severity,
          clauses: chosen.map((c) => c.id),
          evidence: Object.fromEntries(chosen.map((c) => [c.id, c.words])),
          ...sure,
          fallback: false,
          alternatives: candidates.slice(1, 6).map((c) => c.id),
        });
      }
    }
  }
  const modelClauses = model.clauses
    .filter((c) => modelIds.has(c.id))
    .map((c) => ({ id: MODEL_PREFIX + c.id, title: `Model policy: ${c.title}`.slice(0, 80), heading: 'Model policy (not in the school’s own policy)', text: c.text }));
  return { slots, modelClauses, uncovered: CATEGORIES.filter((c) => uncovered.has(c)), indirect: CATEGORIES.filter((c) => indirect.has(c) && !uncovered.has(c)) };
}

/** When a category has no clause of its own (no clause mentions photos), the clause that names or identifies pupils is the nearest. */
function nearestOwn(clauses: readonly SegmentedClause[], category: Category): Scored | undefined {
  if (category !== 'pupil-image') return undefined;
  return ranked(clauses, (c) => scoreClause(c, 'pupil-name'))[0];
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
