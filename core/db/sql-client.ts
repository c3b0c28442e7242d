/**
 * The one small interface both storage engines sit behind: PGlite (embedded) and PostgreSQL.
 * Everything above it speaks plain PostgreSQL SQL, the same text for both.
 */

/** Runs statements; inside a transaction, on that transaction's connection. */
export interface SqlQuerier {
  /** one statement with $1… parameters; rows as plain objects */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** a script of several statements, no parameters (migrations) */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlQuerier {
  readonly engine: 'pglite' | 'postgres';
  /** runs `work` in one transaction: committed when it resolves, rolled back when it throws */
  transaction<T>(work: (tx: SqlQuerier) => Promise<T>): Promise<T>;
  /**
   * Calls `onMessage` with the payload of every NOTIFY on `channel`, from any connection.
   * `onResume` is called after a lost listening connection is back: notifications may have
   * been missed in between. Resolves to an unlisten function.
   */
  listen(channel: string, onMessage: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>>;
  /** NOTIFY outside a transaction (inside one, `SELECT pg_notify(…)` sends on commit) */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}
