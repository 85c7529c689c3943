import type { EngineStatus } from '../messages';
import { useT } from './i18n';

/** Where the settings came from, so nobody mistakes the demo school for their own. */
export function StatusFooter({ status }: { status: EngineStatus | null }) {
  const t = useT();
  if (!status) return null;
  return (
    <footer className="status" data-source={status.source}>
      {status.source === 'demo' ? (
        <p data-part="demo-notice">{t.t('status_demo', status.schoolName, status.policyName)}</p>
      ) : (
        <p>{t.t('status_stored', status.schoolName, status.policyName)}</p>
      )}
      {status.managed && <p data-part="managed-notice">{t.t('status_managed')}</p>}
      {status.schoolProblems.length > 0 && (
        <div className="problems" role="note" data-part="school-problems">
          <p>{t.t('status_school_problems')}</p>
          <ul lang="en">
            {status.schoolProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {status.problems.length > 0 && (
        <div className="problems" role="note" data-part="saved-problems">
          <p>{t.t('status_problems')}</p>
          {/* The problems name settings fields, in English, as the settings file spells them. */}
          <ul lang="en">
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {status.notes.length > 0 && (
        // Counted, never listed: the entries are roster names, and the roster stays out of the page.
        <p className="notes">{t.count('status_notes', status.notes.length)}</p>
      )}
      <p className="private">{t.t('status_private')}</p>
    </footer>
  );
}
