import { useDeferredValue, useId, useState } from 'react';
import { FindingList } from '../ui/FindingList';
import { useT } from '../ui/i18n';
import { findingsFor } from './analysis';
import { countLabel } from '../ui/labels';
import { MockComposer, PLACEHOLDERS, SITE_NAMES } from './MockComposer';
import { SITES, type Site } from './scenarios';

/**
 * "Try your own": whatever the room suggests, checked as it is typed. React's deferred value keeps
 * typing smooth on a slow projector laptop: the findings follow as soon as the browser is idle.
 */
export function TryYourOwn({ policy }: { policy: string }) {
  const t = useT();
  const [site, setSite] = useState<Site>('facebook');
  const [draft, setDraft] = useState('');
  const checked = useDeferredValue(draft);
  const findings = checked.trim() === '' ? [] : findingsFor(checked, policy);
  const siteId = useId();
  const draftId = useId();
  return (
    <section className="try" data-part="try" aria-labelledby={`${draftId}-heading`}>
      <h2 id={`${draftId}-heading`}>{t.t('demo_try_heading')}</h2>
      <p>{t.t('demo_try_intro')}</p>
      <div className="scenario-columns">
        <div className="scenario-post">
          <label htmlFor={siteId}>{t.t('demo_try_site')}</label>{' '}
          <select id={siteId} value={site} onChange={(event) => setSite(event.target.value as Site)} data-part="try-site">
            {SITES.map((s) => (
              <option key={s} value={s}>
                {t.t(SITE_NAMES[s])}
              </option>
            ))}
          </select>
          <MockComposer site={site}>
            <label htmlFor={draftId} className="visually-hidden">
              {t.t('demo_try_label')}
            </label>
            <textarea
              id={draftId}
              className="mock-input"
              data-part="try-draft"
              value={draft}
              placeholder={t.t(PLACEHOLDERS[site])}
              rows={5}
              onChange={(event) => setDraft(event.target.value)}
            />
          </MockComposer>
        </div>
        <section className="scenario-findings guard" data-part="findings" aria-label={t.t('demo_findings_heading')}>
          <h3>{t.t('demo_findings_heading')}</h3>
          {/* Only the count is spoken as the draft changes: the list itself would be read out at every pause. */}
          <p className="visually-hidden" role="status">
            {checked.trim() === '' ? '' : countLabel(t, findings.length)}
          </p>
          {checked.trim() !== '' && (findings.length > 0 ? <FindingList findings={findings} /> : <p>{t.t('demo_no_findings')}</p>)}
        </section>
      </div>
    </section>
  );
}

