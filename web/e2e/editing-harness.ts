/**
 * The browser harness of the writing paths (editing places and links, adding documents): the real
 * app over a real database (PGlite in memory, seeded from the committed files) with the write
 * routes, an editor who signs in in the browser, and a second editor's bearer token for changes
 * made "elsewhere" through the API. Like api/test/support/write-app.ts, plus the web app.
 */
import { configFromEnv } from '../../api/src/config';
import { createApp } from '../../api/src/app';
import { createToken } from '../../api/src/auth/bearer-tokens';
import { addUser } from '../../api/src/auth/users';
import type { ChangeStreams } from '../../api/src/routes/changes';
import { openAtlasStorage, type AtlasStorage } from '../../core/db/atlas-storage';
import { createTestDatabase } from '../../core/db/testing/test-databases';
import { openCuratedAtlas } from '../../core/store/curated-atlas';
import type { LiveAtlas } from '../../core/store/live-atlas';
import { serveInChromium, useStartedHarness, type Harness } from './browser-harness';

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
  const database = await createTestDatabase('pglite');
  const storage = await openAtlasStorage({ database: database.config });
  const config = configFromEnv({});
  const live = await openCuratedAtlas(storage, config);
  // cheap scrypt: the hash's strength is tested in api/src/auth, not here
  await addUser(storage.accounts, { name: EDITOR.name, role: 'editor', password: EDITOR.password }, { hashParameters: { logCost: 10 } });
  const { token: otherToken } = await createToken(storage.accounts, { name: 'other-editor', role: 'editor' });
  const app = createApp(live, { tilesDir: config.tilesDir, webDistDir: config.webDistDir, rateLimit: false, writes: { storage, live } });
  const served = await serveInChromium(app, async () => {
    await storage.close();
    await database.dispose();
  });
  return { ...served, storage, live, otherToken, changeStreams: app.locals.changeStreams as ChangeStreams };
}

export function useEditingHarness(): () => EditingHarness {
  return useStartedHarness(startEditingHarness, 'useEditingHarness()');
}
