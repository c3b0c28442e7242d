/**
 * The real app (real data, real tiles) on a loopback port for the fuzz tests, with the same
 * hardened HTTP server as production. The web app is a tiny fixture build so the static file
 * handlers are fuzzed whether or not `web/dist` has been built.
 */
import { fixedSource } from '../../../core/store/atlas-source';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app';
import { configFromEnv } from '../../src/config';
import { createHardenedServer } from '../../src/http/hardened-server';
import { testStore } from '../support/test-app';

export interface FuzzServer {
  port: number;
  webDistDir: string;
  close(): Promise<void>;
}

function fixtureDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-fuzz-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.mkdirSync(path.join(dir, 'glyphs/Noto Sans Regular'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>fixture</title><div id="root"></div>');
  fs.writeFileSync(path.join(dir, 'assets/index-fixture.js'), 'console.log("fixture");\n');
  fs.writeFileSync(path.join(dir, 'assets/index-fixture.css'), 'body{margin:0}\n');
  fs.writeFileSync(path.join(dir, 'glyphs/Noto Sans Regular/0-255.pbf'), Buffer.from([0x0a, 0x00]));
  return dir;
}

export async function startFuzzServer(): Promise<FuzzServer> {
  const webDistDir = fixtureDist();
  const app = createApp(fixedSource(testStore()), { tilesDir: configFromEnv({}).tilesDir, webDistDir, rateLimit: false });
  const server: Server = createHardenedServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    webDistDir,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(webDistDir, { recursive: true, force: true });
    },
  };
}
