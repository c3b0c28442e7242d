/**
 * The uploaded documents of an export (state-files.ts) read back: readDocumentFiles checks every
 * file first (records against their schema, each record with its text and the text with its
 * record, one document per uploaded file); insertDocuments restores them, their history and the
 * proposal decisions inside the import's transaction, so a bad folder writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { uploadedDocumentId } from './document-commands';
import type { ProposalDecision } from './proposal-commands';
import type { SqlQuerier } from './sql-client';
import {
  DOCUMENT_FILE,
  DOCUMENT_HISTORY_FILE,
  DOCUMENTS_DIR,
  PROPOSALS_FILE,
  type ExportedDocument,
  type ExportedDocumentHistoryEntry,
} from './state-files';
import { parseJson, readJson } from './read-state-file';
import { ValidationError } from './storage-errors';
import { jsonParam } from './write-command';

const documentSchema = z.strictObject({
  id: z.string().regex(/^doc-\d{3,}$/),
  fileName: z.string().min(1),
  format: z.string().min(1),
  encoding: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(['processing', 'ready', 'failed']),
  error: z.record(z.string(), z.unknown()).nullable(),
  meta: z.strictObject({
    title: z.string().nullable(),
    authors: z.array(z.string()).nullable(),
    publisher: z.string().nullable(),
    date: z.string().nullable(),
  }),
  warnings: z.array(z.string()),
  version: z.number().int().positive(),
  createdBy: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const documentHistorySchema = z.strictObject({
  id: z.number().int().positive(),
  documentId: z.string().regex(/^doc-\d{3,}$/),
  at: z.iso.datetime(),
  by: z.string().min(1),
  action: z.string().min(1),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

const proposalSchema = z
  .strictObject({
    proposalId: z.string().min(1),
    kind: z.enum(['reject', 'accept']),
    documentId: z.string().regex(/^doc-\d{3,}$/).nullable(),
    key: z.string().min(1),
    name: z.string().min(1),
    featureId: z.string().min(1).nullable(),
    at: z.iso.datetime(),
    by: z.string().min(1),
    reason: z.string().nullable(),
  })
  .refine((d) => (d.kind === 'accept') === (d.featureId !== null), { message: 'an accept names the place it became (featureId), a reject names none' });

export interface DocumentFiles {
  documents: { record: ExportedDocument; number: number; text: string }[];
  history: ExportedDocumentHistoryEntry[];
  proposals: ProposalDecision[];
}

/** Every document file of an export, checked; a folder without them (an older export) has none. */
export function readDocumentFiles(dir: string): DocumentFiles {
  const folder = path.join(dir, DOCUMENTS_DIR);
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    const match = DOCUMENT_FILE.exec(name);
    if (!match) continue;
    if (!ids.has(match[1])) ids.set(match[1], new Set());
    ids.get(match[1])!.add(match[2]);
  }
  const documents: DocumentFiles['documents'] = [];
  for (const [id, kinds] of ids) {
    const where = `${DOCUMENTS_DIR}/${id}`;
    if (!kinds.has('json') || !kinds.has('txt')) {
      problems.push(`${where}: ${kinds.has('txt') ? 'the text has no record (.json)' : 'the record has no text (.txt)'} beside it`);
      continue;
    }
    const number = Number(id.slice('doc-'.length));
    if (uploadedDocumentId(number) !== id) {
      problems.push(`${where}: not a document id the atlas gives (doc- and the number, three digits or more, no extra zeros)`);
      continue;
    }
    const parsed = documentSchema.safeParse(parseJson(fs.readFileSync(path.join(folder, `${id}.json`), 'utf8'), `${where}.json`));
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((x) => `${where}.json: ${x.path.join('.')}: ${x.message}`));
      continue;
    }
    if (parsed.data.id !== id) problems.push(`${where}.json: the record says it is "${parsed.data.id}"`);
    documents.push({ record: parsed.data as ExportedDocument, number, text: fs.readFileSync(path.join(folder, `${id}.txt`), 'utf8') });
  }
  documents.sort((a, b) => a.number - b.number);
  const seen = new Map<string, string>();
  for (const { record } of documents) {
    const other = seen.get(record.sha256);
    if (other) problems.push(`${DOCUMENTS_DIR}/${record.id}.json: sha256 is that of ${other} too (one document per uploaded file)`);
    seen.set(record.sha256, record.id);
  }
  if (problems.length > 0) throw new ValidationError(`${dir}/${DOCUMENTS_DIR}`, problems);
  return { documents, history: readLines(path.join(dir, DOCUMENT_HISTORY_FILE), documentHistorySchema), proposals: readProposals(path.join(dir, PROPOSALS_FILE)) };
}

/** Restores documents (versions, times and authors as they were), their history and the proposal decisions. */
export async function insertDocuments(tx: SqlQuerier, files: DocumentFiles): Promise<void> {
  for (const { record: d, number, text } of files.documents) {
    await tx.query(
      `INSERT INTO documents (id, number, sha256, file_name, format, encoding, status, error, title, authors, publisher, date, source_text, warnings, version, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10::jsonb, $11, $12, $13, $14::jsonb, $15, $16, $17, $18)`,
      [d.id, number, d.sha256, d.fileName, d.format, d.encoding, d.status, jsonParam(d.error), d.meta.title, jsonParam(d.meta.authors), d.meta.publisher, d.meta.date, text, jsonParam(d.warnings), d.version, d.createdBy, d.createdAt, d.updatedAt],
    );
  }
  if (files.history.length > 0) {
    await tx.query(
      `INSERT INTO document_history (id, document_id, at, by, action, reason, before, after)
       SELECT (e->>'id')::int, e->>'documentId', (e->>'at')::timestamptz, e->>'by', e->>'action', e->>'reason',
              nullif(e->'before', 'null'::jsonb), nullif(e->'after', 'null'::jsonb)
       FROM jsonb_array_elements($1::jsonb) AS e`,
      [jsonParam(files.history)],
    );
    await tx.query("SELECT setval(pg_get_serial_sequence('document_history', 'id'), (SELECT max(id) FROM document_history))");
  }
  for (const d of files.proposals) {
    await tx.query(
      'INSERT INTO proposal_decisions (proposal_id, kind, document_id, name_key, name, feature_id, at, by, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [d.proposalId, d.kind, d.documentId, d.key, d.name, d.featureId, d.at, d.by, d.reason],
    );
  }
  // numbers are never given twice, a removed document's included: its id still means it in old links
  const numbers = [...files.documents.map((d) => d.number), ...files.history.map((e) => Number(e.documentId.slice('doc-'.length)))];
  if (numbers.length > 0) {
    await tx.query(
      "INSERT INTO atlas_meta (key, value) VALUES ('last_document_number', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
      [String(Math.max(...numbers))],
    );
  }
}

function readLines<T>(file: string, schema: z.ZodType<T>): T[] {
  if (!fs.existsSync(file)) return [];
  const where = path.relative(path.dirname(path.dirname(file)), file);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      const parsed = schema.safeParse(parseJson(line, `${where} line ${n}`));
      if (!parsed.success) throw new ValidationError(`${where} line ${n}`, parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`));
      return parsed.data;
    });
}

function readProposals(file: string): ProposalDecision[] {
  return readJson(file, z.array(proposalSchema), []);
}
