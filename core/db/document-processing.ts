/**
 * Processing an uploaded document exactly once, whatever crashes and however many API processes
 * share the database. The work runs in a transaction that first takes an advisory lock on the
 * document's number (pg_try_advisory_xact_lock: another process finds it taken and skips; a killed
 * process's lock goes with its connection, so nothing is left claimed), reads the status again
 * under the lock (finished already: skipped), and commits the outcome in that same transaction.
 * Lock order: the advisory lock, then the atlas revision, then the document's row, as every other
 * write takes the last two, so a metadata edit or a removal meanwhile cannot deadlock with it.
 *
 * A document still `processing` that no process is working on was left by one that stopped
 * (kill -9, a crash, a restart) between the 202 and the outcome: resumeDocument records that in the
 * document's history, and after PROCESSING_DEFAULTS.maxResumes interruptions marks it `failed`
 * instead of trying again, so a document that brings its process down cannot do so for ever.
 */
import { DOCUMENT_COLUMNS, appendDocumentHistory, documentHistory, documentOf, finishIn, type DocumentRow, type ProcessingOutcome, type StoredDocument } from './document-commands';
import type { SqlClient, SqlQuerier } from './sql-client';
import { NotFoundError } from './storage-errors';
import { commandTransaction, runCommand } from './write-command';

export const PROCESSING_DEFAULTS = {
  /** after this many interrupted attempts, a document is marked `failed` rather than processed again */
  maxResumes: 3,
  /** the advisory lock namespace (first key) of document processing; the second key is the document's number */
  lockSpace: 18,
};

/**
 * Runs `work` on the stored document and its text, and commits its outcome, unless another process
 * holds the document or it is not `processing` any more (then null and `work` is not called).
 * `work` is synchronous: it runs inside the transaction, which must not wait on other queries.
 */
export async function processUnderLock(db: SqlClient, id: string, work: (stored: StoredDocument, text: string) => ProcessingOutcome): Promise<StoredDocument | null> {
  try {
    return await commandTransaction(db, async (tx) => {
      if (!(await tryLock(tx, id))) return null;
      const [row] = await tx.query<DocumentRow & { source_text: string }>(`SELECT ${DOCUMENT_COLUMNS}, source_text FROM documents WHERE id = $1`, [id]);
      if (!row || row.status !== 'processing') return null;
      const outcome = work(documentOf(row), row.source_text);
      return runCommand(tx, (tx, at) => finishIn(tx, id, outcome, at));
    });
  } catch (error) {
    // removed while it was being read: there is nothing left to finish
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export type ResumeDecision = 'resume' | 'failed' | 'skip';

/**
 * Before a document left `processing` is processed again: `skip` when another process holds it or it
 * is finished, `failed` (committed, with the reason) when it was interrupted too often already,
 * else `resume`, with a `resume` entry in its history.
 */
export async function resumeDocument(db: SqlClient, id: string, by: string, options: Partial<typeof PROCESSING_DEFAULTS> = {}): Promise<ResumeDecision> {
  const { maxResumes } = { ...PROCESSING_DEFAULTS, ...options };
  return commandTransaction(db, async (tx) => {
    if (!(await tryLock(tx, id))) return 'skip';
    const [row] = await tx.query<{ status: string }>('SELECT status FROM documents WHERE id = $1', [id]);
    if (!row || row.status !== 'processing') return 'skip';
    const [{ resumes }] = await tx.query<{ resumes: number }>("SELECT count(*)::int AS resumes FROM document_history WHERE document_id = $1 AND action = 'resume'", [id]);
    if (resumes >= maxResumes) {
      await runCommand(tx, (tx, at) => finishIn(tx, id, { status: 'failed', error: interruptedProblem(resumes + 1) }, at));
      return 'failed';
    }
    const reason = `processing resumed by ${by}: the process that stored the upload stopped before it was processed`;
    await appendDocumentHistory(tx, documentHistory(id, new Date().toISOString(), 'atlas', 'resume', reason, null, { attempt: resumes + 2 }));
    return 'resume';
  });
}

/** Uploaded documents not yet `ready` or `failed`, oldest first. */
export async function listProcessingDocuments(db: SqlQuerier): Promise<string[]> {
  const rows = await db.query<{ id: string }>("SELECT id FROM documents WHERE status = 'processing' ORDER BY number");
  return rows.map((row) => row.id);
}

/** What the planner reads when a document kept stopping its server. */
export function interruptedProblem(attempts: number): Record<string, unknown> {
  return {
    type: '/problems/processing-interrupted',
    title: 'Unprocessable Content',
    status: 422,
    detail: `Processing was interrupted ${attempts} times before it finished (the server stopped while reading this document); it was not added to the atlas. Upload it again, or split it into smaller files.`,
  };
}

async function tryLock(tx: SqlQuerier, id: string): Promise<boolean> {
  const [{ locked }] = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1::int, $2::int) AS locked', [PROCESSING_DEFAULTS.lockSpace, numberOf(id)]);
  return locked;
}

/** doc-005 → 5 (uploaded ids are doc- and the number, document-commands.ts uploadedDocumentId). */
function numberOf(id: string): number {
  const number = Number(id.slice('doc-'.length));
  if (!id.startsWith('doc-') || !Number.isSafeInteger(number)) throw new NotFoundError('document', id);
  return number;
}
