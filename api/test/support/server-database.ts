/**
 * A database for real server processes (spawn-server.ts) to share: the embedded one on disk under
 * `root`, or a fresh PostgreSQL database (TEST_DATABASE_URL), seeded, with an editor's bearer token
 * in it. Made before any server opens it (an embedded database is one process's at a time).
 */
import path from 'node:path';
import { openAtlasStorage } from '../../../core/db/atlas-storage';
import type { DatabaseConfig } from '../../../core/db/open-sql-client';
import { createTestDatabase, type Engine, type TestDatabase } from '../../../core/db/testing/test-databases';
import { createToken } from '../../src/auth/bearer-tokens';

export interface ServerDatabase {
  /** for spawnServer: DATA_DIR or DATABASE_URL */
  env: Record<string, string>;
  /** an editor's bearer token */
  token: string;
  /** drops a PostgreSQL database (the caller removes `root`) */
  dispose(): Promise<void>;
}

export async function prepareServerDatabase(engine: Engine, root: string, tokenName = 'test-editor'): Promise<ServerDatabase> {
  let database: TestDatabase | null = null;
  let config: DatabaseConfig;
  let env: Record<string, string>;
  if (engine === 'pglite') {
    const dataDir = path.join(root, 'data');
    config = { dataDir };
    env = { DATA_DIR: dataDir };
  } else {
    database = await createTestDatabase('postgres');
    config = database.config;
    env = { DATABASE_URL: database.config.databaseUrl! };
  }
  try {
    const storage = await openAtlasStorage({ database: config });
    try {
      const { token } = await createToken(storage.accounts, { name: tokenName, role: 'editor' });
      return { env, token, dispose: async () => void (await database?.dispose()) };
    } finally {
      await storage.close();
    }
  } catch (error) {
    await database?.dispose();
    throw error;
  }
}
