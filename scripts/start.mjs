#!/usr/bin/env node
// `npm start`: build the web app when its sources are newer than the build (or there is none),
// then run the server (TypeScript through tsx) on PORT, default 8080. The environment passes
// through, so CORPUS_DIR, PLACES_DIR, LAYERS_FILE, CURATION_DIR and TILES_DIR point it at other
// data; a start-up failure is the server's one line and exit code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb, webBuildIsStale } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (webBuildIsStale(root)) {
  console.log('Building the web app…');
  try {
    buildWeb(root);
  } catch (error) {
    // Vite printed the details above; the web app reads no data file, so this is about web/src
    console.error(`Wuzhen Atlas cannot start: the web app does not build (${error.message}); fix web/src (Vite's report is above)`);
    process.exit(1);
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'api/src/server.ts')], { cwd: root, stdio: 'inherit' });
// Pass stop signals on so the server can drain its connections.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
