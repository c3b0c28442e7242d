/**
 * The Express application: security headers, the API routers, tiles, the web app, and one
 * error handler that turns every failure into problem+json.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { AccountStore } from '../../types/accounts';
import type { AtlasStorage } from '../../core/db/atlas-storage';
import type { LiveAtlas } from '../../core/store/live-atlas';
import { SESSION_WRITE_ROUTES, setupSession } from './auth/setup-session';
import { bodyLimit } from './http/body-limit';
import { cors } from './http/cors';
import { setupGlyphFiles } from './http/glyph-files';
import { headWithoutRange } from './http/head-without-range';
import { notFoundHandler, problemHandler } from './http/problem';
import { queryCheck, queryRulesOf } from './http/query-check';
import { rateLimit, type RateLimitOptions } from './http/rate-limit';
import { methodGuard } from './http/read-only';
import { securityHeaders } from './http/security';
import { setupWebAssets } from './http/web-assets';
import { setupBasemap } from './routes/basemap';
import { setupChanges } from './routes/changes';
import { setupClaims } from './routes/claims';
import { DOCUMENT_WRITE_ROUTES, setupDocumentWrites } from './routes/document-writes';
import { setupDocuments } from './routes/documents';
import { setupDocumentReport } from './routes/document-report';
import { setupExport } from './routes/export';
import { setupFeatures } from './routes/features';
import { setupHealth } from './routes/health';
import { setupLayers } from './routes/layers';
import { MENTION_WRITE_ROUTES, setupMentionWrites } from './routes/mention-writes';
import { PLACE_WRITE_ROUTES, setupPlaceWrites } from './routes/place-writes';
import { atlasOpenApiDocument, setupOpenApi } from './routes/openapi';
import { PROPOSAL_WRITE_ROUTES, setupProposals } from './routes/proposals';
import { setupSearch } from './routes/search';
import type { AtlasSource } from '../../core/store/atlas-source';
import { BasemapChoice } from './tiles/basemap-choice';
import type { ArchiveStatuses } from './tiles/archive-health';
import { createTilesRouter } from './tiles/tiles-router';

export interface AppOptions {
  tilesDir: string;
  /** the built web app; omitted in API-only tests */
  webDistDir?: string;
  /** per-client budgets (http/rate-limit.ts defaults when omitted); false turns limiting off (tests) */
  rateLimit?: Partial<RateLimitOptions> | false;
  /** who may write (users, tokens, sessions); without it the atlas is read-only and has no sign-in */
  accounts?: AccountStore;
  /** the database that keeps `source` current, and takes editors' writes (its accounts sign them in) */
  writes?: { storage: AtlasStorage; live: LiveAtlas };
  /** what the start-up check found in `tilesDir` (tiles/archive-health.ts), reported by /api/health */
  archives?: ArchiveStatuses;
  /** search answers remembered per snapshot (http/answer-cache.ts's default when omitted; 0: none) */
  searchCacheEntries?: number;
}

export function createApp(source: AtlasSource, options: AppOptions): Express {
  const app = express();
  // before the first route: the router reads it when created. /API/… is then a 404 like any
  // unknown path, not a route that skips the rate limit, CORS and CSP (they compare case-sensitively)
  app.set('case sensitive routing', true);
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const accounts = options.accounts ?? options.writes?.storage.accounts;
  const openapi = atlasOpenApiDocument({ withSession: Boolean(accounts), withWrites: Boolean(options.writes) });
  app.use(securityHeaders);
  app.use(cors());
  if (options.rateLimit !== false) app.use(rateLimit(options.rateLimit));
  const writeRoutes = [...(accounts ? SESSION_WRITE_ROUTES : []), ...(options.writes ? [...PLACE_WRITE_ROUTES, ...MENTION_WRITE_ROUTES, ...DOCUMENT_WRITE_ROUTES, ...PROPOSAL_WRITE_ROUTES] : [])];
  app.use(bodyLimit({ except: writeRoutes }));
  app.use(methodGuard(writeRoutes));
  app.use(headWithoutRange);
  app.use('/api', queryCheck(queryRulesOf(openapi)));

  const basemaps = new BasemapChoice(options.tilesDir);
  setupHealth(app, basemaps, options.archives, options.writes ? () => options.writes!.live.revision : undefined);
  setupBasemap(app, basemaps);
  setupLayers(app, source);
  setupFeatures(app, source);
  setupDocuments(app, source, options.writes?.storage);
  setupSearch(app, source, options.searchCacheEntries);
  setupExport(app, source);
  setupClaims(app, source);
  setupOpenApi(app, openapi);
  if (options.writes) setupDocumentReport(app, options.writes);
  if (accounts) {
    const auth = setupSession(app, { accounts });
    if (options.writes) {
      const deps = { ...options.writes, auth };
      setupPlaceWrites(app, deps);
      setupMentionWrites(app, deps);
      setupDocumentWrites(app, deps);
      setupProposals(app, deps);
      // ended by the server at shutdown (server.ts): an event stream never finishes by itself
      app.locals.changeStreams = setupChanges(app, options.writes.live);
    }
  }
  app.use('/api', notFoundHandler);

  app.use('/tiles', createTilesRouter(options.tilesDir, { memory: () => source.current().layerArchives }));
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
