import { useT } from '../ui/i18n';
import { POLICIES, clausesCovered } from './analysis';
import type { Scenario } from './scenarios';

/** The closing slide: every clause of the chosen policy the scenarios met, quoted, with how often. */
export function SummarySlide({ scenarios, policy }: { scenarios: readonly Scenario[]; policy: string }) {
  const t = useT();
  const covered = clausesCovered(scenarios, policy);
  const policyName = POLICIES.find((p) => p.id === policy)?.name ?? policy;
  return (
    <article className="summary" data-part="summary" data-policy={policy} aria-labelledby="summary-title">
      <h2 id="summary-title">{t.t('demo_summary_title')}</h2>
      <p>{t.t('demo_summary_intro', policyName)}</p>
      <ol className="summary-clauses">
        {covered.map(({ clause, scenarios: count }) => (
          <li key={clause.id} data-clause={clause.id}>
            <p className="summary-clause-name">
              {t.t('clause_label', clause.id)}
              {clause.title ? ' · ' : ''}
              {clause.title && <span lang="en">{clause.title}</span>} <span className="summary-count">({t.count('demo_summary_cited', count)})</span>
            </p>
            <blockquote lang="en">{clause.text}</blockquote>
          </li>
        ))}
      </ol>
      <p className="summary-close">{t.t('demo_summary_close')}</p>
    </article>
  );
}
