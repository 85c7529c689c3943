import { z } from 'zod';
import { defineDetector } from '../detector';
import type { RawFinding } from './raw-finding';
import { say } from '../message-keys';

/**
 * A pupil's first name alone with little or no school context is `info` or a warning ("Dinner
 * with Amira", "so proud of Amira"). But if the same words are who a confidential matter is about
 * ("George is back after his exclusion"), the name identifies a pupil in a school matter: it
 * becomes high too.
 */
export function escalateNamedSubjects(text: string, raw: readonly RawFinding[]): RawFinding[] {
  const matters = new Map<string, RawFinding>();
  for (const f of raw) if (f.category === 'confidential' && f.subject && f.severity !== 'info') matters.set(`${f.subject.start}:${f.subject.end}`, f);
  if (matters.size === 0) return raw.slice();
  return raw.map((finding) => {
    if (finding.category !== 'pupil-name' || finding.severity === 'high') return finding;
    const matter = matters.get(`${finding.start}:${finding.end}`);
    if (!matter) return finding;
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

export const namedSubjectsDetector = defineDetector({
  id: 'named-subjects',
  phase: 'post',
  description: 'A pupil name that a confidential matter is about becomes high, whatever the name alone would be.',
  rules: {
    'pupil-name/roster-first-name-beside-confidential': 'a roster first name that a confidential matter is about ("George is back after his exclusion"): high',
  },
  lexicon: z.object({}),
  select: () => ({}),
  compile: () => null,
  run: (_compiled, { view, findings }) => escalateNamedSubjects(view.doc.draft, findings),
});
