import type { Express } from 'express';
import { healthReport, type ArchiveStatuses } from '../tiles/archive-health';

/**
 * The server only listens once data is loaded and validated, so answering at all means ready.
 * With the start-up check of the tile archives it also lists each archive: "ok", or what made
 * it unreadable (status "degraded", still 200: everything else is served).
 */
export function setupHealth(app: Express, archives?: ArchiveStatuses): void {
  const body = archives ? healthReport(archives) : { status: 'ok' };
  app.get('/api/health', (_req, res) => {
    res.json(body);
  });
}
