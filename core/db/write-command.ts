/**
 * How every write runs: one transaction that bumps the atlas revision (its row lock puts writes
 * in one order), does the change, appends history, and sends one change notice that PostgreSQL
 * delivers to every listener only if the transaction commits.
 */
import { HISTORY_ACTIONS, type HistoryAction, type HistoryRecord } from '../../types/history';
import type { SqlClient, SqlQuerier } from './sql-client';

export const CHANGE_CHANNEL = 'atlas_changes';

/** Who writes and why: every command takes one. */
export interface Author {
  by: string;
  reason?: string | null;
}

export type ChangeKind = 'place' | 'mention' | 'import' | 'seed' | 'document' | 'proposal';

/** What a listener hears after a committed write. */
export interface ChangeNotice {
  revision: number;
  kind: ChangeKind;
  featureId?: string;
  version?: number;
  documentId?: string;
}

/** One history row as written: the served record (types/history.ts) and the place it is about. */
export type HistoryEntry = HistoryRecord & { featureId: string };

export { HISTORY_ACTIONS, type HistoryAction };

/**
 * Runs `work` as one command. `work` returns its value and the notice to send, or null when it
 * changed nothing (then nothing is sent).
 */
export async function writeCommand<T>(
  db: SqlClient,
  work: (tx: SqlQuerier, at: string) => Promise<{ value: T; change: Omit<ChangeNotice, 'revision'> | null }>,
): Promise<T> {
  return commandTransaction(db, (tx) => runCommand(tx, work));
}

/**
 * A transaction in which commands run (runCommand), perhaps after taking a lock first. Once it has
 * committed, the revisions its commands took count as this process's (committedRevision).
 */
export async function commandTransaction<T>(db: SqlClient, body: (tx: SqlQuerier) => Promise<T>): Promise<T> {
  let taken = 0;
  const value = await db.transaction((tx) => {
    revisionsTaken.set(tx, (revision) => (taken = Math.max(taken, revision)));
    return body(tx);
  });
  if (taken > 0) committed.set(db, Math.max(committed.get(db) ?? 0, taken));
  return value;
}

/** A command inside a commandTransaction: bumps the revision, does the work, sends the notice; commits with the transaction. */
export async function runCommand<T>(
  tx: SqlQuerier,
  work: (tx: SqlQuerier, at: string) => Promise<{ value: T; change: Omit<ChangeNotice, 'revision'> | null }>,
): Promise<T> {
  const [{ revision }] = await tx.query<{ revision: number }>('UPDATE atlas_revision SET revision = revision + 1 RETURNING revision');
  const { value, change } = await work(tx, new Date().toISOString());
  if (change) await tx.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify({ ...change, revision } satisfies ChangeNotice)]);
  revisionsTaken.get(tx)?.(revision);
  return value;
}

/** per open transaction: where its commands report the revisions they took */
const revisionsTaken = new WeakMap<SqlQuerier, (revision: number) => void>();

/** the highest revision a command of this process committed, per database client */
const committed = new WeakMap<SqlClient, number>();

/**
 * The highest revision this process's commands committed on `db`: an atlas at that revision shows
 * every write this process acknowledged (read-your-writes without waiting for a second rebuild).
 */
export function committedRevision(db: SqlClient): number {
  return committed.get(db) ?? 0;
}

export async function appendHistory(tx: SqlQuerier, entry: HistoryEntry): Promise<void> {
  await tx.query(
    'INSERT INTO history (feature_id, at, by, action, reason, before, after, version) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)',
    [entry.featureId, entry.at, entry.by, entry.action, entry.reason, jsonParam(entry.before), jsonParam(entry.after), entry.version],
  );
}

/** JSON for a jsonb parameter (both drivers would turn a JS array into a PostgreSQL array). */
export function jsonParam(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export function isoTime(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** Author names and reasons are short single lines of text. */
export function checkAuthor(author: Author): { by: string; reason: string | null } {
  const by = author.by.trim();
  if (!by) throw new TypeError('a write needs an author');
  const reason = author.reason?.trim() || null;
  return { by, reason };
}
