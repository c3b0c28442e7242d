import { documentWrites } from '../api/document-writes';
import { useApiResource } from '../api/use-api-resource';
import type { Lang } from '../i18n/strings';
import { repairRows } from './repair-rows';
import { UPLOAD_STRINGS } from './upload-strings';

/** What ingestion repaired, per kind, with what it removed and what it put in its place. */
export function RepairsView({ lang, documentId }: { lang: Lang; documentId: string }) {
  const t = UPLOAD_STRINGS[lang];
  const loaded = useApiResource((signal) => documentWrites.report(documentId, signal), [documentId]);
  // undefined while it loads, null when there is none to show
  const report = loaded.error ? null : (loaded.data ?? undefined);

  const rows = report ? repairRows(report) : [];
  return (
    <details className="repairs" open>
      <summary>{t.repairs}</summary>
      {report === undefined ? <p className="muted">…</p> : report === null ? <p className="muted">{t.reportMissing}</p> : rows.length === 0 ? (
        <p className="muted">{t.noRepairs}</p>
      ) : (
        <table className="repair-table">
          <thead>
            <tr><th scope="col">{t.repairs}</th><th scope="col">{t.before}</th><th scope="col">{t.after}</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} data-repair={row.name}>
                <th scope="row">{t.repairNames[row.name]} <span className="muted">{t.repairCount(row.count)}</span></th>
                <td><code className="sample before">{row.before}</code></td>
                <td>{row.after ? <code className="sample after">{row.after}</code> : <span className="muted" title={t.nothingInserted}>—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
