#!/usr/bin/env node
// `npm start`: build the web app when its sources are newer than the build (or there is none),
// then run the server (TypeScript through tsx) on PORT, default 8080.
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
    console.error(String(error));
    process.exit(1);
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'api/src/server.ts')], { cwd: root, stdio: 'inherit' });
// Pass stop signals on so the server can drain its connections.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
