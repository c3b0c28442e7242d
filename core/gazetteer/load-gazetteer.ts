/**
 * Reads the hand-curated gazetteer (one GeoJSON FeatureCollection per layer in geodata/places)
 * and parses every record against the schema. A bad record stops the load, naming file and id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LAYER_IDS, type GazetteerRecord } from '../../types/atlas';
import { DataFileError, displayPath, parseDataText, readDataText, recordsIn } from '../data-file';
import { layerFileSchema } from './gazetteer-schema';

/** What to do about a bad record. */
export const GAZETTEER_FIX = 'correct the record (npm run geodata:check lists every problem)';

/** A gazetteer problem: the file (as shown), the record when there is one, and the detail. */
export class GazetteerError extends DataFileError {
  constructor(
    file: string,
    /** the record's id, or null when the file or folder itself is at fault */
    readonly recordId: string | null,
    detail: string,
    fix = GAZETTEER_FIX,
  ) {
    super(file, recordId === null ? null : `record "${recordId}"`, detail, fix);
  }
}

/** Which file each loaded record came from (the validator checks layer against file). */
const sourceFiles = new WeakMap<GazetteerRecord, string>();

export function sourceFileOf(record: GazetteerRecord): string | undefined {
  return sourceFiles.get(record);
}

export function layerOfFile(file: string): string {
  return path.basename(file, '.geojson');
}

/** Layer files in legend order (so the first claim on a shared name is the more specific layer). */
export function listLayerFiles(placesDir: string): string[] {
  const files = fs.readdirSync(placesDir).filter((name) => name.endsWith('.geojson'));
  const rank = (file: string) => {
    const i = (LAYER_IDS as readonly string[]).indexOf(layerOfFile(file));
    return i === -1 ? LAYER_IDS.length : i;
  };
  return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function loadGazetteer(placesDir: string): GazetteerRecord[] {
  const shownDir = displayPath(placesDir);
  if (!fs.existsSync(placesDir)) throw new GazetteerError(shownDir, null, 'the places folder does not exist', 'set PLACES_DIR to the folder of layer files');
  if (!fs.statSync(placesDir).isDirectory()) throw new GazetteerError(shownDir, null, 'is a file, not the places folder', 'set PLACES_DIR to the folder of layer files');
  const records: GazetteerRecord[] = [];
  for (const file of listLayerFiles(placesDir)) {
    const full = path.join(placesDir, file);
    records.push(...parseLayerFile(file, readDataText(full, { setting: 'PLACES_DIR' }), displayPath(full)));
  }
  return records;
}

/** Parses one layer file's text; `file` is its name in the places folder, `shownAs` how errors name it. */
export function parseLayerFile(file: string, text: string, shownAs = file): GazetteerRecord[] {
  const collection = parseDataText(text, layerFileSchema, {
    name: shownAs,
    recordOf: recordsIn('features', (feature, index) => `record "${recordIdOf(feature, index)}"`),
    fix: GAZETTEER_FIX,
  });
  const records = collection.features as GazetteerRecord[];
  for (const record of records) sourceFiles.set(record, file);
  return records;
}

function recordIdOf(feature: unknown, index: number): string {
  const id = (feature as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index + 1} (no id)`;
}
