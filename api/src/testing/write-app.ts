/**
 * The real app over a real database (seeded from the committed files) with the write routes, for
 * supertest: PGlite in memory, or a fresh PostgreSQL database. The editor's token is a real
 * bearer token in the database's account store.
 */
import type { Express } from 'express';
import { openAtlasStorage, type AtlasStorage } from '../../../core/db/atlas-storage';
import type { DatabaseConfig } from '../../../core/db/open-sql-client';
import { createTestDatabase, type Engine } from '../../../core/db/testing/test-databases';
import { createApp } from '../app';
import { configFromEnv } from '../config';
import { openCuratedAtlas } from '../store/curated-atlas';
import type { LiveAtlas } from '../store/live-atlas';
import { bearerAuthenticator, issueToken } from './bearer-authenticator';

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
  const app = createApp(live, { tilesDir: config.tilesDir, rateLimit: false, writes: { storage, authenticate: bearerAuthenticator(storage.accounts) } });
  const token = await issueToken(storage.accounts, `${tokenName}-${Math.random().toString(36).slice(2, 8)}`);
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
