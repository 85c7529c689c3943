import type { ClauseRef, Finding } from '../engine/types';
import { useT } from './i18n';
import { categoryLabel, severityLabel } from './labels';

/**
 * The findings as the teacher reads them: what kind of risk, the words in their draft, why, and
 * the clause of their school's policy, quoted. Shared by the in-page panel and the pre-post
 * dialog (and by the options page's "try a draft" box and the induction demo), so a finding always
 * looks the same. The message is shown in the teacher's language from its catalogue key; the
 * clause is quoted as the school published it (in English), and marked as such in Welsh.
 * Every string is rendered as text by React: a draft containing markup is shown, never run.
 */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}:${finding.start}:${index}`} className="finding" data-category={finding.category} data-severity={finding.severity} data-message={finding.messageKey}>
          <div className="finding-head">
            <span className="severity">{severityLabel(t, finding.severity)}</span>
            <span className="category">{categoryLabel(t, finding.category)}</span>
          </div>
          {finding.image ? (
            // A photo has no words of the draft to quote: say what the check saw in it.
            <p className="match" data-part="image-summary">
              {t.t('photo_label')} <q>{finding.image.name}</q>: {finding.image.summaryParts ? finding.image.summaryParts.map((part) => t.text(part)).join('; ') : finding.image.summary}
            </p>
          ) : (
            <p className="match">
              <q>{finding.match}</q>
            </p>
          )}
          <p className="message">{t.text({ key: finding.messageKey, args: finding.messageArgs }, finding.message)}</p>
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
  const t = useT();
  const [before, after] = t.t('clause_label', '\u0000').split('\u0000');
  const name = (
    <>
      {before}
      <strong>{clause.id}</strong>
      {after}
      {clause.title ? ' · ' : ''}
      {clause.title && <span lang="en">{clause.title}</span>}
    </>
  );
  // The policies are published in English: in Welsh the quote says so, and is marked as English for screen readers.
  const quote = (
    <>
      <blockquote lang="en">{clause.text}</blockquote>
      {t.lang !== 'en' && <p className="quoted-note">{t.t('clause_quoted_in_english')}</p>}
    </>
  );
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
