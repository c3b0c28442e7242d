/**
 * One key order for a stored place, whatever order it came back in (jsonb keeps keys its own way):
 * the gazetteer schema's order, which is the order of the committed geodata/places files.
 */
import { LAYER_IDS, type GazetteerRecord } from '../../types/atlas';
import { gazetteerRecordSchema } from '../gazetteer/gazetteer-schema';

export function canonicalRecord(stored: unknown): GazetteerRecord {
  // zod builds its output in the schema's key order; stored records passed the same schema on write
  return gazetteerRecordSchema.parse(stored) as GazetteerRecord;
}

/**
 * The gazetteer's order: layers in legend order (as the loader reads the files), then the curator's
 * order within a layer (`records` come in stored position order; the sort is stable).
 */
export function inGazetteerOrder(records: GazetteerRecord[]): GazetteerRecord[] {
  const rank = (record: GazetteerRecord) => (LAYER_IDS as readonly string[]).indexOf(record.properties.layer);
  return [...records].sort((a, b) => rank(a) - rank(b));
}
