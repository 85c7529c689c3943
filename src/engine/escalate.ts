import type { RawFinding } from './detectors/raw-finding';

/**
 * A pupil's first name alone with no school context is only `info` ("Dinner with Amira"). But if
 * the same words are who a confidential matter is about ("George is back after his exclusion"),
 * the name identifies a pupil in a school matter: it becomes high too.
 */
export function escalateNamedSubjects(text: string, raw: readonly RawFinding[]): RawFinding[] {
  const subjects = raw.filter((f) => f.category === 'confidential' && f.subject && f.severity !== 'info');
  if (subjects.length === 0) return [...raw];
  return raw.map((finding) => {
    if (finding.category !== 'pupil-name' || finding.severity !== 'info') return finding;
    const matter = subjects.find((s) => s.subject!.start === finding.start && s.subject!.end === finding.end);
    if (!matter) return finding;
    const term = text.slice(matter.start, matter.end);
    return {
      ...finding,
      severity: 'high',
      ruleId: 'pupil-name/roster-first-name-beside-confidential',
      message: `“${text.slice(finding.start, finding.end)}” is the first name of a pupil on your roster, beside a confidential matter (“${term}”). A first name with a school matter identifies a child.`,
      explanation: { ...finding.explanation, context: term, reason: `a roster first name that a confidential matter (“${term}”) is about` },
    };
  });
}
