/**
 * The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) in this process, its files under
 * `<dataDir>/pglite`, or in memory for `memory://`. One process owns a data directory at a time
 * (a pid file says which): two PGlite instances on the same files would corrupt them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { discardTemplate, pgliteTemplate } from './pglite-template';
import type { SqlClient, SqlQuerier } from './sql-client';
import { DatabaseLockedError } from './storage-errors';

export const IN_MEMORY = 'memory://';

export const PGLITE_DEFAULTS = {
  /**
   * false: every statement's changes reach the files before the promise resolves. PGlite's Node
   * file system writes through to the operating system, so an acknowledged commit survives
   * `kill -9` (durability.test.ts proves it in both settings); we keep the strict one anyway.
   */
  relaxedDurability: false,
};

export async function openPgliteClient(dataDir: string): Promise<SqlClient> {
  if (dataDir === IN_MEMORY) return new PgliteClient(await createPglite(IN_MEMORY), null);
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = takeLock(dataDir);
  try {
    const db = await createPglite(path.join(dataDir, 'pglite'));
    return new PgliteClient(db, lock);
  } catch (error) {
    fs.rmSync(lock, { force: true });
    throw error;
  }
}

/**
 * PGlite at `where`: a new database (in memory, or a folder that does not exist yet or is empty)
 * from the initdb template (pglite-template.ts), an existing one as it is. A template PGlite
 * refuses is discarded and the database made by initdb.
 */
async function createPglite(where: string): Promise<PGlite> {
  const isNew = where === IN_MEMORY || !fs.existsSync(where) || fs.readdirSync(where).length === 0;
  const template = isNew ? await pgliteTemplate() : undefined;
  if (!template) return PGlite.create(where, PGLITE_DEFAULTS);
  try {
    return await PGlite.create(where, { ...PGLITE_DEFAULTS, loadDataDir: template });
  } catch (error) {
    console.warn(`[atlas] the database template did not load (${(error as Error).message}); running initdb`);
    discardTemplate();
    if (where !== IN_MEMORY) fs.rmSync(where, { recursive: true, force: true });
    return PGlite.create(where, PGLITE_DEFAULTS);
  }
}

class PgliteClient implements SqlClient {
  readonly engine = 'pglite';

  constructor(
    private readonly db: PGlite,
    private readonly lockFile: string | null,
  ) {}

  query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return querier(this.db).query<Row>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return querier(this.db).exec(sql);
  }

  transaction<T>(work: (tx: SqlQuerier) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(querier(tx)));
  }

  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    // an embedded database has no connection to lose, so there is nothing to resume
    const unlisten = await this.db.listen(channel, onMessage);
    return () => unlisten();
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.db.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
    if (this.lockFile) fs.rmSync(this.lockFile, { force: true });
  }
}

function querier(db: PGlite | Transaction): SqlQuerier {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** Claims the directory for this process, or names the live process that holds it. */
function takeLock(dataDir: string): string {
  const file = path.join(dataDir, 'atlas.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isSafeInteger(pid) && (pid === process.pid || isAlive(pid))) throw new DatabaseLockedError(dataDir, pid);
      // left behind by a process that died (kill -9, power loss): take it over
      fs.rmSync(file, { force: true });
    }
  }
  throw new DatabaseLockedError(dataDir, -1);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
