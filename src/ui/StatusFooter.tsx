import type { EngineStatus } from '../messages';

/** Where the settings came from, so nobody mistakes the demo school for their own. */
export function StatusFooter({ status }: { status: EngineStatus | null }) {
  if (!status) return null;
  return (
    <footer className="status" data-source={status.source}>
      {status.source === 'demo' ? (
        <p data-part="demo-notice">
          Demo settings: the sample school “{status.schoolName}”, checked against the {status.policyName}. Set up your own school and roster in
          the extension’s options.
        </p>
      ) : (
        <p>
          {status.schoolName}, checked against: {status.policyName}.
        </p>
      )}
      {status.managed && <p data-part="managed-notice">Some settings are set by your school.</p>}
      {status.schoolProblems.length > 0 && (
        <div className="problems" role="note" data-part="school-problems">
          <p>Settings from your school that are not valid are ignored; the rest apply. Tell your school’s IT team:</p>
          <ul>
            {status.schoolProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {status.problems.length > 0 && (
        <div className="problems" role="note" data-part="saved-problems">
          <p>Some of your saved settings are not valid and are ignored; fix them in the extension’s options:</p>
          <ul>
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {status.notes.length > 0 && (
        // Counted, never listed: the entries are roster names, and the roster stays out of the page.
        <p className="notes">
          {status.notes.length === 1 ? '1 entry' : `${status.notes.length} entries`} in your roster or staff list cannot be matched and{' '}
          {status.notes.length === 1 ? 'is' : 'are'} ignored; the options page lists {status.notes.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      <p className="private">Checked on this device. Nothing is sent anywhere.</p>
    </footer>
  );
}
