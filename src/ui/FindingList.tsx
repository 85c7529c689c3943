import type { ClauseRef, Finding } from '../engine/types';
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels';

/**
 * The findings as the teacher reads them: what kind of risk, the words in their draft, why, and
 * the clause of their school's policy, quoted. Shared by the in-page panel and the pre-post
 * dialog (and by the options page's "try a draft" box), so a finding always looks the same.
 * Every string is rendered as text by React: a draft containing markup is shown, never run.
 */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}:${finding.start}:${index}`} className="finding" data-category={finding.category} data-severity={finding.severity}>
          <div className="finding-head">
            <span className="severity">{SEVERITY_LABELS[finding.severity]}</span>
            <span className="category">{CATEGORY_LABELS[finding.category]}</span>
          </div>
          {finding.image ? (
            // A photo has no words of the draft to quote: say what the check saw in it.
            <p className="match" data-part="image-summary">
              Photo <q>{finding.image.name}</q>: {finding.image.summary}
            </p>
          ) : (
            <p className="match">
              <q>{finding.match}</q>
            </p>
          )}
          <p className="message">{finding.message}</p>
          {finding.clauses.map((clause, clauseIndex) => (
            // The most specific clause is quoted in full; the others (confidentiality, sanctions) are a click away.
            <Clause key={`${clause.policy}:${clause.id}`} clause={clause} collapsed={clauseIndex > 0} />
          ))}
        </li>
      ))}
    </ul>
  );
}

function Clause({ clause, collapsed }: { clause: ClauseRef; collapsed: boolean }) {
  const name = (
    <>
      Policy clause <strong>{clause.id}</strong>
      {clause.title ? ` · ${clause.title}` : ''}
    </>
  );
  const quote = <blockquote>{clause.text}</blockquote>;
  return collapsed ? (
    <details className="clause" data-clause={clause.id}>
      <summary>{name}</summary>
      {quote}
    </details>
  ) : (
    <figure className="clause" data-clause={clause.id}>
      <figcaption>{name}</figcaption>
      {quote}
    </figure>
  );
}
