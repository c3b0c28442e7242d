/**
 * The writes to uploaded documents (issue 18), each a command with an author, appending to the
 * document's history in the same transaction: createDocument (the text read from an upload, status
 * `processing`), finishDocument (`ready`, or `failed` with its problem), patchDocumentMeta (title,
 * authors, publisher, date) and removeDocument (the row goes; the places it alone cited stay, each
 * with a history entry saying so). Reads: readDocument, listDocumentStates, readDocumentTexts.
 */
import { createHash } from 'node:crypto';
import type { SqlClient, SqlQuerier } from './sql-client';
import { DuplicateDocumentError, NotFoundError, ValidationError } from './storage-errors';
import { appendHistory, checkAuthor, isoTime, jsonParam, writeCommand, type Author } from './write-command';

export type DocumentStatus = 'processing' | 'ready' | 'failed';

/** What an editor may set; null: as the text says. */
export interface DocumentMetaPatch {
  title?: string | null;
  authors?: string[] | null;
  publisher?: string | null;
  date?: string | null;
}

export interface NewDocument {
  /** the uploaded bytes (only their hash is kept) */
  bytes: Uint8Array;
  fileName: string;
  format: string;
  encoding: string | null;
  /** what core/formats read from the bytes, as corpus/sources/*.txt are written */
  sourceText: string;
  warnings: string[];
  meta: DocumentMetaPatch;
  /** the lowest number the new id may take (one past the corpus folder's highest) */
  minNumber: number;
}

/** A stored document without its text. */
export interface StoredDocument {
  id: string;
  number: number;
  sha256: string;
  fileName: string;
  format: string;
  encoding: string | null;
  status: DocumentStatus;
  /** a problem object when failed */
  error: Record<string, unknown> | null;
  meta: { title: string | null; authors: string[] | null; publisher: string | null; date: string | null };
  warnings: string[];
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export const DOCUMENT_COLUMNS = 'id, number, sha256, file_name, format, encoding, status, error, title, authors, publisher, date, warnings, version, created_by, created_at, updated_at';

export interface DocumentRow {
  id: string;
  number: number;
  sha256: string;
  file_name: string;
  format: string;
  encoding: string | null;
  status: DocumentStatus;
  error: Record<string, unknown> | null;
  title: string | null;
  authors: string[] | null;
  publisher: string | null;
  date: string | null;
  warnings: string[];
  version: number;
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
}

/** ISO 8601 calendar date at year, month or day precision, as curation/documents.json writes them. */
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** doc-005; four digits and more once past 999 (the corpus file rule takes three or more). */
export function uploadedDocumentId(number: number): string {
  return `doc-${String(number).padStart(3, '0')}`;
}

/** The synthetic corpus file name the ingestion derives the id from; never a path on disk. */
export function uploadSourceFile(number: number): string {
  return `${String(number).padStart(3, '0')}_upload.txt`;
}

export async function createDocument(db: SqlClient, author: Author, input: NewDocument): Promise<StoredDocument> {
  const { by, reason } = checkAuthor(author);
  const meta = checkMeta(input.meta);
  const sha256 = sha256Of(input.bytes);
  return writeCommand(db, async (tx, at) => {
    const [existing] = await tx.query<{ id: string }>('SELECT id FROM documents WHERE sha256 = $1', [sha256]);
    if (existing) throw new DuplicateDocumentError(existing.id);
    // numbers are never reused: a removed document's id keeps meaning that document in old links
    const [last] = await tx.query<{ value: string }>("SELECT value FROM atlas_meta WHERE key = 'last_document_number' FOR UPDATE");
    const number = Math.max(input.minNumber, last ? Number(last.value) + 1 : 0);
    await tx.query(
      "INSERT INTO atlas_meta (key, value) VALUES ('last_document_number', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
      [String(number)],
    );
    const id = uploadedDocumentId(number);
    const [row] = await tx.query<DocumentRow>(
      `INSERT INTO documents (id, number, sha256, file_name, format, encoding, status, error, title, authors, publisher, date, source_text, warnings, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'processing', NULL, $7, $8::jsonb, $9, $10, $11, $12::jsonb, $13, $14, $14) RETURNING ${DOCUMENT_COLUMNS}`,
      [id, number, sha256, input.fileName, input.format, input.encoding, meta.title ?? null, jsonParam(meta.authors ?? null), meta.publisher ?? null, meta.date ?? null, input.sourceText, jsonParam(input.warnings), by, at],
    );
    const stored = documentOf(row);
    await appendDocumentHistory(tx, documentHistory(id, at, by, 'upload', reason, null, summary(stored)));
    return { value: stored, change: { kind: 'document', documentId: id } };
  });
}

/** Processing is over: `ready`, or `failed` with the problem that stopped it. */
export async function finishDocument(db: SqlClient, id: string, outcome: ProcessingOutcome): Promise<StoredDocument> {
  return writeCommand(db, (tx, at) => finishIn(tx, id, outcome, at));
}

/** How processing ended: `ready`, or `failed` with a problem object (RFC 9457) saying why. */
export type ProcessingOutcome = { status: 'ready' } | { status: 'failed'; error: Record<string, unknown> };

/** finishDocument's change, inside a command the caller runs (document-processing.ts holds its lock around it). */
export async function finishIn(tx: SqlQuerier, id: string, outcome: ProcessingOutcome, at: string): Promise<{ value: StoredDocument; change: { kind: 'document'; documentId: string } }> {
  const current = await lockDocument(tx, id);
  const error = outcome.status === 'failed' ? outcome.error : null;
  const [row] = await tx.query<DocumentRow>(
    `UPDATE documents SET status = $2, error = $3::jsonb, version = version + 1, updated_at = $4 WHERE id = $1 RETURNING ${DOCUMENT_COLUMNS}`,
    [id, outcome.status, jsonParam(error), at],
  );
  const stored = documentOf(row);
  await appendDocumentHistory(tx, documentHistory(id, at, 'atlas', outcome.status === 'ready' ? 'ready' : 'failed', null, summary(current), summary(stored)));
  return { value: stored, change: { kind: 'document', documentId: id } };
}

/** Sets what the editor says of title, authors, publisher and date (null gives a field back to the text). */
export async function patchDocumentMeta(db: SqlClient, author: Author, id: string, patch: DocumentMetaPatch): Promise<StoredDocument> {
  const { by, reason } = checkAuthor(author);
  const meta = checkMeta(patch);
  return writeCommand(db, async (tx, at) => {
    const current = await lockDocument(tx, id);
    const next = { ...current.meta, ...meta };
    if (JSON.stringify(next) === JSON.stringify(current.meta)) return { value: current, change: null };
    const [row] = await tx.query<DocumentRow>(
      `UPDATE documents SET title = $2, authors = $3::jsonb, publisher = $4, date = $5, version = version + 1, updated_at = $6 WHERE id = $1 RETURNING ${DOCUMENT_COLUMNS}`,
      [id, next.title, jsonParam(next.authors), next.publisher, next.date, at],
    );
    const stored = documentOf(row);
    await appendDocumentHistory(tx, documentHistory(id, at, by, 'updateMeta', reason, current.meta, stored.meta));
    return { value: stored, change: { kind: 'document', documentId: id } };
  });
}

/** A place that loses its last citation with the document, and the passages that cited it. */
export interface OrphanedPlace {
  featureId: string;
  passageIds: string[];
}

/**
 * Removes an uploaded document: its row (so its passages, their mentions and claims leave the
 * atlas), the editors' mention decisions in its passages and the rejections made for it alone.
 * The places in `orphaned` stay, each with a history entry recording the citations it lost.
 */
export async function removeDocument(db: SqlClient, author: Author, id: string, orphaned: readonly OrphanedPlace[]): Promise<StoredDocument> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    const current = await lockDocument(tx, id);
    await tx.query('DELETE FROM documents WHERE id = $1', [id]);
    // passage ids are `${documentId}-pNNN`: the hyphen keeps doc-005 from matching doc-0050
    await tx.query("DELETE FROM mention_decisions WHERE starts_with(passage_id, $1 || '-p')", [id]);
    await tx.query("DELETE FROM proposal_decisions WHERE document_id = $1 AND kind = 'reject'", [id]);
    await appendDocumentHistory(tx, documentHistory(id, at, by, 'remove', reason, summary(current), null));
    const title = current.meta.title ?? current.fileName;
    for (const place of orphaned) {
      await appendHistoryOfPlace(tx, place, { at, by, reason: reason ?? `document ${id} (${title}) removed: it was the only document citing this place` }, id);
    }
    return { value: current, change: { kind: 'document', documentId: id } };
  });
}

async function appendHistoryOfPlace(tx: SqlQuerier, place: OrphanedPlace, entry: { at: string; by: string; reason: string }, documentId: string): Promise<void> {
  const [row] = await tx.query('SELECT 1 FROM places WHERE id = $1', [place.featureId]);
  if (!row) return;
  await appendHistory(tx, {
    featureId: place.featureId,
    at: entry.at,
    by: entry.by,
    action: 'removeDocument',
    reason: entry.reason,
    before: { documentId, passageIds: place.passageIds },
    after: null,
    version: null,
  });
}

export async function readDocument(db: SqlQuerier, id: string): Promise<StoredDocument | null> {
  const [row] = await db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
  return row ? documentOf(row) : null;
}

/** Every uploaded document without its text, in id order: what the atlas build reads each time. */
export async function listDocumentStates(db: SqlQuerier): Promise<StoredDocument[]> {
  const rows = await db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY number`);
  return rows.map(documentOf);
}

/** The source texts of the given documents (those still stored). */
export async function readDocumentTexts(db: SqlQuerier, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; source_text: string }>('SELECT id, source_text FROM documents WHERE id = ANY($1::text[])', [[...ids]]);
  return new Map(rows.map((row) => [row.id, row.source_text]));
}

export interface DocumentHistoryRecord {
  at: string;
  by: string;
  action: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

export async function readDocumentHistory(db: SqlQuerier, id: string): Promise<DocumentHistoryRecord[]> {
  const rows = await db.query<{ at: Date | string; by: string; action: string; reason: string | null; before: unknown; after: unknown }>(
    'SELECT at, by, action, reason, before, after FROM document_history WHERE document_id = $1 ORDER BY id DESC',
    [id],
  );
  return rows.map((row) => ({ ...row, at: isoTime(row.at) }));
}

async function lockDocument(tx: SqlQuerier, id: string): Promise<StoredDocument> {
  const [row] = await tx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw new NotFoundError('document', id);
  return documentOf(row);
}

export function documentHistory(documentId: string, at: string, by: string, action: string, reason: string | null, before: unknown, after: unknown) {
  return { documentId, at, by, action, reason, before, after };
}

export async function appendDocumentHistory(tx: SqlQuerier, entry: ReturnType<typeof documentHistory>): Promise<void> {
  await tx.query('INSERT INTO document_history (document_id, at, by, action, reason, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)', [
    entry.documentId,
    entry.at,
    entry.by,
    entry.action,
    entry.reason,
    jsonParam(entry.before),
    jsonParam(entry.after),
  ]);
}

function summary(document: StoredDocument) {
  return { status: document.status, error: document.error, fileName: document.fileName, format: document.format, sha256: document.sha256, meta: document.meta };
}

/** Every problem with the metadata an editor sends, at once. */
function checkMeta(patch: DocumentMetaPatch): DocumentMetaPatch {
  const problems: string[] = [];
  const text = (field: 'title' | 'publisher', max: number) => {
    const value = patch[field];
    if (value === undefined || value === null) return value;
    if (typeof value !== 'string' || value.trim() === '' || value.length > max) problems.push(`${field}: text of 1 to ${max} characters, or null`);
    return typeof value === 'string' ? value.trim() : value;
  };
  const title = text('title', 500);
  const publisher = text('publisher', 200);
  let authors = patch.authors;
  if (authors !== undefined && authors !== null) {
    if (!Array.isArray(authors) || authors.some((a) => typeof a !== 'string' || a.trim() === '' || a.length > 100) || authors.length > 50) {
      problems.push('authors: a list of up to 50 names, or null');
    } else authors = authors.map((a) => a.trim());
  }
  const date = patch.date;
  if (date !== undefined && date !== null && (typeof date !== 'string' || !ISO_DATE.test(date))) problems.push('date: YYYY, YYYY-MM or YYYY-MM-DD, or null');
  if (problems.length > 0) throw new ValidationError('document metadata', problems);
  const out: DocumentMetaPatch = {};
  if (title !== undefined) out.title = title;
  if (authors !== undefined) out.authors = authors;
  if (publisher !== undefined) out.publisher = publisher;
  if (date !== undefined) out.date = date;
  return out;
}

export function documentOf(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    number: row.number,
    sha256: row.sha256,
    fileName: row.file_name,
    format: row.format,
    encoding: row.encoding,
    status: row.status,
    error: row.error,
    meta: { title: row.title, authors: row.authors, publisher: row.publisher, date: row.date },
    warnings: row.warnings ?? [],
    version: row.version,
    createdBy: row.created_by,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
