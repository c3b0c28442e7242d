/**
 * The writes to places, each a named command with an author and a reason, each appending to the
 * history in the same transaction as the change: createPlace, patchPlace (JSON Merge Patch at an
 * expected version), retirePlace, revertPlace (to the place as it was at a version).
 */
import { isDeepStrictEqual } from 'node:util';
import type { GazetteerRecord } from '../../types/atlas';
import { applyMergePatch, isObject } from '../../types/merge-patch';
import { validatePlace } from './place-rules';
import type { SqlClient, SqlQuerier } from './sql-client';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from './storage-errors';
import { appendHistory, checkAuthor, jsonParam, writeCommand, type Author } from './write-command';

/** A place as stored: the record and its version (the ETag is derived from it). */
export interface StoredPlace {
  feature: GazetteerRecord;
  version: number;
  retired: boolean;
}

interface PlaceRow {
  id: string;
  feature: GazetteerRecord;
  version: number;
  retired: boolean;
}

export async function createPlace(db: SqlClient, author: Author, input: unknown): Promise<StoredPlace> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    const value = await insertPlace(tx, { by, reason }, at, input);
    return { value, change: { kind: 'place', featureId: value.feature.id, version: 1 } };
  });
}

/** The body of createPlace, for a command that creates a place as one of its steps (accepting a proposal). */
export async function insertPlace(tx: SqlQuerier, author: { by: string; reason: string | null }, at: string, input: unknown): Promise<StoredPlace> {
  const { by, reason } = author;
  const candidate = withDefaultSources(withoutDerived(input), by, reason);
  const feature = validatePlace(candidate, await activePlaces(tx));
  const taken = await tx.query('SELECT 1 FROM places WHERE id = $1', [feature.id]);
  // ids are never reused, not even a retired place's: old links and exports keep meaning one place
  if (taken.length > 0) throw new ConflictError(`place "${feature.id}"`, 'the id is taken (ids are never reused, not even after retirement)');
  const [{ position }] = await tx.query<{ position: number }>('SELECT coalesce(max(position), -1) + 1 AS position FROM places');
  await tx.query('INSERT INTO places (id, feature, version, retired, position, updated_at, updated_by) VALUES ($1, $2::jsonb, 1, false, $3, $4, $5)', [
    feature.id,
    jsonParam(feature),
    position,
    at,
    by,
  ]);
  await appendHistory(tx, { featureId: feature.id, at, by, action: 'create', reason, before: null, after: feature, version: 1 });
  return { feature, version: 1, retired: false };
}

/** Applies an RFC 7396 merge patch to the place at `expectedVersion`. */
export async function patchPlace(db: SqlClient, author: Author, id: string, patch: unknown, expectedVersion: number): Promise<StoredPlace> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    const current = await lockActive(tx, id, expectedVersion);
    const candidate = applyMergePatch(current.feature, withoutStaleTranslations(current.feature, withoutDerived(patch)));
    if (isObject(candidate) && candidate.id !== id) throw new ValidationError(`place "${id}"`, ['id: a place keeps its id (create a new place instead)']);
    const feature = validatePlace(candidate, await activePlaces(tx, id));
    if (isDeepStrictEqual(feature, current.feature)) return { value: current, change: null };
    const version = current.version + 1;
    await tx.query('UPDATE places SET feature = $2::jsonb, version = $3, updated_at = $4, updated_by = $5 WHERE id = $1', [id, jsonParam(feature), version, at, by]);
    await appendHistory(tx, { featureId: id, at, by, action: 'update', reason, before: current.feature, after: feature, version });
    return { value: { feature, version, retired: false }, change: { kind: 'place', featureId: id, version } };
  });
}

/** Takes the place off the map; its row and history stay, and revertPlace brings it back. */
export async function retirePlace(db: SqlClient, author: Author, id: string, expectedVersion: number): Promise<StoredPlace> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    const current = await lockActive(tx, id, expectedVersion);
    const version = current.version + 1;
    await tx.query('UPDATE places SET retired = true, version = $2, updated_at = $3, updated_by = $4 WHERE id = $1', [id, version, at, by]);
    await appendHistory(tx, { featureId: id, at, by, action: 'retire', reason, before: current.feature, after: null, version });
    return { value: { feature: current.feature, version, retired: true }, change: { kind: 'place', featureId: id, version } };
  });
}

/**
 * Makes the place what it was at `toVersion` (as a new version; history only grows), bringing a
 * retired place back. `expectedVersion`, when given, must be the current version.
 */
export async function revertPlace(db: SqlClient, author: Author, id: string, toVersion: number, expectedVersion?: number): Promise<StoredPlace> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    const current = await lockPlace(tx, id);
    if (expectedVersion !== undefined && current.version !== expectedVersion) throw new PreconditionFailedError(id, expectedVersion, current.version);
    const [then] = await tx.query<{ after: unknown }>(
      'SELECT after FROM history WHERE feature_id = $1 AND version = $2 AND after IS NOT NULL ORDER BY id DESC LIMIT 1',
      [id, toVersion],
    );
    if (!then) throw new NotFoundError('version', `${id}@${toVersion}`);
    const feature = validatePlace(then.after, await activePlaces(tx, id));
    const version = current.version + 1;
    await tx.query('UPDATE places SET feature = $2::jsonb, retired = false, version = $3, updated_at = $4, updated_by = $5 WHERE id = $1', [
      id,
      jsonParam(feature),
      version,
      at,
      by,
    ]);
    await appendHistory(tx, {
      featureId: id,
      at,
      by,
      action: 'revert',
      reason: reason ?? `back to version ${toVersion}`,
      before: current.retired ? null : current.feature,
      after: feature,
      version,
    });
    return { value: { feature, version, retired: false }, change: { kind: 'place', featureId: id, version } };
  });
}

export async function readPlace(db: SqlClient, id: string): Promise<StoredPlace | null> {
  const [row] = await db.query<PlaceRow>('SELECT id, feature, version, retired FROM places WHERE id = $1', [id]);
  return row ? { feature: row.feature, version: row.version, retired: row.retired } : null;
}

/** Every active place but `exceptId`, for the naming rules. */
async function activePlaces(tx: SqlQuerier, exceptId?: string): Promise<GazetteerRecord[]> {
  const rows = await tx.query<{ feature: GazetteerRecord }>('SELECT feature FROM places WHERE NOT retired AND id <> $1', [exceptId ?? '']);
  return rows.map((row) => row.feature);
}

async function lockPlace(tx: SqlQuerier, id: string): Promise<StoredPlace> {
  const [row] = await tx.query<PlaceRow>('SELECT id, feature, version, retired FROM places WHERE id = $1 FOR UPDATE', [id]);
  if (!row) throw new NotFoundError('place', id);
  return { feature: row.feature, version: row.version, retired: row.retired };
}

async function lockActive(tx: SqlQuerier, id: string, expectedVersion: number): Promise<StoredPlace> {
  const place = await lockPlace(tx, id);
  if (place.retired) throw new NotFoundError('place', id);
  if (place.version !== expectedVersion) throw new PreconditionFailedError(id, expectedVersion, place.version);
  return place;
}

/** `passageIds` are derived by linking, never stored: a client may send a served feature back. */
function withoutDerived(input: unknown): unknown {
  if (!isObject(input) || !isObject(input.properties) || !('passageIds' in input.properties)) return input;
  const { passageIds: _derived, ...properties } = input.properties;
  return { ...input, properties };
}

/** Text properties whose Chinese twin (`<name>_zh`) translates them. */
const TRANSLATED = ['notes', 'geometrySource'] as const;

/**
 * A translation never outlives the text it translates: a patch that changes `notes` or
 * `geometrySource` and says nothing of its `_zh` twin removes the twin, so a reader in Chinese is
 * not shown the old text as current (the history keeps it in `before`).
 */
function withoutStaleTranslations(current: unknown, patch: unknown): unknown {
  if (!isObject(patch) || !isObject(patch.properties) || !isObject(current) || !isObject(current.properties)) return patch;
  const before = current.properties;
  const changed = patch.properties;
  const dropped: Record<string, null> = {};
  for (const name of TRANSLATED) {
    const twin = `${name}_zh`;
    if (name in changed && !isDeepStrictEqual(changed[name], before[name]) && !(twin in changed) && twin in before) dropped[twin] = null;
  }
  return Object.keys(dropped).length === 0 ? patch : { ...patch, properties: { ...changed, ...dropped } };
}

/** The contract's feature has no `sources`; the gazetteer wants one, so the editor is the source. */
function withDefaultSources(input: unknown, by: string, reason: string | null): unknown {
  if (!isObject(input) || !isObject(input.properties) || 'sources' in input.properties) return input;
  const source = { source: `editor ${by}`, ...(reason ? { note: reason } : {}) };
  return { ...input, properties: { ...input.properties, sources: [source] } };
}
