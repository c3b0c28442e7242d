/**
 * GET /api/documents/{id}/report: what the ingestion repaired in an uploaded document (the
 * RepairReport of core/corpus/repair-report.ts: per repair, its count and exactly what it removed
 * and inserted), for the review in "Add document". The stored text never changes under its id,
 * so the report is made once from it (the same ingestion the atlas ran) and kept.
 * Only uploaded documents have one here; the seeds' are in `npm run corpus:report`.
 */
import type { Express } from 'express';
import type { AtlasStorage } from '../../../core/db/atlas-storage';
import type { RepairReport } from '../../../core/corpus/repair-report';
import type { LiveAtlas } from '../../../core/store/live-atlas';
import { ingestUploadedText } from '../../../core/store/uploaded-documents';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';

export function setupDocumentReport(app: Express, deps: { storage: AtlasStorage; live: LiveAtlas }): void {
  const reports = new Map<string, RepairReport>();

  app.get('/api/documents/:documentId/report', async (req, res) => {
    const id = idParam(req, 'documentId');
    const stored = deps.live.current().uploads?.get(id);
    if (!stored || stored.status !== 'ready') {
      reports.delete(id);
      throw new NotFoundError('report', id);
    }
    let report = reports.get(id);
    if (!report) {
      const text = (await deps.storage.readDocumentTexts([id])).get(id);
      // removed between the atlas snapshot and this read
      if (text === undefined) throw new NotFoundError('report', id);
      report = ingestUploadedText(stored, text).report;
      reports.set(id, report);
    }
    res.json(report);
  });
}
