import type { RosterImport } from '../settings/roster-import';
import { useT } from '../ui/i18n';

/** Where names came from: a file, by its name, or the text pasted into the box. */
export interface ImportSource {
  readonly file?: string;
}

/**
 * What an import did, row by row where it matters: counts, duplicates, and every rejected row with
 * its line and reason, in the page's language (the import says each by catalogue key).
 */
export function ImportReport({ report, added, source }: { report: RosterImport; added: number; source: ImportSource }) {
  const t = useT();
  const columns = report.reordered > 0 ? t.t('options_report_columns_reordered', t.text(report.localColumns), t.count('options_reordered', report.reordered)) : t.text(report.localColumns);
  return (
    <div className="import-report" data-part="import-report" role="status">
      <p>
        <strong data-part="imported-count">{t.count('options_names_added', added)}</strong>{' '}
        {source.file === undefined ? t.t('options_report_from_paste', columns) : t.t('options_report_from_file', source.file, columns)}
      </p>
      {report.duplicates.length > 0 && (
        <details data-part="duplicates">
          <summary>{t.count('options_duplicates', report.duplicates.length)}</summary>
          <ul>
            {report.duplicates.map((d) => (
              <li key={d.line}>{t.t('options_duplicate_line', String(d.line), d.name, String(d.firstLine))}</li>
            ))}
          </ul>
        </details>
      )}
      {report.rejected.length > 0 && (
        <div className="rejected" data-part="rejected">
          <p>{t.count('options_rejected', report.rejected.length)}</p>
          <ul>
            {report.rejected.map((r) => (
              <li key={r.line} data-line={r.line}>
                {r.text ? t.t('options_rejected_line', String(r.line), t.text(r.localReason), r.text) : t.t('options_rejected_line_blank', String(r.line), t.text(r.localReason))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
