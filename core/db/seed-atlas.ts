/**
 * First start: the database takes the committed files as its first state — the gazetteer
 * (geodata/places/*.geojson, through the same loader and schema as before) and the reviewed
 * mention overrides (curation/mention-overrides.json) as the first mention decisions. Each lands
 * in the history as written by `seed`. Runs once per database, whoever starts first.
 */
import path from 'node:path';
import type { GazetteerRecord } from '../../types/atlas';
import { loadGazetteer, sourceFileOf } from '../gazetteer/load-gazetteer';
import { loadMentionOverrides, type MentionOverride } from '../linking/mention-overrides';
import { addedMentionId, rejectionId, type MentionDecision } from '../linking/mention-decisions';
import type { SqlClient, SqlQuerier } from './sql-client';
import { jsonParam, writeCommand } from './write-command';

export const SEED_AUTHOR = 'seed';

export interface SeedSources {
  placesDir: string;
  /** the reviewed overrides file; missing means none */
  mentionOverridesFile: string;
}

/** the lock key that makes concurrent first starts seed once */
const SEED_LOCK = 174_018;

/** Seeds an empty database; returns false when it was seeded before. */
export async function seedAtlas(db: SqlClient, sources: SeedSources): Promise<boolean> {
  const [seeded] = await db.query("SELECT 1 FROM atlas_meta WHERE key = 'seeded_at'");
  if (seeded) return false;
  // read and parse before the transaction: a bad file stops the start naming file and id
  const records = loadGazetteer(sources.placesDir);
  const overrides = loadMentionOverrides(sources.mentionOverridesFile);
  return writeCommand(db, async (tx, at) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [again] = await tx.query("SELECT 1 FROM atlas_meta WHERE key = 'seeded_at'");
    if (again) return { value: false, change: null };
    await insertPlaces(tx, records, at, (record) => `seeded from geodata/places/${sourceFileOf(record) ?? `${record.properties.layer}.geojson`}`);
    const file = path.basename(sources.mentionOverridesFile);
    await insertDecisions(tx, overrides.map((o) => decisionOf(o, at)), overrides.map((o) => (o.action === 'add' ? 'add' : 'reject')), `seeded from ${file}`);
    await tx.query("INSERT INTO atlas_meta (key, value) VALUES ('seeded_at', $1)", [at]);
    return { value: true, change: { kind: 'seed' } };
  });
}

/** Inserts places at version 1 with a `seed` history entry each (one statement per table: fast on PGlite). */
export async function insertPlaces(tx: SqlQuerier, records: GazetteerRecord[], at: string, reasonOf: (record: GazetteerRecord) => string, by = SEED_AUTHOR): Promise<void> {
  if (records.length === 0) return;
  const [{ base }] = await tx.query<{ base: number }>('SELECT coalesce(max(position), -1) + 1 AS base FROM places');
  await tx.query(
    `INSERT INTO places (id, feature, version, retired, position, updated_at, updated_by)
     SELECT e.f->>'id', e.f, 1, false, $2 + e.n - 1, $3, $4 FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(f, n)`,
    [jsonParam(records), base, at, by],
  );
  await tx.query(
    `INSERT INTO history (feature_id, at, by, action, reason, before, after, version)
     SELECT e.f->'record'->>'id', $2, $3, 'seed', e.f->>'reason', NULL, e.f->'record', 1 FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(f, n) ORDER BY e.n`,
    [jsonParam(records.map((record) => ({ record, reason: reasonOf(record) }))), at, by],
  );
}

async function insertDecisions(tx: SqlQuerier, decisions: MentionDecision[], kinds: ('add' | 'reject')[], note: string): Promise<void> {
  for (const [i, d] of decisions.entries()) {
    await tx.query(
      `INSERT INTO mention_decisions (id, kind, passage_id, start_offset, end_offset, surface, feature_id, at, by, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [d.id, kinds[i], d.passageId, d.start, d.end, d.text, d.featureId, d.at, d.by, d.reason],
    );
    await tx.query(
      `INSERT INTO history (feature_id, at, by, action, reason, before, after, version) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, NULL)`,
      [d.featureId, d.at, d.by, kinds[i] === 'add' ? 'addMention' : 'rejectMention', `${note}: ${d.reason}`, kinds[i] === 'add' ? null : jsonParam(d), kinds[i] === 'add' ? jsonParam(d) : null],
    );
  }
}

function decisionOf(o: MentionOverride, at: string): MentionDecision {
  const id = (o.action === 'add' ? addedMentionId : rejectionId)(o.passageId, o);
  return { id, passageId: o.passageId, start: o.start, end: o.end, text: o.text, featureId: o.featureId, at, by: SEED_AUTHOR, reason: o.reason };
}
