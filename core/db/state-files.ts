/**
 * The files a backup is made of, written the way the repository keeps its data, so an export
 * diffs cleanly against geodata/places and against the previous export:
 *   places/<layer>.geojson   active places, one FeatureCollection per layer (every layer, even empty),
 *                            the curator's order, schema key order, each position on one line
 *   mentions.json            the editors' decisions: {added, rejected}, sorted by passage and range
 *   history.jsonl            every history entry, oldest first, one JSON object per line
 *   documents/doc-NNN.txt    an uploaded document's stored text, exactly as the ingestion reads it
 *   documents/doc-NNN.json   its record: file name, format, encoding, status, error, metadata, who and when
 *   documents/history.jsonl  every write to an uploaded document (removed ones too), oldest first
 *   proposal-decisions.json  the editors' accepts and rejects of proposed names, oldest first
 */
import type { GazetteerRecord } from '../../types/atlas';
import type { MentionDecision, MentionDecisions } from '../linking/mention-decisions';
import { canonicalRecord } from './canonical-record';
import type { DocumentHistoryRecord, StoredDocument } from './document-commands';
import type { ProposalDecision } from './proposal-commands';
import type { HistoryAction } from './write-command';

export const PLACES_DIR = 'places';
export const MENTIONS_FILE = 'mentions.json';
export const HISTORY_FILE = 'history.jsonl';
export const DOCUMENTS_DIR = 'documents';
export const DOCUMENT_HISTORY_FILE = `${DOCUMENTS_DIR}/history.jsonl`;
export const PROPOSALS_FILE = 'proposal-decisions.json';
/** doc-005.txt and doc-005.json: one document's text and record (ids are doc- and three or more digits) */
export const DOCUMENT_FILE = /^(doc-\d{3,})\.(txt|json)$/;

/**
 * An uploaded document's record as exported: the stored one without its number (the id is the
 * file's name and holds it; the text is beside it). `sha256` is of the uploaded bytes, which are
 * not kept: a second upload of them is still refused after an import.
 */
export type ExportedDocument = Omit<StoredDocument, 'number'>;

/** A document's history entry as exported: the stored record with its number and its document. */
export interface ExportedDocumentHistoryEntry extends DocumentHistoryRecord {
  id: number;
  documentId: string;
}

/** Pretty-printed, each position on one line (as scripts/geodata-admin.ts writes geodata/places). */
export function formatLayerFile(records: GazetteerRecord[]): string {
  const text = JSON.stringify({ type: 'FeatureCollection', features: records.map(canonicalRecord) }, null, 2);
  return text.replace(/\[\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?),\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+\]/g, '[$1, $2]') + '\n';
}

export function formatMentions(decisions: MentionDecisions): string {
  const sorted = (list: MentionDecision[]) => [...list].sort(compareDecisions).map(canonicalDecision);
  return JSON.stringify({ added: sorted(decisions.added), rejected: sorted(decisions.rejected) }, null, 2) + '\n';
}

export interface ExportedHistoryEntry {
  id: number;
  featureId: string;
  at: string;
  by: string;
  action: HistoryAction;
  reason: string | null;
  version: number | null;
  before: unknown;
  after: unknown;
}

export function formatHistory(entries: ExportedHistoryEntry[]): string {
  return entries
    .map((e) =>
      JSON.stringify({
        id: e.id,
        featureId: e.featureId,
        at: e.at,
        by: e.by,
        action: e.action,
        reason: e.reason,
        version: e.version,
        before: canonicalPayload(e.before),
        after: canonicalPayload(e.after),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** One record per file, keys in one order, pretty-printed: a changed field is a one-line diff. */
export function formatDocumentRecord(d: ExportedDocument): string {
  const record: ExportedDocument = {
    id: d.id,
    fileName: d.fileName,
    format: d.format,
    encoding: d.encoding,
    sha256: d.sha256,
    status: d.status,
    error: d.error,
    meta: { title: d.meta.title, authors: d.meta.authors, publisher: d.meta.publisher, date: d.meta.date },
    warnings: d.warnings,
    version: d.version,
    createdBy: d.createdBy,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
  return JSON.stringify(record, null, 2) + '\n';
}

export function formatDocumentHistory(entries: ExportedDocumentHistoryEntry[]): string {
  return entries
    .map((e) => JSON.stringify({ id: e.id, documentId: e.documentId, at: e.at, by: e.by, action: e.action, reason: e.reason, before: e.before ?? null, after: e.after ?? null }))
    .map((line) => `${line}\n`)
    .join('');
}

/** In the order they were made (each decision is a line or a few; new ones append at the end). */
export function formatProposalDecisions(decisions: ProposalDecision[]): string {
  const list = decisions.map((d) => ({
    proposalId: d.proposalId,
    kind: d.kind,
    documentId: d.documentId,
    key: d.key,
    name: d.name,
    featureId: d.featureId,
    at: d.at,
    by: d.by,
    reason: d.reason,
  }));
  return JSON.stringify(list, null, 2) + '\n';
}

export function canonicalDecision(d: MentionDecision): MentionDecision {
  return { id: d.id, passageId: d.passageId, start: d.start, end: d.end, text: d.text, featureId: d.featureId, at: d.at, by: d.by, reason: d.reason };
}

/** A history payload is a place, a mention decision, or null. */
export function canonicalPayload(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value ?? null;
  if ((value as { type?: unknown }).type === 'Feature') return canonicalRecord(value);
  if ('passageId' in value) return canonicalDecision(value as MentionDecision);
  return value;
}

/** Code-unit order, so both engines (whatever their collation) export the same bytes. */
function compareDecisions(a: MentionDecision, b: MentionDecision): number {
  return compareText(a.passageId, b.passageId) || a.start - b.start || a.end - b.end || compareText(a.featureId, b.featureId) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
