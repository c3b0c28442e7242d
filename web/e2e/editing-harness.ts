/**
 * The browser harness of the editing paths: the real app over a real database (PGlite in memory,
 * seeded from the committed files) with the write routes, an editor who signs in in the browser,
 * and a second editor's bearer token for changes made "elsewhere" through the API.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/bench/chromium';
import { REPO_ROOT, configFromEnv } from '../../api/src/config';
import { createApp } from '../../api/src/app';
import { createToken } from '../../api/src/auth/bearer-tokens';
import { addUser } from '../../api/src/auth/users';
import type { ChangeStreams } from '../../api/src/routes/changes';
import { openAtlasStorage, type AtlasStorage } from '../../core/db/atlas-storage';
import { createTestDatabase } from '../../core/db/testing/test-databases';
import { openCuratedAtlas } from '../../core/store/curated-atlas';
import type { LiveAtlas } from '../../core/store/live-atlas';
import type { Harness } from './browser-harness';

export const EDITOR = { name: 'lin-editor', password: 'correct horse 乌镇 staple' };

export interface EditingHarness extends Harness {
  storage: AtlasStorage;
  live: LiveAtlas;
  /** another editor's bearer token */
  otherToken: string;
  /** the browsers listening to GET /api/changes */
  changeStreams: ChangeStreams;
}

export async function startEditingHarness(): Promise<EditingHarness> {
  if (!fs.existsSync(path.join(REPO_ROOT, 'web/dist/index.html'))) throw new Error('web/dist is missing: run `npm run build`');
  const database = await createTestDatabase('pglite');
  const storage = await openAtlasStorage({ database: database.config });
  const config = configFromEnv({});
  const live = await openCuratedAtlas(storage, config);
  // cheap scrypt: the hash's strength is tested in api/src/auth, not here
  await addUser(storage.accounts, { name: EDITOR.name, role: 'editor', password: EDITOR.password }, { hashParameters: { logCost: 10 } });
  const { token: otherToken } = await createToken(storage.accounts, { name: 'other-editor', role: 'editor' });
  const app = createApp(live, { tilesDir: config.tilesDir, webDistDir: config.webDistDir, rateLimit: false, writes: { storage, live } });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    browser,
    server,
    origin,
    storage,
    live,
    otherToken,
    changeStreams: app.locals.changeStreams as ChangeStreams,
    async close() {
      await browser.close();
      (app.locals.changeStreams as ChangeStreams | undefined)?.endAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await storage.close();
      await database.dispose();
    },
  };
}

export function useEditingHarness(): () => EditingHarness {
  let harness: EditingHarness | undefined;
  beforeAll(async () => {
    harness = await startEditingHarness();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the editing harness is not started');
    return harness;
  };
}
