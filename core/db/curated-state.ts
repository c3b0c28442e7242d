/**
 * The read side: what the in-memory atlas is built from (active places and the mention decisions,
 * at one revision, read in one snapshot), and a place's history.
 */
import type { GazetteerRecord } from '../../types/atlas';
import type { MentionDecision, MentionDecisions } from '../linking/mention-decisions';
import { canonicalRecord, inGazetteerOrder } from './canonical-record';
import { listDocumentStates, type StoredDocument } from './document-commands';
import { readMentionDecisions } from './mention-commands';
import type { SqlClient } from './sql-client';
import { isoTime, type HistoryAction } from './write-command';

export interface CuratedState {
  /** the atlas revision this state is (every write bumps it) */
  revision: number;
  /** active places in the curator's order */
  records: GazetteerRecord[];
  /** each active place's version (its ETag) */
  versions: Map<string, number>;
  mentionDecisions: MentionDecisions;
  /** uploaded documents, without their text (the atlas reads the text of new ones only) */
  documents: StoredDocument[];
}

export async function loadCuratedState(db: SqlClient): Promise<CuratedState> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const [{ revision }] = await tx.query<{ revision: number }>('SELECT revision FROM atlas_revision');
    const rows = await tx.query<{ id: string; feature: unknown; version: number }>('SELECT id, feature, version FROM places WHERE NOT retired ORDER BY position');
    const mentionDecisions = await readMentionDecisions(tx);
    const documents = await listDocumentStates(tx);
    return {
      documents,
      revision,
      records: inGazetteerOrder(rows.map((row) => canonicalRecord(row.feature))),
      versions: new Map(rows.map((row) => [row.id, row.version])),
      mentionDecisions,
    };
  });
}

/** One entry of GET /api/features/{id}/history. */
export interface HistoryRecord {
  at: string;
  by: string;
  action: HistoryAction;
  reason: string | null;
  before: unknown;
  after: unknown;
  /** the place's version after this write; null when the write left the place as it was */
  version: number | null;
}

/** Newest first; null when no place ever had that id. */
export async function readHistory(db: SqlClient, featureId: string): Promise<HistoryRecord[] | null> {
  const rows = await db.query<{ at: Date; by: string; action: HistoryAction; reason: string | null; before: unknown; after: unknown; version: number | null }>(
    'SELECT at, by, action, reason, before, after, version FROM history WHERE feature_id = $1 ORDER BY id DESC',
    [featureId],
  );
  if (rows.length === 0) return null;
  return rows.map((row) => ({
    at: isoTime(row.at),
    by: row.by,
    action: row.action,
    reason: row.reason,
    before: placeOrDecision(row.before),
    after: placeOrDecision(row.after),
    version: row.version,
  }));
}

function placeOrDecision(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // a removed document's citations of the place (document-commands.ts removeDocument)
  if ('documentId' in value && 'passageIds' in value) return value;
  if ((value as { type?: unknown }).type === 'Feature') return canonicalRecord(value);
  const d = value as MentionDecision;
  return { id: d.id, passageId: d.passageId, start: d.start, end: d.end, text: d.text, featureId: d.featureId, at: d.at, by: d.by, reason: d.reason };
}
