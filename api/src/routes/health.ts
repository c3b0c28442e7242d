import type { Express } from 'express';
import type { BasemapChoice } from '../tiles/basemap-choice';

/**
 * The server only listens once data is loaded and validated, so answering at all means ready.
 * `basemap` names the basemap archive in use (null when none can be read: the map has no base).
 */
export function setupHealth(app: Express, basemaps: BasemapChoice): void {
  app.get('/api/health', async (_req, res) => {
    const basemap = await basemaps.current().then(
      (info) => info.archive,
      () => null,
    );
    res.json({ status: 'ok', basemap });
  });
}
