/**
 * The engines every storage test runs on: PGlite always (in memory unless a test needs files),
 * PostgreSQL too when TEST_DATABASE_URL is set (`.ci/postgres.sh` prints one). Each PostgreSQL
 * storage gets a database of its own, dropped afterwards, so test files never see each other.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { openAtlasStorage, type AtlasStorage, type OpenStorageOptions } from '../atlas-storage';
import type { DatabaseConfig } from '../open-sql-client';
import { IN_MEMORY } from '../pglite-client';

export type Engine = 'pglite' | 'postgres';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export const ENGINES: Engine[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A database for one test file: its config, and a dispose that drops it. */
export interface TestDatabase {
  config: DatabaseConfig;
  dispose(): Promise<void>;
}

export async function createTestDatabase(engine: Engine, dataDir: string = IN_MEMORY): Promise<TestDatabase> {
  if (engine === 'pglite') return { config: { dataDir }, dispose: async () => {} };
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `atlas_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    config: { databaseUrl: url.toString(), dataDir: IN_MEMORY },
    dispose: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** Opens storage on a fresh test database; `close` closes it and drops the database. */
export async function openTestStorage(engine: Engine, options: Omit<OpenStorageOptions, 'database'> = {}): Promise<AtlasStorage & { dispose(): Promise<void> }> {
  const database = await createTestDatabase(engine);
  const storage = await openAtlasStorage({ ...options, database: database.config });
  return Object.assign(storage, {
    async dispose() {
      await storage.close();
      await database.dispose();
    },
  });
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
