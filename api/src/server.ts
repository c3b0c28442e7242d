/**
 * Start-up: load and validate all data first (a bad record stops here, naming it), then listen.
 * SIGTERM/SIGINT stop accepting connections and let open requests finish.
 */
import { fixedSource } from '../../core/store/atlas-source';
import { createApp } from './app';
import { configFromEnv } from './config';
import { createHardenedServer, serverOptionsFromEnv } from './http/hardened-server';
import { rateLimitFromEnv } from './http/rate-limit';
import { loadAtlas } from '../../core/load-atlas';

const config = configFromEnv();
const started = performance.now();
const store = loadAtlas(config);
const app = createApp(fixedSource(store), { tilesDir: config.tilesDir, webDistDir: config.webDistDir, rateLimit: rateLimitFromEnv() });

const server = createHardenedServer(app, serverOptionsFromEnv());
server.once('error', (err: NodeJS.ErrnoException) => {
  console.error(`Cannot listen on ${config.host ?? 'every interface'} port ${config.port} (${err.code ?? err.message}): check HOST and PORT.`);
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const ms = Math.round(performance.now() - started);
  console.log(
    `Wuzhen Atlas on http://${urlHost(config.host)}:${config.port}/ — ${store.features.length} places, ` +
      `${store.documents.length} documents, ${store.passageById.size} passages (ready in ${ms} ms)`,
  );
});

/** How to write the listen address in a URL: localhost for every interface, brackets for IPv6. */
function urlHost(host: string | undefined): string {
  if (!host || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
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
