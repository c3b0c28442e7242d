/**
 * The Express application: security headers, the API routers, tiles, the web app, and one
 * error handler that turns every failure into problem+json.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Router } from 'express';
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
import { setupMentionWrites } from './routes/mention-writes';
import { setupPlaceWrites } from './routes/place-writes';
import type { WriteDeps } from './routes/write-deps';
import type { AtlasStore } from './store/atlas-store';
import { LiveAtlas } from './store/live-atlas';
import { createTilesRouter } from './tiles/tiles-router';

export interface AppOptions {
  tilesDir: string;
  /** the built web app; omitted in API-only tests */
  webDistDir?: string;
  /** per-client budgets (http/rate-limit.ts defaults when omitted); false turns limiting off (tests) */
  rateLimit?: Partial<RateLimitOptions> | false;
  /** the database and who may write; without it the API stays read-only */
  writes?: WriteDeps;
}

/** `atlas` may be a fixed atlas or a LiveAtlas that the database keeps current. */
export function createApp(atlas: AtlasStore | LiveAtlas, options: AppOptions): Express {
  const live = atlas instanceof LiveAtlas ? atlas : new LiveAtlas(atlas);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  app.use(cors());
  if (options.rateLimit !== false) app.use(rateLimit(options.rateLimit));
  if (options.writes) {
    // before the read-only guard and the tiny body limit: these routes read bodies and write
    setupPlaceWrites(app, live, options.writes);
    setupMentionWrites(app, live, options.writes);
  }
  app.use(bodyLimit());
  app.use(readOnly);

  setupHealth(app);
  // the read routes are built per atlas and swapped whole when the database changes
  let reads = readRoutes(live.current, options);
  live.onSwap((store) => {
    reads = readRoutes(store, options);
  });
  app.use((req, res, next) => reads(req, res, next));
  setupOpenApi(app);
  app.use('/api', notFoundHandler);

  if (options.webDistDir) setupWebApp(app, options.webDistDir);

  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}

function readRoutes(store: AtlasStore, options: AppOptions): Router {
  const router = express.Router();
  setupLayers(router, store);
  setupFeatures(router, store);
  setupDocuments(router, store);
  setupSearch(router, store);
  setupExport(router, store);
  setupClaims(router, store);
  router.use('/tiles', createTilesRouter(options.tilesDir, { memory: store.layerArchives }));
  return router;
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
