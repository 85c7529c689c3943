import { z } from 'zod';
import { defineDetector } from '../detector';
import type { RawFinding } from './raw-finding';
import { say } from '../message-keys';
import { lowerBound } from '../lower-bound';

/**
 * A pupil's first name alone with little or no school context is `info` or a warning ("Dinner
 * with Amira", "so proud of Amira"). But if the same words are who a confidential matter is about
 * ("George is back after his exclusion"), the name identifies a pupil in a school matter: it
 * becomes high too.
 */
export function escalateNamedSubjects(text: string, raw: readonly RawFinding[], parentWords: RegExp = NO_PARENT_WORDS): RawFinding[] {
  const matters = new Map<string, RawFinding>();
  for (const f of raw) if (f.category === 'confidential' && f.subject && f.severity !== 'info') matters.set(`${f.subject.start}:${f.subject.end}`, f);
  // "caio is a little git": an insult the rules found aimed at pupils, in the sentence of a roster first name typed with no school words.
  const insults = raw.filter((f) => f.category === 'derogatory' && f.topic === 'about-pupils' && f.severity !== 'info').sort((x, y) => x.start - y.start);
  // "destiny's mum has the parenting skills of a seagull": any insult that holds a post, aimed at a parent known through the child.
  const slights = raw.filter((f) => f.category === 'derogatory' && f.severity !== 'info').sort((x, y) => x.start - y.start);
  const confidential = raw.filter((f) => f.category === 'confidential' && f.severity !== 'info');
  if (matters.size === 0 && slights.length === 0 && confidential.length === 0) return raw.slice();
  return raw.map((finding) => {
    if (finding.category !== 'pupil-name' || finding.severity === 'high') return finding;
    const matter = matters.get(`${finding.start}:${finding.end}`);
    if (!matter && finding.ruleId === 'pupil-name/described-child' && finding.severity === 'info') {
      // "one of the twins in 7R got their EHCP refused": children set apart only by being a pair are a risk with a matter in their sentence.
      const told = confidential.find((f) => !/[.!?\n]/.test(text.slice(Math.min(f.end, finding.end), Math.max(f.start, finding.start))));
      return told ? { ...finding, severity: 'high', explanation: { ...finding.explanation, context: text.slice(told.start, told.end) } } : finding;
    }
    if (!matter) {
      const noContext = finding.severity === 'info' && finding.ruleId === 'pupil-name/roster-first-name-no-context';
      const parent = noContext ? parentWords.exec(text.slice(finding.end, finding.end + 16)) : null;
      const slight = parent ? slightOfParent(slights, finding.end + parent[0].length, text, finding) : undefined;
      if (slight) {
        const words = text.slice(slight.start, slight.end);
        return {
          ...finding,
          severity: 'warning',
          ruleId: 'pupil-name/roster-parent-insulted',
          ...say('finding_pupil_first_name', text.slice(finding.start, finding.end)),
          explanation: { ...finding.explanation, context: words, reason: `a roster first name whose parent an insult (“${words}”) is aimed at, in the same sentence: the parent is known through the child` },
        };
      }
      const insult = noContext ? nextInsult(insults, finding.end, text, finding) : undefined;
      if (!insult) return finding;
      const words = text.slice(insult.start, insult.end);
      return {
        ...finding,
        severity: 'warning',
        ruleId: 'pupil-name/roster-first-name-insulted',
        ...say('finding_pupil_first_name', text.slice(finding.start, finding.end)),
        explanation: { ...finding.explanation, context: words, reason: `a roster first name that an insult (“${words}”) is aimed at, in the same sentence` },
      };
    }
    const term = text.slice(matter.start, matter.end);
    return {
      ...finding,
      severity: 'high',
      ruleId: 'pupil-name/roster-first-name-beside-confidential',
      ...say('finding_pupil_beside_confidential', text.slice(finding.start, finding.end), term),
      explanation: { ...finding.explanation, context: term, reason: `a roster first name that a confidential matter (“${term}”) is about` },
    };
  });
}

/** The first insult at or after `end` (the list is in draft order), if it follows the name closely: one search per name, so a long draft stays linear. */
function nextInsult(insults: readonly RawFinding[], end: number, text: string, name: RawFinding): RawFinding | undefined {
  const insult = insults[lowerBound(insults, (f) => f.start < end)];
  return insult && sameSentence(text, name, insult) ? insult : undefined;
}

/** A derogatory finding that starts at or overlaps the parent word, or follows it in the same sentence within a line of text. */
function slightOfParent(slights: readonly RawFinding[], from: number, text: string, name: RawFinding): RawFinding | undefined {
  const slight = slights[lowerBound(slights, (f) => f.end <= name.end)];
  return slight && slight.start - from <= 90 && !/[.!?\n]/.test(text.slice(name.end, Math.max(name.end, slight.start))) ? slight : undefined;
}

/** Matches nothing: without the lexicon, no parent words. */
const NO_PARENT_WORDS = /(?!)/;

/** The name, then the insult a few words after it in the same sentence: "caio is a little git", not "wanker in a BMW … reg plate". */
function sameSentence(text: string, name: RawFinding, insult: RawFinding): boolean {
  return name.end <= insult.start && insult.start - name.end <= 30 && !/[.!?\n]/.test(text.slice(name.end, insult.start));
}

export const namedSubjectsDetector = defineDetector({
  id: 'named-subjects',
  phase: 'post',
  description: 'A pupil name that a confidential matter is about becomes high, whatever the name alone would be.',
  rules: {
    'pupil-name/roster-first-name-beside-confidential': 'a roster first name that a confidential matter is about ("George is back after his exclusion"): high',
    'pupil-name/roster-parent-insulted': 'a roster first name typed with no school words, then a parent word ("destiny\'s mum", "ivy\'s dad"), with an insult that holds a post in the same sentence: a warning; the parent is known through the child',
    'pupil-name/roster-first-name-insulted': 'a roster first name, typed with no school words, that an insult aimed at pupils follows within a few words in the same sentence ("caio is a little git"): a warning',
  },
  lexicon: z.object({ familyAfter: z.array(z.string().min(1)) }),
  select: (bundle) => ({ familyAfter: (bundle.community as { childFrames: { familyAfter: unknown } }).childFrames.familyAfter }),
  // "'s mum", "s dad", " mam": a parent word right after the name (the possessive typed or not).
  compile: (data) => new RegExp(`^(?:['’]?s)?\\s+(?:${data.familyAfter.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'iu'),
  run: (parentWords, { view, findings }) => escalateNamedSubjects(view.doc.draft, findings, parentWords),
});
