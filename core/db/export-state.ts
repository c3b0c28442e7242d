/**
 * exportState(db, dir): the curated state as files (state-files.ts): places per layer, the mention
 * decisions, the whole history, the uploaded documents (text, record, history) and the decisions on
 * proposed names. Read in one snapshot. Accounts are not exported (see README).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LAYER_IDS } from '../../types/atlas';
import type { GazetteerRecord } from '../../types/atlas';
import { canonicalRecord } from './canonical-record';
import { listDocumentStates, readDocumentTexts } from './document-commands';
import { readMentionDecisions } from './mention-commands';
import { readProposalDecisions } from './proposal-commands';
import type { SqlClient, SqlQuerier } from './sql-client';
import {
  DOCUMENT_FILE,
  DOCUMENT_HISTORY_FILE,
  DOCUMENTS_DIR,
  formatDocumentHistory,
  formatDocumentRecord,
  formatHistory,
  formatLayerFile,
  formatMentions,
  formatProposalDecisions,
  HISTORY_FILE,
  MENTIONS_FILE,
  PLACES_DIR,
  PROPOSALS_FILE,
  type ExportedDocumentHistoryEntry,
  type ExportedHistoryEntry,
} from './state-files';
import { isoTime, type HistoryAction } from './write-command';

export interface ExportSummary {
  places: number;
  decisions: number;
  historyEntries: number;
  documents: number;
  documentHistoryEntries: number;
  proposalDecisions: number;
  files: string[];
}

export async function exportState(db: SqlClient, dir: string): Promise<ExportSummary> {
  const state = await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const places = (await tx.query<{ feature: unknown }>('SELECT feature FROM places WHERE NOT retired ORDER BY position')).map((r) => canonicalRecord(r.feature));
    const decisions = await readMentionDecisions(tx);
    const rows = await tx.query<{ id: number; feature_id: string; at: Date; by: string; action: HistoryAction; reason: string | null; version: number | null; before: unknown; after: unknown }>(
      'SELECT id, feature_id, at, by, action, reason, version, before, after FROM history ORDER BY id',
    );
    const history: ExportedHistoryEntry[] = rows.map((r) => ({
      id: r.id,
      featureId: r.feature_id,
      at: isoTime(r.at),
      by: r.by,
      action: r.action,
      reason: r.reason,
      version: r.version,
      before: r.before,
      after: r.after,
    }));
    const documents = await listDocumentStates(tx);
    const texts = await readDocumentTexts(tx, documents.map((d) => d.id));
    return { places, decisions, history, documents, texts, documentHistory: await readAllDocumentHistory(tx), proposals: await readProposalDecisions(tx) };
  });
  const { places, decisions, history, documents, texts, documentHistory, proposals } = state;

  const files: [string, string][] = LAYER_IDS.map((layer) => [
    path.join(PLACES_DIR, `${layer}.geojson`),
    formatLayerFile(places.filter((p: GazetteerRecord) => p.properties.layer === layer)),
  ]);
  files.push([MENTIONS_FILE, formatMentions(decisions)], [HISTORY_FILE, formatHistory(history)]);
  for (const d of documents) {
    files.push([path.join(DOCUMENTS_DIR, `${d.id}.txt`), texts.get(d.id)!]);
    const { number: _number, ...record } = d;
    files.push([path.join(DOCUMENTS_DIR, `${d.id}.json`), formatDocumentRecord(record)]);
  }
  files.push([DOCUMENT_HISTORY_FILE, formatDocumentHistory(documentHistory)], [PROPOSALS_FILE, formatProposalDecisions(proposals)]);

  fs.mkdirSync(path.join(dir, PLACES_DIR), { recursive: true });
  fs.mkdirSync(path.join(dir, DOCUMENTS_DIR), { recursive: true });
  removeStaleDocuments(dir, new Set(files.map(([file]) => file)));
  for (const [file, text] of files) fs.writeFileSync(path.join(dir, file), text);
  return {
    places: places.length,
    decisions: decisions.added.length + decisions.rejected.length,
    historyEntries: history.length,
    documents: documents.length,
    documentHistoryEntries: documentHistory.length,
    proposalDecisions: proposals.length,
    files: files.map(([f]) => f),
  };
}

async function readAllDocumentHistory(tx: SqlQuerier): Promise<ExportedDocumentHistoryEntry[]> {
  const rows = await tx.query<{ id: number; document_id: string; at: Date; by: string; action: string; reason: string | null; before: unknown; after: unknown }>(
    'SELECT id, document_id, at, by, action, reason, before, after FROM document_history ORDER BY id',
  );
  return rows.map((r) => ({ id: r.id, documentId: r.document_id, at: isoTime(r.at), by: r.by, action: r.action, reason: r.reason, before: r.before, after: r.after }));
}

/**
 * A document removed since an earlier export into the same folder must not come back on import:
 * its text and record files go (the rest of the folder is left alone).
 */
function removeStaleDocuments(dir: string, written: Set<string>): void {
  for (const name of fs.readdirSync(path.join(dir, DOCUMENTS_DIR))) {
    const file = path.join(DOCUMENTS_DIR, name);
    if (DOCUMENT_FILE.test(name) && !written.has(file)) fs.rmSync(path.join(dir, file));
  }
}
