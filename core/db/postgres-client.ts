/**
 * The server engine: PostgreSQL through node-postgres, for several API processes sharing one
 * database. Queries go through a pool (a dropped connection is replaced on the next query); the
 * LISTEN connection is one client of its own that reconnects by itself, with backoff, and tells
 * its listeners to catch up. A query that cannot reach the server throws UnavailableError.
 */
import pg from 'pg';
import type { SqlClient, SqlQuerier } from './sql-client';
import { UnavailableError } from './storage-errors';

export const POSTGRES_DEFAULTS = {
  /** connections per process: writes are short and reads are served from memory */
  poolSize: 5,
  /** give up on a connection attempt after this long, ms (then the write answers 503) */
  connectTimeoutMs: 3000,
  /** first and longest wait between attempts to bring the LISTEN connection back, ms */
  reconnectMinMs: 100,
  reconnectMaxMs: 3000,
};

export async function openPostgresClient(url: string, options: Partial<typeof POSTGRES_DEFAULTS> = {}): Promise<SqlClient> {
  const client = new PostgresClient(url, { ...POSTGRES_DEFAULTS, ...options });
  // fail at start with one line when the server is unreachable
  await client.query('SELECT 1');
  return client;
}

interface Listener {
  channel: string;
  onMessage: (payload: string) => void;
  onResume?: () => void;
}

class PostgresClient implements SqlClient {
  readonly engine = 'postgres';
  private readonly pool: pg.Pool;
  private readonly listeners = new Set<Listener>();
  private listenClient: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly options: typeof POSTGRES_DEFAULTS,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: options.poolSize, connectionTimeoutMillis: options.connectTimeoutMs });
    // an idle pooled connection that dies (server restart) must not crash the process; the pool drops it
    this.pool.on('error', () => {});
  }

  async query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, params)).rows as Row[];
    } catch (error) {
      throw unavailableOr(error);
    }
  }

  async exec(sql: string): Promise<void> {
    await this.query(sql);
  }

  async transaction<T>(work: (tx: SqlQuerier) => Promise<T>): Promise<T> {
    let connection: pg.PoolClient;
    try {
      connection = await this.pool.connect();
    } catch (error) {
      throw unavailableOr(error);
    }
    let broken = false;
    const tx: SqlQuerier = {
      async query<Row>(sql: string, params: unknown[] = []) {
        try {
          return (await connection.query(sql, params)).rows as Row[];
        } catch (error) {
          const mapped = unavailableOr(error);
          if (mapped instanceof UnavailableError) broken = true;
          throw mapped;
        }
      },
      async exec(sql: string) {
        await tx.query(sql);
      },
    };
    try {
      await tx.query('BEGIN');
      const result = await work(tx);
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      if (!broken) await connection.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      connection.release(broken ? true : undefined);
    }
  }

  async listen(channel: string, onMessage: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>> {
    const listener: Listener = { channel, onMessage, onResume };
    this.listeners.add(listener);
    // a listener that cannot connect now keeps trying in the background
    await this.connectListener().catch(() => this.scheduleReconnect(this.options.reconnectMinMs));
    if (this.listenClient) await this.listenClient.query(`LISTEN ${quoteIdent(channel)}`).catch(() => {});
    return async () => {
      this.listeners.delete(listener);
      const stillWanted = [...this.listeners].some((l) => l.channel === channel);
      if (!stillWanted && this.listenClient) await this.listenClient.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => {});
    };
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.listenClient;
    this.listenClient = null;
    await client?.end().catch(() => {});
    await this.pool.end();
  }

  /** Opens the LISTEN connection (once at a time) and subscribes it to every wanted channel. */
  private connectListener(): Promise<void> {
    if (this.listenClient || this.closed) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: this.options.connectTimeoutMs });
      client.on('notification', (message) => {
        for (const listener of this.listeners) if (listener.channel === message.channel) listener.onMessage(message.payload ?? '');
      });
      client.on('error', () => this.lost(client));
      client.on('end', () => this.lost(client));
      try {
        await client.connect();
        for (const channel of new Set([...this.listeners].map((l) => l.channel))) await client.query(`LISTEN ${quoteIdent(channel)}`);
      } catch (error) {
        client.removeAllListeners('end');
        await client.end().catch(() => {});
        throw unavailableOr(error);
      }
      if (this.closed) {
        await client.end().catch(() => {});
        return;
      }
      this.listenClient = client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private lost(client: pg.Client): void {
    if (this.listenClient !== client) return;
    this.listenClient = null;
    client.end().catch(() => {});
    this.scheduleReconnect(this.options.reconnectMinMs);
  }

  private scheduleReconnect(delayMs: number): void {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      try {
        await this.connectListener();
      } catch {
        this.scheduleReconnect(Math.min(delayMs * 2, this.options.reconnectMaxMs));
        return;
      }
      for (const listener of this.listeners) listener.onResume?.();
    }, delayMs);
    this.reconnectTimer.unref();
  }
}

/** Connection failures become UnavailableError; SQL errors (constraints, syntax) stay as they are. */
function unavailableOr(error: unknown): unknown {
  if (error instanceof UnavailableError) return error;
  const code = (error as { code?: unknown })?.code;
  const message = (error as Error)?.message ?? String(error);
  const connectionLost =
    (typeof code === 'string' && (/^(08|57P)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code))) ||
    /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message);
  return connectionLost ? new UnavailableError(message, error) : error;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
