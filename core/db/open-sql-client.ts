/**
 * Which engine: PostgreSQL when DATABASE_URL is a postgres:// URL, else the embedded PGlite under
 * DATA_DIR (default ./data), created on first start.
 */
import path from 'node:path';
import { openPgliteClient } from './pglite-client';
import { openPostgresClient } from './postgres-client';
import type { SqlClient } from './sql-client';
import { StorageError } from './storage-errors';

export interface DatabaseConfig {
  /** postgres://… or postgresql://…; unset for the embedded database */
  databaseUrl?: string;
  /** the embedded database's directory, or `memory://` */
  dataDir: string;
}

export class DatabaseConfigError extends StorageError {
  constructor(detail: string) {
    super(detail);
    this.name = 'DatabaseConfigError';
  }
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new DatabaseConfigError(`DATABASE_URL must start with postgres:// or postgresql://, not "${databaseUrl.slice(0, 20)}…"`);
  }
  const dataDir = env.DATA_DIR?.trim() || './data';
  return { databaseUrl, dataDir: dataDir === 'memory://' ? dataDir : path.resolve(cwd, dataDir) };
}

export function openSqlClient(config: DatabaseConfig): Promise<SqlClient> {
  return config.databaseUrl ? openPostgresClient(config.databaseUrl) : openPgliteClient(config.dataDir);
}

/** Where the data lives, for log lines (never prints a password). */
export function describeDatabase(config: DatabaseConfig): string {
  if (!config.databaseUrl) return config.dataDir === 'memory://' ? 'embedded, in memory' : `embedded, ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
