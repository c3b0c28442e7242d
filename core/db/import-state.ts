/**
 * importState(db, dir): restores an export (state-files.ts) into an empty database, in one
 * transaction: the history as it was (ids, times, authors), the active places from the layer files,
 * the mention decisions. Versions come from the history, so ETags survive the round trip. A layer
 * file edited by hand since the export is taken as a change: the place gets a new version and an
 * `import` history entry; a place missing from the files is retired. Uploaded documents, their
 * history and the proposal decisions come back as they were (import-documents.ts). Bad files write nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { GazetteerRecord } from '../../types/atlas';
import { layerOfFile, loadGazetteer, sourceFileOf } from '../gazetteer/load-gazetteer';
import type { MentionDecision } from '../linking/mention-decisions';
import { canonicalRecord } from './canonical-record';
import { insertDocuments, readDocumentFiles } from './import-documents';
import { validatePlace } from './place-rules';
import type { SqlClient, SqlQuerier } from './sql-client';
import { HISTORY_FILE, MENTIONS_FILE, PLACES_DIR, type ExportedHistoryEntry } from './state-files';
import { parseJson, readJson } from './read-state-file';
import { ConflictError, ValidationError } from './storage-errors';
import { appendHistory, HISTORY_ACTIONS, jsonParam, writeCommand } from './write-command';

const decisionSchema = z.strictObject({
  id: z.string().regex(/^[er]\./),
  passageId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  featureId: z.string().min(1),
  at: z.iso.datetime(),
  by: z.string().min(1),
  reason: z.string().nullable(),
});
const mentionsSchema = z.strictObject({ added: z.array(decisionSchema), rejected: z.array(decisionSchema) });
const historySchema = z.strictObject({
  id: z.number().int().positive(),
  featureId: z.string().min(1),
  at: z.iso.datetime(),
  by: z.string().min(1),
  action: z.enum(HISTORY_ACTIONS),
  reason: z.string().nullable(),
  version: z.number().int().positive().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export interface ImportSummary {
  places: number;
  retired: number;
  /** places whose file differs from the exported history: each got a new version */
  changed: string[];
  decisions: number;
  historyEntries: number;
  documents: number;
  documentHistoryEntries: number;
  proposalDecisions: number;
}

export async function importState(db: SqlClient, dir: string, importer = 'import'): Promise<ImportSummary> {
  const records = loadGazetteer(path.join(dir, PLACES_DIR));
  const problems = placeProblems(records);
  if (problems.length > 0) throw new ValidationError(`${dir}/${PLACES_DIR}`, problems);
  const mentions = readJson(path.join(dir, MENTIONS_FILE), mentionsSchema, { added: [], rejected: [] });
  const history = readHistoryFile(path.join(dir, HISTORY_FILE));
  const documentFiles = readDocumentFiles(dir);
  const reason = `imported from ${path.basename(path.resolve(dir))}`;

  return writeCommand(db, async (tx, at) => {
    const [{ count }] = await tx.query<{ count: number }>(
      'SELECT (SELECT count(*) FROM places) + (SELECT count(*) FROM history) + (SELECT count(*) FROM documents) + (SELECT count(*) FROM document_history) + (SELECT count(*) FROM proposal_decisions) AS count',
    );
    if (Number(count) > 0) throw new ConflictError('import', 'the database is not empty; import into a new DATA_DIR or a new PostgreSQL database');
    await insertHistory(tx, history);

    const latest = latestByFeature(history);
    const changed: string[] = [];
    let position = 0;
    for (const record of records) {
      const last = latest.get(record.id);
      let version = last?.version ?? 0;
      if (!last || last.retired || !isDeepStrictEqual(last.feature, record)) {
        version += 1;
        changed.push(record.id);
        await appendHistory(tx, { featureId: record.id, at, by: importer, action: 'import', reason, before: last && !last.retired ? last.feature : null, after: record, version });
      }
      await insertPlace(tx, record, version, false, position++, at, importer);
    }
    const active = new Set(records.map((r) => r.id));
    let retired = 0;
    for (const [id, last] of latest) {
      if (active.has(id) || !last.feature) continue;
      let version = last.version;
      if (!last.retired) {
        // in the history but gone from the files: taken off the map, as a write would
        version += 1;
        await appendHistory(tx, { featureId: id, at, by: importer, action: 'retire', reason: `${reason} (not in the layer files)`, before: last.feature, after: null, version });
      }
      await insertPlace(tx, last.feature, version, true, position++, at, importer);
      retired++;
    }
    for (const [kind, list] of [['add', mentions.added], ['reject', mentions.rejected]] as const) {
      for (const d of list as MentionDecision[]) {
        await tx.query(
          `INSERT INTO mention_decisions (id, kind, passage_id, start_offset, end_offset, surface, feature_id, at, by, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [d.id, kind, d.passageId, d.start, d.end, d.text, d.featureId, d.at, d.by, d.reason],
        );
      }
    }
    await insertDocuments(tx, documentFiles);
    await tx.query("INSERT INTO atlas_meta (key, value) VALUES ('seeded_at', $1), ('imported_from', $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [at, path.resolve(dir)]);
    return {
      value: {
        places: records.length,
        retired,
        changed,
        decisions: mentions.added.length + mentions.rejected.length,
        historyEntries: history.length,
        documents: documentFiles.documents.length,
        documentHistoryEntries: documentFiles.history.length,
        proposalDecisions: documentFiles.proposals.length,
      },
      change: { kind: 'import' },
    };
  });
}

/** The rules every write passes (place-rules.ts), per record, plus one id per place and each record in its layer's file. */
function placeProblems(records: GazetteerRecord[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const file = sourceFileOf(record) ?? '?';
    if (seen.has(record.id)) problems.push(`${file} record "${record.id}": the id is used twice`);
    seen.add(record.id);
    if (layerOfFile(file) !== record.properties.layer) problems.push(`${file} record "${record.id}": layer "${record.properties.layer}" does not match its file`);
    try {
      validatePlace(record, records);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((problem) => `${file} record "${record.id}": ${problem}`));
    }
  }
  return problems;
}

interface LatestState {
  version: number;
  /** the place as it last was (for a retired place, as it was when retired) */
  feature: GazetteerRecord | null;
  retired: boolean;
}

/** Each place's last version, state and record, from its history. */
function latestByFeature(history: ExportedHistoryEntry[]): Map<string, LatestState> {
  const latest = new Map<string, LatestState>();
  for (const entry of history) {
    if (entry.version === null) continue;
    const feature = (entry.after ?? entry.before) as GazetteerRecord | null;
    latest.set(entry.featureId, { version: entry.version, feature: feature ? canonicalRecord(feature) : null, retired: entry.action === 'retire' });
  }
  return latest;
}

async function insertHistory(tx: SqlQuerier, history: ExportedHistoryEntry[]): Promise<void> {
  if (history.length === 0) return;
  await tx.query(
    `INSERT INTO history (id, feature_id, at, by, action, reason, before, after, version)
     SELECT (e->>'id')::int, e->>'featureId', (e->>'at')::timestamptz, e->>'by', e->>'action', e->>'reason',
            nullif(e->'before', 'null'::jsonb), nullif(e->'after', 'null'::jsonb), (e->>'version')::int
     FROM jsonb_array_elements($1::jsonb) AS e`,
    [jsonParam(history)],
  );
  // new entries continue after the restored ones
  await tx.query("SELECT setval(pg_get_serial_sequence('history', 'id'), (SELECT max(id) FROM history))");
}

async function insertPlace(tx: SqlQuerier, feature: GazetteerRecord, version: number, retired: boolean, position: number, at: string, by: string): Promise<void> {
  await tx.query('INSERT INTO places (id, feature, version, retired, position, updated_at, updated_by) VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7)', [
    feature.id,
    jsonParam(feature),
    version,
    retired,
    position,
    at,
    by,
  ]);
}

function readHistoryFile(file: string): ExportedHistoryEntry[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = historySchema.safeParse(parseJson(line, `${path.basename(file)} line ${i + 1}`));
      if (!parsed.success) throw new ValidationError(`${path.basename(file)} line ${i + 1}`, parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`));
      return parsed.data as ExportedHistoryEntry;
    });
}

