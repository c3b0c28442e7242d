/**
 * Start-up: load and validate all data and check the tile archives first (a bad record or
 * archive stops here with one line naming it, see startup-failure.ts), then listen.
 * SIGTERM/SIGINT stop accepting connections and let open requests finish.
 */
import { createApp } from './app';
import { configFromEnv } from './config';
import { createHardenedServer } from './http/hardened-server';
import { rateLimitFromEnv } from './http/rate-limit';
import { exitOnStartupFailure } from './startup-failure';
import { checkTileArchives } from './tiles/archive-health';
import { loadAtlas } from '../../core/load-atlas';

const started = performance.now();
const { config, store, app } = await loadOrExit();

const server = createHardenedServer(app).listen(config.port, () => {
  const ms = Math.round(performance.now() - started);
  console.log(
    `Wuzhen Atlas on http://localhost:${config.port}/ — ${store.features.length} places, ` +
      `${store.documents.length} documents, ${store.passageById.size} passages (ready in ${ms} ms)`,
  );
});
// a port in use is a start-up failure like any other (and only until the server listens)
const refuseToListen = (error: Error) => exitOnStartupFailure(error);
server.once('error', refuseToListen);
server.once('listening', () => server.off('error', refuseToListen));

async function loadOrExit() {
  try {
    const config = configFromEnv();
    const store = loadAtlas(config);
    const archives = await checkTileArchives(config.tilesDir);
    const app = createApp(store, { tilesDir: config.tilesDir, webDistDir: config.webDistDir, rateLimit: rateLimitFromEnv(), archives });
    return { config, store, app };
  } catch (error) {
    return exitOnStartupFailure(error);
  }
}

function shutdown(signal: string): void {
  console.log(`${signal}: draining connections…`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running after 10 s are cut, so a stuck client cannot hold the process.
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
