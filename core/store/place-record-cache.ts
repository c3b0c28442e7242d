/**
 * Places as the atlas rebuilds see them: a place read again at the version it had is the object
 * read before. What the build derives from a place (its feature, the claims attached by its
 * geometry, its layer's body) is remembered by object, so an unchanged place costs nothing twice.
 * A version is never reused for other content within one database (every write bumps it, ids are
 * never reused), so one cache serves one database.
 */
import type { GazetteerRecord } from '../../types/atlas';

export class PlaceRecordCache {
  private readonly kept = new Map<string, { version: number; record: GazetteerRecord }>();

  /** `records` with each unchanged one (same id, same version) replaced by the object read before. */
  records(records: readonly GazetteerRecord[], versions: ReadonlyMap<string, number>): GazetteerRecord[] {
    const seen = new Set<string>();
    const out = records.map((record) => {
      seen.add(record.id);
      const version = versions.get(record.id);
      const kept = this.kept.get(record.id);
      if (version === undefined) return record;
      if (kept?.version === version) return kept.record;
      this.kept.set(record.id, { version, record });
      return record;
    });
    for (const id of this.kept.keys()) if (!seen.has(id)) this.kept.delete(id);
    return out;
  }

  /** Forgets every place (after the change feed was cut). */
  clear(): void {
    this.kept.clear();
  }
}
