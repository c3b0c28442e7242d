import type { Express } from 'express';
import { healthReport, type ArchiveStatuses } from '../tiles/archive-health';
import type { BasemapChoice } from '../tiles/basemap-choice';

/**
 * The server only listens once data is loaded and validated, so answering at all means ready.
 * With the start-up check of the tile archives it also lists each archive: "ok", or what made
 * it unreadable (status "degraded", still 200: everything else is served). `basemap` names the
 * basemap archive in use (null when none can be read: the map has no base).
 */
/** `revision`: the database revision the atlas shows (with a database), what browsers poll when GET /api/changes is out of reach */
export function setupHealth(app: Express, basemaps: BasemapChoice, archives?: ArchiveStatuses, revision?: () => number): void {
  const report = archives ? healthReport(archives) : { status: 'ok' };
  app.get('/api/health', async (_req, res) => {
    const basemap = await basemaps.current().then(
      (info) => info.archive,
      () => null,
    );
    res.json({ ...report, basemap, ...(revision ? { revision: revision() } : {}) });
  });
}
