/**
 * The real app with writes for browser tests: a fresh database (PGlite in memory, seeded from the
 * committed files), the live atlas over it, the write routes, the built web app, an editor's
 * browser login, and the system Chromium. Like api/test/support/write-app.ts, plus the web app.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openAtlasStorage, type AtlasStorage } from '../../core/db/atlas-storage';
import { createTestDatabase } from '../../core/db/testing/test-databases';
import { openCuratedAtlas } from '../../core/store/curated-atlas';
import type { LiveAtlas } from '../../core/store/live-atlas';
import { createApp } from '../../api/src/app';
import { addUser } from '../../api/src/auth/users';
import { REPO_ROOT, configFromEnv } from '../../api/src/config';
import { launchChromium } from '../../scripts/bench/chromium';

export const EDITOR = { name: 'editor-li', password: 'canal-boats-at-dusk' } as const;

export interface WriteHarness {
  browser: Browser;
  server: Server;
  origin: string;
  storage: AtlasStorage;
  live: LiveAtlas;
}

export async function startWriteHarness(): Promise<WriteHarness & { close(): Promise<void> }> {
  if (!fs.existsSync(path.join(REPO_ROOT, 'web/dist/index.html'))) throw new Error('web/dist is missing: run `npm run build`');
  const database = await createTestDatabase('pglite');
  const storage = await openAtlasStorage({ database: database.config });
  const config = configFromEnv({});
  const live = await openCuratedAtlas(storage, config);
  // cheap scrypt: the login's cost is not what these tests are about
  await addUser(storage.accounts, { name: EDITOR.name, role: 'editor', password: EDITOR.password });
  const app = createApp(live, { tilesDir: config.tilesDir, webDistDir: config.webDistDir, rateLimit: false, writes: { storage, live } });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const browser = await launchChromium();
  return {
    browser, server, storage, live,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await storage.close();
      await database.dispose();
    },
  };
}

/** The harness for one test file: started before its tests, stopped after them. */
export function useWriteHarness(): () => WriteHarness {
  let harness: Awaited<ReturnType<typeof startWriteHarness>> | undefined;
  beforeAll(async () => {
    harness = await startWriteHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the write harness is not started: call useWriteHarness() at the top of the test file');
    return harness;
  };
}
