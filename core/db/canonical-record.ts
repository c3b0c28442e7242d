/**
 * One key order for a stored place, whatever order it came back in (jsonb keeps keys its own way):
 * the gazetteer schema's order, which is the order of the committed geodata/places files.
 */
import type { GazetteerRecord } from '../../types/atlas';
import { gazetteerRecordSchema } from '../../api/src/gazetteer/gazetteer-schema';

export function canonicalRecord(stored: unknown): GazetteerRecord {
  // zod builds its output in the schema's key order; stored records passed the same schema on write
  return gazetteerRecordSchema.parse(stored) as GazetteerRecord;
}
