import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, type Analyser } from '../../src/analyser';
import type { Category, Finding } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

/**
 * Scores the engine on the labelled corpus of teacher drafts (tests/corpus) and on real posts
 * nobody here wrote (../shared/data/tweeteval-offensive). Used by `npm run eval` and by the
 * corpus test, which holds the targets.
 */
export const TEXT_CATEGORIES = ['school-name', 'pupil-name', 'derogatory', 'confidential'] as const satisfies readonly Category[];

export interface Draft {
  id: string;
  config: string;
  text: string;
  expect: Category[];
  tags: string[];
  note: string;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `development`: the corpus the engine was tuned on. `heldout`: written afterwards by another
 * author who saw neither the engine nor the first corpus, and never tuned on: the honest figure.
 */
export type CorpusName = 'development' | 'heldout' | 'blind-hostility' | 'blind-2' | 'blind-3' | 'blind-4' | 'blind-6' | 'blind-7' | 'blind-8' | 'blind-9' | 'blind-10' | 'blind-11' | 'blind-12' | 'blind-13' | 'blind-14' | 'blind-15' | 'blind-16' | 'blind-17' | 'blind-18' | 'blind-19' | 'blind-20' | 'blind-21' | 'blind-22' | 'blind-23' | 'blind-24' | 'blind-25' | 'blind-26' | 'train-9' | 'train-10' | 'train-11' | 'train-12' | 'train-13' | 'train-14' | 'train-15' | 'train-16' | 'train-17' | 'train-18' | 'train-19' | 'train-20' | 'train-21' | 'train-22' | 'train-23';
const FILES: Record<CorpusName, { drafts: string; configs: string[] }> = {
  development: { drafts: '../corpus/drafts.jsonl', configs: ['../corpus/configs.json'] },
  heldout: { drafts: '../corpus/heldout.jsonl', configs: ['../corpus/configs.json', '../corpus/heldout-configs.json'] },
  // Messy drafts (lowercase, slang, sarcasm, hate with no swear word), written blind for the hostility work.
  'blind-hostility': { drafts: '../corpus/blind-hostility.jsonl', configs: ['../corpus/blind-hostility-configs.json'] },
  // Messy drafts of every category and three new schools (one Welsh-medium), written blind for issue 13.
  'blind-2': { drafts: '../corpus/blind-2.jsonl', configs: ['../corpus/blind-2-configs.json'] },
  // The third blind set (issue 13, fourth session): 448 messy drafts, three more schools (one Welsh-medium).
  'blind-3': { drafts: '../corpus/blind-3.jsonl', configs: ['../corpus/blind-3-configs.json'] },
  // The fourth blind set (fifth session): 486 messy drafts by two writers, four more schools (a Catholic
  // primary, a Welsh-medium primary, a special school, an English-medium secondary in Wales).
  'blind-4': { drafts: '../corpus/blind-4.jsonl', configs: ['../corpus/blind-4-configs.json'] },
  // The sixth blind set (sixth session): 486 messy drafts by two writers, four more schools (a Church of England
  // village primary, a dual-stream Carmarthenshire primary, a West Midlands trust academy, a Welsh-medium valleys
  // secondary). (Blind-5 was never copied in: it was kept sealed outside the project and was lost with that machine.)
  'blind-6': { drafts: '../corpus/blind-6.jsonl', configs: ['../corpus/blind-6-configs.json'] },
  // The seventh (sixth session): 486 drafts, four more schools, kept sealed through that session and scored
  // twice at first contact (README); brought in at its end so that it survives the change of machine that
  // lost blind-5. Not tuned on yet: the next session may learn from it, after writing a new sealed set.
  'blind-7': { drafts: '../corpus/blind-7.jsonl', configs: ['../corpus/blind-7-configs.json'] },
  // The eighth (seventh session): 484 drafts, four more schools, written in that session's first minutes and
  // scored at first contact (README) before any of its work; then brought in to be learned from, while the
  // ninth, written at the same time, stayed sealed.
  'blind-8': { drafts: '../corpus/blind-8.jsonl', configs: ['../corpus/blind-8-configs.json'] },
  // The ninth (seventh session): 485 drafts, four more schools, written beside the eighth and kept sealed through
  // that session, scored at first contact before and after its work (README); brought in at its end so that it
  // survives the change of machine. Tuned on (rules only) in the eighth session, after two new sets were written.
  'blind-9': { drafts: '../corpus/blind-9.jsonl', configs: ['../corpus/blind-9-configs.json'] },
  // The tenth and eleventh (eighth session): 484 and 489 drafts, four more schools each, written in that session's
  // first minutes and kept sealed through it (aggregates only, `npm run eval:sealed`), scored at first contact
  // before and after its work (README). Brought in at its end so that they outlive the machine. Not tuned on;
  // the tenth's aggregate derogatory figure chose between two learned-layer candidates (docs/models.md).
  'blind-10': { drafts: '../corpus/blind-10.jsonl', configs: ['../corpus/blind-10-configs.json'] },
  'blind-11': { drafts: '../corpus/blind-11.jsonl', configs: ['../corpus/blind-11-configs.json'] },
  // Training data (ninth session): about 900 drafts and six schools written as training data for the learned
  // layers by three helpers who saw only the labelling rules; in TRAINING_CORPORA (the shipped models still train on
  // the eighth session's list: docs/models.md).
  'blind-12': { drafts: '../corpus/blind-12.jsonl', configs: ['../corpus/blind-12-configs.json'] },
  'blind-13': { drafts: '../corpus/blind-13.jsonl', configs: ['../corpus/blind-13-configs.json'] },
  // Written in the tenth session's first minutes by four more helpers; kept sealed outside the project through it
  // (aggregates only), scored at first contact before and after its work (README), brought in at its end. Not tuned on.
  'blind-14': { drafts: '../corpus/blind-14.jsonl', configs: ['../corpus/blind-14-configs.json'] },
  'blind-15': { drafts: '../corpus/blind-15.jsonl', configs: ['../corpus/blind-15-configs.json'] },
  'blind-16': { drafts: '../corpus/blind-16.jsonl', configs: ['../corpus/blind-16-configs.json'] },
  'blind-17': { drafts: '../corpus/blind-17.jsonl', configs: ['../corpus/blind-17-configs.json'] },
  'blind-18': { drafts: '../corpus/blind-18.jsonl', configs: ['../corpus/blind-18-configs.json'] },
  'blind-19': { drafts: '../corpus/blind-19.jsonl', configs: ['../corpus/blind-19-configs.json'] },
  'blind-20': { drafts: '../corpus/blind-20.jsonl', configs: ['../corpus/blind-20-configs.json'] },
  'blind-21': { drafts: '../corpus/blind-21.jsonl', configs: ['../corpus/blind-21-configs.json'] },
  'blind-22': { drafts: '../corpus/blind-22.jsonl', configs: ['../corpus/blind-22-configs.json'] },
  'blind-23': { drafts: '../corpus/blind-23.jsonl', configs: ['../corpus/blind-23-configs.json'] },
  'blind-24': { drafts: '../corpus/blind-24.jsonl', configs: ['../corpus/blind-24-configs.json'] },
  'blind-25': { drafts: '../corpus/blind-25.jsonl', configs: ['../corpus/blind-25-configs.json'] },
  'blind-26': { drafts: '../corpus/blind-26.jsonl', configs: ['../corpus/blind-26-configs.json'] },
  'train-9': { drafts: '../corpus/train-9.jsonl', configs: ['../corpus/train-9-configs.json'] },
  // Training data (tenth session): about 900 drafts and six more schools by three more helpers who saw only the
  // labelling rules; scored at first contact before anyone tuned on it (README), then trained and tuned on.
  'train-10': { drafts: '../corpus/train-10.jsonl', configs: ['../corpus/train-10-configs.json'] },
  'train-11': { drafts: '../corpus/train-11.jsonl', configs: ['../corpus/train-11-configs.json'] },
  'train-12': { drafts: '../corpus/train-12.jsonl', configs: ['../corpus/train-12-configs.json'] },
  'train-13': { drafts: '../corpus/train-13.jsonl', configs: ['../corpus/train-13-configs.json'] },
  'train-14': { drafts: '../corpus/train-14.jsonl', configs: ['../corpus/train-14-configs.json'] },
  'train-15': { drafts: '../corpus/train-15.jsonl', configs: ['../corpus/train-15-configs.json'] },
  'train-16': { drafts: '../corpus/train-16.jsonl', configs: ['../corpus/train-16-configs.json'] },
  'train-17': { drafts: '../corpus/train-17.jsonl', configs: ['../corpus/train-17-configs.json'] },
  'train-18': { drafts: '../corpus/train-18.jsonl', configs: ['../corpus/train-18-configs.json'] },
  'train-19': { drafts: '../corpus/train-19.jsonl', configs: ['../corpus/train-19-configs.json'] },
  'train-20': { drafts: '../corpus/train-20.jsonl', configs: ['../corpus/train-20-configs.json'] },
  'train-21': { drafts: '../corpus/train-21.jsonl', configs: ['../corpus/train-21-configs.json'] },
  'train-22': { drafts: '../corpus/train-22.jsonl', configs: ['../corpus/train-22-configs.json'] },
  'train-23': { drafts: '../corpus/train-23.jsonl', configs: ['../corpus/train-23-configs.json'] },
};

export function loadCorpus(name: CorpusName = 'development'): { drafts: Draft[]; configs: Record<string, SettingsInput> } {
  const files = FILES[name];
  const configs = Object.assign({}, ...files.configs.map((f) => JSON.parse(readFileSync(here(f), 'utf8')))) as Record<string, SettingsInput>;
  const drafts = readFileSync(here(files.drafts), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Draft);
  return { drafts, configs };
}

const acts = (f: Finding) => f.severity === 'warning' || f.severity === 'high';

export interface CorpusScore {
  total: number;
  perCategory: Record<(typeof TEXT_CATEGORIES)[number], { positives: number; caught: number; missed: string[] }>;
  benign: { total: number; falseAlarms: { id: string; findings: string[] }[] };
  /** Risky drafts flagged for a category their label does not carry (a precision signal, no target). */
  extraCategories: { id: string; category: Category }[];
}

export function scoreCorpus(name: CorpusName = 'development'): CorpusScore {
  const { drafts, configs } = loadCorpus(name);
  return scoreDrafts(drafts, configs);
}

/** Scores any labelled drafts against their schools' settings (a corpus here, or a sealed set kept outside the project). */
export function scoreDrafts(drafts: readonly Draft[], configs: Record<string, SettingsInput>): CorpusScore {
  const analysers = new Map<string, Analyser>(Object.entries(configs).map(([id, settings]) => [id, compile(settings)]));
  const score: CorpusScore = {
    total: drafts.length,
    perCategory: Object.fromEntries(TEXT_CATEGORIES.map((c) => [c, { positives: 0, caught: 0, missed: [] as string[] }])) as CorpusScore['perCategory'],
    benign: { total: 0, falseAlarms: [] },
    extraCategories: [],
  };
  for (const draft of drafts) {
    const analyser = analysers.get(draft.config);
    if (!analyser) throw new Error(`${draft.id}: unknown config "${draft.config}"`);
    const findings = analyser.analyse(draft.text).filter(acts);
    const flagged = new Set(findings.map((f) => f.category));
    if (draft.expect.length === 0) {
      score.benign.total++;
      if (findings.length > 0) score.benign.falseAlarms.push({ id: draft.id, findings: findings.map((f) => `${f.severity} ${f.category} “${f.match}”`) });
      continue;
    }
    for (const category of TEXT_CATEGORIES) {
      if (!draft.expect.includes(category)) continue;
      const entry = score.perCategory[category];
      entry.positives++;
      if (flagged.has(category)) entry.caught++;
      else entry.missed.push(draft.id);
    }
    for (const category of flagged) if (!draft.expect.includes(category)) score.extraCategories.push({ id: draft.id, category });
  }
  return score;
}

export interface OffensiveScore {
  offensive: number;
  caught: number;
  notOffensive: number;
  falseAlarms: number;
}

/**
 * The engine on TweetEval's validation split (label 1 = offensive): a tweet counts as flagged when
 * it has a derogatory finding at warning or high (what holds a post), or, with `anySeverity`, at
 * any severity (the rules and the learned layer's "possible" as well).
 */
export function scoreTweetEval(split: 'val' | 'train' = 'val', anySeverity = false): OffensiveScore {
  const dir = here('../../../shared/data/tweeteval-offensive/');
  const texts = readFileSync(`${dir}${split}_text.txt`, 'utf8').split('\n');
  const labels = readFileSync(`${dir}${split}_labels.txt`, 'utf8').split('\n');
  // A school with no roster: only the words themselves, and who they are aimed at, count.
  const analyser = compile({ schoolName: 'Example Primary School' });
  const score: OffensiveScore = { offensive: 0, caught: 0, notOffensive: 0, falseAlarms: 0 };
  texts.forEach((text, i) => {
    const label = labels[i]?.trim();
    if (label !== '0' && label !== '1') return;
    const flagged = analyser.analyse(text).some((f) => f.category === 'derogatory' && (anySeverity || acts(f)));
    if (label === '1') {
      score.offensive++;
      if (flagged) score.caught++;
    } else {
      score.notOffensive++;
      if (flagged) score.falseAlarms++;
    }
  });
  return score;
}

export const TARGETS = { recall: 0.95, benignFalseAlarms: 0.03 };
