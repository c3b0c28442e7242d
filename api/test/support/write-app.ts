/**
 * The real app over a real database (seeded from the committed files) with the write routes, for
 * supertest: PGlite in memory, or a fresh PostgreSQL database. The editor's token is a real
 * bearer token in the database's account store.
 */
import type { Express } from 'express';
import { openAtlasStorage, type AtlasStorage } from '../../../core/db/atlas-storage';
import type { DatabaseConfig } from '../../../core/db/open-sql-client';
import { createTestDatabase, type Engine } from '../../../core/db/testing/test-databases';
import { createApp } from '../../src/app';
import { configFromEnv } from '../../src/config';
import { openCuratedAtlas } from '../../../core/store/curated-atlas';
import type { LiveAtlas } from '../../../core/store/live-atlas';
import { createToken } from '../../src/auth/bearer-tokens';

export interface WriteApp {
  app: Express;
  storage: AtlasStorage;
  live: LiveAtlas;
  /** an editor's bearer token */
  token: string;
  close(): Promise<void>;
}

/** One API instance over the given database. */
export async function openWriteAppOn(database: DatabaseConfig, tokenName = 'test-editor'): Promise<WriteApp> {
  const storage = await openAtlasStorage({ database });
  const config = configFromEnv({});
  const live = await openCuratedAtlas(storage, config);
  const app = createApp(live, { tilesDir: config.tilesDir, rateLimit: false, writes: { storage, live } });
  const { token } = await createToken(storage.accounts, { name: `${tokenName}-${Math.random().toString(36).slice(2, 8)}`, role: 'editor' });
  return { app, storage, live, token, close: () => storage.close() };
}

/** One API instance over a fresh database of the engine; close() also drops it. */
export async function openWriteApp(engine: Engine): Promise<WriteApp> {
  const database = await createTestDatabase(engine);
  const instance = await openWriteAppOn(database.config);
  return {
    ...instance,
    async close() {
      await instance.close();
      await database.dispose();
    },
  };
}
