/**
 * The Express application: security headers, the API routers, tiles, the web app, and one
 * error handler that turns every failure into problem+json.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { bodyLimit } from './http/body-limit';
import { cors } from './http/cors';
import { setupGlyphFiles } from './http/glyph-files';
import { notFoundHandler, problemHandler } from './http/problem';
import { rateLimit, type RateLimitOptions } from './http/rate-limit';
import { readOnly } from './http/read-only';
import { securityHeaders } from './http/security';
import { setupWebAssets } from './http/web-assets';
import { setupClaims } from './routes/claims';
import { setupDocuments } from './routes/documents';
import { setupExport } from './routes/export';
import { setupFeatures } from './routes/features';
import { setupHealth } from './routes/health';
import { setupLayers } from './routes/layers';
import { setupOpenApi } from './routes/openapi';
import { setupSearch } from './routes/search';
import type { AtlasStore } from '../../core/store/atlas-store';
import type { ArchiveStatuses } from './tiles/archive-health';
import { createTilesRouter } from './tiles/tiles-router';

export interface AppOptions {
  tilesDir: string;
  /** the built web app; omitted in API-only tests */
  webDistDir?: string;
  /** per-client budgets (http/rate-limit.ts defaults when omitted); false turns limiting off (tests) */
  rateLimit?: Partial<RateLimitOptions> | false;
  /** what the start-up check found in `tilesDir` (tiles/archive-health.ts), reported by /api/health */
  archives?: ArchiveStatuses;
}

export function createApp(store: AtlasStore, options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  app.use(cors());
  if (options.rateLimit !== false) app.use(rateLimit(options.rateLimit));
  app.use(bodyLimit());
  app.use(readOnly);

  setupHealth(app, options.archives);
  setupLayers(app, store);
  setupFeatures(app, store);
  setupDocuments(app, store);
  setupSearch(app, store);
  setupExport(app, store);
  setupClaims(app, store);
  setupOpenApi(app);
  app.use('/api', notFoundHandler);

  app.use('/tiles', createTilesRouter(options.tilesDir, { memory: store.layerArchives }));
  if (options.webDistDir) setupWebApp(app, options.webDistDir);

  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}

function setupWebApp(app: Express, distDir: string): void {
  const indexFile = path.join(distDir, 'index.html');
  setupWebAssets(app, path.join(distDir, 'assets'));
  setupGlyphFiles(app, path.join(distDir, 'glyphs'));
  // Hashed asset names never change content, so they may be cached for good; index.html may not.
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }));
  app.use(express.static(distDir, { index: false, maxAge: 0 }));
  app.get('/', (_req, res) => {
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain; charset=utf-8').send('The web app is not built yet: run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
