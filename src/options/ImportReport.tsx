import type { RosterImport } from '../settings/roster-import';

/** What an import did, row by row where it matters: counts, duplicates, and every rejected row with its line and reason. */
export function ImportReport({ report, added, source }: { report: RosterImport; added: number; source: string }) {
  return (
    <div className="import-report" data-part="import-report" role="status">
      <p>
        <strong data-part="imported-count">
          {added} {added === 1 ? 'name' : 'names'} added
        </strong>{' '}
        from {source} ({report.columns}
        {report.reordered > 0 ? `; ${report.reordered} written “Surname, Forename” were turned round` : ''}).
      </p>
      {report.duplicates.length > 0 && (
        <details data-part="duplicates">
          <summary>
            {report.duplicates.length} duplicate {report.duplicates.length === 1 ? 'row' : 'rows'} skipped
          </summary>
          <ul>
            {report.duplicates.map((d) => (
              <li key={d.line}>
                Line {d.line}: “{d.name}”, the same as line {d.firstLine}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.rejected.length > 0 && (
        <div className="rejected" data-part="rejected">
          <p>
            {report.rejected.length} {report.rejected.length === 1 ? 'row' : 'rows'} could not be used:
          </p>
          <ul>
            {report.rejected.map((r) => (
              <li key={r.line} data-line={r.line}>
                Line {r.line}: {r.reason}
                {r.text ? ` (“${r.text}”)` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
