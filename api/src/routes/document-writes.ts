/**
 * Adding, editing and removing documents (CONTRACT.md "New documents"):
 *   POST /api/documents (multipart: file, title, authors, publisher, date) → 202 {id, status}
 *   PATCH /api/documents/{id} (title, authors, publisher, date) → 200 the document
 *   DELETE /api/documents/{id} → 204
 * A file that cannot be read is refused at once with its problem (413, 415, 422; 409 for bytes
 * stored before) and nothing is stored. A readable file is stored as `processing` and answered
 * 202; the ingestion runs after (core/store/process-document.ts).
 */
import type { Express, Request, Response } from 'express';
import type { StoredDocument } from '../../../core/db/document-commands';
import { sha256Of } from '../../../core/db/document-commands';
import { DuplicateDocumentError } from '../../../core/db/storage-errors';
import { FileTooLargeError } from '../../../core/formats/upload-errors';
import { readUpload } from '../../../core/formats/read-upload';
import type { AtlasStore } from '../../../core/store/atlas-store';
import { isPassageOf } from '../../../types/passage-id';
import { processDocument } from '../../../core/store/process-document';
import { ProblemError } from '../http/problem';
import { readMultipart } from '../http/read-multipart';
import type { WriteRoute } from '../http/read-only';
import { idParam } from '../http/validate';
import { jsonBody } from '../http/write-request';
import { authorOf, command, editorWrites, refresh } from './write-handlers';
import type { WriteDeps } from './write-deps';

export const DOCUMENT_WRITE_ROUTES: WriteRoute[] = [
  { path: '/api/documents', methods: ['POST'] },
  { path: '/api/documents/:id', methods: ['PATCH', 'DELETE'] },
];

/** ms a client still sending a refused upload may go on before its connection is cut */
const LINGER_MS = 1000;

export function setupDocumentWrites(app: Express, deps: WriteDeps): void {
  const { live, storage } = deps;
  const write = editorWrites(app, deps);

  // the body is multipart, read as it streams: no JSON parser before it ({ json: false })
  write('post', '/api/documents', async (req, res) => {
    const abort = new AbortController();
    res.once('close', () => abort.abort());
    let upload;
    try {
      upload = await readMultipart(req, 'file');
    } catch (error) {
      if (error instanceof FileTooLargeError || error instanceof ProblemError) closeAfterAnswer(req, res);
      throw error;
    }
    const meta = metaFromForm(upload.fields);
    const existing = findBySha(live.current(), sha256Of(upload.bytes));
    if (existing) throw new DuplicateDocumentError(existing.id);
    const read = await readUpload({ bytes: upload.bytes, fileName: upload.fileName, contentType: upload.contentType }, { signal: abort.signal });
    const stored = await storage.createDocument(authorOf(req, res), {
      bytes: upload.bytes,
      fileName: upload.fileName,
      format: read.format,
      encoding: read.encoding,
      sourceText: read.text,
      warnings: read.warnings,
      meta,
      minNumber: live.documents?.nextDocumentNumber ?? 0,
    });
    // not awaited: GET /api/documents/{id} answers from the database until the atlas shows it
    void refresh(live, storage);
    res.status(202).location(`/api/documents/${stored.id}`).setHeader('Cache-Control', 'no-store');
    res.json({ id: stored.id, status: stored.status });
    // after the answer: the planner watches GET /api/documents/{id} for `ready` or `failed`
    setImmediate(() => {
      // a process killed before the outcome is committed leaves it `processing`: the next start resumes it (resume-documents.ts)
      processDocument(storage, live, stored.id).catch((error) => console.error(`[atlas] processing ${stored.id} failed:`, error));
    });
  }, { json: false });

  write('patch', '/api/documents/:documentId', async (req, res) => {
    const id = idParam(req, 'documentId');
    refuseSeed(live.current(), id);
    const body = jsonBody(req);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ProblemError(400, 'Send an object with any of title, authors, publisher, date.', 'invalid-write');
    }
    const unknown = Object.keys(body).filter((key) => !META_FIELDS.includes(key));
    if (unknown.length > 0) throw new ProblemError(400, `Only ${META_FIELDS.join(', ')} can be changed (not ${unknown.slice(0, 5).join(', ')}).`, 'invalid-write');
    const patch = { ...(body as Record<string, unknown>) };
    if (typeof patch.authors === 'string') patch.authors = splitAuthors(patch.authors);
    await storage.patchDocumentMeta(authorOf(req, res), id, patch);
    await refresh(live, storage);
    res.setHeader('Cache-Control', 'no-cache');
    res.json(servedDocument(live.current(), id));
  });

  write('delete', '/api/documents/:documentId', async (req, res) => {
    const id = idParam(req, 'documentId');
    const store = live.current();
    refuseSeed(store, id);
    await storage.removeDocument(authorOf(req, res), id, placesCitedOnlyBy(store, id));
    await refresh(live, storage);
    res.status(204).end();
  });

  app.get(
    '/api/documents/:documentId/history',
    command(async (req, res) => {
      const id = idParam(req, 'documentId');
      const history = await storage.readDocumentHistory(id);
      if (history.length === 0) throw new ProblemError(404, `No uploaded document has ever had the id "${id}".`, 'unknown-document', { kind: 'document', id });
      res.setHeader('Cache-Control', 'no-cache');
      res.json(history);
    }),
  );
}

const META_FIELDS = ['title', 'authors', 'publisher', 'date'];

/** The optional form fields: empty means not given; authors are comma-separated (、，, all count). */
function metaFromForm(fields: Record<string, string>): { title?: string; authors?: string[]; publisher?: string; date?: string } {
  const given = (name: string) => (fields[name]?.trim() ? fields[name].trim() : undefined);
  const authors = given('authors');
  return { title: given('title'), authors: authors === undefined ? undefined : splitAuthors(authors), publisher: given('publisher'), date: given('date') };
}

function splitAuthors(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The stored document with these bytes, known to the atlas (the database refuses the rest in the write). */
function findBySha(store: AtlasStore, sha256: string): StoredDocument | null {
  for (const stored of store.uploads?.values() ?? []) if (stored.sha256 === sha256) return stored;
  return null;
}

/** The corpus folder's documents are curated in curation/documents.json, not edited here; an unknown id is the storage's 404. */
function refuseSeed(store: AtlasStore, id: string): void {
  if (store.documentById.has(id) && !store.uploads?.has(id)) {
    throw new ProblemError(409, `Document ${id} is one of the corpus folder's seeds; its metadata is curated in curation/documents.json and it cannot be removed here.`, 'seed-document', { id });
  }
}

/** Places whose every citation is a passage of this document: they stay, and their history says why they lost them. */
export function placesCitedOnlyBy(store: AtlasStore, documentId: string): { featureId: string; passageIds: string[] }[] {
  return store.features
    .filter((f) => f.properties.passageIds.length > 0 && f.properties.passageIds.every((p) => isPassageOf(p, documentId)))
    .map((f) => ({ featureId: f.id, passageIds: f.properties.passageIds }));
}

/** GET /api/documents/{id}'s body (routes/documents.ts serves the same). */
export function servedDocument(store: AtlasStore, id: string): unknown {
  const document = store.documentById.get(id);
  const stored = store.uploads?.get(id);
  return documentBody(document, stored, id);
}

export function documentBody(document: AtlasStore['documents'][number] | undefined, stored: StoredDocument | undefined, id: string): unknown {
  const upload = stored && {
    fileName: stored.fileName,
    format: stored.format,
    encoding: stored.encoding,
    warnings: stored.warnings,
    createdBy: stored.createdBy,
    createdAt: stored.createdAt,
    meta: stored.meta,
  };
  if (document) return { ...document, status: 'ready', error: null, ...(upload ? { upload } : {}) };
  if (!stored) return null;
  // not in the atlas yet (processing), or never (failed): what is known, and no passages
  return {
    id,
    title: stored.meta.title ?? stored.fileName,
    authors: stored.meta.authors ?? [],
    publisher: stored.meta.publisher,
    date: stored.meta.date,
    language: 'zh',
    script: null,
    sourceFile: null,
    passageCount: 0,
    passages: [],
    status: stored.status,
    error: stored.error,
    upload,
  };
}

function closeAfterAnswer(req: Request, res: Response): void {
  res.setHeader('Connection', 'close');
  res.once('finish', () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref());
}
