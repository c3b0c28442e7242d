import type { Express } from 'express';
import type { BasemapChoice } from '../tiles/basemap-choice';

/**
 * GET /api/basemap — the basemap in use (an OpenStreetMap extract when present, else the committed
 * archive): where it is served, its zooms, bounds, attribution, layers and where its detail ends.
 * The web map sets up its basemap source from this answer.
 */
export function setupBasemap(app: Express, basemaps: BasemapChoice): void {
  app.get('/api/basemap', async (_req, res) => {
    const info = await basemaps.current();
    // a dropped-in extract is picked up within seconds; a stale answer would keep the plain map
    res.setHeader('Cache-Control', 'no-cache');
    res.json(info);
  });
}
