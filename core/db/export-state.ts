/**
 * exportState(db, dir): the curated state as files (state-files.ts): places per layer, the mention
 * decisions, the whole history. Read in one snapshot. Accounts are not exported (see README).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LAYER_IDS } from '../../types/atlas';
import { readMentionDecisions } from './mention-commands';
import type { SqlClient } from './sql-client';
import { formatHistory, formatLayerFile, formatMentions, HISTORY_FILE, MENTIONS_FILE, PLACES_DIR, type ExportedHistoryEntry } from './state-files';
import { isoTime, type HistoryAction } from './write-command';
import type { GazetteerRecord } from '../../types/atlas';
import { canonicalRecord } from './canonical-record';

export interface ExportSummary {
  places: number;
  decisions: number;
  historyEntries: number;
  files: string[];
}

export async function exportState(db: SqlClient, dir: string): Promise<ExportSummary> {
  const { places, decisions, history } = await db.transaction(async (tx) => {
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
    return { places, decisions, history };
  });

  const files: [string, string][] = LAYER_IDS.map((layer) => [
    path.join(PLACES_DIR, `${layer}.geojson`),
    formatLayerFile(places.filter((p: GazetteerRecord) => p.properties.layer === layer)),
  ]);
  files.push([MENTIONS_FILE, formatMentions(decisions)], [HISTORY_FILE, formatHistory(history)]);
  fs.mkdirSync(path.join(dir, PLACES_DIR), { recursive: true });
  for (const [file, text] of files) fs.writeFileSync(path.join(dir, file), text);
  return { places: places.length, decisions: decisions.added.length + decisions.rejected.length, historyEntries: history.length, files: files.map(([f]) => f) };
}
