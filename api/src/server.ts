/**
 * Start-up: load and validate all committed data and check the tile archives first (a bad record
 * or archive stops here with one line naming it, see startup-failure.ts), open the database (the
 * embedded one under DATA_DIR, or PostgreSQL at DATABASE_URL; seeded from the committed files on
 * first start), build the atlas from it, then listen. Every committed write, here or in another
 * process sharing the database, rebuilds the atlas in memory. Once listening, uploads a stopped process
 * left `processing` are processed again in the background (core/store/resume-documents.ts).
 * SIGTERM/SIGINT stop accepting connections, let open requests finish and close the database.
 */
import { checkAtlasInputs } from '../../core/load-atlas';
import { openAtlasStorage, type AtlasStorage } from '../../core/db/atlas-storage';
import { databaseConfigFromEnv, describeDatabase } from '../../core/db/open-sql-client';
import { preloadUploadReaders } from '../../core/formats/read-upload';
import { openCuratedAtlas } from '../../core/store/curated-atlas';
import { startDocumentResumer, type DocumentResumer } from '../../core/store/resume-documents';
import { createApp } from './app';
import type { ChangeStreams } from './routes/changes';
import { configFromEnv } from './config';
import { createHardenedServer, serverOptionsFromEnv } from './http/hardened-server';
import { rateLimitFromEnv } from './http/rate-limit';
import { exitOnStartupFailure } from './startup-failure';
import { checkTileArchives } from './tiles/archive-health';

const started = performance.now();
const { config, app, storage, live, where } = await loadOrExit();
let resumer: DocumentResumer | null = null;

const server = createHardenedServer(app, serverOptionsFromEnv());
// a port in use is a start-up failure like any other (and only until the server listens)
const refuseToListen = (error: Error) => exitOnStartupFailure(error);
server.once('error', refuseToListen);
server.listen(config.port, config.host, () => {
  server.off('error', refuseToListen);
  const ms = Math.round(performance.now() - started);
  const store = live.current();
  console.log(
    `Wuzhen Atlas on http://${urlHost(config.host)}:${config.port}/ — ${store.features.length} places, ` +
      `${store.documents.length} documents, ${store.passageById.size} passages; database ${where} (ready in ${ms} ms)`,
  );
  // uploads a stopped process left `processing` are processed again, in the background
  resumer = startDocumentResumer(storage, live);
  // once serving: the PDF reader's code, which would otherwise load on the first upload's answer
  setImmediate(() => preloadUploadReaders().catch((error) => console.error('[atlas] preloading the upload readers failed:', error)));
});

async function loadOrExit() {
  try {
    const config = configFromEnv();
    // the committed files are checked as geodata:check checks them, whatever the database holds;
    // what is read here (the corpus ingested, the catalogue, the claim corrections) is what the
    // atlas is built from, not read again (the corpus's links are remembered per passage)
    const read = checkAtlasInputs(config);
    const archives = await checkTileArchives(config.tilesDir);
    const database = databaseConfigFromEnv();
    const storage: AtlasStorage = await openAtlasStorage({
      database,
      seed: { placesDir: config.placesDir, mentionOverridesFile: config.mentionOverridesFile },
    });
    const live = await openCuratedAtlas(storage, config, undefined, read);
    const app = createApp(live, {
      tilesDir: config.tilesDir,
      webDistDir: config.webDistDir,
      rateLimit: rateLimitFromEnv(),
      archives,
      searchCacheEntries: config.searchCacheEntries,
      writes: { storage, live },
    });
    return { config, app, storage, live, where: describeDatabase(database) };
  } catch (error) {
    return exitOnStartupFailure(error);
  }
}

/** How to write the listen address in a URL: localhost for every interface, brackets for IPv6. */
function urlHost(host: string | undefined): string {
  if (!host || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function shutdown(signal: string): void {
  console.log(`${signal}: draining connections…`);
  resumer?.stop();
  server.close(() => {
    storage.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  (app.locals.changeStreams as ChangeStreams | undefined)?.endAll();
  // Requests still running after 10 s are cut, so a stuck client cannot hold the process.
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
